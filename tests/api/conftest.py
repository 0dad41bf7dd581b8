"""Fixtures: the hand-annotated corpus in a store, and a live server over it with a known token."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.corpus import build_store
from api.server import TOKEN, Live, live_server
from dateline.api import ServeSettings

MAX_BODY = 1_000_000


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the test corpus."""
    return build_store(tmp_path_factory.mktemp("api") / "corpus.duckdb")


@pytest.fixture(scope="session")
def live(corpus_db: Path) -> Iterator[Live]:
    """A server over the corpus store, with token TOKEN and a 1 MB body limit."""
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
