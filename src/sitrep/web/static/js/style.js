// Colours and labels shared by the map, the table and the detail panel.

export const EVENT_TYPES = [
  "Battles",
  "Explosions/Remote violence",
  "Violence against civilians",
  "Protests",
  "Riots",
  "Strategic developments",
];

const TYPE_COLORS = {
  "Battles": "#d7301f",
  "Explosions/Remote violence": "#f08c00",
  "Violence against civilians": "#7b2cbf",
  "Protests": "#1c7ed6",
  "Riots": "#c2255c",
  "Strategic developments": "#2b8a3e",
};

export function typeColor(type) {
  return TYPE_COLORS[type] || "#52606d";
}

export const FIELD_LABELS = {
  actor1: "Actor 1",
  actor2: "Actor 2",
  location: "Place",
  date: "Date",
  fatalities: "Deaths",
  injured: "Injured",
  reported_by: "Source",
  trigger: "Trigger",
};

/** "12", "12–18" or "—" from an incident's fatality range. */
export function fatalityText(incident) {
  const { fatalities_low: low, fatalities_best: best, fatalities_high: high } = incident;
  if (best === null || best === undefined) return "—";
  if (low !== null && high !== null && low !== undefined && high !== undefined && low !== high) {
    return `${best} (${low}–${high})`;
  }
  return String(best);
}

export function placeText(location) {
  if (!location) return "—";
  return [location.name, location.admin1 && location.admin1 !== location.name ? location.admin1 : null, location.country]
    .filter(Boolean)
    .join(", ");
}

/** Create an element with a class and text, the only way text reaches the DOM (no innerHTML). */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}
