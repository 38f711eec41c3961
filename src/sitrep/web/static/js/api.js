// Thin client for the sitrep REST API: query strings from filter objects, JSON with clear errors.

/** Build "?a=1&b=2" from an object, leaving out empty values. */
export function queryString(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** GET a JSON document; throws an Error carrying the API's one-line message. */
export async function getJSON(path, params = {}) {
  const response = await fetch(path + queryString(params), { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error : `${response.status} ${response.statusText}`;
    throw new Error(message);
  }
  return body;
}

/** Every incident matching the filters, page by page, up to `cap` (the map shows them all). */
export async function allIncidents(filters, cap = 5000) {
  const pageSize = 1000;
  const items = [];
  let total = 0;
  for (let offset = 0; offset < cap; offset += pageSize) {
    const page = await getJSON("/api/incidents", { ...filters, limit: pageSize, offset });
    items.push(...page.items);
    total = page.total;
    if (items.length >= total || page.items.length === 0) break;
  }
  return { items, total };
}

export const api = {
  config: () => getJSON("/api/config"),
  incident: (id) => getJSON(`/api/incidents/${encodeURIComponent(id)}`),
  article: (id) => getJSON(`/api/articles/${encodeURIComponent(id)}`),
  summary: (filters, by) => getJSON("/api/summary", { ...filters, by }),
};
