"""Fetching a page for extraction, safely: http(s) only, every hop's address checked by the AddressPolicy and
connected to by that checked address, redirects followed by hand (each hop checked again), one deadline for the
whole fetch, and a size cap enforced while streaming."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from .envelope import ApiError
from .netguard import AddressPolicy, BlockedAddress, Resolver

ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
REDIRECTS = frozenset({301, 302, 303, 307, 308})
USER_AGENT = "dateline/0.1 (+article extraction)"


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How far a fetch may go."""

    timeout: float = 10.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page: the final URL, its media type and its bytes."""

    url: str
    content_type: str
    body: bytes

    @property
    def is_html(self) -> bool:
        """Whether the page is (X)HTML rather than plain text."""
        return self.content_type != "text/plain"


class Fetcher:
    """Fetches URLs under an address policy and limits; transport and resolver are injectable for tests."""

    def __init__(self, policy: AddressPolicy, limits: FetchLimits, resolver: Resolver | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.policy, self.limits, self.resolver, self.transport = policy, limits, resolver, transport

    def fetch(self, url: str) -> Page:
        """The page at url after at most max_redirects checked hops; ApiError with an E_FETCH_* code otherwise."""
        deadline = time.monotonic() + self.limits.timeout
        current = _parse(url)
        with httpx.Client(trust_env=False, follow_redirects=False, transport=self.transport) as client:
            for _hop in range(self.limits.max_redirects + 1):
                location = self._hop(client, current, deadline)
                if isinstance(location, Page):
                    return location
                current = _parse(str(current.join(location)))
        raise ApiError(502, "E_FETCH_REDIRECTS", f"more than {self.limits.max_redirects} redirects from {url}")

    def _hop(self, client: httpx.Client, url: httpx.URL, deadline: float) -> Page | str:
        """One request: the page, or the Location of a redirect."""
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            address = self.policy.resolve(url.host, port, self.resolver)[0]
        except BlockedAddress as e:
            raise ApiError(403, "E_FETCH_BLOCKED", str(e), {"host": e.host, "address": e.address,
                                                            "reason": e.reason}) from None
        except OSError as e:
            raise ApiError(502, "E_FETCH_DNS", f"cannot resolve {url.host}: {e}") from None
        pinned = url.copy_with(host=str(address))  # connect to the address we checked, not a fresh lookup
        host_header = url.host if url.port is None else f"{url.host}:{url.port}"
        extensions = {"sni_hostname": url.host} if url.scheme == "https" else {}
        request = client.build_request("GET", pinned, headers={"Host": host_header, "User-Agent": USER_AGENT,
                                                               "Accept": ", ".join(ACCEPTED_TYPES)},
                                       extensions=extensions, timeout=_timeout(deadline))
        try:
            response = client.send(request, stream=True)
        except httpx.TimeoutException:
            raise ApiError(504, "E_FETCH_TIMEOUT", f"{url} did not answer within {self.limits.timeout:g} s") from None
        except httpx.HTTPError as e:
            raise ApiError(502, "E_FETCH_FAILED", f"cannot fetch {url}: {type(e).__name__}: {e}") from None
        try:
            if response.status_code in REDIRECTS and "location" in response.headers:
                return response.headers["location"]
            if response.status_code >= 400:
                raise ApiError(502, "E_FETCH_STATUS", f"{url} answered {response.status_code}",
                               {"upstream_status": response.status_code})
            content_type = response.headers.get("content-type", "text/html").split(";")[0].strip().lower()
            if content_type not in ACCEPTED_TYPES:
                raise ApiError(415, "E_FETCH_TYPE", f"{url} is {content_type}, not an HTML page or text")
            body = self._read(response, url, deadline)
            return Page(str(url), content_type, body)
        finally:
            response.close()

    def _read(self, response: httpx.Response, url: httpx.URL, deadline: float) -> bytes:
        """The body, stopped as soon as it passes the size cap or the deadline."""
        cap = self.limits.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise ApiError(413, "E_FETCH_TOO_LARGE", f"{url} is {int(declared):,} bytes, over {cap:,}")
        chunks, size = [], 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > cap:
                    raise ApiError(413, "E_FETCH_TOO_LARGE", f"{url} is larger than {cap:,} bytes")
                if time.monotonic() > deadline:
                    raise ApiError(504, "E_FETCH_TIMEOUT", f"{url} took longer than {self.limits.timeout:g} s")
                chunks.append(chunk)
        except httpx.TimeoutException:
            raise ApiError(504, "E_FETCH_TIMEOUT", f"{url} stalled while sending its page") from None
        except httpx.HTTPError as e:
            raise ApiError(502, "E_FETCH_FAILED", f"reading {url} failed: {type(e).__name__}: {e}") from None
        return b"".join(chunks)


def _parse(url: str) -> httpx.URL:
    """An absolute http(s) URL without credentials; ApiError otherwise."""
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError) as e:
        raise ApiError(422, "E_BAD_URL", f"not a URL: {e}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ApiError(422, "E_BAD_URL", f"only absolute http and https URLs can be fetched, not {url[:200]!r}")
    if parsed.userinfo:
        raise ApiError(422, "E_BAD_URL", "URLs with credentials are not fetched")
    return parsed


def _timeout(deadline: float) -> httpx.Timeout:
    """What is left of the deadline, as httpx timeouts."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise ApiError(504, "E_FETCH_TIMEOUT", "the fetch ran out of time")
    return httpx.Timeout(left)
