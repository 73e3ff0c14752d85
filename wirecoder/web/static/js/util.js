// Small helpers shared by the dashboard's panels: fetching JSON, building SVG and HTML.

const SVG_NS = "http://www.w3.org/2000/svg";

export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

export function svg(tag, attrs = {}, parent = null) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (parent) parent.appendChild(node);
  return node;
}

export function el(tag, attrs = {}, text = null) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "className") node.className = value;
    else node.setAttribute(key, value);
  }
  if (text !== null) node.textContent = text;
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function titled(node, text) {
  svg("title", {}, node).textContent = text;
  return node;
}

export function actorLabel(actor) {
  if (!actor) return "–";
  return actor.country && actor.country !== actor.name ? `${actor.name} (${actor.country})` : actor.name;
}

// Text with character spans marked: spans are {start, end, kind}, sorted, not overlapping.
export function markedText(text, spans) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    fragment.appendChild(document.createTextNode(text.slice(at, span.start)));
    fragment.appendChild(el("mark", { className: span.kind }, text.slice(span.start, span.end)));
    at = span.end;
  }
  fragment.appendChild(document.createTextNode(text.slice(at)));
  return fragment;
}

// Spans of `phrases` found in `text` (whole words, any case), for marking.
export function findSpans(text, phrases, kind) {
  const spans = [];
  const lower = text.toLowerCase();
  for (const phrase of phrases) {
    if (!phrase) continue;
    const needle = phrase.toLowerCase();
    let from = 0;
    for (;;) {
      const start = lower.indexOf(needle, from);
      if (start < 0) break;
      const end = start + needle.length;
      const before = start === 0 || !/\w/.test(lower[start - 1]);
      const after = end === lower.length || !/\w/.test(lower[end]);
      if (before && after) spans.push({ start, end, kind });
      from = end;
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans.filter((span, i) => i === 0 || span.start >= spans[i - 1].end);
}
