"""The polite fetcher against a local server: User-Agent, conditional requests, size cap, timeouts, host delay."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.errors import E_TOO_LARGE
from dateline.feeds import Fetcher, FetchError, Politeness


def fetcher(**policy: object) -> Fetcher:
    return Fetcher(Politeness(host_delay=0.0, **policy))  # type: ignore[arg-type]


@pytest.mark.parametrize("agent", ["dateline-test/1.0 (+mailto:desk@example.org)"])
def test_fetch_sends_user_agent_and_returns_validators(site: Any, agent: str) -> None:
    site.serve("/a", b"<p>hi</p>", etag='"e1"', last_modified="Mon, 06 May 2024 09:00:00 GMT")
    resp = fetcher(user_agent=agent).get(site.base + "/a")
    assert (resp.status, resp.body, resp.etag) == (200, b"<p>hi</p>", '"e1"')
    assert resp.last_modified == "Mon, 06 May 2024 09:00:00 GMT" and resp.content_type.startswith("text/html")
    assert site.log[-1][1]["User-Agent"] == agent


@pytest.mark.parametrize("use", ["etag", "last_modified"])
def test_fetch_conditional_request_gives_304(site: Any, use: str) -> None:
    site.serve("/feed", b"<rss/>", etag='"v7"', last_modified="Tue, 07 May 2024 10:00:00 GMT")
    f = fetcher()
    first = f.get(site.base + "/feed")
    again = f.get(site.base + "/feed", etag=first.etag if use == "etag" else None,
                  last_modified=first.last_modified if use == "last_modified" else None)
    assert again.not_modified and again.body == b""
    header = "If-None-Match" if use == "etag" else "If-Modified-Since"
    assert header in site.log[-1][1] and header not in site.log[0][1]


@pytest.mark.parametrize("send_length", [True, False])
def test_fetch_refuses_bodies_over_the_cap(site: Any, send_length: bool) -> None:
    site.serve("/big", b"x" * 300_000, send_length=send_length)
    with pytest.raises(FetchError) as raised:
        fetcher(max_bytes=100_000).get(site.base + "/big")
    assert raised.value.permanent and raised.value.code == E_TOO_LARGE


@pytest.mark.parametrize("timeout", [0.3])
def test_fetch_times_out_on_a_slow_server(site: Any, timeout: float) -> None:
    site.serve("/slow", b"late", delay=2.0)
    with pytest.raises(FetchError) as raised:
        fetcher(timeout=timeout).get(site.base + "/slow")
    assert not raised.value.permanent


@pytest.mark.parametrize("status,permanent", [(404, True), (410, True), (503, False), (429, False)])
def test_fetch_http_errors_say_whether_to_retry(site: Any, status: int, permanent: bool) -> None:
    site.serve("/x", b"no", status=status)
    with pytest.raises(FetchError) as raised:
        fetcher().get(site.base + "/x")
    assert raised.value.status == status and raised.value.permanent is permanent


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)"])
def test_fetch_only_http(url: str) -> None:
    with pytest.raises(FetchError) as raised:
        fetcher().get(url)
    assert raised.value.permanent


@pytest.mark.parametrize("delay", [2.5])
def test_fetch_waits_between_requests_to_one_host(site: Any, delay: float) -> None:
    site.serve("/a", b"a")
    now = [100.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    f = Fetcher(Politeness(host_delay=delay), clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        f.get(site.base + "/a")
    assert slept == [pytest.approx(delay), pytest.approx(delay)]
    f.set_host_delay(site.base, 10.0)
    f.get(site.base + "/a")
    f.get(site.base + "/a")
    assert slept[-1] == pytest.approx(10.0)
