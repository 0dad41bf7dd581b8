"""Entities, places and quotes across the corpus: lists with filters."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from .. import catalog
from .paging import ArticleId, Paging, Svc, Text

router = APIRouter(prefix="/api", tags=["catalog"])


@router.get("/entities", summary="Entities across articles, most mentioned first")
def list_entities(svc: Svc, page: Paging, q: Text = None,
                  type: Annotated[str | None, Query(description="PERSON, ORG, GPE, ...")] = None,
                  country: Annotated[str | None, Query(description="ISO alpha-3, as entities carry it")] = None,
                  article: ArticleId = None) -> dict[str, Any]:
    """Grouped by actor key, else by name and type; `q` matches the name, an alias or the key."""
    with svc.store() as store:
        return catalog.entities(store, q or None, type or None, country or None, article or None, page.limit,
                                page.offset).as_dict()


@router.get("/places", summary="Places across articles, most mentioned first")
def list_places(svc: Svc, page: Paging, q: Text = None,
                country: Annotated[str | None, Query(description="ISO alpha-2")] = None,
                article: ArticleId = None) -> dict[str, Any]:
    """Grouped by GeoNames id, with coordinates; `q` matches the name."""
    with svc.store() as store:
        return catalog.places(store, q or None, country or None, article or None, page.limit,
                              page.offset).as_dict()


@router.get("/quotes", summary="Quotes with their speakers, in article order")
def list_quotes(svc: Svc, page: Paging, q: Text = None,
                speaker: Annotated[str | None, Query(description="part of the speaker's name or mention")] = None,
                article: ArticleId = None) -> dict[str, Any]:
    """Each quote with its offsets into its article's text; `q` matches the quote."""
    with svc.store() as store:
        return catalog.quotes(store, speaker or None, q or None, article or None, page.limit,
                              page.offset).as_dict()
