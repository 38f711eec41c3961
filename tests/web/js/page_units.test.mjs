// Unit tests of the page's pure functions, run with `node --test tests/web/js/` (no browser).
import assert from "node:assert/strict";
import { test } from "node:test";

const STATIC = new URL("../../../src/sitrep/web/static/js/", import.meta.url);
const { segments, safeUrl } = await import(new URL("detail.js", STATIC));
const { binDays } = await import(new URL("timeline.js", STATIC));
const { sortIncidents } = await import(new URL("table.js", STATIC));
const { queryString } = await import(new URL("api.js", STATIC));
const { fatalityText } = await import(new URL("style.js", STATIC));

test("segments nest a field inside the evidence and keep every character once", () => {
  const text = "Intro. Rebels attacked Gao on Monday.";
  const spans = [
    { start: 7, end: 37, className: "ev" },
    { start: 23, end: 26, className: "hl-location" },
  ];
  const pieces = segments(text, spans);
  assert.equal(pieces.map((p) => p.text).join(""), text);
  assert.deepEqual(pieces.find((p) => p.text === "Gao").classes, ["ev", "hl-location"]);
  assert.deepEqual(pieces[0], { text: "Intro. ", classes: [] });
});

test("segments clamp spans that run past the text", () => {
  const pieces = segments("short", [{ start: 2, end: 99, className: "ev" }]);
  assert.deepEqual(pieces.map((p) => p.text), ["sh", "ort"]);
});

test("only web links are followed", () => {
  assert.ok(safeUrl("https://news.example/a"));
  assert.ok(!safeUrl("javascript:alert(1)"));
  assert.ok(!safeUrl(null));
});

test("days are binned from the first day", () => {
  const rows = [
    { key: "2026-03-01", events: 1, fatalities: 2 },
    { key: "2026-03-02", events: 2, fatalities: 0 },
    { key: "2026-03-09", events: 1, fatalities: 5 },
  ];
  const first = Math.round(Date.parse("2026-03-01T00:00:00Z") / 86400000);
  const bins = binDays(rows, first, 7);
  assert.deepEqual(
    bins.map((b) => [b.start, b.end, b.events, b.fatalities]),
    [["2026-03-01", "2026-03-07", 3, 2], ["2026-03-08", "2026-03-14", 1, 5]],
  );
});

test("sorting by deaths puts unknown counts last and keeps ties in order", () => {
  const incidents = [
    { id: "a", fatalities_best: null },
    { id: "b", fatalities_best: 4 },
    { id: "c", fatalities_best: 9 },
    { id: "d", fatalities_best: 4 },
  ];
  assert.deepEqual(sortIncidents(incidents, "deaths", true).map((i) => i.id), ["c", "b", "d", "a"]);
});

test("query strings leave out empty values", () => {
  assert.equal(queryString({ country: "ML", q: "", limit: 10, to: null }), "?country=ML&limit=10");
  assert.equal(queryString({}), "");
});

test("fatality ranges read best (low–high)", () => {
  assert.equal(fatalityText({ fatalities_low: 12, fatalities_best: 12, fatalities_high: 14 }), "12 (12–14)");
  assert.equal(fatalityText({ fatalities_best: null }), "—");
});
