"""Polite HTTP GET: a User-Agent, timeouts, a size cap, conditional requests and a delay between hits on one host."""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urlsplit

from .. import __version__
from ..errors import E_TOO_LARGE, E_UNREADABLE

USER_AGENT = f"dateline/{__version__} (news event extraction; polite feed reader)"
_CHUNK = 1 << 16


class FetchError(Exception):
    """A request that gave no usable body; `permanent` says whether trying again later could help."""

    def __init__(self, message: str, status: int | None = None, permanent: bool = False,
                 code: str = E_UNREADABLE) -> None:
        super().__init__(message)
        self.message, self.status, self.permanent, self.code = message, status, permanent, code


@dataclass(slots=True)
class Response:
    """A finished request: final URL (after redirects), status, body and the validators for next time."""

    url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """True for 304: the conditional request found nothing new."""
        return self.status == 304


@dataclass(slots=True)
class Politeness:
    """How to behave towards servers."""

    user_agent: str = USER_AGENT
    timeout: float = 20.0  # seconds for the whole request, not per socket read
    max_bytes: int = 5_000_000
    host_delay: float = 1.0  # seconds between two requests to the same host
    respect_robots: bool = True


@dataclass
class Fetcher:
    """GETs URLs politely; `clock` and `sleep` are injectable so tests need not wait."""

    policy: Politeness = field(default_factory=Politeness)
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _next_ok: dict[str, float] = field(default_factory=dict)
    _host_delay: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def set_host_delay(self, host: str, seconds: float) -> None:
        """Wait at least this long between requests to host (a robots.txt Crawl-delay)."""
        self._host_delay[host] = max(self.policy.host_delay, seconds)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET url, conditionally when validators are given; FetchError for anything but 200 or 304."""
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(f"not an http(s) URL: {url[:80]}", permanent=True)
        self._wait_turn(host_of(url))
        headers = {"User-Agent": self.policy.user_agent, "Accept-Encoding": "identity"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        request = urllib.request.Request(url, headers=headers)
        deadline = self.clock() + self.policy.timeout
        try:
            with urllib.request.urlopen(request, timeout=self.policy.timeout) as resp:  # noqa: S310 -- http(s) only
                body = self._read(resp, deadline)
                return _response(resp.geturl(), resp.status, resp.headers, body)
        except urllib.error.HTTPError as e:
            if e.code == 304:
                return _response(url, 304, e.headers, b"")
            transient = e.code in (408, 425, 429) or e.code >= 500
            raise FetchError(f"HTTP {e.code} {e.reason} for {url}", e.code, permanent=not transient) from None
        except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise FetchError(f"cannot fetch {url}: {reason}") from None

    def _read(self, resp: object, deadline: float) -> bytes:
        """The body, refused when over the size cap or when the server is too slow overall."""
        length = getattr(resp, "headers", Message()).get("Content-Length")
        cap = self.policy.max_bytes
        if length and length.isdigit() and int(length) > cap:
            raise FetchError(f"the body has {int(length):,} bytes, over the limit of {cap:,}", permanent=True,
                             code=E_TOO_LARGE)
        parts, size = [], 0
        while chunk := resp.read1(_CHUNK):  # type: ignore[attr-defined]  # read1: a slow server cannot hold one read
            size += len(chunk)
            if size > cap:
                raise FetchError(f"the body is over the limit of {cap:,} bytes", permanent=True, code=E_TOO_LARGE)
            if self.clock() > deadline:
                raise FetchError(f"the server took over {self.policy.timeout:g} s")
            parts.append(chunk)
        return b"".join(parts)

    def _wait_turn(self, host: str) -> None:
        """Sleep until this host may be asked again, and book the next slot."""
        with self._lock:
            now = self.clock()
            start = max(now, self._next_ok.get(host, now))
            self._next_ok[host] = start + self._host_delay.get(host, self.policy.host_delay)
        if start > now:
            self.sleep(start - now)


def host_of(url: str) -> str:
    """scheme://host[:port] of a URL: politeness and robots.txt are per origin."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _response(url: str, status: int, headers: Message, body: bytes) -> Response:
    return Response(url=url, status=status, body=body, content_type=(headers.get("Content-Type") or "").lower(),
                    etag=headers.get("ETag"), last_modified=headers.get("Last-Modified"))
