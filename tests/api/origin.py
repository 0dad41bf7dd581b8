"""A tiny origin web server on 127.0.0.1 for the fetch tests: pages, redirects, huge and slow answers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

ARTICLE_HTML = """<!doctype html><html><head><title>Rebels seize border post</title>
<meta property="article:published_time" content="2024-04-02"></head><body><nav>Home | World</nav>
<article><h1>Rebels seize border post</h1>
<p>GOMA, April 2 (Lakes Wire) - Rebel fighters seized a border post near the town of Bunagana on Monday,
local officials said, forcing hundreds of families to flee across the frontier.</p>
<p>"We heard gunfire all night," said Jeanne Mukamana, a trader who fled with her children.</p>
<p>The army said it would retake the post within days and accused the rebels of attacking civilians.</p>
</article><footer>Contact us</footer></body></html>"""
BIG = 2_000_000


class Handler(BaseHTTPRequestHandler):
    """Answers by path; see the module docstring."""

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        url = urlparse(self.path)
        q = parse_qs(url.query)
        if url.path == "/article":
            self._send(200, "text/html; charset=utf-8", ARTICLE_HTML.encode())
        elif url.path == "/text":
            self._send(200, "text/plain; charset=utf-8", b"Troops shelled the village of Marib on Sunday.")
        elif url.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", q["to"][0])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif url.path == "/loop":
            self.send_response(301)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif url.path == "/big":
            self._send(200, "text/html", b"<p>" + b"a" * BIG + b"</p>")
        elif url.path == "/big-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                for _ in range(BIG // 65536 + 2):
                    self.wfile.write(b"b" * 65536)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif url.path == "/slow":
            time.sleep(3)
            self._send(200, "text/html", ARTICLE_HTML.encode())
        elif url.path == "/image":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n")
        else:
            self._send(404, "text/plain", b"not found")

    def _send(self, status: int, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@contextmanager
def origin() -> Iterator[str]:
    """The origin's base URL (http://127.0.0.1:PORT) while the block runs."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
