"""Fixtures: the hand-annotated corpus in a store, and live servers over it with a known token."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from api.corpus import build_store
from api.server import MAX_BODY, TOKEN, Live, live_server

from dateline.api import ServeSettings, Services


@pytest.fixture(scope="session")
def serve_pipeline() -> Any:
    """One pipeline (record policy, as the server uses) shared by every test server that extracts."""
    from dateline.config import load_settings
    from dateline.pipeline import Pipeline

    return Pipeline(load_settings(pipeline__on_error="record"))


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the test corpus."""
    return build_store(tmp_path_factory.mktemp("api") / "corpus.duckdb")


@pytest.fixture(scope="session")
def live(corpus_db: Path) -> Iterator[Live]:
    """A server over the corpus store, with token TOKEN, a 1 MB body limit and pages of at most 500."""
    settings = ServeSettings(db=str(corpus_db), token=TOKEN, max_body_bytes=MAX_BODY, max_page=500)
    with live_server(settings) as server:
        yield server


@pytest.fixture(scope="session")
def client(live: Live) -> Iterator[httpx.Client]:
    """An HTTP client for the live server."""
    with httpx.Client(base_url=live.url, timeout=120, trust_env=False) as c:
        yield c


@pytest.fixture(scope="session")
def auth() -> dict[str, str]:
    """The header carrying the right token."""
    return {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture()
def scratch(tmp_path: Path, serve_pipeline: Any) -> Iterator[httpx.Client]:
    """A client of a fresh server over an empty store of its own (for tests that write)."""
    settings = ServeSettings(db=str(tmp_path / "scratch.duckdb"), token=TOKEN, max_body_bytes=MAX_BODY)
    with live_server(settings, Services(settings, pipeline=serve_pipeline)) as server, \
            httpx.Client(base_url=server.url, timeout=120, trust_env=False) as c:
        yield c
