"""Stored articles: list with filters, and one article's record with its text."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query

from ...store.query import parse_date
from .. import catalog
from ..auth import services
from ..services import Services
from .paging import PageParams, not_found, page_params

router = APIRouter(prefix="/api/articles", tags=["articles"])


@router.get("", summary="Stored articles, one page")
def list_articles(q: str | None = Query(None, description="text in the title or body"),
                  source: str | None = Query(None, description="the outlet, exactly"),
                  since: str | None = Query(None, description="published on or after (YYYY-MM-DD)"),
                  until: str | None = Query(None, description="published on or before (YYYY-MM-DD)"),
                  canonical: bool = Query(False, description="leave out near-duplicates of earlier articles"),
                  page: PageParams = Depends(page_params), svc: Services = Depends(services)) -> dict[str, Any]:
    """Articles in ingest order with counts of their entities, places, quotes and events."""
    with svc.store() as store:
        return catalog.articles(store, q or None, source or None, parse_date(since), parse_date(until), canonical,
                                page.limit, page.offset).as_dict()


@router.get("/{article_id}", summary="One article: its contract record and text")
def get_article(article_id: str, svc: Services = Depends(services)) -> dict[str, Any]:
    """`record` is the contract record; `event_ids` maps its event ids to merged events."""
    with svc.store() as store:
        found = catalog.article(store, article_id)
    if found is None:
        raise not_found("article", article_id)
    return found
