"""Stored articles: list with filters, and one article's record with its text."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from ...store.query import parse_date
from .. import catalog
from .paging import Paging, Svc, Text, not_found

router = APIRouter(prefix="/api/articles", tags=["articles"])
Day = Annotated[str | None, Query(description="YYYY-MM-DD (or YYYY-MM, YYYY)")]


@router.get("", summary="Stored articles, one page")
def list_articles(svc: Svc, page: Paging, q: Text = None,
                  source: Annotated[str | None, Query(description="the outlet, exactly")] = None,
                  since: Day = None, until: Day = None,
                  canonical: Annotated[bool, Query(description="leave out near-duplicates")] = False,
                  ) -> dict[str, Any]:
    """Articles in ingest order with counts of their entities, places, quotes and events; `q` searches the
    title and the text, `since`/`until` the publication date."""
    with svc.store() as store:
        return catalog.articles(store, q or None, source or None, parse_date(since), parse_date(until), canonical,
                                page.limit, page.offset).as_dict()


@router.get("/{article_id}", summary="One article: its contract record and text")
def get_article(svc: Svc, article_id: str) -> dict[str, Any]:
    """`record` is the contract record; `event_ids` maps its event ids to merged events."""
    with svc.store() as store:
        found = catalog.article(store, article_id)
    if found is None:
        raise not_found("article", article_id)
    return found
