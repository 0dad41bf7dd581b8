"""schemathesis against the server's own OpenAPI spec: generated requests to every operation, no 500s.

A live uvicorn server on 127.0.0.1 over a copy of the API tests' corpus and the real pipeline. Requests carry no
token, so nothing is fetched from the network and writes are refused (401) before any work; reads and
extraction see every generated parameter and body. Examples per operation are bounded so the test stays quick.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

schemathesis = pytest.importorskip("schemathesis")

from api.corpus import build_store  # noqa: E402 -- after the importorskip
from api.server import MAX_BODY, TOKEN, Live, live_server  # noqa: E402

from dateline.api import ServeSettings, Services  # noqa: E402

EXAMPLES = 20  # per operation


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, record_pipeline: Any) -> Iterator[Live]:
    db = build_store(tmp_path_factory.mktemp("schema") / "corpus.duckdb")
    settings = ServeSettings(db=str(db), token=TOKEN, max_body_bytes=MAX_BODY, max_page=500)
    with live_server(settings, Services(settings, pipeline=record_pipeline)) as live:
        yield live


def test_api_schema_generated_requests_get_no_server_error(server: Live) -> None:
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    failures: list[str] = []
    statuses: Counter[int] = Counter()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10

    for op in operations:
        @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=op.as_strategy())
        def run(case: Any) -> None:
            response = case.call(base_url=server.url, timeout=60)
            statuses[response.status_code] += 1
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.query} {str(case.body)[:200]!r} -> "
                                f"{response.status_code} {response.text[:200]}")

        run()
    assert failures == []
    assert sum(statuses.values()) >= 5 * len(operations) and statuses[200] > 0, statuses
    print(f"schemathesis: {len(operations)} operations, status counts {dict(sorted(statuses.items()))}")


# Bodies of any shape for the write endpoints, with and without the token; no "url" key, so nothing is fetched.
bodies = st.one_of(
    st.binary(max_size=200),
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
                 lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
                     st.sampled_from(["text", "html", "id", "title", "source", "published", "articles", "x"]),
                     inner, max_size=4), max_leaves=10).map(lambda v: json.dumps(v).encode()))


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(path=st.sampled_from(["/api/extract", "/api/ingest"]), body=bodies, token=st.booleans())
def test_api_schema_any_body_gets_no_server_error(server: Live, path: str, body: bytes, token: bool) -> None:
    headers = {"Content-Type": "application/json"} | ({"Authorization": f"Bearer {TOKEN}"} if token else {})
    r = httpx.post(server.url + path, content=body, headers=headers, timeout=60, trust_env=False)
    assert r.status_code < 500, (path, body[:200], r.status_code, r.text[:300])
    if r.status_code >= 400:
        assert r.json()["error"]["code"]
