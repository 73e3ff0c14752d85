// The dashboard: reads the filters, asks the API, and draws every panel. The page sets
// body[data-ready] once the first drawing is done (tests and the benchmark wait for it).

import { wireEvidencePanel } from "./evidence.js";
import { renderEvents } from "./events.js";
import { renderMap } from "./map.js";
import { renderNetwork } from "./network.js";
import { renderStanceMatrix } from "./stances.js";
import { renderTimeline } from "./timeline.js";
import { getJson } from "./util.js";

const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const PAGE = 50;
const form = document.getElementById("filters");
let offset = 0;

function filters() {
  const data = new FormData(form);
  const params = {};
  for (const name of ["actor", "country", "type", "class", "context", "since", "until", "location", "q"]) {
    const value = (data.get(name) || "").trim();
    if (value) params[name] = value;
  }
  if (data.get("hide_unreal")) params.exclude = "negation,hypothetical";
  return params;
}

function setFilter(name, value) {
  form.elements[name].value = value;
  offset = 0;
  refresh();
}

async function refreshEvents(params) {
  const page = await getJson("/api/events", { ...params, limit: PAGE, offset });
  renderEvents(document.querySelector("#events-table tbody"), page);
  document.getElementById("events-total").textContent = `(${page.total})`;
  const last = Math.min(offset + PAGE, page.total);
  document.getElementById("page-info").textContent = page.total ? `${offset + 1}–${last} of ${page.total}` : "";
  document.getElementById("prev-page").disabled = offset === 0;
  document.getElementById("next-page").disabled = last >= page.total;
}

function updateExports(params) {
  const query = new URLSearchParams(params).toString();
  for (const [id, path] of [["export-json", "events.json"], ["export-tsv", "events.tsv"],
    ["export-csv", "events.csv"], ["export-parquet", "events.parquet"], ["export-graphml", "network.graphml"]]) {
    document.getElementById(id).href = `/api/export/${path}${query ? `?${query}` : ""}`;
  }
}

async function refresh() {
  const params = filters();
  updateExports(params);
  const [network, timeline, places] = await Promise.all([
    getJson("/api/network", params), getJson("/api/timeline", params), getJson("/api/places", params),
    refreshEvents(params),
  ]);
  renderNetwork(document.getElementById("network"), network, (actor) => setFilter("actor", actor));
  renderTimeline(document.getElementById("timeline"), timeline, (day) => {
    form.elements.since.value = day;
    setFilter("until", day);
  });
  await renderMap(document.getElementById("map"), places, (code) => setFilter("location", code));
}

async function start() {
  const select = form.elements.type;
  for (const type of TYPES) select.appendChild(new Option(type, type));
  wireEvidencePanel();
  form.addEventListener("submit", (event) => { event.preventDefault(); offset = 0; refresh(); });
  form.addEventListener("reset", () => setTimeout(() => { offset = 0; refresh(); }, 0));
  document.getElementById("prev-page").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); refreshEvents(filters()); });
  document.getElementById("next-page").addEventListener("click", () => { offset += PAGE; refreshEvents(filters()); });
  const [health, matrix] = await Promise.all([getJson("/api/health"), getJson("/api/stances/matrix")]);
  const c = health.counts;
  document.getElementById("store-summary").textContent =
    `${health.db}: ${c.articles} articles, ${c.events} events, ${c.stances} stances, ${c.commitments} commitments`;
  renderStanceMatrix(document.getElementById("stance-matrix"), matrix);
  await refresh();
  document.body.dataset.readyAfterMs = String(Math.round(performance.now()));
  document.body.dataset.ready = "true";
}

start().catch((error) => {
  document.getElementById("store-summary").textContent = `error: ${error.message}`;
  document.body.dataset.ready = "error";
});
