"""The API's routers, one module per resource; `ROUTERS` is the list the app includes."""

from __future__ import annotations

from . import articles, catalog, events, extract, meta

ROUTERS = [meta.router, extract.router, articles.router, events.router, catalog.router]

__all__ = ["ROUTERS"]
