// The actor network: a force-directed layout computed here (no library), drawn in SVG.
// Edges are coloured by whether cooperation or conflict events dominate.

import { clear, svg, titled } from "./util.js";

const WIDTH = 600;
const HEIGHT = 420;

// Fruchterman-Reingold: nodes repel, linked nodes attract, a pull to the centre keeps
// unconnected groups in view; the step size cools from a tenth of the width to nothing.
function layout(nodes, edges, steps = 300) {
  const n = nodes.length;
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    node.x = WIDTH / 2 + 120 * Math.cos(angle);
    node.y = HEIGHT / 2 + 100 * Math.sin(angle);
  });
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]);
  const k = 0.45 * Math.sqrt((WIDTH * HEIGHT) / Math.max(n, 1));
  for (let step = 0; step < steps; step++) {
    const heat = (WIDTH / 10) * (1 - step / steps) + 0.5;
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const x = nodes[i].x - nodes[j].x || 0.01;
        const y = nodes[i].y - nodes[j].y || 0.01;
        const d2 = Math.max(x * x + y * y, 1);
        const push = (k * k) / d2;
        dx[i] += x * push; dy[i] += y * push;
        dx[j] -= x * push; dy[j] -= y * push;
      }
    }
    for (const [a, b] of links) {
      const x = nodes[a].x - nodes[b].x;
      const y = nodes[a].y - nodes[b].y;
      const pull = Math.sqrt(x * x + y * y) / k;
      dx[a] -= x * pull; dy[a] -= y * pull;
      dx[b] += x * pull; dy[b] += y * pull;
    }
    nodes.forEach((node, i) => {
      dx[i] -= (node.x - WIDTH / 2) * 0.4;
      dy[i] -= (node.y - HEIGHT / 2) * 0.6;
      const len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      node.x = Math.max(30, Math.min(WIDTH - 90, node.x + (dx[i] / len) * Math.min(len, heat)));
      node.y = Math.max(15, Math.min(HEIGHT - 15, node.y + (dy[i] / len) * Math.min(len, heat)));
    });
  }
}

export function renderNetwork(root, network, onActor) {
  clear(root);
  const defs = svg("defs", {}, root);
  for (const kind of ["coop", "conf"]) {
    const marker = svg("marker", { id: `arrow-${kind}`, viewBox: "0 0 10 10", refX: "22", refY: "5",
      markerWidth: "9", markerHeight: "9", markerUnits: "userSpaceOnUse", orient: "auto" }, defs);
    svg("path", { d: "M0,0 L10,5 L0,10 z", class: `arrow ${kind}` }, marker);
  }
  if (!network.nodes.length) {
    svg("text", { x: WIDTH / 2, y: HEIGHT / 2, "text-anchor": "middle", class: "muted" }, root)
      .textContent = "No events between two actors match.";
    return;
  }
  const nodes = network.nodes.map((node) => ({ ...node }));
  layout(nodes, network.edges);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const most = Math.max(...network.edges.map((e) => e.events), 1);
  for (const edge of network.edges) {
    const a = byId.get(edge.source);
    const b = byId.get(edge.target);
    const kind = edge.conflict > edge.cooperation ? "conf" : "coop";
    const line = svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: `edge ${kind}`,
      "stroke-width": 1 + 4 * Math.sqrt(edge.events / most), "marker-end": `url(#arrow-${kind})` }, root);
    titled(line, `${a.name} → ${b.name}: ${edge.cooperation} cooperation, ${edge.conflict} conflict`);
  }
  const biggest = Math.max(...nodes.map((node) => node.events), 1);
  for (const node of nodes) {
    const group = svg("g", { class: "node", transform: `translate(${node.x},${node.y})`,
      "data-actor": node.name }, root);
    svg("circle", { r: 4 + 8 * Math.sqrt(node.events / biggest) }, group);
    svg("text", { x: 10, y: 4 }, group).textContent = node.name;
    titled(group, `${node.name}${node.country ? ` (${node.country})` : ""}: ${node.events} events`);
    group.addEventListener("click", () => onActor(node.name));
  }
}
