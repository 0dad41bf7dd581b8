"""Coverage-guided fuzzing (atheris, libFuzzer) of the pure-Python parsers that see outside data.

    python benchmarks/fuzz_atheris.py [-max_total_time=60] [-runs=N] [CORPUS_DIR...]

One input drives every parser without a model: bytes to text (decode), a JSON Lines stream, a JSON record, the
publication date, paragraph segmentation, the dateline, the time normaliser and quote marks. A crash is an
exception other than the coded InputError, a hang is libFuzzer's -timeout, and a span outside the text is an
AssertionError. Found inputs go to crash-* files: keep each as a regression test in tests/reliability/test_fuzz.py.
"""

from __future__ import annotations

import io
import sys
from datetime import date

import atheris

with atheris.instrument_imports(include=["dateline"]):  # only our code: instrumenting spaCy takes minutes
    from dateline.doc import Doc
    from dateline.errors import CODES, InputError
    from dateline.ingest import ReadOptions, doc_from_record, normalise_published
    from dateline.ingest.decode import decode_text
    from dateline.ingest.sources import read_jsonl_stream
    from dateline.quotes.marks import scan
    from dateline.quotes.quoted import quotations
    from dateline.stages.dateline import find_dateline
    from dateline.stages.segment import make_segment
    from dateline.times.recognise import recognise

SEGMENT = make_segment(None)  # type: ignore[arg-type]
OPTIONS = ReadOptions(max_chars=20_000, max_bytes=20_000)


def check_text(text: str) -> None:
    """Every text parser on one text; spans must stay inside it."""
    doc = SEGMENT(Doc(text=text, id="fuzz"))
    for para in doc.paragraphs:
        assert text[para.start:para.end] == para.text
    found = find_dateline(doc)
    if found is not None:
        assert text[found.span.start:found.span.end] == found.span.text
    for m in recognise(text, date(2024, 1, 15)):
        assert 0 <= m.start < m.end <= len(text)
    for m in scan(text, 0, len(text)):
        assert 0 <= m.start <= m.end <= len(text)
    for q in quotations(doc):
        assert 0 <= q.start <= q.end <= len(text)


def one_input(data: bytes) -> None:
    """The libFuzzer entry point."""
    for d in read_jsonl_stream(io.BytesIO(data), "fuzz.jsonl", OPTIONS):
        assert d.error is None or d.error.code in CODES
        if d.error is None:
            check_text(d.text)
    try:
        text = decode_text(data, OPTIONS.max_bytes)
    except InputError as e:
        assert e.code in CODES
        return
    check_text(text)
    try:
        normalise_published(text[:40])
    except InputError:
        pass
    doc = doc_from_record({"text": text, "published": text[:10]}, origin="fuzz", max_chars=OPTIONS.max_chars)
    assert doc.error is None or doc.error.code in CODES


def main() -> None:
    """Run libFuzzer with the command-line options."""
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
