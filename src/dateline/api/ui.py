"""The web UI and the API docs, served from packaged files (no CDN: the machines may be offline)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from ..web import static_dir

DOCS_ASSETS = "/docs-assets"


def docs_assets_dir() -> Path:
    """Swagger UI and ReDoc as shipped by the fastapi-offline package."""
    return Path(str(resources.files("fastapi_offline").joinpath("static")))


def mount(app: FastAPI) -> None:
    """Serve the UI at / (assets under /static) and the docs at /docs and /redoc."""
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")
    app.mount(DOCS_ASSETS, StaticFiles(directory=docs_assets_dir()), name="docs-assets")
    index = static_dir() / "index.html"

    @app.get("/", include_in_schema=False)
    def home() -> FileResponse:
        return FileResponse(index, headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title=f"{app.title} - API",
                                   swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
                                   swagger_favicon_url=f"{DOCS_ASSETS}/favicon.png")

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url="/openapi.json", title=f"{app.title} - API reference",
                              redoc_js_url=f"{DOCS_ASSETS}/redoc.standalone.js", with_google_fonts=False,
                              redoc_favicon_url=f"{DOCS_ASSETS}/favicon.png")
