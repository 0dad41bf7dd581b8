// The events map: an offline basemap (Natural Earth countries), clustered event markers, filters, zoom and pan.
import { get, maxPage } from "./api.js";
import { eventSummary, placeSummary } from "./details.js";
import { badge, h, replace } from "./dom.js";
import { apiParams, filterBar, readFilters } from "./filters.js";
import { HEIGHT, WIDTH, cluster, pathData, project } from "./geo.js";
import { failure, loading, showDetails } from "./ui.js";

const SVG = "http://www.w3.org/2000/svg";
const RADIUS = 22; // clustering distance, in plane units at the current zoom
let basemap = null;

function s(tag, attrs = {}) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

async function loadBasemap() {
  if (!basemap) {
    const geo = await (await fetch("/static/data/countries-110m.geojson")).json();
    basemap = geo.features.map((f) => ({ name: f.properties.name, d: pathData(f.geometry) }));
  }
  return basemap;
}

/** #/map?type=&actor=&since=&until=&focus=LAT,LON */
export async function mapView(main, params) {
  const f = readFilters(params);
  replace(main, h("h2", {}, "Events map"), loading("the map"));
  let page, places, land;
  try {
    const limit = await maxPage();
    [page, places, land] = await Promise.all([
      get("/api/events", { ...apiParams(f), located: true, limit }), get("/api/places", { limit }), loadBasemap()]);
  } catch (err) {
    replace(main, h("h2", {}, "Events map"), failure(err));
    return;
  }
  const bar = await filterBar("map", f);
  const info = h("p", { class: "muted", id: "map-count" },
    `${page.items.length} located event(s)${page.total > page.items.length ? ` (first ${page.items.length} of ${page.total})` : ""}`);
  const map = new EventMap(land, page.items, places.items.filter((p) => p.lat != null && p.lon != null));
  const toggle = h("label", { class: "switch" }, h("input", { type: "checkbox", id: "show-places", checked: true,
    onchange: (ev) => map.element.classList.toggle("hide-places", !ev.target.checked) }),
  ` places named in the articles (${map.places.length})`);
  replace(main, h("h2", {}, "Events map"), bar, info, map.element, h("p", { class: "map-legend" },
    h("span", { class: "key key-event" }), " event  ", h("span", { class: "key key-cluster" }), " several events  ",
    h("span", { class: "key key-place" }), " ", toggle));
  const focus = /^(-?[\d.]+),(-?[\d.]+)$/.exec(params.get("focus") || "");
  if (focus) map.focus(Number(focus[1]), Number(focus[2]));
  else map.fit();
}

