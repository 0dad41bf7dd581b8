"""Dependencies shared by the routes: the services, and pagination checked against the server's largest page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query

from ..auth import services
from ..envelope import ApiError
from ..services import Services

Svc = Annotated[Services, Depends(services)]
Text = Annotated[str | None, Query(description="text to look for (case-insensitive)")]
ArticleId = Annotated[str | None, Query(description="only this article's")]


@dataclass(frozen=True, slots=True)
class PageParams:
    """limit and offset, checked against the server's largest page."""

    limit: int
    offset: int


def page_params(svc: Svc,
                limit: Annotated[int, Query(ge=1, description="items per page (at most max_page)")] = 50,
                offset: Annotated[int, Query(ge=0, description="items to skip")] = 0) -> PageParams:
    """The page asked for; 422 when larger than max_page."""
    if limit > svc.settings.max_page:
        raise ApiError(422, "E_INVALID", f"limit: at most {svc.settings.max_page} items per page",
                       {"max_page": svc.settings.max_page})
    return PageParams(limit, offset)


Paging = Annotated[PageParams, Depends(page_params)]


def not_found(kind: str, ident: str) -> ApiError:
    """The 404 for an unknown id."""
    return ApiError(404, "E_NOT_FOUND", f"no {kind} with id {ident!r}", {"kind": kind, "id": ident})
