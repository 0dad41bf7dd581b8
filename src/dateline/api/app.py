"""The app factory: routes, error envelope, body limit, security headers, the UI; the store opens at start."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from .. import __version__
from . import envelope, ui
from .headers import SecurityHeaders, ServerTiming
from .limits import BodyLimit
from .routes import ROUTERS
from .services import Services
from .settings import ServeSettings

DESCRIPTION = """Verifiable event data from news, over HTTP.

Read endpoints are open. Write endpoints (`POST /api/ingest`, and `POST /api/extract` when it must fetch a URL)
need `Authorization: Bearer TOKEN`. Every error answers with `{"error": {"code", "message", "status", ...}}`."""


def create_app(settings: ServeSettings | None = None, services: Services | None = None) -> FastAPI:
    """A FastAPI app serving the store and the pipeline under these settings."""
    svc = services or Services(settings or ServeSettings())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        svc.open()
        try:
            yield
        finally:
            svc.close()

    app = FastAPI(title="dateline", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None,
                  lifespan=lifespan)
    app.state.services = svc
    envelope.install(app)
    for router in ROUTERS:
        app.include_router(router)
    ui.mount(app)
    # Outermost last: headers on everything, including the body limit's own answers.
    app.add_middleware(BodyLimit, max_bytes=svc.settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(ServerTiming)
    return app
