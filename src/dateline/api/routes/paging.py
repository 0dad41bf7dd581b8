"""Pagination parameters shared by the list endpoints."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Depends, Query, Request

from ..auth import services
from ..envelope import ApiError
from ..services import Services


@dataclass(frozen=True, slots=True)
class PageParams:
    """limit and offset, checked against the server's largest page."""

    limit: int
    offset: int


def page_params(limit: int = Query(50, ge=1, description="items per page (at most the server's max_page)"),
                offset: int = Query(0, ge=0, description="items to skip"),
                svc: Services = Depends(services)) -> PageParams:
    """The page asked for; 422 when larger than max_page."""
    if limit > svc.settings.max_page:
        raise ApiError(422, "E_INVALID", f"limit: at most {svc.settings.max_page} items per page",
                       {"max_page": svc.settings.max_page})
    return PageParams(limit, offset)


def not_found(kind: str, ident: str) -> ApiError:
    """The 404 for an unknown id."""
    return ApiError(404, "E_NOT_FOUND", f"no {kind} with id {ident!r}", {"kind": kind, "id": ident})


def base_url(request: Request) -> str:
    """The URL the client used to reach the API root."""
    return str(request.base_url).rstrip("/")
