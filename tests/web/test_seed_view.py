"""The seed article (../shared dev data) through the pipeline, stored, and opened in the article view."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api.server import TOKEN, Live, live_server
from web.browser import open_view

from dateline.api import ServeSettings, Services

pytestmark = [pytest.mark.dev, pytest.mark.slow]


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory, seed_path: Path, web_pipeline: Any) -> Iterator[Live]:
    """A server over a store holding only the seed article, extracted by the pipeline."""
    from dateline.ingest import doc_from_text
    from dateline.store import open_store

    db = tmp_path_factory.mktemp("seed") / "seed.duckdb"
    doc = web_pipeline(doc_from_text(seed_path.read_text(encoding="utf-8"), doc_id="seed"))
    with open_store(db) as store:
        store.ingest([doc])
    settings = ServeSettings(db=str(db), token=TOKEN)
    with live_server(settings, Services(settings, pipeline=web_pipeline)) as server:
        yield server


@pytest.mark.parametrize("article_id", ["seed"])
def test_seed_view_article(page: Any, seed_site: Live, seed_path: Path, article_id: str) -> None:
    import httpx

    record = httpx.get(f"{seed_site.url}/api/articles/{article_id}", trust_env=False).json()["record"]
    page.base = seed_site.url
    open_view(page, f"#/article/{article_id}")
    assert page.eval_on_selector("#article-text", "el => el.textContent") == seed_path.read_text(encoding="utf-8")
    mentions = sum(len(e["mentions"]) for e in record["entities"])
    assert mentions and page.locator("#article-text .ann-entity").count() >= mentions
    assert "Palmyra" in page.eval_on_selector_all("#article-text .ann-place", "els => els.map(e => e.textContent)")
    # Each highlighted quote names the record's speaker on hover (the seed's first quote is Kinshchak's).
    quotes = page.locator("#article-text .ann-quote.ann-first")
    names = {e["id"]: e["name"] for e in record["entities"]}
    for i, q in enumerate(record["quotes"]):
        s = q["speaker"] or {}
        speaker = s.get("name") or names.get(s.get("entity")) or s.get("text") or "unknown"
        quotes.nth(i).hover()
        assert page.inner_text("#tooltip") == f"Speaker: {speaker}"
    if record["quotes"]:
        assert "Kinshchak" in page.locator("#article-text .ann-quote").first.get_attribute("data-speaker")
