"""Near-duplicate articles and passages across the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.doc import Doc
from dateline.store import open_store


def _docs(texts: dict[str, str]) -> list[Doc]:
    return [Doc(text=t, id=k, source=k.split("-")[0]) for k, t in texts.items()]


@pytest.mark.parametrize("batch_size", [1, 32])
def test_dedup_syndicated_copies_share_one_canonical(store_path: Path, syndicated: dict[str, str],
                                                     batch_size: int) -> None:
    with open_store(store_path) as store:
        stats = store.ingest(_docs(syndicated), batch_size=batch_size)
        rows = {r["id"]: r for r in store.articles()}
    assert stats.stored == 4 and stats.duplicates == 2
    assert rows["wire-original"]["canonical_id"] is None
    assert rows["daily-copy"]["canonical_id"] == "wire-original"
    assert rows["portal-copy"]["canonical_id"] == "wire-original"
    assert rows["other-story"]["canonical_id"] is None  # same topic, other text: not a copy
    assert 0.5 <= rows["daily-copy"]["similarity"] <= 1.0


@pytest.mark.parametrize("first", ["daily-copy", "portal-copy"])
def test_dedup_canonical_is_the_first_stored_copy(store_path: Path, syndicated: dict[str, str], first: str) -> None:
    order = [first] + [k for k in syndicated if k != first]
    with open_store(store_path) as store:
        store.ingest(_docs({k: syndicated[k] for k in order}))
        canon = {r["id"]: r["canonical_id"] for r in store.articles()}
    copies = [k for k in syndicated if k != "other-story"]
    assert canon[first] is None
    assert all(canon[k] == first for k in copies if k != first)


@pytest.mark.parametrize("reopen", [False, True])
def test_dedup_index_persists_across_sessions(store_path: Path, syndicated: dict[str, str], reopen: bool) -> None:
    docs = _docs(syndicated)
    store = open_store(store_path)
    store.ingest(docs[:1])
    if reopen:
        store.close()
        store = open_store(store_path)
    store.ingest(docs[1:])
    canon = {r["id"]: r["canonical_id"] for r in store.articles()}
    store.close()
    assert canon["daily-copy"] == "wire-original" and canon["portal-copy"] == "wire-original"


@pytest.mark.parametrize("paragraph", [1, 3])
def test_dedup_shared_paragraph_links_passages(store_path: Path, wire_story: list[str], paragraph: int) -> None:
    background = wire_story[paragraph]
    first = ("The county assembly met on Thursday to debate a new drainage budget for the city after weeks of "
             "complaints from traders about blocked gutters.\n\n" + background)
    second = ("Opposition leaders accused the government of ignoring repeated warnings from engineers about the "
              "state of the river banks in poor neighbourhoods.\n\n" + background + "\n\nThe debate continues.")
    with open_store(store_path) as store:
        store.ingest([Doc(text=first, id="one"), Doc(text=second, id="two")])
        links = store.sql("SELECT * FROM passage_duplicates")
        canon = {r["id"]: r["canonical_id"] for r in store.articles()}
    assert canon == {"one": None, "two": None}  # articles differ, one paragraph repeats
    assert len(links) == 1
    link = links[0]
    assert link["article_id"] == "two" and link["of_article_id"] == "one"
    assert second[link["start"]:link["end"]] == background == first[link["of_start"]:link["of_end"]]


@pytest.mark.parametrize("text", ["", "Short.", "مرحبا بالعالم " * 40, "e\u0301 " * 300, "🙂 " * 500])
def test_dedup_odd_texts_do_not_crash(store_path: Path, text: str) -> None:
    with open_store(store_path) as store:
        stats = store.ingest([Doc(text=text, id="a"), Doc(text=text, id="b")])
        canon = {r["id"]: r["canonical_id"] for r in store.articles()}
    assert stats.stored == 2
    if text.strip() and any(ch.isalnum() for ch in text):
        assert canon["b"] == "a"  # identical texts are always duplicates
