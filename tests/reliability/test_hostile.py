"""Hostile input: every file yields a correct record or an error record with a code, and the batch goes on."""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dateline.errors import CODES, E_BINARY, E_ENCODING, E_NO_ARTICLE, E_TOO_LARGE
from dateline.extract import extract_inputs
from dateline.ingest import doc_from_text
from dateline.record import to_record
from support import assert_offsets

STORY = ("MOGADISHU, March 4 (Sample Wire) - A car bomb exploded outside a hotel in Mogadishu on Sunday, "
         "killing nine people, police said.\n\n\"The explosion destroyed the front of the hotel,\" police officer "
         "Abdullahi Hassan told reporters.")


def _gzip_bomb(path: Path) -> None:
    """A .jsonl.gz of ~100 KB that inflates to a 40 MB single line (twice the input limit), then one good record."""
    with gzip.open(path, "wb", compresslevel=9) as f:
        f.write(b'{"text": "')
        chunk = b"A" * (1 << 20)
        for _ in range(40):
            f.write(chunk)
        f.write(b'"}\n' + json.dumps({"id": "after-bomb", "text": STORY}).encode() + b"\n")


def _nested_html(path: Path) -> None:
    depth = 50_000
    path.write_text("<html><body>" + "<div>" * depth + f"<p>{STORY}</p>" + "</div>" * depth + "</body></html>")


def _write(name: str, data: bytes | str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    return make


# name -> (how to make it, the error codes it may yield; empty: it must come out as a correct record)
HOSTILE: dict[str, tuple[Callable[[Path], None], set[str]]] = {
    "bomb.jsonl.gz": (_gzip_bomb, {E_TOO_LARGE}),
    "nested.html": (_nested_html, {E_NO_ARTICLE}),
    "single-line-10mb.txt": (_write("", "word " * 2_000_000), {E_TOO_LARGE}),
    "nul.txt": (_write("", b"A story\x00 with NUL bytes in it.\n"), {E_BINARY}),
    "latin1.txt": (_write("", "Caf\u00e9 owners in S\u00e3o Paulo protested.".encode("latin-1")), {E_ENCODING}),
    "mixed.txt": (_write("", "Caf\u00e9 ".encode() + "Caf\u00e9".encode("latin-1")), {E_ENCODING}),
    "bom-utf8.txt": (_write("", b"\xef\xbb\xbf" + STORY.encode()), set()),
    "bom-utf16.txt": (_write("", b"\xff\xfe" + STORY.encode("utf-16-le")), set()),
    "rtl.txt": (_write("", "\u202b\u0645\u0631\u062d\u0628\u0627\u202c " + STORY.replace("hotel", "h\u0301otel\u200f")),
                set()),
    "emoji.txt": (_write("", STORY.replace("police said", "police said \U0001f4a5\U0001f469\u200d\U0001f692")), set()),
    "unclosed.txt": (_write("", STORY + "\n\n\u201cThis quotation never closes. " + "It goes on. " * 300), set()),
    "marks.txt": (_write("", STORY + "\n\n" + " ".join(['"', "\u201c", "'", "\u201d", "\u00ab"] * 2000)), set()),
}


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("hostile")
    for name, (make, _) in HOSTILE.items():
        make(d / name)
    (d / "good.txt").write_text(STORY, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def hostile_records(record_pipeline: Any, hostile_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """Every hostile file (and a good one last) through one batch run: records per file name."""
    inputs = [str(hostile_dir / n) for n in HOSTILE] + [str(hostile_dir / "good.txt")]
    t0 = time.monotonic()
    out: dict[str, list[dict[str, Any]]] = {}
    for doc in extract_inputs(inputs, record_pipeline, batch_size=4):
        name = Path((doc.origin or "").split(":")[0]).name
        out.setdefault(name, []).append(to_record(doc))
    out["_seconds"] = [{"seconds": time.monotonic() - t0}]
    return out


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_yields_a_record_or_a_coded_error(hostile_records: dict[str, Any], name: str) -> None:
    recs = hostile_records[name]
    allowed = HOSTILE[name][1]
    assert recs, f"{name} yielded nothing"
    first = recs[0]
    if allowed:
        assert "error" in first and first["error"]["code"] in allowed and first["error"]["code"] in CODES, first
    else:
        assert "error" not in first, first.get("error")
        assert_offsets(first)
        assert "Mogadishu" in first["text"]


def test_hostile_gzip_bomb_goes_on_to_the_next_record(hostile_records: dict[str, Any]) -> None:
    recs = hostile_records["bomb.jsonl.gz"]
    assert [r.get("error", {}).get("code") for r in recs] == [E_TOO_LARGE, None]
    assert recs[1]["id"] == "after-bomb"


def test_hostile_batch_goes_on_and_the_good_file_is_right(hostile_records: dict[str, Any]) -> None:
    good = hostile_records["good.txt"]
    assert len(good) == 1 and "error" not in good[0]
    assert_offsets(good[0])
    assert any(q["text"].startswith("The explosion") for q in good[0]["quotes"])
    assert hostile_records["_seconds"][0]["seconds"] < 300  # no stall (generous: CI shares two cores)


@pytest.mark.parametrize("marks", ['"', "\u201c", "'", "\u201c\u201d"])
def test_hostile_thousands_of_quote_marks_run_in_bounded_time(record_pipeline: Any, marks: str) -> None:
    text = STORY + "\n\n" + (marks + " word ") * 3000
    t0 = time.monotonic()
    doc = record_pipeline(doc_from_text(text))
    assert doc.error is None, doc.error
    assert_offsets(to_record(doc))
    assert time.monotonic() - t0 < 60


@pytest.mark.parametrize("prefix", ["\u0301", "\u200f\u202e", "\U0001f600" * 50, "\u05e9\u05dc\u05d5\u05dd " * 20])
def test_hostile_scripts_keep_offsets_of_the_found_spans(record_pipeline: Any, prefix: str) -> None:
    doc = record_pipeline(doc_from_text(prefix + "\n\n" + STORY))
    record = to_record(doc)
    assert "error" not in record
    assert_offsets(record)
    assert any(p["name"] == "Mogadishu" for p in record["places"])
