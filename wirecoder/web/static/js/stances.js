// The stance matrix: actors × issues, each cell the actor's latest polarity on the issue;
// a cell opens its evidence sentences.

import { openStanceEvidence } from "./evidence.js";
import { clear, el } from "./util.js";

export function renderStanceMatrix(container, matrix) {
  clear(container);
  if (!matrix.cells.length) {
    container.appendChild(el("p", { className: "muted" }, "No stances in the store."));
    return;
  }
  const byKey = new Map(matrix.cells.map((c) => [`${c.actor}|${c.country || ""}|${c.issue}`, c]));
  const table = el("table", { className: "heatmap" });
  const head = el("tr");
  head.appendChild(el("th", { className: "corner" }, "actor \\ issue"));
  for (const issue of matrix.issues) {
    const th = el("th", { className: "issue", title: issue });
    th.appendChild(el("span", {}, issue));
    head.appendChild(th);
  }
  table.appendChild(el("thead")).appendChild(head);
  const body = table.appendChild(el("tbody"));
  for (const actor of matrix.actors) {
    const row = body.appendChild(el("tr"));
    row.appendChild(el("th", { className: "actor" },
      actor.country && actor.country !== actor.name ? `${actor.name} (${actor.country})` : actor.name));
    for (const issue of matrix.issues) {
      const td = row.appendChild(el("td"));
      const cell = byKey.get(`${actor.name}|${actor.country || ""}|${issue}`);
      if (cell) td.appendChild(cellButton(cell));
    }
  }
  container.appendChild(table);
}

function cellButton(cell) {
  const seen = cell.observations > 1 ? `, ${cell.observations} observations` : "";
  const button = el("button", {
    type: "button", className: `stance-cell ${cell.polarity}`,
    title: `${cell.actor} on ${cell.issue}: ${cell.polarity} (${cell.date || "undated"}${seen})`,
    "data-actor": cell.actor, "data-country": cell.country || "", "data-issue": cell.issue,
    "aria-label": `${cell.actor} ${cell.polarity} ${cell.issue}`,
  }, cell.polarity[0].toUpperCase());
  button.addEventListener("click", () => openStanceEvidence(cell.actor, cell.country, cell.issue));
  return button;
}
