// The paste box: an article's text (or a URL, with the token) extracted at once, shown annotated; storing it
// needs the token.
import { getToken, post } from "./api.js";
import { renderArticle } from "./article.js";
import { h, replace } from "./dom.js";
import { failure, toast } from "./ui.js";

/** #/extract */
export function extractView(main) {
  const out = h("div", { class: "extract-result", id: "extract-result" });
  const status = h("span", { class: "muted", id: "extract-status" });
  const form = h("form", { class: "extract-form", id: "extract-form" },
    h("label", {}, "Article text", h("textarea", { name: "text", rows: 10, placeholder: "Paste a news article here: it is extracted as soon as you paste." })),
    h("div", { class: "row" },
      h("label", {}, "Title ", h("input", { name: "title", type: "text" })),
      h("label", {}, "Published ", h("input", { name: "published", type: "date" })),
      h("label", {}, "or URL ", h("input", { name: "url", type: "url", placeholder: "https://… (needs the token)" }))),
    h("div", { class: "row" },
      h("button", { type: "submit", name: "extract" }, "Extract"),
      h("button", { type: "button", name: "store", onclick: () => store(form) }, "Store in the corpus"),
      status));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); run(form, out, status); });
  form.text.addEventListener("paste", () => setTimeout(() => run(form, out, status), 0));
  replace(main, h("h2", {}, "Paste an article"), form, out);
}

function article(form) {
  const a = {};
  if (form.text.value.trim()) a.text = form.text.value;
  else if (form.url.value.trim()) a.url = form.url.value.trim();
  if (form.title.value.trim()) a.title = form.title.value.trim();
  if (form.published.value) a.published = form.published.value;
  return a;
}

async function run(form, out, status) {
  const a = article(form);
  if (!a.text && !a.url) return;
  status.textContent = "Extracting…";
  const t0 = performance.now();
  try {
    const record = await post("/api/extract", a, Boolean(a.url));
    status.textContent = `Extracted in ${Math.round(performance.now() - t0)} ms`;
    replace(out, renderArticle(record));
  } catch (err) {
    status.textContent = "";
    replace(out, failure(err));
  }
}

async function store(form) {
  const a = article(form);
  if (!a.text && !a.url) return toast("Paste a text or give a URL first.");
  if (!getToken()) return toast("Storing needs the API token: click Token at the top right.");
  try {
    const res = await post("/api/ingest", { articles: [a] }, true);
    const id = res.ids[0];
    toast(res.stored ? "Stored." : "Already stored.", "info");
    if (id) location.hash = `#/article/${encodeURIComponent(id)}`;
  } catch (err) {
    toast(`${err.code}: ${err.message}`);
  }
}
