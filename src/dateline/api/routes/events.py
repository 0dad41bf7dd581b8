"""Merged events: list with filters, facets for the map, and one event with every source."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Query

from ...store.query import EventFilter, country_codes, parse_date, parse_near
from .. import catalog
from ..auth import services
from ..services import Services
from .paging import PageParams, not_found, page_params

router = APIRouter(prefix="/api/events", tags=["events"])


@router.get("", summary="Merged events passing the filters, one page")
def list_events(type: list[str] | None = Query(None, description="PLOVER types (repeat or comma-separate)"),  # noqa: A002
                actor: str | None = Query(None, description="part of an actor's or recipient's name, or a key"),
                country: str | None = Query(None, description="ISO code or English name of the country"),
                since: str | None = Query(None, description="YYYY-MM-DD (or YYYY-MM, YYYY)"),
                until: str | None = Query(None, description="YYYY-MM-DD (or YYYY-MM, YYYY)"),
                near: str | None = Query(None, description="LAT,LON,KM"),
                q: str | None = Query(None, description="text in any source's evidence sentence"),
                located: bool = Query(False, description="only events with coordinates"),
                sort: Literal["reported", "date", "-date", "sources"] = "reported",
                page: PageParams = Depends(page_params), svc: Services = Depends(services)) -> dict[str, Any]:
    """Filters combine with AND; an unknown country or a malformed date is a 400 with code E_QUERY."""
    types = [t.strip().upper() for v in (type or []) for t in v.split(",") if t.strip()] or None
    if country:
        country_codes(country)  # checked now: a bad name is the client's error, not an empty page
    f = EventFilter(types=types, actor=actor or None, country=country or None, since=parse_date(since),
                    until=parse_date(until), near=parse_near(near) if near else None, text=q or None)
    with svc.store() as store:
        return catalog.events(store, f, sort, page.limit, page.offset, located).as_dict()


@router.get("/facets", summary="Event types, frequent actors and the date span (for filters)")
def facets(svc: Services = Depends(services)) -> dict[str, Any]:
    """Counts per type, the 200 most frequent actors, first and last dates."""
    with svc.store() as store:
        return catalog.event_facets(store)


@router.get("/{event_id}", summary="One merged event with every source and its evidence sentence")
def get_event(event_id: str, svc: Services = Depends(services)) -> dict[str, Any]:
    """The event and, under `mentions`, one entry per source article with its evidence and offsets."""
    with svc.store() as store:
        found = catalog.event(store, event_id)
    if found is None:
        raise not_found("event", event_id)
    return found
