"""dateline's HTTP API: FastAPI over the store and the pipeline, with the web UI.

    from dateline.api import create_app, load_serve_settings
    app = create_app(load_serve_settings(db="corpus.duckdb"))     # serve with uvicorn

Routes (OpenAPI at /openapi.json, docs at /docs):
    GET  /api/health, /api/stats
    POST /api/extract          one article (text, html, or url: fetching needs the token), nothing stored
    POST /api/ingest           articles extracted and stored (token)
    GET  /api/articles[/{id}]  GET /api/events[/facets|/{id}]  GET /api/entities  /api/places  /api/quotes
    GET  /                     the web UI (articles, map, timeline, paste box)

Modules: app (factory), settings, services (store/pipeline/fetcher behind locks), auth (token), limits (body
size), headers (security, Server-Timing), netguard + fetch (SSRF-safe URL fetching), envelope (errors), catalog
(read-only SQL), documents (posted articles to Docs), models (request bodies), ui (static UI, offline docs),
routes/*.
"""

from .app import create_app
from .services import Services
from .settings import SERVE_SETTINGS, ServeSettings, load_serve_settings

__all__ = ["SERVE_SETTINGS", "ServeSettings", "Services", "create_app", "load_serve_settings"]
