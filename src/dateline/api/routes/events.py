"""Merged events: list with filters, facets for the map, and one event with every source."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from ...store.query import EventFilter, country_codes, parse_date, parse_near
from .. import catalog
from .paging import Paging, Svc, not_found

router = APIRouter(prefix="/api/events", tags=["events"])
Day = Annotated[str | None, Query(description="YYYY-MM-DD (or YYYY-MM, YYYY)")]
Types = Annotated[list[str] | None, Query(description="PLOVER types (repeat the key or separate by commas)")]


@router.get("", summary="Merged events passing the filters, one page")
def list_events(svc: Svc, page: Paging, type: Types = None,
                actor: Annotated[str | None, Query(description="part of an actor's name, or a key")] = None,
                country: Annotated[str | None, Query(description="ISO code or English name")] = None,
                since: Day = None, until: Day = None,
                near: Annotated[str | None, Query(description="LAT,LON,KM")] = None,
                q: Annotated[str | None, Query(description="text in a source's evidence sentence")] = None,
                located: Annotated[bool, Query(description="only events with coordinates")] = False,
                sort: Literal["reported", "date", "-date", "sources"] = "reported") -> dict[str, Any]:
    """Filters combine with AND; an unknown country or a malformed date is a 400 with code E_QUERY."""
    types = [t.strip().upper() for v in (type or []) for t in v.split(",") if t.strip()] or None
    if country:
        country_codes(country)  # checked now: a bad name is the client's error, not an empty page
    f = EventFilter(types=types, actor=actor or None, country=country or None, since=parse_date(since),
                    until=parse_date(until), near=parse_near(near) if near else None, text=q or None)
    with svc.store() as store:
        return catalog.events(store, f, sort, page.limit, page.offset, located).as_dict()


@router.get("/facets", summary="Event types, frequent actors and the date span (for filters)")
def facets(svc: Svc) -> dict[str, Any]:
    """Counts per type, the 200 most frequent actors, first and last dates."""
    with svc.store() as store:
        return catalog.event_facets(store)


@router.get("/{event_id}", summary="One merged event with every source and its evidence sentence")
def get_event(svc: Svc, event_id: str) -> dict[str, Any]:
    """The event and, under `mentions`, one entry per source article with its evidence and offsets."""
    with svc.store() as store:
        found = catalog.event(store, event_id)
    if found is None:
        raise not_found("event", event_id)
    return found
