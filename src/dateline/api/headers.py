"""Headers added to every response, by ASGI middleware that sees the response start:

- SecurityHeaders: a strict same-origin Content-Security-Policy (the UI loads nothing from elsewhere), no MIME
  sniffing, no framing; the API docs page needs its inline start-up script, so it alone may run inline code.
- ServerTiming: `Server-Timing: app;dur=MS`, the app's own time, so clients can tell it from the network's.
"""

from __future__ import annotations

import time

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

STRICT = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
          "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
DOCS = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
DOCS_PATHS = ("/docs", "/redoc")


class ResponseHeaders:
    """Calls `add(scope, headers, started)` when an HTTP response starts; subclasses say what to add."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                self.add(scope, MutableHeaders(scope=message), started)
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def add(self, scope: Scope, headers: MutableHeaders, started: float) -> None:
        """Add headers to a starting response."""
        raise NotImplementedError


class SecurityHeaders(ResponseHeaders):
    """Content-Security-Policy, nosniff, no framing, no referrer."""

    def add(self, scope: Scope, headers: MutableHeaders, started: float) -> None:
        """The security headers (a route's own values win)."""
        headers.setdefault("Content-Security-Policy", DOCS if scope["path"].startswith(DOCS_PATHS) else STRICT)
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("X-Frame-Options", "DENY")
        headers.setdefault("Referrer-Policy", "no-referrer")


class ServerTiming(ResponseHeaders):
    """Server-Timing: the time from the request to the response's start."""

    def add(self, scope: Scope, headers: MutableHeaders, started: float) -> None:
        """The app's duration in milliseconds."""
        headers.append("Server-Timing", f"app;dur={(time.perf_counter() - started) * 1000:.1f}")
