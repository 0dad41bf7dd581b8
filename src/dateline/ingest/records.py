"""Input records (JSON objects, text, pages) to Docs, exactly as CONTRACT.md describes the input."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..doc import Doc, DocError
from ..errors import E_BAD_FIELD, E_BAD_JSON, E_EMPTY, E_NO_TEXT, E_TOO_LARGE, InputError
from ..ids import article_id, digest
from .html import extract_html

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def normalise_published(value: object) -> str | None:
    """YYYY-MM-DD from a date or ISO timestamp string; None when absent; InputError when unreadable."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"'published' must be a string, not {type(value).__name__}", E_BAD_FIELD)
    m = _DATE.match(value.strip())
    if not m or not _real_day(m[0]):
        raise InputError(f"'published' is not YYYY-MM-DD or an ISO timestamp: {value[:40]!r}", E_BAD_FIELD)
    return m[0]


def _real_day(text: str) -> bool:
    """Whether YYYY-MM-DD names a day of the calendar (not 2023-02-31, not year 0; found by fuzzing)."""
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def error_doc(code: str, message: str, origin: str, doc_id: str | None = None) -> Doc:
    """A Doc that carries only an input error (its id stable for the same origin content)."""
    return Doc(text="", id=doc_id or "err-" + digest("error", origin, message), origin=origin,
               error=DocError(code, message, "ingest"))


def doc_from_text(text: str, *, doc_id: str | None = None, title: str | None = None, url: str | None = None,
                  source: str | None = None, published: str | None = None, origin: str | None = None,
                  max_chars: int | None = None, meta: dict[str, Any] | None = None) -> Doc:
    """A Doc for an article text; InputError when it is longer than max_chars."""
    if max_chars is not None and len(text) > max_chars:
        raise InputError(f"{len(text):,} characters is over the limit of {max_chars:,}", E_TOO_LARGE)
    if not text.strip():
        raise InputError("the text is empty", E_EMPTY)
    doc = Doc(text=text, id=doc_id or article_id(url, text), title=title, url=url, source=source,
              origin=origin, meta=meta or {})
    if published:
        doc.published, doc.published_from = published, "given"
    return doc


def doc_from_html(html: str | bytes, *, doc_id: str | None = None, url: str | None = None,
                  title: str | None = None, source: str | None = None, published: str | None = None,
                  origin: str | None = None, max_chars: int | None = None) -> Doc:
    """A Doc for a page: main text and metadata from the HTML, given fields first."""
    page = extract_html(html, url)
    doc = doc_from_text(page.text, doc_id=doc_id, title=title or page.title, url=url or page.url,
                        source=source or page.site, published=published, origin=origin, max_chars=max_chars)
    if not doc.published and page.date:
        try:
            doc.published = normalise_published(page.date)
            doc.published_from = "metadata"
        except InputError:
            pass  # a page date we cannot read is no reason to lose the article
    return doc


def doc_from_record(rec: Any, *, origin: str, published: str | None = None, max_chars: int | None = None) -> Doc:
    """A Doc for one JSON input record; an error Doc (never an exception) when it cannot be read."""
    rid = _record_id(rec)
    try:
        if not isinstance(rec, dict):
            raise InputError(f"expected a JSON object, got {type(rec).__name__}", E_BAD_JSON)
        fields = {k: _optional_str(rec, k) for k in ("title", "url", "source")}
        given = normalise_published(rec.get("published")) or published
        text, html = rec.get("text"), rec.get("html")
        if text is not None:
            if not isinstance(text, str):
                raise InputError(f"'text' must be a string, not {type(text).__name__}", E_BAD_FIELD)
            return doc_from_text(text, doc_id=rid, published=given, origin=origin, max_chars=max_chars, **fields)
        if html is not None:
            if not isinstance(html, str):
                raise InputError(f"'html' must be a string, not {type(html).__name__}", E_BAD_FIELD)
            return doc_from_html(html, doc_id=rid, published=given, origin=origin, max_chars=max_chars, **fields)
        raise InputError("the record has neither 'text' nor 'html'", E_NO_TEXT)
    except InputError as e:
        return error_doc(e.code, e.message, origin, rid)


def _record_id(rec: Any) -> str | None:
    """The given id as a string (JSON numbers too), else None."""
    if isinstance(rec, dict):
        rid = rec.get("id")
        if isinstance(rid, str) and rid.strip():
            return rid
        if isinstance(rid, int) and not isinstance(rid, bool):
            return str(rid)
    return None


def _optional_str(rec: dict[str, Any], key: str) -> str | None:
    """A string field or None; InputError for another type."""
    v = rec.get(key)
    if v is None or isinstance(v, str):
        return v or None
    raise InputError(f"{key!r} must be a string, not {type(v).__name__}", E_BAD_FIELD)
