"""RSS/Atom bytes to feed entries (feedparser), with article URLs normalised so one story has one key."""

from __future__ import annotations

import io
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from ..ids import digest

# Query parameters that only track the click, never select the article.
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "at_medium", "at_campaign")


@dataclass(slots=True, frozen=True)
class Entry:
    """One feed item: the key it is remembered by, the article URL, and what the feed says about it."""

    key: str
    url: str | None
    title: str | None
    published: str | None  # YYYY-MM-DD
    problem: str | None = None  # why the item cannot be fetched (no link, a link that is no web address)


class FeedParseError(Exception):
    """The bytes are not a feed with entries."""


def parse_feed(data: bytes, feed_url: str, content_type: str = "") -> list[Entry]:
    """The entries of an RSS or Atom document, in feed order, without repeats."""
    import feedparser  # imported here: only `dateline watch` pays for it

    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": feed_url,
                                                                   "content-type": content_type or "application/xml"})
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        why = parsed.get("bozo_exception") or "no RSS or Atom document found"
        raise FeedParseError(f"not a readable feed: {why}")
    out, keys = [], set()
    for e in parsed.entries:
        entry = _entry(e, feed_url)
        if entry.key not in keys:
            keys.add(entry.key)
            out.append(entry)
    return out


def _entry(e: Any, feed_url: str) -> Entry:
    """One item; a malformed one (no link, a broken or non-web link) is an Entry with a problem, never an error."""
    title = _text(e.get("title"))
    # dict.get: feedparser's own get maps a missing published_parsed to updated_parsed with a DeprecationWarning.
    stamp = dict.get(e, "published_parsed") or dict.get(e, "updated_parsed")
    try:
        published = time.strftime("%Y-%m-%d", stamp) if stamp else None
    except (TypeError, ValueError):
        published = None
    link, ident, url, problem = _text(e.get("link")), _text(e.get("id")), None, None
    try:
        absolute = urljoin(feed_url, link) if link else ""
        if link and urlsplit(absolute).scheme in ("http", "https") and urlsplit(absolute).hostname:
            url = normalise_url(absolute)
        elif link and link != ident:  # feedparser copies a non-URL id (urn:...) into `link`: that is no link
            problem = f"the feed entry's link is not a web address: {link[:80]}"
        else:
            problem = "the feed entry has no link"
    except ValueError:  # urlsplit refuses some malformed addresses (an unclosed IPv6 bracket)
        problem = f"the feed entry's link is malformed: {(link or '')[:80]}"
    # Without a usable link the item is remembered by its id, else by its content, so it is reported only once.
    key = url or (f"id:{ident}" if ident else "item:" + digest(title or "", link or "", _text(e.get("summary")) or ""))
    return Entry(key, url, title, published, problem)


def _text(value: Any) -> str | None:
    """A stripped non-empty string, or None (feedparser gives odd types for odd XML)."""
    return value.strip() or None if isinstance(value, str) else None


def normalise_url(url: str) -> str:
    """The URL without fragment and tracking parameters, with a lower-case scheme and host."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), ""))
