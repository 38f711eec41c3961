// Events over time as an SVG bar chart. Days without events are gaps, so the time axis is true;
// long spans are binned (a bar per N days) so that every bar stays wide enough to see and click.

const SVG = "http://www.w3.org/2000/svg";
const DAY_MS = 86400000;
const MIN_BAR_PX = 5;

function svgEl(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function dayIndex(iso) {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function isoDay(index) {
  return new Date(index * DAY_MS).toISOString().slice(0, 10);
}

/** Group day rows into bins of `size` days starting at `first`: [{start, end, events, fatalities}]. */
export function binDays(rows, first, size) {
  const bins = new Map();
  for (const row of rows) {
    const slot = Math.floor((dayIndex(row.key) - first) / size);
    const bin = bins.get(slot) || { slot, start: isoDay(first + slot * size), end: isoDay(first + slot * size + size - 1), events: 0, fatalities: 0 };
    bin.events += row.events || 0;
    bin.fatalities += row.fatalities || 0;
    bins.set(slot, bin);
  }
  return [...bins.values()];
}

function label(index, spanDays) {
  const iso = isoDay(index);
  return spanDays > 300 ? iso.slice(0, 7) : iso.slice(5);
}

/**
 * Draw day rows ([{key: "YYYY-MM-DD", events, fatalities}]) into `svg`. Bars inside [from, to]
 * are highlighted; clicking a bar calls onPick(firstDay, lastDay) of that bar.
 */
export function renderTimeline(svg, rows, { from, to }, onPick) {
  svg.replaceChildren();
  const days = rows.filter((r) => r.key && /^\d{4}-\d{2}-\d{2}$/.test(r.key));
  const width = svg.clientWidth || 600;
  const height = svg.clientHeight || 110;
  if (!days.length) {
    svg.append(svgEl("text", { x: 8, y: 20, class: "axis" }, "No dated events"));
    return;
  }
  const indices = days.map((r) => dayIndex(r.key));
  const first = Math.min(...indices);
  const spanDays = Math.max(...indices) - first + 1;
  const pad = { left: 28, right: 6, top: 6, bottom: 18 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const size = Math.max(1, Math.ceil((spanDays * MIN_BAR_PX) / plotW));
  const bins = binDays(days, first, size);
  const slots = Math.ceil(spanDays / size);
  const slot = plotW / slots;
  const barW = Math.max(1, slot * 0.8);
  const max = Math.max(...bins.map((b) => b.events), 1);

  svg.append(svgEl("line", { x1: pad.left, x2: width - pad.right, y1: pad.top + plotH, y2: pad.top + plotH, class: "baseline" }));
  for (const bin of bins) {
    const h = Math.max(1, (bin.events / max) * plotH);
    const inRange = (from || to) && (!from || bin.end >= from) && (!to || bin.start <= to);
    const bar = svgEl("rect", {
      x: pad.left + bin.slot * slot + (slot - barW) / 2,
      y: pad.top + plotH - h,
      width: barW,
      height: h,
      class: inRange ? "bar in-range" : "bar",
      "data-day": bin.start,
    });
    const period = size === 1 ? bin.start : `${bin.start} – ${bin.end}`;
    bar.append(svgEl("title", {}, `${period}: ${bin.events} event(s), ${bin.fatalities} death(s)`));
    bar.addEventListener("click", () => onPick(bin.start, bin.end));
    svg.append(bar);
  }
  const tickEvery = Math.max(1, Math.ceil(slots / Math.max(2, Math.floor(plotW / 70))));
  for (let s = 0; s < slots; s += tickEvery) {
    const x = pad.left + s * slot + slot / 2;
    svg.append(svgEl("text", { x, y: height - 4, "text-anchor": "middle", class: "axis" }, label(first + s * size, spanDays)));
  }
  svg.append(svgEl("text", { x: pad.left - 4, y: pad.top + 8, "text-anchor": "end", class: "axis" }, String(max)));
}
