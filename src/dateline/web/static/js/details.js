// What the details panel shows for each kind of annotation, and for a merged event from the store.
import { badge, facts, h } from "./dom.js";
import { entityName, speakerName } from "./layers.js";

/** Details of an annotation of a record: kind is entity|place|time|quote|event. */
export function annotationDetails(kind, obj, record, eventIds = {}) {
  const render = { entity, place, time, quote, event }[kind];
  return render ? render(obj, record, eventIds) : h("p", {}, "No details.");
}

function entity(e) {
  return h("section", { class: "detail detail-entity" },
    h("h3", {}, e.name, " ", badge(e.type, "etype")),
    facts([["Type", e.type], ["Country", e.country], ["Sector", e.sector], ["Actor key", e.key],
      ["Wikidata", e.wikidata], ["Description", e.description], ["Also called", (e.aliases || []).join(", ")],
      ["Mentions", String((e.mentions || []).length)]]),
    h("p", {}, h("a", { href: `#/articles?q=${encodeURIComponent(e.name)}` }, "Articles naming it")));
}

function place(p) {
  const coords = p.lat != null ? `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}` : null;
  return h("section", { class: "detail detail-place" },
    h("h3", {}, p.name),
    facts([["Coordinates", coords], ["Country", p.country], ["Region", p.admin1], ["Feature", p.feature_code],
      ["GeoNames", p.geonameid ? String(p.geonameid) : null], ["Role", p.role],
      ["Mentions", String((p.mentions || []).length)]]),
    p.lat != null ? h("p", {}, h("a", { href: `#/map?focus=${p.lat},${p.lon}` }, "Show on the map")) : null);
}

function time(t) {
  return h("section", { class: "detail detail-time" },
    h("h3", {}, t.text),
    facts([["Type", t.type], ["Value", t.value], ["Modifier", t.mod]]));
}

function quote(q, record) {
  const s = q.speaker || {};
  return h("section", { class: "detail detail-quote" },
    h("h3", {}, "Quote"),
    h("blockquote", {}, q.text),
    facts([["Speaker", speakerName(record, q)], ["Mention", s.text], ["Cue", q.cue && q.cue.text],
      ["Kind", q.kind], ["Repeats", q.duplicate_of]]));
}

function event(v, record, eventIds) {
  const names = (ids) => (ids || []).map((id) => entityName(record, id)).join(", ");
  const where = (record.places || []).find((p) => p.id === v.place);
  const date = v.date ? (v.date.start === v.date.end ? v.date.start : `${v.date.start} – ${v.date.end}`) : null;
  const merged = eventIds[v.id];
  return h("section", { class: "detail detail-event" },
    h("h3", {}, badge(v.type, "vtype"), " event"),
    h("p", { class: "evidence" }, v.evidence ? v.evidence.text : ""),
    facts([["Actors", names(v.actors)], ["Recipients", names(v.recipients)], ["Place", where && where.name],
      ["Date", date], ["Status", v.status], ["Mode", v.mode],
      ["ACLED", v.acled ? `${v.acled.event_type} / ${v.acled.sub_event_type}` : null],
      ["Claimed by", v.attributed_to ? entityName(record, v.attributed_to) : null],
      ["Confidence", v.confidence != null ? v.confidence.toFixed(2) : null]]),
    merged ? h("p", {}, h("a", { href: `#/event/${encodeURIComponent(merged)}` }, "Every source of this event")) : null);
}

/** A merged event's summary (map and timeline popups). */
export function eventSummary(e) {
  return h("section", { class: "detail detail-merged" },
    h("h3", {}, badge(e.type, "vtype"), " ", e.place || "(no place)"),
    h("p", { class: "evidence" }, e.evidence || ""),
    facts([["Date", e.date_start || e.date || e.first_reported], ["Actors", (e.actors || []).join(", ")],
      ["Recipients", (e.recipients || []).join(", ")], ["Sources", String(e.n_articles ?? "")],
      ["Fatalities", e.fatalities != null ? String(e.fatalities) : null]]),
    h("p", {}, h("a", { href: `#/event/${encodeURIComponent(e.id)}` }, "Every source and its evidence")));
}

/** A place across the corpus (map): where it is and the articles naming it. */
export function placeSummary(p) {
  return h("section", { class: "detail detail-place-summary" },
    h("h3", {}, p.name),
    facts([["Coordinates", `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}`], ["Country", p.country],
      ["Feature", p.feature_code], ["Articles", String(p.n_articles)]]),
    h("ul", {}, (p.articles || []).map((a) => h("li", {},
      h("a", { href: `#/article/${encodeURIComponent(a.id)}` }, a.title || a.id), a.published ? ` (${a.published})` : ""))));
}
