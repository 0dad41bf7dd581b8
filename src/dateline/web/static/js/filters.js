// The event filters the map and the timeline share (type, actor, dates), kept in the page's hash so a
// filtered view can be linked and reloaded.
import { get } from "./api.js";
import { h } from "./dom.js";

let facetCache = null;

/** The filter values of the hash's parameters. */
export function readFilters(params) {
  return {
    type: (params.get("type") || "").split(",").filter(Boolean),
    actor: params.get("actor") || "",
    since: params.get("since") || "",
    until: params.get("until") || "",
  };
}

/** API query parameters for filters. */
export function apiParams(f) {
  return { type: f.type.length ? f.type.join(",") : null, actor: f.actor || null, since: f.since || null,
    until: f.until || null };
}

/** The filter bar: changing it rewrites the hash of the given route (the router then reloads the view). */
export async function filterBar(route, f) {
  if (!facetCache) facetCache = await get("/api/events/facets").catch(() => ({ types: [], actors: [] }));
  const types = facetCache.types.map((t) => h("label", { class: "chip" },
    h("input", { type: "checkbox", name: "type", value: t.type, checked: f.type.includes(t.type) }), ` ${t.type} (${t.n})`));
  const form = h("form", { class: "filters", id: "filters" },
    h("fieldset", { class: "types" }, h("legend", {}, "Type"), types.length ? types : h("span", { class: "muted" }, "no events")),
    h("label", {}, "Actor ", h("input", { name: "actor", type: "search", value: f.actor, list: "actor-list", placeholder: "any" })),
    h("datalist", { id: "actor-list" }, facetCache.actors.map((a) => h("option", { value: a.name }))),
    h("label", {}, "From ", h("input", { name: "since", type: "date", value: f.since })),
    h("label", {}, "to ", h("input", { name: "until", type: "date", value: f.until })),
    h("button", { type: "submit" }, "Apply"),
    h("button", { type: "button", name: "clear", onclick: () => { location.hash = `#/${route}`; } }, "Clear"));
  const apply = () => {
    const checked = [...form.querySelectorAll("input[name=type]:checked")].map((i) => i.value);
    const qs = new URLSearchParams();
    if (checked.length) qs.set("type", checked.join(","));
    for (const k of ["actor", "since", "until"]) if (form[k].value) qs.set(k, form[k].value);
    const query = qs.toString();
    location.hash = `#/${route}${query ? `?${query}` : ""}`;
  };
  form.addEventListener("submit", (ev) => { ev.preventDefault(); apply(); });
  form.addEventListener("change", (ev) => { if (ev.target.name === "type") apply(); });
  return form;
}

/** Forget cached facets (after an ingest). */
export function resetFacets() {
  facetCache = null;
}
