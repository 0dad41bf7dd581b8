"""Feed entries: RSS and Atom, relative links resolved, tracking parameters and repeats dropped, dates read."""

from __future__ import annotations

import pytest

from dateline.feeds import normalise_url, parse_feed
from dateline.feeds.entries import FeedParseError

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2024-05-06T09:00:00Z</updated>
<entry><title>Floods in the north</title><id>urn:1</id><link href="/2024/05/floods?utm_source=rss#top"/>
<updated>2024-05-06T08:00:00Z</updated></entry>
<entry><title>No link</title><id>urn:2</id><updated>2024-05-05T08:00:00Z</updated></entry>
<entry><title>Floods again</title><id>urn:3</id><link href="https://Example.org/2024/05/floods?utm_medium=x"/>
<updated>2024-05-06T08:00:00Z</updated></entry>
</feed>"""

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Daily</title><link>https://example.org/</link>
<description>d</description>
<item><title> Market falls </title><link>https://example.org/a?id=7&amp;fbclid=abc</link>
<pubDate>Tue, 07 May 2024 23:30:00 -0200</pubDate></item>
<item><title>Undated</title><link>https://example.org/b</link></item></channel></rss>"""


def test_entries_atom_resolves_links_and_drops_repeats() -> None:
    entries = parse_feed(ATOM, "https://example.org/feeds/atom.xml")
    assert [e.key for e in entries] == ["https://example.org/2024/05/floods", "id:urn:2"]
    assert entries[0].url == "https://example.org/2024/05/floods" and entries[1].url is None
    assert entries[0].published == "2024-05-06" and entries[0].title == "Floods in the north"


def test_entries_rss_fields() -> None:
    entries = parse_feed(RSS, "https://example.org/rss")
    assert [(e.url, e.title) for e in entries] == [("https://example.org/a?id=7", "Market falls"),
                                                   ("https://example.org/b", "Undated")]
    assert entries[0].published == "2024-05-08"  # feedparser normalises the date to UTC
    assert entries[1].published is None


@pytest.mark.parametrize("data", [b"<html><body>not a feed</body></html>", b"\x00\x01garbage", b""])
def test_entries_garbage_is_an_error(data: bytes) -> None:
    with pytest.raises(FeedParseError):
        parse_feed(data, "https://example.org/feed")


@pytest.mark.parametrize("url,expected", [
    ("HTTPS://News.Example.ORG/a/b?x=1&utm_campaign=z#frag", "https://news.example.org/a/b?x=1"),
    ("https://example.org", "https://example.org/"),
    ("https://example.org/p?gclid=1&mc_cid=2", "https://example.org/p"),
    ("https://example.org/p?page=2&id=5", "https://example.org/p?page=2&id=5"),
])
def test_entries_normalise_url(url: str, expected: str) -> None:
    assert normalise_url(url) == expected


MALFORMED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Daily</title><link>https://example.org/</link>
<description>d</description>
<item><title>Good</title><link>https://example.org/good</link><pubDate>not a date</pubDate></item>
<item><title>Script</title><link>javascript:alert(1)</link></item>
<item><title>Broken host</title><link>http://[::1/story</link></item>
<item><description>Neither title nor link</description></item>
<item><title>Mail</title><link>mailto:desk@example.org</link><guid isPermaLink="false">m-1</guid></item>
</channel></rss>"""


def test_entries_malformed_items_are_kept_with_a_problem() -> None:
    entries = parse_feed(MALFORMED, "https://example.org/rss")
    assert [e.title for e in entries] == ["Good", "Script", "Broken host", None, "Mail"]
    good, script, broken, bare, mail = entries
    assert (good.url, good.problem, good.published) == ("https://example.org/good", None, None)
    assert script.url is None and "not a web address" in (script.problem or "")
    assert broken.url is None and broken.problem is not None  # feedparser drops the link, or we refuse it
    assert bare.problem == "the feed entry has no link" and bare.key.startswith("item:")
    assert mail.key == "id:m-1" and "not a web address" in (mail.problem or "")
    assert len({e.key for e in entries}) == 5
    assert [e.key for e in parse_feed(MALFORMED, "https://example.org/rss")] == [e.key for e in entries]


@pytest.mark.parametrize("item,problem", [
    ({"title": "x", "link": "http://[::1/story"}, "malformed"),
    ({"title": "x", "link": "ftp://example.org/story.txt"}, "not a web address"),
    ({"title": ["odd", "types"], "link": 7, "published_parsed": "junk"}, "no link"),
])
def test_entries_entry_never_raises(item: dict[str, object], problem: str) -> None:
    from dateline.feeds.entries import _entry

    entry = _entry(item, "https://example.org/rss")
    assert entry.url is None and problem in (entry.problem or "") and entry.key.startswith("item:")
