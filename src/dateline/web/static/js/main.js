// The router: #/route/arg?params -> a view. Boots the token (from #token=... once), the stats line and the panel.
import { get, getToken, setToken } from "./api.js";
import { articleView } from "./article.js";
import { articlesView } from "./articles.js";
import { eventView } from "./event.js";
import { extractView } from "./extract.js";
import { mapView } from "./map.js";
import { timelineView } from "./timeline.js";
import { hideDetails, hideTooltip, toast } from "./ui.js";

const routes = {
  articles: (main, arg, params) => articlesView(main, params),
  article: (main, arg, params) => articleView(main, arg, params),
  event: (main, arg) => eventView(main, arg),
  map: (main, arg, params) => mapView(main, params),
  timeline: (main, arg, params) => timelineView(main, params),
  extract: (main) => extractView(main),
};

function parse(hash) {
  const [path, query = ""] = hash.replace(/^#\/?/, "").split("?");
  const [name, ...rest] = path.split("/");
  return { name: name || "articles", arg: decodeURIComponent(rest.join("/")), params: new URLSearchParams(query) };
}

async function route() {
  const { name, arg, params } = parse(location.hash);
  const view = routes[name] || routes.articles;
  for (const a of document.querySelectorAll("nav a[data-nav]")) a.classList.toggle("active", a.dataset.nav === name);
  hideTooltip();
  if (!["article"].includes(name)) hideDetails();
  const main = document.getElementById("view");
  main.dataset.view = name;
  main.dataset.ready = "false";
  try {
    await view(main, arg, params);
  } catch (err) {
    toast(err.message || String(err));
  }
  main.dataset.ready = "true";
  main.dataset.renders = String(Number(main.dataset.renders || 0) + 1); // tests wait on this
}

function takeToken() {
  const m = /^#token=([\w-]+)$/.exec(location.hash);
  if (m) {
    setToken(m[1]);
    history.replaceState(null, "", location.pathname + "#/articles");
  }
}

function tokenButton() {
  document.getElementById("token-button").addEventListener("click", () => {
    const t = prompt("API token (needed to store articles and fetch URLs); empty to forget it:", getToken());
    if (t !== null) setToken(t.trim());
  });
}

async function stats() {
  try {
    const s = await get("/api/stats");
    document.getElementById("corpus-stats").textContent =
      `${s.counts.articles} articles · ${s.counts.events} events`;
  } catch { /* the stats line is a nicety */ }
}

takeToken();
tokenButton();
document.getElementById("details-close").addEventListener("click", hideDetails);
window.addEventListener("hashchange", route);
stats();
route();
