"""POST /api/extract (run the pipeline, store nothing) and POST /api/ingest (run it and store the articles)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from ...record import to_record
from .. import documents
from ..auth import check_token
from ..envelope import STATUS_OF_CODE, ApiError
from ..models import ArticleIn, IngestIn
from .paging import Svc

router = APIRouter(prefix="/api", tags=["extract"])


@router.post("/extract", summary="Extract one article without storing it",
             responses={401: {"description": "a URL to fetch, without the API token"},
                        403: {"description": "the URL points at a refused address"},
                        413: {"description": "the body (or the fetched page) is too large"}})
def extract(article: ArticleIn, request: Request, svc: Svc) -> dict[str, Any]:
    """The contract record of a posted text or page; fetching a `url` (no text or html) needs the API token."""
    if article.needs_fetch:
        check_token(request)
    doc = documents.to_doc(article, svc, documents.max_chars(svc))
    doc = documents.run([doc], svc)[0]
    if doc.error is not None:
        status = STATUS_OF_CODE.get(doc.error.code, 500)
        raise ApiError(status, doc.error.code, doc.error.message, {"stage": doc.error.stage})
    return to_record(doc)


@router.post("/ingest", summary="Extract articles and store them", dependencies=[Depends(check_token)],
             responses={401: {"description": "missing or wrong API token"},
                        403: {"description": "writes disabled, or the store is read-only"}})
def ingest(body: IngestIn, svc: Svc) -> dict[str, Any]:
    """Each article is read (or fetched), extracted and stored; articles already stored are skipped."""
    if not svc.writable:
        raise ApiError(403, "E_READ_ONLY", "the server's store is open read-only")
    limit = svc.settings.max_ingest_articles
    if len(body.articles) > limit:
        raise ApiError(422, "E_INVALID", f"articles: at most {limit} per request", {"max_articles": limit})
    max_chars = documents.max_chars(svc)
    docs, refused = [], []
    for i, article in enumerate(body.articles):
        try:
            docs.append(documents.to_doc(article, svc, max_chars))
        except ApiError as e:
            refused.append({"index": i, "code": e.code, "message": e.message})
    with svc.store() as store:
        known = {r["id"] for r in store.sql("SELECT id FROM articles WHERE list_contains(?, id)",
                                            [[d.id for d in docs]])}
    todo = [d for d in docs if d.id not in known]
    done = documents.run(todo, svc) if todo else []
    with svc.store() as store:
        stats = store.ingest(done)
    return {"ids": [d.id for d in docs], "stored": stats.stored, "skipped": len(docs) - len(todo) + stats.skipped,
            "failures": stats.failures + len(refused), "refused": refused,
            "errors": [{"id": d.id, "code": d.error.code, "message": d.error.message} for d in done if d.error],
            "event_mentions": stats.event_mentions, "events_new": stats.events_new}
