"""Write endpoints refuse a missing or wrong token; a public bind with no token refuses every write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from api.server import TOKEN, live_server

from dateline.api import ServeSettings, Services

# Every write endpoint with a body it would accept.
WRITES = [
    ("/api/ingest", {"articles": [{"text": "Police arrested two men in Lima on Monday.", "id": "auth-test"}]}),
    ("/api/extract", {"url": "https://example.org/news/story.html"}),
]
BAD_HEADERS = [
    ({}, "E_TOKEN_MISSING"),
    ({"Authorization": ""}, "E_TOKEN_MISSING"),
    ({"Authorization": "Bearer"}, "E_TOKEN_MISSING"),
    ({"Authorization": TOKEN}, "E_TOKEN_MISSING"),  # no scheme
    ({"Authorization": f"Basic {TOKEN}"}, "E_TOKEN_MISSING"),
    ({"Authorization": "Bearer wrong-token"}, "E_TOKEN_INVALID"),
    ({"Authorization": f"Bearer {TOKEN}x"}, "E_TOKEN_INVALID"),
    ({"Authorization": f"Bearer {TOKEN[:-1]}"}, "E_TOKEN_INVALID"),
]


@pytest.mark.parametrize(("path", "body"), WRITES)
@pytest.mark.parametrize(("headers", "code"), BAD_HEADERS)
def test_auth_write_endpoints_refuse_bad_tokens(client: httpx.Client, path: str, body: Any,
                                                headers: dict[str, str], code: str) -> None:
    r = client.post(path, json=body, headers=headers)
    assert r.status_code == 401, r.text
    assert r.json()["error"]["code"] == code
    assert r.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize(("path", "body"), WRITES)
def test_auth_refused_writes_store_nothing(client: httpx.Client, path: str, body: Any) -> None:
    client.post(path, json=body)
    assert client.get("/api/articles/auth-test").status_code == 404


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10", "::"])
@pytest.mark.parametrize(("path", "body"), WRITES)
def test_auth_public_bind_without_token_refuses_every_write(tmp_path: Path, host: str, path: str,
                                                            body: Any) -> None:
    # The policy follows the configured bind address; the test server itself still listens on 127.0.0.1.
    settings = ServeSettings(db=str(tmp_path / "p.duckdb"), host=host)
    services = Services(settings)
    assert services.token is None
    with live_server(settings, services) as server, httpx.Client(base_url=server.url, trust_env=False) as c:
        for headers in ({}, {"Authorization": "Bearer anything"}, {"Authorization": "Bearer"}):
            r = c.post(path, json=body, headers=headers)
            assert r.status_code == 403 and r.json()["error"]["code"] == "E_WRITES_DISABLED"
        assert c.get("/api/health").json()["writes_enabled"] is False


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1"])
def test_auth_loopback_without_token_makes_a_random_one(tmp_path: Path, host: str) -> None:
    a = Services(ServeSettings(db=str(tmp_path / "a.duckdb"), host=host))
    b = Services(ServeSettings(db=str(tmp_path / "b.duckdb"), host=host))
    assert a.token and b.token and a.token != b.token and len(a.token) >= 24
    assert a.token_generated


@pytest.mark.parametrize(("path", "body"), [WRITES[0]])
def test_auth_generated_token_is_required(tmp_path: Path, path: str, body: Any) -> None:
    settings = ServeSettings(db=str(tmp_path / "g.duckdb"))
    services = Services(settings)
    with live_server(settings, services) as server, httpx.Client(base_url=server.url, trust_env=False) as c:
        assert c.post(path, json=body).status_code == 401
        assert c.post(path, json=body, headers={"Authorization": "Bearer guess"}).status_code == 401


@pytest.mark.parametrize("path", ["/api/articles", "/api/events", "/api/stats", "/openapi.json", "/"])
def test_auth_reads_need_no_token(client: httpx.Client, path: str) -> None:
    assert client.get(path).status_code == 200


@pytest.mark.parametrize("body", [{"text": "The army shelled the town of Idlib on Sunday, a monitor said."}])
def test_auth_extracting_text_needs_no_token(scratch: httpx.Client, body: dict[str, str]) -> None:
    r = scratch.post("/api/extract", json=body)
    assert r.status_code == 200, r.text
    assert r.json()["text"] == body["text"]


@pytest.mark.parametrize(("path", "body"), [WRITES[0]])
def test_auth_read_only_store_refuses_ingest(tmp_path: Path, path: str, body: Any) -> None:
    from api.corpus import build_store

    settings = ServeSettings(db=str(build_store(tmp_path / "ro.duckdb")), token=TOKEN, read_only=True)
    with live_server(settings) as server, httpx.Client(base_url=server.url, trust_env=False) as c:
        r = c.post(path, json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 403 and r.json()["error"]["code"] == "E_READ_ONLY"
        assert c.get("/api/stats").json()["counts"]["articles"] == 5
