// The incidents table: one row per incident, the selected one marked; rows are added page by page.

import { el, fatalityText, placeText, typeColor } from "./style.js";

export const PAGE_ROWS = 200;

function row(incident, onSelect) {
  const tr = el("tr");
  tr.dataset.id = incident.id;
  const type = el("td");
  const dot = el("span", "dot");
  dot.style.background = typeColor(incident.event_type);
  type.append(dot, incident.event_type || "—");
  if (incident.sub_event_type) type.append(el("div", "sub", incident.sub_event_type));
  const sources = Array.isArray(incident.sources)
    ? incident.sources.map((s) => (typeof s === "string" ? s : s.name)).join(", ")
    : "";
  tr.append(
    el("td", "nowrap", incident.date || "—"),
    type,
    el("td", null, placeText(incident.location)),
    el("td", "num", fatalityText(incident)),
    Object.assign(el("td", "sub src", sources || "—"), { title: sources }),
    el("td", "num", incident.report_count ?? ""),
  );
  tr.addEventListener("click", () => onSelect(incident.id));
  return tr;
}

/** Show the first `shown` incidents; returns how many rows are now in the table. */
export function renderTable(tbody, incidents, { shown, selectedId, onSelect }) {
  const rows = incidents.slice(0, shown).map((inc) => row(inc, onSelect));
  tbody.replaceChildren(...rows);
  markSelected(tbody, selectedId);
  return rows.length;
}

export function markSelected(tbody, id) {
  for (const tr of tbody.querySelectorAll("tr")) {
    const selected = tr.dataset.id === id;
    tr.classList.toggle("selected", selected);
    if (selected) tr.scrollIntoView({ block: "nearest" });
  }
}
