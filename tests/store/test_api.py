"""The Python API: open_store, ingest, events as dicts or a DataFrame."""

from __future__ import annotations

from pathlib import Path

import pytest

import dateline
from dateline.doc import Doc
from dateline.store import Store, StoreError


@pytest.mark.parametrize("as_frame", [False, True])
def test_api_events_as_dicts_or_frame(store_path: Path, attack_corpus: list[Doc], as_frame: bool) -> None:
    with dateline.open_store(store_path) as store:
        assert isinstance(store, Store)
        store.ingest(attack_corpus)
        events = store.events(type="ASSAULT", as_frame=as_frame)
    if as_frame:
        assert list(events.sort_values("n_articles")["n_articles"]) == [1, 3]  # type: ignore[union-attr]
    else:
        assert sorted(e["n_articles"] for e in events) == [1, 3]  # type: ignore[index]


def test_api_read_only_store_refuses_ingest(attack_store: Path, attack_corpus: list[Doc]) -> None:
    with dateline.open_store(attack_store, read_only=True) as store:
        with pytest.raises(StoreError):
            store.ingest(attack_corpus)


def test_api_articles_and_counts(attack_store: Path) -> None:
    with dateline.open_store(attack_store, read_only=True) as store:
        articles = store.articles()
        counts = store.counts()
        with_text = store.articles(with_text=True)
    assert [a["id"] for a in articles] == ["wire-a", "paper-b", "site-c", "other-protest", "other-attack"]
    assert counts["articles"] == 5 and counts["events"] == 3 and counts["event_mentions"] == 5
    assert all(a["text"] for a in with_text) and "text" not in articles[0]


def test_api_second_writer_is_refused(store_path: Path) -> None:
    import subprocess
    import sys

    with dateline.open_store(store_path):
        code = ("import dateline\ntry:\n    dateline.open_store(%r)\nexcept Exception as e:\n"
                "    print(type(e).__name__, getattr(e, 'code', None))" % str(store_path))
        src = str(Path(__file__).resolve().parents[2] / "src")
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env={"PYTHONPATH": src, "PATH": "/usr/bin:/bin"})
    assert run.stdout.split() == ["StoreError", "E_LOCKED"]
