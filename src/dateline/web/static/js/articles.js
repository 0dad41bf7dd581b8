// The article list: search, pages, a link to each article's annotated view.
import { get } from "./api.js";
import { h, replace } from "./dom.js";
import { failure, loading } from "./ui.js";

const PAGE = 50;

/** #/articles?q=TEXT&offset=N */
export async function articlesView(main, params) {
  const q = params.get("q") || "";
  const offset = Number(params.get("offset") || 0);
  const search = h("form", { class: "search", onsubmit: (ev) => {
    ev.preventDefault();
    location.hash = `#/articles?q=${encodeURIComponent(ev.target.q.value)}`;
  } }, h("input", { name: "q", type: "search", value: q, placeholder: "Search titles and text", "aria-label": "Search" }),
  h("button", { type: "submit" }, "Search"));
  replace(main, h("h2", {}, "Articles"), search, loading("articles"));
  let page;
  try {
    page = await get("/api/articles", { q, limit: PAGE, offset });
  } catch (err) {
    replace(main, h("h2", {}, "Articles"), search, failure(err));
    return;
  }
  const rows = page.items.map((a) => h("tr", { dataset: { id: a.id } },
    h("td", {}, h("a", { href: `#/article/${encodeURIComponent(a.id)}`, class: "article-link" }, a.title || a.id)),
    h("td", {}, a.source || ""), h("td", {}, a.published || ""),
    h("td", { class: "num" }, String(a.n_entities)), h("td", { class: "num" }, String(a.n_quotes)),
    h("td", { class: "num" }, String(a.n_events)), h("td", {}, a.canonical_id ? "duplicate" : "")));
  const table = page.items.length
    ? h("table", { class: "list" }, h("thead", {}, h("tr", {}, ["Title", "Source", "Published", "Entities", "Quotes",
      "Events", ""].map((c) => h("th", {}, c)))), h("tbody", {}, rows))
    : h("p", { class: "muted" }, q ? "No article matches." : "The store has no articles yet: ingest some, or paste one.");
  const nav = h("p", { class: "pager" },
    offset > 0 ? h("a", { href: `#/articles?q=${encodeURIComponent(q)}&offset=${Math.max(0, offset - PAGE)}` }, "← previous") : null,
    ` ${page.total ? offset + 1 : 0}–${offset + page.items.length} of ${page.total} `,
    page.next_offset != null ? h("a", { href: `#/articles?q=${encodeURIComponent(q)}&offset=${page.next_offset}` }, "next →") : null);
  replace(main, h("h2", {}, "Articles"), search, table, nav);
}
