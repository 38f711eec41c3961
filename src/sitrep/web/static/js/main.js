// Page wiring: the filter form drives the map, the timeline and the table; selecting an
// incident (marker or row) opens its reports in the detail panel. Filters live in the URL.

import { allIncidents, api } from "./api.js";
import { showIncident } from "./detail.js";
import { createMap } from "./map.js";
import { EVENT_TYPES, el } from "./style.js";
import { PAGE_ROWS, bindSortHeaders, markSelected, renderTable, showSort, sortIncidents } from "./table.js";
import { renderTimeline } from "./timeline.js";

const form = document.getElementById("filters");
const statusBox = document.getElementById("status");
const tbody = document.querySelector("#incidents tbody");
const moreButton = document.getElementById("more");
const countBox = document.getElementById("count");
const detail = document.getElementById("detail");
const timeline = document.getElementById("timeline");

const thead = document.querySelector("#incidents thead");
const state = {
  incidents: [],
  total: 0,
  shown: PAGE_ROWS,
  selectedId: null,
  generation: 0,
  days: [],
  range: {},
  sort: { key: "date", descending: true },
};
const articles = new Map();
let mapView = null;

function setStatus(text, isError = false) {
  statusBox.textContent = text;
  statusBox.classList.toggle("error", isError);
}

function readFilters() {
  const data = new FormData(form);
  const filters = {};
  for (const [key, value] of data.entries()) {
    const v = String(value).trim();
    if (v) filters[key] = v;
  }
  return filters;
}

function writeFilters(params) {
  for (const element of form.elements) {
    if (element.name && params.has(element.name)) element.value = params.get(element.name);
  }
}

function loadArticle(id) {
  if (!articles.has(id)) articles.set(id, api.article(id));
  return articles.get(id);
}

async function select(id) {
  state.selectedId = id;
  history.replaceState(null, "", `${location.pathname}${location.search}#${encodeURIComponent(id)}`);
  markSelected(tbody, id);
  mapView.select(id);
  try {
    const incident = await api.incident(id);
    if (state.selectedId !== id) return;
    await showIncident(detail, incident, loadArticle);
    markSelected(tbody, id); // the table shrank to make room for the details: keep the row in view
  } catch (error) {
    detail.replaceChildren(el("p", "placeholder", `Could not load incident: ${error.message}`));
  }
}

function showRows() {
  const sorted = sortIncidents(state.incidents, state.sort.key, state.sort.descending);
  const shown = renderTable(tbody, sorted, {
    shown: state.shown,
    selectedId: state.selectedId,
    onSelect: select,
    onHover: (id) => mapView.hover(id),
  });
  showSort(thead, state.sort.key, state.sort.descending);
  moreButton.hidden = shown >= state.incidents.length;
  const capped = state.incidents.length < state.total ? ` (map and table show ${state.incidents.length})` : "";
  countBox.textContent = `${state.total} matching${capped}`;
}

function drawTimeline() {
  renderTimeline(timeline, state.days, state.range, pickPeriod);
}

function pickPeriod(start, end) {
  const same = form.elements.from.value === start && form.elements.to.value === end;
  form.elements.from.value = same ? "" : start;
  form.elements.to.value = same ? "" : end;
  refresh();
}

async function refresh() {
  const generation = ++state.generation;
  const filters = readFilters();
  const query = new URLSearchParams(filters).toString();
  history.replaceState(null, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
  setStatus("Loading…");
  const { from, to, ...undated } = filters;
  try {
    const [page, days] = await Promise.all([allIncidents(filters), api.summary(undated, "day")]);
    if (generation !== state.generation) return;
    state.incidents = page.items;
    state.total = page.total;
    state.shown = PAGE_ROWS;
    const placed = mapView.setIncidents(page.items);
    showRows();
    state.days = days;
    state.range = { from, to };
    drawTimeline();
    document.body.dataset.ready = "true";
    setStatus(`${page.total} incident(s), ${placed} on the map`);
  } catch (error) {
    if (generation === state.generation) setStatus(error.message, true);
  }
}

async function fillChoices() {
  const types = form.elements.type;
  for (const t of EVENT_TYPES) types.append(new Option(t, t));
  const countries = await api.summary({}, "country").catch(() => []);
  const select = form.elements.country;
  for (const row of countries) {
    if (row.key) select.append(new Option(`${row.key} (${row.events})`, row.key));
  }
}

function debounce(fn, ms) {
  let timer = null;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

async function start() {
  if (!window.L || !window.L.markerClusterGroup || !window.topojson) {
    setStatus("Map libraries missing on the server: run `bash web/build.sh`, then reload.", true);
    return;
  }
  const config = await api.config().catch(() => ({ tiles_url: null }));
  mapView = createMap(document.getElementById("map"), { tilesUrl: config.tiles_url, onSelect: select });
  mapView.ready.catch((error) => setStatus(error.message, true));
  await fillChoices();
  writeFilters(new URLSearchParams(location.search));
  const later = debounce(refresh, 300);
  form.addEventListener("input", later);
  form.addEventListener("change", later);
  form.addEventListener("reset", () => setTimeout(refresh, 0));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    refresh();
  });
  bindSortHeaders(thead, (key) => {
    const same = state.sort.key === key;
    state.sort = { key, descending: same ? !state.sort.descending : key !== "type" && key !== "place" };
    showRows();
  });
  moreButton.addEventListener("click", () => {
    state.shown += PAGE_ROWS;
    showRows();
  });
  window.addEventListener("resize", debounce(drawTimeline, 200));
  await refresh();
  const linked = decodeURIComponent(location.hash.slice(1));
  if (linked) select(linked);
}

start();
