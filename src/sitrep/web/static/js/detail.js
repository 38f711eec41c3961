// The detail panel: an incident's reports, each with its extracted fields and its article text,
// the evidence and every field located in it highlighted.

import { FIELD_LABELS, el, fatalityText, placeText, typeColor } from "./style.js";

/**
 * Cut `text` at every span boundary; each piece carries the spans covering it, so overlapping
 * highlights (a place inside the evidence) nest without any HTML parsing.
 */
export function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    out.push({ text: text.slice(start, end), classes: covering.map((s) => s.className) });
  }
  return out;
}

function articleText(text, report) {
  const spans = [];
  if (report.evidence && Number.isInteger(report.evidence.start)) {
    spans.push({ start: report.evidence.start, end: report.evidence.end, className: "ev" });
  }
  for (const h of report.highlights || []) spans.push({ start: h.start, end: h.end, className: `hl-${h.field}` });
  const box = el("div", "article-text");
  for (const piece of segments(text, spans)) {
    if (!piece.classes.length) box.append(document.createTextNode(piece.text));
    else box.append(el("span", piece.classes.join(" "), piece.text));
  }
  return box;
}

function fieldChips(report) {
  const chips = [];
  const add = (field, value) => {
    if (value === null || value === undefined || value === "") return;
    const li = el("li", `f-${field}`);
    li.append(el("b", null, `${FIELD_LABELS[field]}:`), String(value));
    chips.push(li);
  };
  const actor = (a) => (a ? (a.text && a.text !== a.name ? `${a.name} (“${a.text}”)` : a.name) : null);
  add("actor1", actor(report.actor1));
  add("actor2", actor(report.actor2));
  add("location", report.location ? placeText(report.location) : null);
  add("date", report.date ? `${report.date}${report.date_precision && report.date_precision !== "day" ? ` (${report.date_precision})` : ""}` : null);
  const qualifier = report.fatalities_qualifier && report.fatalities_qualifier !== "exact" ? ` (${report.fatalities_qualifier.replace("_", " ")})` : "";
  add("fatalities", report.fatalities == null ? null : `${report.fatalities}${qualifier}`);
  add("injured", report.injured ?? null);
  for (const src of report.reported_by || []) add("reported_by", src.name);
  const list = el("ul", "fields");
  list.append(...chips);
  return list;
}

/** Only web links are followed: a stored url like "javascript:..." is shown as plain text. */
export function safeUrl(url) {
  return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url);
}

async function reportBlock(report, loadArticle) {
  const block = el("section", "report");
  const article = report.article || { id: report.doc_id };
  const heading = el("h3");
  if (safeUrl(article.url)) {
    const link = el("a", null, article.title || article.id);
    link.href = article.url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    heading.append(link);
  } else {
    heading.append(article.title || article.id);
  }
  block.append(heading);
  const meta = el("div", "meta", [article.outlet, article.published].filter(Boolean).join(" · "));
  if (report.lang) meta.append(el("span", "badge", report.lang));
  block.append(meta, fieldChips(report));
  try {
    const full = await loadArticle(report.doc_id);
    const box = articleText(full.text, report);
    block.append(box);
  } catch (error) {
    block.append(el("p", "placeholder", `Article text unavailable: ${error.message}`));
  }
  return block;
}

/** Fill `panel` with the incident and its reports; resolves once every article is shown. */
export async function showIncident(panel, incident, loadArticle) {
  const header = el("header");
  const title = el("h2");
  const dot = el("span", "dot");
  dot.style.background = typeColor(incident.event_type);
  title.append(dot, `${incident.sub_event_type || incident.event_type} — ${placeText(incident.location)}`);
  const sources = (incident.sources || []).map((s) => (typeof s === "string" ? s : s.name)).join(", ");
  header.append(
    title,
    el("div", "meta", `${incident.date || "undated"} · ${incident.event_type} · deaths ${fatalityText(incident)} · ${incident.reports.length} report(s)${sources ? ` · sources: ${sources}` : ""}`),
  );
  const blocks = await Promise.all(incident.reports.map((r) => reportBlock(r, loadArticle)));
  panel.replaceChildren(header, ...blocks);
  panel.scrollTop = 0;
  for (const box of panel.querySelectorAll(".article-text")) {
    const evidence = box.querySelector(".ev");
    if (evidence) box.scrollTop = Math.max(0, evidence.offsetTop - 24);
  }
}
