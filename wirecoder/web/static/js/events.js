// The event table: one page of events matching the filters, each with its evidence
// sentence (the trigger and the actors marked).

import { actorLabel, clear, el, findSpans, markedText } from "./util.js";

export function renderEvents(tbody, page) {
  clear(tbody);
  if (!page.items.length) {
    const row = tbody.appendChild(el("tr"));
    row.appendChild(el("td", { colspan: "6", className: "muted" }, "No events match the filters."));
    return;
  }
  for (const event of page.items) tbody.appendChild(eventRow(event));
}

function eventRow(event) {
  const row = el("tr", { "data-event-id": event.id });
  row.appendChild(el("td", { className: "nowrap" }, event.date || event.article_date || "–"));
  row.appendChild(el("td", { className: "nowrap" }, event.mode ? `${event.event_type}/${event.mode}` : event.event_type));
  const who = `${actorLabel(event.source)} → ${actorLabel(event.recipient)}`;
  row.appendChild(el("td", {}, event.attributed_to ? `${who} (per ${event.attributed_to.name})` : who));
  row.appendChild(el("td", {}, (event.context || []).join(", ")));
  row.appendChild(el("td", {}, event.location ? `${event.location.name} (${event.location.country || "?"})` : ""));
  const cell = el("td", { className: "evidence" });
  const text = event.evidence ? event.evidence.text : "";
  const actors = [event.source, event.recipient].filter(Boolean).map((a) => a.text);
  const spans = [...findSpans(text, actors, "actor"), ...findSpans(text, [event.trigger], "cue")]
    .sort((a, b) => a.start - b.start);
  cell.appendChild(markedText(text, spans));
  if (event.article_title) cell.appendChild(el("div", { className: "muted source" }, event.article_title));
  row.appendChild(cell);
  return row;
}
