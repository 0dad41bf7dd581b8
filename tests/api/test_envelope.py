"""Every failure answers with the one JSON envelope {"error": {"code", "message", "status", ...}}."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from api.server import live_server

from dateline.api import ServeSettings


def assert_envelope(r: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """The response is the envelope with this status and code; returns its error object."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert err["code"] == code and err["status"] == status
    assert isinstance(err["message"], str) and err["message"]
    return err


@pytest.mark.parametrize(("method", "path", "status", "code"), [
    ("GET", "/api/nothing-here", 404, "E_NOT_FOUND"),
    ("GET", "/no/such/page", 404, "E_NOT_FOUND"),
    ("GET", "/static/missing.js", 404, "E_NOT_FOUND"),
    ("GET", "/api/articles/no-such-article", 404, "E_NOT_FOUND"),
    ("GET", "/api/events/no-such-event", 404, "E_NOT_FOUND"),
    ("DELETE", "/api/articles", 405, "E_METHOD_NOT_ALLOWED"),
    ("GET", "/api/extract", 405, "E_METHOD_NOT_ALLOWED"),
    ("GET", "/api/articles?limit=0", 422, "E_INVALID"),
    ("GET", "/api/articles?limit=501", 422, "E_INVALID"),
    ("GET", "/api/events?offset=-1", 422, "E_INVALID"),
    ("GET", "/api/events?sort=sideways", 422, "E_INVALID"),
    ("GET", "/api/events?since=yesterday", 400, "E_QUERY"),
    ("GET", "/api/events?country=Atlantis", 400, "E_QUERY"),
    ("GET", "/api/events?near=1,2", 400, "E_QUERY"),
])
def test_envelope_on_errors(client: httpx.Client, method: str, path: str, status: int, code: str) -> None:
    assert_envelope(client.request(method, path), status, code)


@pytest.mark.parametrize(("body", "where"), [
    ({"text": 42}, "text"),
    ({"text": "x", "colour": "red"}, "colour"),
    ([1, 2], "body"),
])
def test_envelope_validation_lists_problems(client: httpx.Client, body: Any, where: str) -> None:
    err = assert_envelope(client.post("/api/extract", json=body), 422, "E_INVALID")
    assert any(where in [str(x) for x in p["loc"]] for p in err["problems"])


@pytest.mark.parametrize("raw", [b"{not json", b""])
def test_envelope_broken_json(client: httpx.Client, raw: bytes) -> None:
    r = client.post("/api/extract", content=raw, headers={"Content-Type": "application/json"})
    assert_envelope(r, 422, "E_INVALID")


@pytest.mark.parametrize("path", ["/api/_boom"])
def test_envelope_on_unexpected_error_hides_the_traceback(tmp_path: Any, path: str) -> None:
    from dateline.api import Services, create_app

    settings = ServeSettings(db=str(tmp_path / "s.duckdb"))
    services = Services(settings)
    app = create_app(services=services)

    @app.get(path)
    def boom() -> None:
        raise RuntimeError("secret internals")

    with live_server(settings, services, app) as server, httpx.Client(base_url=server.url, trust_env=False) as c:
        r = c.get(path)
    err = assert_envelope(r, 500, "E_INTERNAL")
    assert "secret" not in r.text and "Traceback" not in r.text
    assert err["message"] == "internal server error"


@pytest.mark.parametrize("header", ["content-security-policy", "x-content-type-options", "server-timing"])
def test_envelope_responses_carry_security_headers(client: httpx.Client, header: str) -> None:
    assert header in client.get("/api/nothing").headers
    assert header in client.get("/").headers


@pytest.mark.parametrize("unused", [None])
def test_envelope_live_server_helper_serves(unused: None, tmp_path: Any) -> None:
    settings = ServeSettings(db=str(tmp_path / "h.duckdb"))
    with live_server(settings) as server, httpx.Client(base_url=server.url, trust_env=False) as c:
        assert c.get("/api/health").json()["status"] == "ok"
