// Events per day as an SVG bar chart. Days without events are drawn as gaps, so the time axis is true.

const SVG = "http://www.w3.org/2000/svg";
const DAY_MS = 86400000;

function svgEl(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function dayIndex(iso) {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function isoDay(index) {
  return new Date(index * DAY_MS).toISOString().slice(0, 10);
}

/** A few evenly spaced tick days (at most `count`), as day indices. */
function ticks(first, last, count) {
  const step = Math.max(1, Math.ceil((last - first + 1) / count));
  const out = [];
  for (let d = first; d <= last; d += step) out.push(d);
  return out;
}

/**
 * Draw `rows` ([{key: "YYYY-MM-DD", events, fatalities}]) into `svg`. Bars inside [from, to] are
 * highlighted; clicking a bar calls onPick(day).
 */
export function renderTimeline(svg, rows, { from, to }, onPick) {
  svg.replaceChildren();
  const days = rows.filter((r) => r.key && /^\d{4}-\d{2}-\d{2}$/.test(r.key));
  const width = svg.clientWidth || 600;
  const height = svg.clientHeight || 110;
  if (!days.length) {
    svg.append(Object.assign(svgEl("text", { x: 8, y: 20, class: "axis" }), { textContent: "No dated events" }));
    return;
  }
  const counts = new Map(days.map((r) => [dayIndex(r.key), r]));
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const max = Math.max(...days.map((r) => r.events || 0), 1);
  const pad = { left: 28, right: 6, top: 6, bottom: 18 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const slot = plotW / (last - first + 1);
  const barW = Math.max(1, slot * 0.8);

  svg.append(svgEl("line", { x1: pad.left, x2: width - pad.right, y1: pad.top + plotH, y2: pad.top + plotH, class: "baseline" }));
  for (const [index, row] of counts) {
    const h = Math.max(1, ((row.events || 0) / max) * plotH);
    const inRange = (!from || row.key >= from) && (!to || row.key <= to) && (from || to);
    const bar = svgEl("rect", {
      x: pad.left + (index - first) * slot + (slot - barW) / 2,
      y: pad.top + plotH - h,
      width: barW,
      height: h,
      class: inRange ? "bar in-range" : "bar",
      "data-day": row.key,
    });
    const title = svgEl("title", {});
    title.textContent = `${row.key}: ${row.events} event(s), ${row.fatalities ?? 0} death(s)`;
    bar.append(title);
    bar.addEventListener("click", () => onPick(row.key));
    svg.append(bar);
  }
  for (const d of ticks(first, last, Math.max(2, Math.floor(plotW / 70)))) {
    const label = svgEl("text", { x: pad.left + (d - first) * slot + slot / 2, y: height - 4, "text-anchor": "middle", class: "axis" });
    label.textContent = isoDay(d).slice(5);
    svg.append(label);
  }
  const top = svgEl("text", { x: pad.left - 4, y: pad.top + 8, "text-anchor": "end", class: "axis" });
  top.textContent = String(max);
  svg.append(top);
}
