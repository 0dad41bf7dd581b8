"""The documented limits (RELIABILITY.md) are configurable and yield an error record, never a stall."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from dateline import registry
from dateline.config import load_settings
from dateline.doc import Doc
from dateline.errors import E_TIMEOUT, E_TOO_LARGE, PipelineError
from dateline.extract import extract_inputs
from dateline.ingest import doc_from_text
from dateline.nlp import parses
from dateline.pipeline import Pipeline
from dateline.record import to_record
from support import assert_offsets

STORY = "KAMPALA, May 7 (Sample Wire) - Police arrested twelve protesters on Tuesday, a spokesman said."


@registry.stage("_test_limits_nap", requires=["paragraphs"], assigns=["_limits_napped"])
def _make_nap(settings: object) -> Callable[[Doc], Doc]:
    """Sleeps on documents that say NAP, as a stage stuck on one document would."""

    def nap(doc: Doc) -> Doc:
        if "NAP" in doc.text:
            for _ in range(100):  # Python-level work, as a stuck stage does (one long native sleep is not)
                time.sleep(0.05)
        return doc

    return nap


def _codes(pipe: Pipeline, inputs: list[str]) -> list[str | None]:
    return [d.error.code if d.error else None for d in extract_inputs(inputs, pipe)]


@pytest.mark.parametrize("limit,size,expected", [(200, 150, None), (200, 250, E_TOO_LARGE)])
def test_limits_max_chars_gives_too_large_and_the_batch_goes_on(tmp_path: Path, limit: int, size: int,
                                                                  expected: str | None) -> None:
    big, good = tmp_path / "big.txt", tmp_path / "good.txt"
    big.write_text(("word " * size)[:size], encoding="utf-8")
    good.write_text(STORY, encoding="utf-8")
    pipe = Pipeline(load_settings(limits__max_chars=limit), stages=["segment", "dateline"])
    assert _codes(pipe, [str(big), str(good)]) == [expected, None]


@pytest.mark.parametrize("limit", [100])
def test_limits_max_input_bytes_for_files_and_jsonl_lines(tmp_path: Path, limit: int) -> None:
    (tmp_path / "big.txt").write_text("word " * 40, encoding="utf-8")
    (tmp_path / "in.jsonl").write_text('{"text": "' + "word " * 40 + '"}\n{"text": "A short story."}\n',
                                       encoding="utf-8")
    env = {"DATELINE_LIMITS_MAX_INPUT_BYTES": str(limit)}  # the environment sets limits too
    pipe = Pipeline(load_settings(env=env), stages=["segment", "dateline"])
    assert _codes(pipe, [str(tmp_path / "big.txt"), str(tmp_path / "in.jsonl")]) == [E_TOO_LARGE, E_TOO_LARGE,
                                                                                       None]


@pytest.mark.parametrize("limit", [400])
def test_limits_max_line_chars_cuts_a_single_huge_line(limit: int) -> None:
    text = STORY + " " + " ".join(["and then the crowd moved on"] * 200)  # ~5,600 characters, one line
    pipe = Pipeline(load_settings(limits__max_line_chars=limit, pipeline__on_error="raise"))
    doc = pipe(doc_from_text(text))
    pieces = parses(doc)
    assert len(pieces) > 1 and all(len(p.sdoc.text) <= limit for p in pieces)
    assert_offsets(to_record(doc))


@pytest.mark.parametrize("budget", ["0.3"])
def test_limits_doc_seconds_from_a_config_file_gives_timeout(tmp_path: Path, budget: str) -> None:
    config = tmp_path / "limits.toml"
    config.write_text(f"[limits]\ndoc_seconds = {budget}\n", encoding="utf-8")
    for name, text in (("a.txt", STORY), ("b.txt", "NAP " + STORY), ("c.txt", STORY)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    pipe = Pipeline(load_settings(config), stages=["segment", "_test_limits_nap"])
    t0 = time.monotonic()
    assert _codes(pipe, [str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")]) == [None, E_TIMEOUT, None]
    assert time.monotonic() - t0 < 3.0  # interrupted, not waited out


@pytest.mark.parametrize("mode", ["never", ""])
def test_limits_watchdog_mode_is_checked_at_assembly(mode: str) -> None:
    with pytest.raises(PipelineError, match="limits.watchdog"):
        Pipeline(load_settings(limits__watchdog=mode), stages=["segment"])


@pytest.mark.parametrize("name", ["limits.max_chars", "limits.max_input_bytes", "limits.max_line_chars",
                                  "limits.doc_seconds", "limits.watchdog"])
def test_limits_are_documented(name: str) -> None:
    from support import ROOT

    assert f"`{name}`" in (ROOT / "RELIABILITY.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("budget", [0.3])
def test_limits_doc_seconds_in_the_api_worker_thread_gives_503(tmp_path: Path, budget: float) -> None:
    import httpx
    from api.server import TOKEN, live_server

    from dateline.api import ServeSettings, Services

    settings = ServeSettings(db=str(tmp_path / "api.duckdb"), token=TOKEN)
    pipe = Pipeline(load_settings(limits__doc_seconds=budget, pipeline__on_error="record"),
                    stages=["segment", "_test_limits_nap"])
    with live_server(settings, Services(settings, pipeline=pipe)) as live, \
            httpx.Client(base_url=live.url, timeout=60, trust_env=False) as client:
        t0 = time.monotonic()
        stuck = client.post("/api/extract", json={"text": "NAP " + STORY})
        assert time.monotonic() - t0 < 4.0  # the worker thread was interrupted, not waited out
        assert stuck.status_code == 503 and stuck.json()["error"]["code"] == E_TIMEOUT
        fine = client.post("/api/extract", json={"text": STORY})
        assert fine.status_code == 200 and fine.json()["text"] == STORY