class EventMap {
  constructor(land, events, places) {
    this.events = events;
    this.places = places;
    this.k = 1; this.tx = 0; this.ty = 0;
    this.svg = s("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "map", id: "map", role: "img",
      "aria-label": "Map of events" });
    this.svg.append(s("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: "sea" }));
    this.land = s("g", { class: "land" });
    for (const c of land) {
      const p = s("path", { d: c.d, "vector-effect": "non-scaling-stroke" });
      p.append(Object.assign(s("title"), { textContent: c.name }));
      this.land.append(p);
    }
    this.placeMarks = s("g", { class: "places" });
    this.markers = s("g", { class: "markers" });
    this.svg.append(this.land, this.placeMarks, this.markers);
    const controls = h("div", { class: "map-controls" },
      h("button", { type: "button", title: "Zoom in", onclick: () => this.zoomBy(2) }, "+"),
      h("button", { type: "button", title: "Zoom out", onclick: () => this.zoomBy(0.5) }, "−"),
      h("button", { type: "button", title: "Whole world", onclick: () => this.reset() }, "⌂"));
    this.element = h("div", { class: "map-wrap" }, this.svg, controls);
    this.interact();
  }

  /** Zoom to show every event (or, with none, every place). */
  fit() {
    const shown = this.events.length ? this.events : this.places;
    if (!shown.length) return this.reset();
    const pts = shown.map((e) => project(e.lon, e.lat));
    const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
    const w = Math.max(...xs) - Math.min(...xs), hgt = Math.max(...ys) - Math.min(...ys);
    const k = Math.max(1, Math.min(8, 0.7 * Math.min(WIDTH / Math.max(w, 1), HEIGHT / Math.max(hgt, 1))));
    this.center((Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2, k);
  }

  focus(lat, lon) {
    const [x, y] = project(lon, lat);
    this.center(x, y, 6);
    this.markers.append(s("circle", { cx: x * this.k + this.tx, cy: y * this.k + this.ty, r: 9, class: "focus" }));
  }

  reset() { this.k = 1; this.tx = 0; this.ty = 0; this.draw(); }

  center(x, y, k) {
    this.k = k; this.tx = WIDTH / 2 - x * k; this.ty = HEIGHT / 2 - y * k;
    this.draw();
  }

  zoomBy(factor, cx = WIDTH / 2, cy = HEIGHT / 2) {
    const k = Math.max(1, Math.min(64, this.k * factor));
    this.tx = cx - ((cx - this.tx) * k) / this.k;
    this.ty = cy - ((cy - this.ty) * k) / this.k;
    this.k = k;
    this.draw();
  }

  draw() {
    this.land.setAttribute("transform", `translate(${this.tx} ${this.ty}) scale(${this.k})`);
    const points = this.events.map((e) => {
      const [x, y] = project(e.lon, e.lat);
      return { x: x * this.k + this.tx, y: y * this.k + this.ty, item: e };
    });
    this.drawPlaces();
    this.markers.replaceChildren();
    for (const c of cluster(points, RADIUS)) {
      const n = c.items.length;
      const g = s("g", { class: n > 1 ? "marker cluster" : "marker", transform: `translate(${c.x} ${c.y})`,
        tabindex: 0, "data-count": n, "data-types": [...new Set(c.items.map((e) => e.type))].join(",") });
      g.append(s("circle", { r: n > 1 ? 8 + 3 * Math.log2(n) : 6, class: n > 1 ? "" : `vt-${c.items[0].type}` }));
      if (n > 1) g.append(Object.assign(s("text", { "text-anchor": "middle", dy: "0.35em" }), { textContent: String(n) }));
      g.append(Object.assign(s("title"), { textContent: c.items.map((e) => `${e.type} ${e.place || ""} ${e.date_start || ""}`).join("\n") }));
      g.addEventListener("click", (ev) => { ev.stopPropagation(); this.open(c); });
      g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") this.open(c); });
      this.markers.append(g);
    }
  }

  /** Places named in the articles: small squares under the event markers, each opening its articles. */
  drawPlaces() {
    this.placeMarks.replaceChildren();
    for (const p of this.places) {
      const [x, y] = project(p.lon, p.lat);
      const mark = s("rect", { x: x * this.k + this.tx - 3, y: y * this.k + this.ty - 3, width: 6, height: 6,
        class: "place-mark", tabindex: 0, "data-name": p.name });
      mark.append(Object.assign(s("title"), { textContent: `${p.name} (${p.n_articles} article(s))` }));
      mark.addEventListener("click", () => showDetails(placeSummary(p)));
      this.placeMarks.append(mark);
    }
  }

  /** Details of a marker: the event, or the cluster's events with a way to zoom into them. */
  open(c) {
    if (c.items.length === 1) return showDetails(eventSummary(c.items[0]));
    const spread = new Set(c.items.map((e) => `${e.lat},${e.lon}`)).size > 1;
    showDetails(h("section", { class: "detail cluster-list" },
      h("h3", {}, `${c.items.length} events`),
      spread ? h("button", { type: "button", onclick: () => this.zoomBy(4, c.x, c.y) }, "Zoom in here") : null,
      h("ul", {}, c.items.map((e) => h("li", {}, badge(e.type, "vtype"), " ",
        h("a", { href: `#/event/${encodeURIComponent(e.id)}` }, `${e.place || ""} ${e.date_start || ""}`),
        h("div", { class: "muted" }, (e.actors || []).join(", ")))))));
  }

  interact() {
    const toPlane = (ev) => {
      const r = this.svg.getBoundingClientRect();
      return [((ev.clientX - r.left) / r.width) * WIDTH, ((ev.clientY - r.top) / r.height) * HEIGHT];
    };
    this.svg.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      const [x, y] = toPlane(ev);
      this.zoomBy(ev.deltaY < 0 ? 1.5 : 1 / 1.5, x, y);
    }, { passive: false });
    let drag = null;
    this.svg.addEventListener("pointerdown", (ev) => {
      if (ev.target.closest(".marker")) return;
      drag = { at: toPlane(ev), tx: this.tx, ty: this.ty };
      this.svg.setPointerCapture(ev.pointerId);
    });
    this.svg.addEventListener("pointermove", (ev) => {
      if (!drag) return;
      const [x, y] = toPlane(ev);
      this.tx = drag.tx + x - drag.at[0];
      this.ty = drag.ty + y - drag.at[1];
      this.draw();
    });
    this.svg.addEventListener("pointerup", () => { drag = null; });
  }
}
