"""Partitions: consecutive, numbered, keyed by content and settings; WARC pages stay unextracted until a worker."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.distributed import partitions, unknown, work_items
from dateline.distributed.items import item_id, settings_key, to_doc
from dateline.ingest import ReadOptions, doc_from_text
from dateline.ingest.warc import WarcPage


@pytest.mark.parametrize("size,expected", [(3, [3, 3, 1]), (7, [7]), (10, [7]), (1, [1] * 7)])
def test_items_partitions_are_consecutive(story_docs: list[Any], light_settings: Any, size: int,
                                          expected: list[int]) -> None:
    parts = list(partitions(story_docs, size, light_settings))
    assert [len(p.items) for p in parts] == expected
    assert [p.index for p in parts] == list(range(len(expected)))
    assert [d.id for p in parts for d in p.items] == [d.id for d in story_docs]
    assert [p.first for p in parts] == [sum(expected[:i]) for i in range(len(expected))]


def test_items_partition_keys_are_deterministic_and_content_bound(story_docs: list[Any], light_settings: Any) -> None:
    a = [p.key for p in partitions(story_docs, 3, light_settings)]
    b = [p.key for p in partitions(list(story_docs), 3, light_settings)]
    assert a == b and len(set(a)) == len(a)
    changed = list(story_docs)
    changed[0] = doc_from_text(story_docs[0].text + " More.", doc_id=story_docs[0].id)
    assert [p.key for p in partitions(changed, 3, light_settings)][0] != a[0]
    other = light_settings.replace(limits__doc_seconds=1.0)
    assert settings_key(other) != settings_key(light_settings)
    assert [p.key for p in partitions(story_docs, 3, other)] != a


@pytest.mark.parametrize("url", ["https://news.example.net/x"])
def test_items_warc_pages_are_deferred(tmp_path: Path, url: str) -> None:
    body = (b"<html><body><article><p>ROME (Reuters) - Italy's parliament approved the budget on Saturday "
            b"after a long debate, the speaker said.</p></article></body></html>")
    path = tmp_path / "a.warc.gz"
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    items = list(work_items([str(path)], ReadOptions()))
    assert len(items) == 1 and isinstance(items[0], WarcPage)
    doc = to_doc(items[0])
    assert doc.error is None and "budget" in doc.text and doc.id == item_id(items[0])


@pytest.mark.parametrize("chunk", [1, 3, 100])
def test_items_unknown_skips_known_ids_in_chunks(story_docs: list[Any], chunk: int) -> None:
    stored = {"s1", "s4", "s6"}
    asked: list[list[str]] = []

    def known(ids: list[str]) -> set[str]:
        asked.append(ids)
        return stored & set(ids)

    kept = [d.id for d in unknown(story_docs, known, chunk)]
    assert kept == [d.id for d in story_docs if d.id not in stored]
    assert [i for a in asked for i in a] == [d.id for d in story_docs]
    assert max(len(a) for a in asked) == min(chunk, len(story_docs))


@pytest.mark.parametrize("module", ["dateline.distributed", "dateline.feeds"])
def test_items_exported_names_exist(module: str) -> None:
    import importlib

    mod = importlib.import_module(module)
    missing = [n for n in mod.__all__ if not hasattr(mod, n)]
    assert missing == []
