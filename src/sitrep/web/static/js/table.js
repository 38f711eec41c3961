// The incidents table: one row per incident, the selected one marked; rows are added page by page.

import { el, fatalityText, placeText, typeColor } from "./style.js";

export const PAGE_ROWS = 200;

function row(incident, onSelect, onHover) {
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
  tr.tabIndex = 0;
  if (onHover) {
    tr.addEventListener("mouseenter", () => onHover(incident.id));
    tr.addEventListener("mouseleave", () => onHover(null));
  }
  tr.addEventListener("click", () => onSelect(incident.id));
  tr.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect(incident.id);
    }
  });
  return tr;
}

const SORT_KEYS = {
  date: (i) => i.date || "",
  type: (i) => `${i.event_type || ""} ${i.sub_event_type || ""}`,
  place: (i) => placeText(i.location),
  deaths: (i) => i.fatalities_best ?? -1,
  reports: (i) => i.report_count ?? 0,
};

/** A sorted copy of the incidents by one column; ties keep the store's order (newest first). */
export function sortIncidents(incidents, key, descending) {
  const value = SORT_KEYS[key] || SORT_KEYS.date;
  const sign = descending ? -1 : 1;
  return incidents
    .map((inc, index) => ({ inc, index, v: value(inc) }))
    .sort((a, b) => (a.v < b.v ? -sign : a.v > b.v ? sign : a.index - b.index))
    .map((x) => x.inc);
}

/** Mark the sorted column header (aria-sort) and call onSort(key) when a sortable one is clicked. */
export function bindSortHeaders(thead, onSort) {
  for (const th of thead.querySelectorAll("th[data-sort]")) {
    th.tabIndex = 0;
    const pick = () => onSort(th.dataset.sort);
    th.addEventListener("click", pick);
    th.addEventListener("keydown", (event) => {
      if (event.key === "Enter") pick();
    });
  }
}

export function showSort(thead, key, descending) {
  for (const th of thead.querySelectorAll("th[data-sort]")) {
    if (th.dataset.sort === key) th.setAttribute("aria-sort", descending ? "descending" : "ascending");
    else th.removeAttribute("aria-sort");
  }
}

/** Show the first `shown` incidents; returns how many rows are now in the table. */
export function renderTable(tbody, incidents, { shown, selectedId, onSelect, onHover }) {
  const rows = incidents.slice(0, shown).map((inc) => row(inc, onSelect, onHover));
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
