// Events per day as bars stacked by PLOVER class, with stance changes marked above them.

import { openStanceEvidence } from "./evidence.js";
import { clear, svg, titled } from "./util.js";

const CLASSES = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
const WIDTH = 1200;
const HEIGHT = 220;
const PAD = { left: 40, right: 10, top: 28, bottom: 24 };
const DAY = 86400000;

const toTime = (date) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

export function renderTimeline(root, timeline, onDay) {
  clear(root);
  const days = timeline.days.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date));
  if (!days.length) {
    svg("text", { x: WIDTH / 2, y: HEIGHT / 2, "text-anchor": "middle", class: "muted" }, root)
      .textContent = "No dated events match.";
    return;
  }
  const first = toTime(days[0].date);
  const last = toTime(days[days.length - 1].date) + DAY;
  const span = Math.max(last - first, DAY);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (time) => PAD.left + ((time - first) / span) * plotWidth;
  const barWidth = Math.max(2, Math.min(24, (plotWidth * DAY) / span - 1));
  const most = Math.max(...days.map((d) => CLASSES.reduce((sum, c) => sum + d[c], 0)), 1);
  svg("line", { x1: PAD.left, x2: WIDTH - PAD.right, y1: HEIGHT - PAD.bottom,
    y2: HEIGHT - PAD.bottom, class: "axis" }, root);
  svg("text", { x: 4, y: PAD.top + 8, class: "tick" }, root).textContent = String(most);
  for (const day of days) {
    let y = HEIGHT - PAD.bottom;
    const group = svg("g", { class: "day", "data-date": day.date }, root);
    for (const klass of CLASSES) {
      if (!day[klass]) continue;
      const h = (day[klass] / most) * plotHeight;
      y -= h;
      svg("rect", { x: x(toTime(day.date)), y, width: barWidth, height: h, class: `bar ${klass}` }, group);
    }
    titled(group, `${day.date}: ${CLASSES.map((c) => `${day[c]} ${c.replace("_", " ")}`).join(", ")}`);
    group.addEventListener("click", () => onDay(day.date));
  }
  axisLabels(root, first, last, x);
  for (const change of timeline.stance_changes) {
    if (!change.date || !/^\d{4}-\d{2}-\d{2}/.test(change.date)) continue;
    const cx = x(toTime(change.date)) + barWidth / 2;
    const mark = svg("path", { d: `M${cx - 6},${PAD.top - 16} L${cx + 6},${PAD.top - 16} L${cx},${PAD.top - 6} z`,
      class: `change-mark ${change.polarity}` }, root);
    titled(mark, `${change.date}: ${change.actor} on ${change.issue}: ${change.previous} → ${change.polarity}`);
    mark.addEventListener("click", () => openStanceEvidence(change.actor, change.country, change.issue));
  }
}

function axisLabels(root, first, last, x) {
  const ticks = 8;
  for (let i = 0; i <= ticks; i++) {
    const time = first + ((last - first) * i) / ticks;
    const label = new Date(time).toISOString().slice(0, 10);
    svg("text", { x: x(time), y: HEIGHT - 6, class: "tick", "text-anchor": "middle" }, root).textContent = label;
  }
}
