// One merged event: what the sources agree on, and each source with its evidence sentence.
import { get } from "./api.js";
import { badge, facts, h, replace } from "./dom.js";
import { failure, loading } from "./ui.js";

/** #/event/ID */
export async function eventView(main, id) {
  replace(main, loading("the event"));
  let e;
  try {
    e = await get(`/api/events/${encodeURIComponent(id)}`);
  } catch (err) {
    replace(main, failure(err));
    return;
  }
  const sources = e.mentions.map((m) => h("li", { class: "source" },
    h("p", {}, h("a", { href: `#/article/${encodeURIComponent(m.article_id)}?hl=${m.evidence_start}-${m.evidence_end}` },
      m.title || m.article_id), " — ", m.source || "unknown source", m.published ? `, ${m.published}` : ""),
    h("blockquote", { class: "evidence" }, m.evidence || ""),
    facts([["Date", m.date_start], ["Place", m.place_name], ["Actors", (m.actors || []).map((a) => a.name).join(", ")],
      ["Recipients", (m.recipients || []).map((a) => a.name).join(", ")], ["Status", m.status],
      ["Fatalities", m.fatalities != null ? String(m.fatalities) : null], ["Matched by", m.match_reason]])));
  replace(main, h("section", { class: "event-view" },
    h("h2", {}, badge(e.type, "vtype"), " ", e.place || "(no place)", e.date ? ` — ${e.date}` : ""),
    facts([["Actors", (e.actors || []).join(", ")], ["Recipients", (e.recipients || []).join(", ")],
      ["Dates", e.date_start ? `${e.date_start}${e.date_end && e.date_end !== e.date_start ? ` – ${e.date_end}` : ""}` : null],
      ["Place", e.place], ["Country", e.country], ["Status", e.status],
      ["ACLED", e.acled_sub_event_type], ["Fatalities", e.fatalities != null ? String(e.fatalities) : null],
      ["Sources", `${e.n_articles} article(s), ${e.n_sources} outlet(s)`],
      ["Reported", e.first_reported === e.last_reported ? e.first_reported : `${e.first_reported} – ${e.last_reported}`]]),
    h("h3", {}, `Sources (${e.mentions.length})`), h("ol", { class: "sources" }, sources)));
}
