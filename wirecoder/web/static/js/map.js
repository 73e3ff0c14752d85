// Event places on Natural Earth country shapes (world-atlas countries-110m, shipped with
// the app): countries shaded by event count, places drawn as circles. TopoJSON is decoded
// here and drawn in an equirectangular projection.

import { clear, svg, titled } from "./util.js";

const WIDTH = 720;
const HEIGHT = 360;
let shapes = null;

const project = ([lon, lat]) => [((lon + 180) / 360) * WIDTH, ((90 - lat) / 180) * HEIGHT];

function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx; y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

function ringPoints(arcs, indexes) {
  const points = [];
  for (const index of indexes) {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

// A ring as path data; a jump across the antimeridian starts a new piece, not a streak.
function ringPath(points) {
  let d = "";
  let previous = null;
  for (const point of points) {
    const [px, py] = project(point);
    const jump = previous && Math.abs(point[0] - previous[0]) > 180;
    d += `${!previous || jump ? "M" : "L"}${px.toFixed(1)},${py.toFixed(1)}`;
    previous = point;
  }
  return `${d}Z`;
}

function geometryPath(arcs, geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.arcs]
    : geometry.type === "MultiPolygon" ? geometry.arcs : [];
  return polygons.map((rings) => rings.map((ring) => ringPath(ringPoints(arcs, ring))).join("")).join("");
}

async function loadShapes() {
  if (shapes) return shapes;
  const [topology, codes] = await Promise.all([
    fetch("/static/vendor/world-atlas/countries-110m.json").then((r) => r.json()),
    fetch("/static/data/iso3166-numeric.json").then((r) => r.json()),
  ]);
  const arcs = decodeArcs(topology);
  shapes = topology.objects.countries.geometries.map((geometry) => ({
    name: geometry.properties.name,
    code: codes.codes[geometry.id] || codes.by_name[geometry.properties.name] || null,
    d: geometryPath(arcs, geometry),
  }));
  return shapes;
}

export async function renderMap(root, places, onCountry) {
  const countries = await loadShapes();
  clear(root);
  svg("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: "sea" }, root);
  const most = Math.max(...Object.values(places.countries), 1);
  for (const country of countries) {
    const count = (country.code && places.countries[country.code]) || 0;
    const path = svg("path", { d: country.d, class: count ? "country active" : "country",
      "data-code": country.code || "" }, root);
    if (count) path.style.fillOpacity = String(0.25 + 0.75 * Math.sqrt(count / most));
    titled(path, `${country.name}${count ? `: ${count} events` : ""}`);
    if (country.code) path.addEventListener("click", () => onCountry(country.code));
  }
  const biggest = Math.max(...places.points.map((p) => p.events), 1);
  for (const place of places.points) {
    const [cx, cy] = project([place.lon, place.lat]);
    const dot = svg("circle", { cx, cy, r: 2.5 + 6 * Math.sqrt(place.events / biggest), class: "place" }, root);
    titled(dot, `${place.name} (${place.country || "?"}): ${place.events} events`);
  }
}
