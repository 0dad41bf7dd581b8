"""WARC archives (Common Crawl News): HTML responses become Docs; other records are not articles and are skipped."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..doc import Doc
from ..errors import E_TOO_LARGE, E_UNREADABLE, InputError
from ..ids import article_id
from .records import doc_from_html, error_doc, normalise_published

if TYPE_CHECKING:
    from .sources import ReadOptions

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(slots=True, frozen=True)
class WarcPage:
    """One HTML response from a WARC file, not yet extracted (workers turn it into a Doc)."""

    html: bytes
    url: str | None
    crawled: str | None  # WARC-Date as YYYY-MM-DD
    origin: str
    published: str | None = None  # the run's --published, used when neither page nor WARC has a date
    max_chars: int | None = None

    def to_doc(self) -> Doc:
        """The article of this page; an error Doc (never an exception) when it has none."""
        doc_id = article_id(self.url, "") if self.url else None
        try:
            doc = doc_from_html(self.html, doc_id=doc_id, url=self.url, origin=self.origin, max_chars=self.max_chars)
        except InputError as e:
            failed = error_doc(e.code, e.message, self.origin, doc_id)
            failed.url = self.url
            return failed
        if self.url:
            doc.url = self.url  # the crawled address identifies the record, not the page's canonical link
        fallback = self.crawled or self.published
        if not doc.published and fallback:
            doc.published, doc.published_from = fallback, "metadata"
        if self.crawled:
            doc.meta["crawled"] = self.crawled
        return doc


def read_warc(path: Path, opts: ReadOptions) -> Iterator[Doc]:
    """Docs of the HTML responses of a .warc or .warc.gz file, in file order."""
    for item in warc_pages(path, opts):
        yield item.to_doc() if isinstance(item, WarcPage) else item


def warc_pages(path: Path, opts: ReadOptions) -> Iterator[WarcPage | Doc]:
    """The HTML 200 responses of a WARC file as pages; an oversized page or a broken file gives an error Doc."""
    from warcio.archiveiterator import ArchiveIterator  # imported here: only archive input pays for it

    n = 0
    try:
        with path.open("rb") as f:
            for n, record in enumerate(ArchiveIterator(f), 1):
                if not _is_html_ok(record):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                origin = f"{path}:{n}"
                data = _read_body(record, opts.max_bytes)
                if data is None:
                    too_big = error_doc(E_TOO_LARGE, f"the response is over the limit of {opts.max_bytes:,} bytes",
                                        origin, article_id(url, "") if url else None)
                    too_big.url = url or None
                    yield too_big
                    continue
                yield WarcPage(data, url or None, _warc_date(record.rec_headers.get_header("WARC-Date")), origin,
                               opts.published, opts.max_chars)
    except (OSError, EOFError, zlib.error, ValueError) as e:
        # warcio reports a truncated or corrupt archive with any of these; what was read so far stands.
        yield error_doc(E_UNREADABLE, f"{path.name}: the archive broke after record {n}: {e}", f"{path}:{n + 1}")


def _read_body(record: Any, max_bytes: int) -> bytes | None:
    """The decoded body of a record, None when it is over max_bytes; OSError when the record is cut short."""
    stream, parts, size = record.content_stream(), [], 0
    while size <= max_bytes:
        part = stream.read(min(1 << 16, max_bytes + 1 - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
    if size > max_bytes:
        return None
    if getattr(record.raw_stream, "limit", 0) > 0:
        # warcio ends a truncated record quietly; bytes its Content-Length promised are missing.
        raise OSError("the last record is truncated")
    return b"".join(parts)


def _is_html_ok(record: Any) -> bool:
    """True for an HTTP 200 response whose body is HTML."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return ctype in HTML_TYPES


def _warc_date(value: str | None) -> str | None:
    """YYYY-MM-DD of a WARC-Date header, or None when it is missing or unreadable."""
    try:
        return normalise_published(value)
    except InputError:
        return None
