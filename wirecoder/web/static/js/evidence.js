// The evidence panel: the sentences behind a stance cell or a stance change, with the
// actor and the cue marked.

import { clear, el, getJson, markedText } from "./util.js";

const panel = () => document.getElementById("evidence-panel");

export function closeEvidence() {
  panel().hidden = true;
}

export async function openStanceEvidence(actor, country, issue) {
  const title = document.getElementById("evidence-title");
  const body = document.getElementById("evidence-body");
  title.textContent = `${actor}${country ? ` (${country})` : ""} on ${issue}`;
  clear(body);
  body.appendChild(el("p", { className: "muted" }, "loading…"));
  panel().hidden = false;
  try {
    const found = await getJson("/api/stances/evidence", { actor, country, issue });
    clear(body);
    for (const observation of found.observations) body.appendChild(observationBlock(observation));
  } catch (error) {
    clear(body);
    body.appendChild(el("p", { className: "error" }, error.message));
  }
  panel().dataset.loaded = "true";
}

function observationBlock(observation) {
  const block = el("section", { className: "observation" });
  const head = el("p", { className: "observation-head" });
  head.appendChild(el("span", { className: `polarity ${observation.polarity}` }, observation.polarity));
  head.appendChild(document.createTextNode(` ${observation.date || "undated"} · `));
  head.appendChild(el("span", { className: "muted" }, observation.article_title || observation.article_id));
  block.appendChild(head);
  for (const condition of observation.conditions || []) {
    block.appendChild(el("p", { className: "condition" }, `condition: ${condition}`));
  }
  for (const evidence of observation.evidence || []) {
    const quote = el("blockquote", { className: "evidence-sentence" });
    quote.appendChild(markedText(evidence.text || "", evidence.highlights || []));
    block.appendChild(quote);
  }
  return block;
}

export function wireEvidencePanel() {
  document.getElementById("evidence-close").addEventListener("click", closeEvidence);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") closeEvidence();
  });
}
