"""Property fuzzing of every reader and parser that sees outside data: no crash, no hang, no span outside the text.

Each test bounds its examples and turns the deadline off (the first call may load a model); a hang shows as the
suite's own timeout. Cases hypothesis found are kept below as explicit regression tests.
"""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability.strategies import news_text

from dateline.doc import Doc
from dateline.errors import CODES, InputError
from dateline.ingest import ReadOptions, doc_from_record, normalise_published
from dateline.ingest.decode import decode_text
from dateline.ingest.html import extract_html
from dateline.ingest.sources import read_jsonl_stream
from dateline.quotes.marks import scan
from dateline.quotes.quoted import quotations
from dateline.record import to_record
from dateline.stages.dateline import find_dateline
from dateline.stages.segment import make_segment
from dateline.times.recognise import recognise
from support import assert_offsets

QUICK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOWER = settings(max_examples=25, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)
records = st.one_of(
    json_values,
    st.fixed_dictionaries({}, optional={"id": json_values, "text": st.one_of(news_text(), json_values),
                                        "html": st.one_of(st.text(max_size=40), json_values),
                                        "title": json_values, "url": json_values, "published": json_values}))


def _segmented(text: str) -> Doc:
    """A Doc with its paragraphs (the only stage the pure-text parsers need)."""
    return make_segment(None)(Doc(text=text, id="fuzz"))  # type: ignore[arg-type]


def _check_error_doc(doc: Doc) -> None:
    """An input error Doc carries a known code and a message."""
    assert doc.error is not None and doc.error.code in CODES and doc.error.message


