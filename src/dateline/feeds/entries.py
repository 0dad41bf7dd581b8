"""RSS/Atom bytes to feed entries (feedparser), with article URLs normalised so one story has one key."""

from __future__ import annotations

import io
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only track the click, never select the article.
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "at_medium", "at_campaign")


@dataclass(slots=True, frozen=True)
class Entry:
    """One feed item: the key it is remembered by, the article URL, and what the feed says about it."""

    key: str
    url: str | None
    title: str | None
    published: str | None  # YYYY-MM-DD


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
        link = urljoin(feed_url, e.get("link") or "")
        # feedparser copies a non-URL id (urn:...) into `link`; only web addresses are articles to fetch.
        url = normalise_url(link) if e.get("link") and urlsplit(link).scheme in ("http", "https") else None
        key = url or (f"id:{e.get('id')}" if e.get("id") else None)
        if key is None or key in keys:
            continue
        keys.add(key)
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        published = time.strftime("%Y-%m-%d", stamp) if stamp else None
        out.append(Entry(key, url, (e.get("title") or "").strip() or None, published))
    return out


def normalise_url(url: str) -> str:
    """The URL without fragment and tracking parameters, with a lower-case scheme and host."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), ""))
