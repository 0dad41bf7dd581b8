// The article view: the text with every layer highlighted, layer switches, and details on click.
import { get } from "./api.js";
import { annotate } from "./annotate.js";
import { annotationDetails } from "./details.js";
import { badge, facts, h, replace } from "./dom.js";
import { KINDS, layers } from "./layers.js";
import { failure, hideTooltip, loading, showDetails, showTooltip } from "./ui.js";

const PLURAL = { event: "events", quote: "quotes", entity: "entities", place: "places", time: "times" };

/** #/article/ID[?hl=START-END]: one stored article. */
export async function articleView(main, id, params) {
  replace(main, loading("the article"));
  let data;
  try {
    data = await get(`/api/articles/${encodeURIComponent(id)}`);
  } catch (err) {
    replace(main, failure(err));
    return;
  }
  replace(main, renderArticle(data.record, data.event_ids || {}, data.duplicates || []));
  const hl = /^(\d+)-(\d+)$/.exec(params.get("hl") || "");
  if (hl) flashRange(main, Number(hl[1]), Number(hl[2]));
}

/** The annotated article as a node: header, layer switches, text. Used by the paste box too. */
export function renderArticle(record, eventIds = {}, duplicates = []) {
  const { anns, index } = layers(record);
  const text = h("div", { class: "article-text", id: "article-text" });
  text.append(annotate(record.text || "", anns));
  wire(text, record, index, eventIds);
  const counts = Object.fromEntries(KINDS.map((k) => [k, new Set(anns.filter((a) => a.kind === k).map((a) => a.id)).size]));
  const switches = h("div", { class: "layer-switches" }, KINDS.map((k) => h("label", { class: `switch switch-${k}` },
    h("input", { type: "checkbox", checked: true, dataset: { layer: k },
      onchange: (ev) => text.classList.toggle(`hide-${k}`, !ev.target.checked) }),
    ` ${PLURAL[k]} (${counts[k]})`)));
  return h("article", { class: "article", dataset: { id: record.id } },
    h("h2", { class: "article-title" }, record.title || "(untitled)"),
    facts([["Source", record.source], ["Published", record.published], ["URL", record.url],
      ["Id", record.id], ["Error", record.error ? `${record.error.code}: ${record.error.message}` : null]]),
    duplicates.length ? h("p", { class: "muted" }, `${duplicates.length} near-duplicate(s) of this article stored`) : null,
    switches, text, legend());
}

function legend() {
  return h("p", { class: "legend muted" }, "Click a highlight for its details; hover a quote for its speaker. ",
    ["PERSON", "ORG", "GPE"].map((t) => [h("span", { class: `ann ann-entity type-${t}` }, t.toLowerCase()), " "]),
    h("span", { class: "ann ann-place" }, "place"), " ", h("span", { class: "ann ann-time" }, "time"), " ",
    h("span", { class: "ann ann-quote" }, "quote"), " ", h("span", { class: "ann ann-event" }, "event evidence"));
}

/** Clicks open details (the innermost highlight wins); hovering a quote shows and marks its speaker. */
function wire(text, record, index, eventIds) {
  text.addEventListener("click", (ev) => {
    const el = ev.target.closest(".ann[data-kind]");
    if (!el || !text.contains(el)) return;
    const kind = el.dataset.kind === "speaker" || el.dataset.kind === "cue" ? "quote" : el.dataset.kind;
    const obj = index.get(`${kind}:${el.dataset.id}`);
    if (!obj) return;
    select(text, kind, el.dataset.id);
    showDetails(annotationDetails(kind, obj, record, eventIds));
  });
  text.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && ev.target.classList.contains("ann")) ev.target.click();
  });
  text.addEventListener("mouseover", (ev) => {
    const q = ev.target.closest(".ann-quote");
    if (!q) return;
    showTooltip(q, `Speaker: ${q.dataset.speaker}`);
    for (const s of text.querySelectorAll(`.ann-speaker[data-id="${CSS.escape(q.dataset.id)}"]`)) s.classList.add("speaking");
  });
  text.addEventListener("mouseout", (ev) => {
    const q = ev.target.closest(".ann-quote");
    if (!q || (ev.relatedTarget && q.contains(ev.relatedTarget))) return;
    hideTooltip();
    for (const s of text.querySelectorAll(".speaking")) s.classList.remove("speaking");
  });
}

function select(text, kind, id) {
  for (const s of text.querySelectorAll(".selected")) s.classList.remove("selected");
  for (const s of text.querySelectorAll(`.ann-${kind}[data-id="${CSS.escape(id)}"]`)) s.classList.add("selected");
}

/** Mark and scroll to a character range of the text (an event's evidence, from the event view). */
function flashRange(main, start, end) {
  const events = [...main.querySelectorAll(".ann-event")];
  const hit = events.find((el) => {
    const r = rangeOf(main.querySelector("#article-text"), el);
    return r && r[0] <= start && r[1] >= Math.min(end, r[1]) && r[0] < end;
  });
  if (hit) {
    for (const el of main.querySelectorAll(`.ann-event[data-id="${CSS.escape(hit.dataset.id)}"]`)) el.classList.add("selected");
    hit.scrollIntoView({ block: "center" });
  }
}

/** The [start, end) character range of an element inside the text container. */
function rangeOf(container, el) {
  const r = document.createRange();
  r.setStart(container, 0);
  r.setEnd(el, 0);
  const start = r.toString().length;
  return [start, start + el.textContent.length];
}