@QUICK
@given(st.binary(max_size=300) | news_text().map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_fuzz_decode_text_returns_text_or_a_coded_input_error(data: bytes) -> None:
    try:
        text = decode_text(data, max_bytes=200)
    except InputError as e:
        assert e.code in CODES
    else:
        assert isinstance(text, str) and text.strip()


@QUICK
@given(st.lists(st.one_of(records.map(lambda r: json.dumps(r).encode()), st.binary(max_size=40)), max_size=8))
def test_fuzz_jsonl_stream_yields_a_doc_or_an_error_per_line(lines: list[bytes]) -> None:
    data = b"\n".join(lines)
    docs = list(read_jsonl_stream(io.BytesIO(data), "fuzz.jsonl", ReadOptions(max_chars=500, max_bytes=300)))
    assert len(docs) <= max(1, data.count(b"\n") + 1)
    for d in docs:
        if d.error is not None:
            _check_error_doc(d)
        else:
            assert d.text.strip() and len(d.text) <= 500


@QUICK
@given(st.binary(max_size=200), st.integers(min_value=0, max_value=400))
def test_fuzz_gzip_jsonl_broken_or_truncated_never_raises(tail: bytes, cut: int) -> None:
    good = b'{"id": "a", "text": "A short story about a town."}\n'
    data = (gzip.compress(good + tail) + tail)[:cut or None]
    stream = gzip.GzipFile(fileobj=io.BytesIO(data))
    for d in read_jsonl_stream(stream, "fuzz.jsonl.gz", ReadOptions(max_bytes=1000)):  # type: ignore[arg-type]
        if d.error is not None:
            _check_error_doc(d)


@QUICK
@given(records)
def test_fuzz_record_becomes_a_doc_or_an_error_doc(rec: Any) -> None:
    doc = doc_from_record(rec, origin="fuzz:1", max_chars=2000)
    if doc.error is not None:
        _check_error_doc(doc)
    else:
        assert doc.text.strip()


@QUICK
@given(st.one_of(json_values, st.from_regex(r"\d{4}-\d{2}-\d{2}(T.{0,12})?", fullmatch=True)))
def test_fuzz_published_date_is_normalised_or_refused(value: Any) -> None:
    try:
        out = normalise_published(value)
    except InputError as e:
        assert e.code in CODES
    else:
        assert out is None or (len(out) == 10 and date.fromisoformat(out))


tags = st.sampled_from(["p", "div", "article", "script", "style", "table", "td", "h1", "title", "meta", "b", "a"])


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Markup: random nesting of tags (some never closed), news text, entities and junk."""
    out = []
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(tags)
        out.append(f"<{tag}>{draw(news_text(max_pieces=12))}")
        if draw(st.booleans()):
            out.append(f"</{tag}>")
        out.append(draw(st.sampled_from(["", "&amp;", "&#0;", "&#x110000;", "<!--", "]]>", "<", "\x00"])))
    return "".join(out)


@SLOWER
@given(html_pages())
def test_fuzz_html_gives_an_article_or_no_article(html: str) -> None:
    try:
        page = extract_html(html)
    except InputError as e:
        assert e.code in CODES
    else:
        assert page.text.strip()


@QUICK
@given(news_text())
def test_fuzz_dateline_parser_spans_stay_in_the_text(text: str) -> None:
    doc = _segmented(text)
    for para in doc.paragraphs:
        assert text[para.start:para.end] == para.text
    found = find_dateline(doc)
    if found is not None:
        for span in (found.span, found.place_span):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text) and text[span.start:span.end] == span.text


@QUICK
@given(news_text(), st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
def test_fuzz_time_normaliser_stays_in_the_text(text: str, dct: date | None) -> None:
    for m in recognise(text, dct):
        assert 0 <= m.start < m.end <= len(text)
        assert m.type in ("DATE", "TIME", "DURATION", "SET")


@QUICK
@given(news_text(max_pieces=120))
def test_fuzz_quote_segmentation_stays_in_the_text(text: str) -> None:
    for m in scan(text, 0, len(text)):
        assert 0 <= m.open_at <= m.start <= m.end <= len(text)
    doc = _segmented(text)
    for q in quotations(doc):
        assert 0 <= q.start <= q.end <= len(text)
        assert all(0 <= s <= e <= len(text) for s, e in q.parts)


@SLOWER
@given(news_text())
def test_fuzz_whole_pipeline_gives_a_valid_record(record_pipeline: Any, text: str) -> None:
    from dateline.ingest import doc_from_text

    if not text.strip():
        return
    doc = record_pipeline(doc_from_text(text))
    assert doc.error is None, doc.error
    assert_offsets(to_record(doc))


@pytest.mark.parametrize("value", ["0000-01-01", "2023-02-31", "2023-13-01", "2023-04-31T10:00:00Z"])
def test_fuzz_regression_impossible_days_are_refused(value: str) -> None:
    # Found by test_fuzz_published_date_is_normalised_or_refused: these passed the month/day range check.
    with pytest.raises(InputError) as e:
        normalise_published(value)
    assert e.value.code == "E_BAD_FIELD"


# Cases found by the fuzzers above (or by hand while writing them), kept as plain regression tests.
REGRESSIONS = [
    "\u201c",  # a lone opening mark
    "\"\n\n\"",  # a quotation open across an empty paragraph
    "MOSCOW, February 7. /TASS/. \u201c",
    "e\u0301\u0301\u0301 said \u05e9\u05dc\u05d5\u05dd \u201cok\u201d",
    "\ufeffBEIRUT (Reuters) - \U0001f469\u200d\U0001f52c said \u00abyes\u00bb",
    "''''''''''''''''''''''''''''''",
    "\u202eSyria\u202c attacked on March 3\x00.",
    "January 2017 ' \" \u2019 January",
]


@pytest.mark.parametrize("text", REGRESSIONS)
def test_fuzz_regressions_give_valid_records(record_pipeline: Any, text: str) -> None:
    from dateline.ingest import doc_from_text

    doc = record_pipeline(doc_from_text(text))
    assert doc.error is None, doc.error
    record = to_record(doc)
    assert record["text"] == text
    assert_offsets(record)
