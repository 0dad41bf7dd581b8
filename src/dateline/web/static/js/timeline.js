// The timeline: events on a date axis (stacked per day, coloured by type) and, below it, a dated list.
import { get, maxPage } from "./api.js";
import { eventSummary } from "./details.js";
import { badge, eventDate, h, replace } from "./dom.js";
import { apiParams, filterBar, readFilters } from "./filters.js";
import { failure, loading, showDetails } from "./ui.js";

const SVG = "http://www.w3.org/2000/svg";
const W = 1000, PAD = 64, DOT = 7;
const DAY = 86400000;

function s(tag, attrs = {}) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** #/timeline?type=&actor=&since=&until= */
export async function timelineView(main, params) {
  const f = readFilters(params);
  replace(main, h("h2", {}, "Timeline"), loading("events"));
  let page, articles;
  try {
    const limit = await maxPage();
    [page, articles] = await Promise.all([get("/api/events", { ...apiParams(f), sort: "date", limit }),
      get("/api/articles", { since: f.since || null, until: f.until || null, limit })]);
  } catch (err) {
    replace(main, h("h2", {}, "Timeline"), failure(err));
    return;
  }
  // An event without its own date sits at its first report (eventDate), so order by that, not by the API's sort.
  const dated = page.items.filter((e) => eventDate(e)).sort((a, b) => eventDate(a).localeCompare(eventDate(b)));
  const published = articles.items.filter((a) => a.published);
  const bar = await filterBar("timeline", f);
  replace(main, h("h2", {}, "Timeline"), bar,
    h("p", { class: "muted", id: "timeline-count" },
      `${dated.length} dated event(s); ${published.length} article(s) by publication date`),
    dated.length || published.length ? axis(dated, published) : h("p", { class: "muted" }, "Nothing dated matches."),
    list(dated));
}

/** The SVG axis: one dot per event (stacked per day) and, in a band below, one square per article. */
function axis(events, articles) {
  const times = events.map((e) => Date.parse(eventDate(e)));
  const pubs = articles.map((a) => Date.parse(a.published));
  const lo = Math.min(...times, ...pubs) - DAY, hi = Math.max(...times, ...pubs) + DAY;
  const x = (t) => PAD + ((t - lo) / (hi - lo)) * (W - 2 * PAD);
  const stacks = new Map();
  const dots = events.map((e, i) => {
    const day = eventDate(e);
    const level = stacks.get(day) || 0;
    stacks.set(day, level + 1);
    return { e, cx: x(times[i]), level };
  });
  const height = 80 + DOT * 2 * Math.max(1, ...stacks.values());
  const svg = s("svg", { viewBox: `0 0 ${W} ${height}`, class: "timeline", id: "timeline" });
  const base = height - 50;
  svg.append(s("line", { x1: PAD, x2: W - PAD, y1: base, y2: base, class: "axis" }));
  for (const t of ticks(lo, hi)) {
    svg.append(s("line", { x1: x(t), x2: x(t), y1: base, y2: base + 5, class: "axis" }));
    svg.append(Object.assign(s("text", { x: x(t), y: base + 18, "text-anchor": "middle", class: "tick" }),
      { textContent: new Date(t).toISOString().slice(0, 10) }));
  }
  for (const d of dots) {
    const c = s("circle", { cx: d.cx, cy: base - DOT - d.level * DOT * 2, r: DOT - 1, class: `dot vt-${d.e.type}`,
      tabindex: 0, "data-id": d.e.id, "data-type": d.e.type });
    c.append(Object.assign(s("title"), { textContent: `${d.e.type} ${eventDate(d.e)} ${d.e.place || ""}` }));
    c.addEventListener("click", () => showDetails(eventSummary(d.e)));
    svg.append(c);
  }
  articles.forEach((a, i) => {
    const r = s("rect", { x: x(pubs[i]) - 3, y: base + 28, width: 6, height: 10, class: "pub", tabindex: 0,
      "data-id": a.id });
    r.append(Object.assign(s("title"), { textContent: `${a.published} ${a.title || a.id}` }));
    r.addEventListener("click", () => { location.hash = `#/article/${encodeURIComponent(a.id)}`; });
    svg.append(r);
  });
  svg.append(Object.assign(s("text", { x: 2, y: base + 37, class: "tick" }), { textContent: "articles" }));
  return h("div", { class: "timeline-wrap" }, svg);
}

/** About six round dates between lo and hi. */
function ticks(lo, hi) {
  const step = Math.max(DAY, Math.ceil((hi - lo) / 6 / DAY) * DAY);
  const out = [];
  for (let t = Math.ceil(lo / DAY) * DAY; t <= hi; t += step) out.push(t);
  return out;
}

/** Events grouped by day, earliest first. */
function list(events) {
  const days = new Map();
  for (const e of events) days.set(eventDate(e), [...(days.get(eventDate(e)) || []), e]);
  return h("ol", { class: "timeline-list" }, [...days].map(([day, evs]) => h("li", {},
    h("h3", {}, day),
    h("ul", {}, evs.map((e) => h("li", { class: "timeline-item", dataset: { id: e.id, type: e.type } },
      badge(e.type, "vtype"), " ", h("a", { href: `#/event/${encodeURIComponent(e.id)}` }, e.place || "(no place)"),
      " — ", (e.actors || []).join(", ") || "unknown actors",
      h("div", { class: "evidence muted" }, e.evidence || ""),
      e.n_articles > 1 ? h("div", { class: "muted" }, `${e.n_articles} sources`) : null))))));
}
