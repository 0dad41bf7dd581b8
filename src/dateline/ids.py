"""Content-derived ids: the same input always gets the same id, so re-runs and retries never duplicate."""

from __future__ import annotations

import hashlib


def digest(*parts: str, size: int = 16) -> str:
    """A short hex digest of the parts (joined with a separator no text contains)."""
    h = hashlib.blake2b(digest_size=size // 2 if size <= 128 else 64)
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:size]


def article_id(url: str | None, text: str) -> str:
    """The id of an article with no given id: a hash of its URL, else of its text."""
    return "a-" + (digest("url", url.strip()) if url and url.strip() else digest("text", text))
