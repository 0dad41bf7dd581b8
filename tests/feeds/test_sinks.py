"""Sinks: chosen by KIND:PATH or suffix; JSON Lines appends whole records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.feeds import SINKS, JsonlSink, open_sink
from dateline.ingest import doc_from_text


@pytest.mark.parametrize("spec,kind", [("out.jsonl", JsonlSink), ("jsonl:out.txt", JsonlSink),
                                       ("sub/dir/x.jsonl", JsonlSink)])
def test_sinks_open_by_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spec: str, kind: type) -> None:
    monkeypatch.chdir(tmp_path)
    sink = open_sink(spec)
    try:
        assert isinstance(sink, kind)
    finally:
        sink.close()


def test_sinks_jsonl_appends_records(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    docs = [doc_from_text("First story from the harbour.", doc_id="d1"), doc_from_text("Second one.", doc_id="d2")]
    for batch in (docs[:1], docs[1:]):
        sink = open_sink(str(path))
        sink.write(batch)
        sink.close()
    assert [json.loads(x)["id"] for x in path.read_text(encoding="utf-8").splitlines()] == ["d1", "d2"]


def test_sinks_registry_is_pluggable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    got: list[str] = []

    class Memory:
        def __init__(self, path: str) -> None:
            got.append(path)

        def write(self, docs: list[object]) -> None: ...

        def close(self) -> None: ...

    monkeypatch.setitem(SINKS, "memory", Memory)
    assert isinstance(open_sink("memory:anything"), Memory) and got == ["anything"]


def test_sinks_store_when_available(tmp_path: Path) -> None:
    pytest.importorskip("dateline.store")
    sink = open_sink(str(tmp_path / "corpus.duckdb"))
    sink.write([doc_from_text("A story for the store.", doc_id="s1")])
    sink.write([doc_from_text("A story for the store.", doc_id="s1")])
    sink.close()
    from dateline.store import open_store

    with open_store(tmp_path / "corpus.duckdb", read_only=True) as store:
        assert [a["id"] for a in store.articles()] == ["s1"]
