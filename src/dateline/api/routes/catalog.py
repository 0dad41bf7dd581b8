"""Entities, places and quotes across the corpus: lists with filters."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query

from .. import catalog
from ..auth import services
from ..services import Services
from .paging import PageParams, page_params

router = APIRouter(prefix="/api", tags=["catalog"])


@router.get("/entities", summary="Entities across articles, most mentioned first")
def list_entities(q: str | None = Query(None, description="part of the name, an alias or an actor key"),
                  type: str | None = Query(None, description="PERSON, ORG, GPE, ..."),  # noqa: A002
                  country: str | None = Query(None, description="ISO alpha-3 (as entities carry it)"),
                  article: str | None = Query(None, description="only this article's"),
                  page: PageParams = Depends(page_params), svc: Services = Depends(services)) -> dict[str, Any]:
    """Grouped by actor key, else by name and type."""
    with svc.store() as store:
        return catalog.entities(store, q or None, type or None, country or None, article or None, page.limit,
                                page.offset).as_dict()


@router.get("/places", summary="Places across articles, most mentioned first")
def list_places(q: str | None = Query(None, description="part of the name"),
                country: str | None = Query(None, description="ISO alpha-2"),
                article: str | None = Query(None, description="only this article's"),
                page: PageParams = Depends(page_params), svc: Services = Depends(services)) -> dict[str, Any]:
    """Grouped by GeoNames id, with coordinates."""
    with svc.store() as store:
        return catalog.places(store, q or None, country or None, article or None, page.limit,
                              page.offset).as_dict()


@router.get("/quotes", summary="Quotes with their speakers, in article order")
def list_quotes(speaker: str | None = Query(None, description="part of the speaker's name or mention"),
                q: str | None = Query(None, description="text in the quote"),
                article: str | None = Query(None, description="only this article's"),
                page: PageParams = Depends(page_params), svc: Services = Depends(services)) -> dict[str, Any]:
    """Each quote with its offsets into its article's text."""
    with svc.store() as store:
        return catalog.quotes(store, speaker or None, q or None, article or None, page.limit,
                              page.offset).as_dict()
