"""A real HTTP server on 127.0.0.1 serving a feed, articles and robots.txt, with a log of every request."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest


@dataclass
class Page:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    send_length: bool = True


@dataclass
class Site:
    """What the server serves, and what it was asked (path, headers) in order."""

    pages: dict[str, Page] = field(default_factory=dict)
    log: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    times: list[float] = field(default_factory=list)  # time.monotonic() of each request, beside the log
    base: str = ""

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.log if p == path)

    def serve(self, path: str, body: bytes, **options: Any) -> None:
        """Serve body at path (options: status, content_type, etag, last_modified, delay, send_length)."""
        self.pages[path] = Page(body, **options)

    def set_feed(self, paths: list[str], version: str) -> None:
        """An RSS feed of the STORIES at these paths; the version names its ETag and Last-Modified."""
        items = [(STORIES[p][0], p, DATE) for p in paths]
        self.serve("/feed.xml", rss(self.base, items), content_type="application/rss+xml", etag=f'"{version}"',
                   last_modified=formatdate(1715000000 + 60 * sum(map(ord, version)), usegmt=True))


def make_handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 -- http.server's naming
            site.times.append(time.monotonic())
            site.log.append((self.path, dict(self.headers.items())))
            page = site.pages.get(self.path)
            if page is None:
                self.send_error(404)
                return
            if page.delay:
                time.sleep(page.delay)
            if "If-None-Match" in self.headers:  # RFC 9110: the ETag check wins when both are sent
                fresh = page.etag is not None and self.headers["If-None-Match"] == page.etag
            else:
                fresh = page.last_modified is not None and self.headers.get("If-Modified-Since") == page.last_modified
            self.send_response(304 if fresh else page.status)
            if page.etag:
                self.send_header("ETag", page.etag)
            if page.last_modified:
                self.send_header("Last-Modified", page.last_modified)
            if fresh:
                self.end_headers()
                return
            self.send_header("Content-Type", page.content_type)
            if page.send_length:
                self.send_header("Content-Length", str(len(page.body)))
            self.end_headers()
            try:
                self.wfile.write(page.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (size cap, timeout): that is what some tests want

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 -- quiet
            pass

    return Handler


@pytest.fixture()
def site() -> Iterator[Site]:
    s = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(s))
    server.daemon_threads = True
    s.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield s
    server.shutdown()
    server.server_close()


ARTICLE = """<html><head><title>{title}</title></head><body><nav>Home | World | Business</nav>
<article><h1>{title}</h1><p>{lead}</p>
<p>"We expect more talks next week," a spokesman for the ministry told reporters on the condition of anonymity.</p>
</article><footer>Example Daily</footer></body></html>"""


def article(title: str, lead: str) -> bytes:
    return ARTICLE.format(title=title, lead=lead).encode()


def rss(base: str, items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (title, link, RFC 822 date) items."""
    body = "".join(f"<item><title>{t}</title><link>{base}{link}</link><guid>{base}{link}</guid>"
                   f"<pubDate>{d}</pubDate></item>" for t, link, d in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Example Daily</title>'
            f"<link>{base}/</link><description>News</description>{body}</channel></rss>").encode()


STORIES = {
    "/news/port-strike.html": ("Dock workers strike", "ROTTERDAM (Reuters) - Dock workers began a 48-hour strike "
                               "at the port on Monday over pay, halting container traffic, their union said."),
    "/news/bridge.html": ("Bridge reopens", "Engineers reopened the old river bridge on Tuesday after eight months "
                          "of repairs, the city transport office said in a statement."),
    "/news/election.html": ("Turnout rises", "QUITO (AP) - Turnout in Sunday's regional elections rose to 71 "
                            "percent, the electoral council said, higher than four years ago."),
    "/private/memo.html": ("Internal memo", "Staff were told on Wednesday that the canteen will close early on "
                           "Fridays, according to a memo seen by the newsroom."),
}
DATE = "Mon, 06 May 2024 09:00:00 GMT"


@pytest.fixture()
def news_site(site: Site) -> Site:
    """A feed of two articles, robots.txt closing /private/, ETag and Last-Modified on the feed."""
    for path, (title, lead) in STORIES.items():
        site.serve(path, article(title, lead))
    site.serve("/robots.txt", b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.set_feed(["/news/port-strike.html", "/news/bridge.html"], "v1")
    return site


@pytest.fixture()
def light_settings(tmp_path: Path) -> Any:
    """Settings of a pipeline that needs no spaCy model."""
    from dateline.config import load_settings

    path = tmp_path / "light.toml"
    path.write_text('[pipeline]\nstages = ["segment", "dateline", "published"]\n', encoding="utf-8")
    return load_settings(path)
