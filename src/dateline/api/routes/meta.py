"""Health and corpus statistics."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ... import __version__
from .. import catalog
from .paging import Svc

router = APIRouter(prefix="/api", tags=["meta"])


@router.get("/health", summary="Liveness and what the server offers")
def health(svc: Svc) -> dict[str, Any]:
    """Always 200 while the server runs; says whether writes are possible."""
    return {"status": "ok", "version": __version__, "writable": svc.writable,
            "writes_enabled": svc.token is not None and svc.writable, "max_page": svc.settings.max_page,
            "max_body_bytes": svc.settings.max_body_bytes}


@router.get("/stats", summary="Row counts and the dates the corpus covers")
def stats(svc: Svc) -> dict[str, Any]:
    """Counts per table and merged events; first and last publication dates."""
    with svc.store() as store:
        return catalog.stats(store)
