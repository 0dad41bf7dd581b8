"""Fetching URLs: refused targets (before connecting), every redirect hop checked, timeouts and a size cap."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from api.origin import origin
from api.server import TOKEN, live_server

from dateline.api import ServeSettings, Services
from dateline.api.envelope import ApiError
from dateline.api.fetch import Fetcher, FetchLimits
from dateline.api.netguard import AddressPolicy


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """The local origin server's base URL."""
    with origin() as url:
        yield url


def fetcher(allow: tuple[str, ...] = ("127.0.0.1/32",), **limits: Any) -> Fetcher:
    """A fetcher allowed to reach only 127.0.0.1 (where the origin runs) besides public addresses."""
    return Fetcher(AddressPolicy.from_cidrs(allow), FetchLimits(**{"timeout": 5.0, "max_bytes": 1_000_000,
                                                                  "max_redirects": 3, **limits}))


def refused(f: Fetcher, url: str) -> ApiError:
    with pytest.raises(ApiError) as e:
        f.fetch(url)
    return e.value


@pytest.mark.parametrize(("path", "kind"), [("/article", "text/html"), ("/text", "text/plain")])
def test_fetch_allowed_origin(site: str, path: str, kind: str) -> None:
    page = fetcher().fetch(site + path)
    assert page.content_type == kind and page.url == site + path and page.body


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/", "http://10.0.0.1/", "http://localhost:9/x",
                                 "http://[::1]:9/", "http://169.254.169.254/latest/meta-data/",
                                 "http://2130706433/", "http://0.0.0.0:9/"])
def test_fetch_refuses_private_targets_by_default(url: str) -> None:
    started = time.monotonic()
    err = refused(fetcher(allow=()), url)
    assert err.code == "E_FETCH_BLOCKED" and err.status_code == 403
    assert time.monotonic() - started < 1  # refused before any connection attempt


@pytest.mark.parametrize("path", ["/article"])
def test_fetch_refuses_the_local_origin_by_default(site: str, path: str) -> None:
    assert refused(fetcher(allow=()), site + path).code == "E_FETCH_BLOCKED"


@pytest.mark.parametrize("target", ["http://127.0.0.2:{port}/article", "http://10.0.0.1/article",
                                    "http://169.254.169.254/", "http://[::1]:{port}/article"])
def test_fetch_checks_every_redirect_hop(site: str, target: str) -> None:
    port = site.rsplit(":", 1)[1]
    err = refused(fetcher(), f"{site}/redirect?to={target.format(port=port)}")
    assert err.code == "E_FETCH_BLOCKED"


@pytest.mark.parametrize("hops", [1, 3])
def test_fetch_follows_allowed_redirects(site: str, hops: int) -> None:
    url = site + "/article"
    for _ in range(hops):
        url = f"{site}/redirect?to={httpx.QueryParams({'x': url})['x']}"
    assert fetcher().fetch(url).content_type == "text/html"


@pytest.mark.parametrize("path", ["/loop"])
def test_fetch_stops_redirect_loops(site: str, path: str) -> None:
    assert refused(fetcher(), site + path).code == "E_FETCH_REDIRECTS"


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_fetch_size_cap(site: str, path: str) -> None:
    err = refused(fetcher(), site + path)
    assert err.code == "E_FETCH_TOO_LARGE" and err.status_code == 413


@pytest.mark.parametrize("timeout", [0.5])
def test_fetch_timeout(site: str, timeout: float) -> None:
    started = time.monotonic()
    err = refused(fetcher(timeout=timeout), site + "/slow")
    assert err.code == "E_FETCH_TIMEOUT"
    assert time.monotonic() - started < timeout + 1.5


@pytest.mark.parametrize(("path", "code"), [("/image", "E_FETCH_TYPE"), ("/missing", "E_FETCH_STATUS")])
def test_fetch_refuses_what_is_not_a_page(site: str, path: str, code: str) -> None:
    assert refused(fetcher(), site + path).code == code


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/",
                                 "//example.org/x", "not a url", "http://user:pw@example.org/"])
def test_fetch_refuses_other_schemes_and_credentials(url: str) -> None:
    assert refused(fetcher(), url).code == "E_BAD_URL"


# ----- through the API


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://10.0.0.1/", "http://localhost/",
                                 "http://[::1]/", "http://169.254.169.254/"])
def test_fetch_api_refuses_private_urls(client: httpx.Client, auth: dict[str, str], url: str) -> None:
    r = client.post("/api/extract", json={"url": url}, headers=auth)
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "E_FETCH_BLOCKED"


@pytest.mark.parametrize("url", ["http://10.0.0.1/story"])
def test_fetch_api_ingest_refuses_private_urls(client: httpx.Client, auth: dict[str, str], url: str) -> None:
    r = client.post("/api/ingest", json={"articles": [{"url": url}]}, headers=auth)
    assert r.status_code == 200, r.text  # a batch answers per article
    assert r.json()["stored"] == 0
    assert [x["code"] for x in r.json()["refused"]] == ["E_FETCH_BLOCKED"]


@pytest.mark.slow
@pytest.mark.parametrize("path", ["/redirect?to=/article"])
def test_fetch_api_extracts_an_allowed_page(tmp_path: Path, serve_pipeline: Any, site: str, path: str) -> None:
    settings = ServeSettings(db=str(tmp_path / "f.duckdb"), token=TOKEN, fetch_allow=("127.0.0.1/32",))
    with live_server(settings, Services(settings, pipeline=serve_pipeline)) as server, \
            httpx.Client(base_url=server.url, timeout=120, trust_env=False) as c:
        r = c.post("/api/extract", json={"url": site + path}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text
    record = r.json()
    assert "Bunagana" in record["text"] and "Home | World" not in record["text"]
    assert record["url"] == site + "/article"
