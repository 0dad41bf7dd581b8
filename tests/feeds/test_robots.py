"""robots.txt: disallowed paths are never fetched, Crawl-delay slows us down, a missing file allows everything."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.feeds import Fetcher, Politeness
from dateline.feeds.robots import Robots


@pytest.mark.parametrize("robots,path,allowed", [
    (b"User-agent: *\nDisallow: /private/\n", "/private/a.html", False),
    (b"User-agent: *\nDisallow: /private/\n", "/news/a.html", True),
    (b"User-agent: dateline\nDisallow: /\n\nUser-agent: *\nAllow: /\n", "/news/a.html", False),
    (b"User-agent: otherbot\nDisallow: /\n", "/news/a.html", True),
])
def test_robots_rules(site: Any, robots: bytes, path: str, allowed: bool) -> None:
    site.serve("/robots.txt", robots, content_type="text/plain")
    r = Robots(Fetcher(Politeness(host_delay=0.0)))
    assert r.allowed(site.base + path) is allowed
    assert r.allowed(site.base + path) is allowed
    assert site.hits("/robots.txt") == 1  # read once per host


@pytest.mark.parametrize("status,allowed", [(404, True), (500, False)])
def test_robots_missing_allows_unreachable_forbids(site: Any, status: int, allowed: bool) -> None:
    site.serve("/robots.txt", b"", status=status)
    assert Robots(Fetcher(Politeness(host_delay=0.0))).allowed(site.base + "/news/a.html") is allowed


@pytest.mark.parametrize("delay", [7])
def test_robots_crawl_delay_sets_the_host_delay(site: Any, delay: int) -> None:
    site.serve("/robots.txt", f"User-agent: *\nCrawl-delay: {delay}\n".encode(), content_type="text/plain")
    f = Fetcher(Politeness(host_delay=1.0))
    Robots(f).allowed(site.base + "/a")
    assert f._host_delay[site.base] == delay
