"""The times layer of a Doc: publication date, dateline date, and unparsed documents."""

from __future__ import annotations

import pytest

from dateline.doc import Dateline, Doc
from dateline.times.extract import find_times, publication_date

from ..conftest import assert_offsets


def _doc(text: str, published: str | None, dateline: tuple[int, int, str] | None = None) -> Doc:
    """A hand-built document with one sentence per paragraph line and no parse."""
    doc = Doc(text=text, id="x", published=published)
    doc.paragraphs = [doc.span(0, len(text))]
    doc.sentences = [doc.span(0, len(text))]
    if dateline:
        s, e, date_text = dateline
        doc.dateline = Dateline(span=doc.span(s, e), place="MOSCOW", date=date_text, agency="TASS")
    return doc


@pytest.mark.parametrize(("published", "expected"), [
    ("2017-02-07", "2017-02-07"), ("2017-02-07T10:00:00Z", "2017-02-07"), (None, None), ("garbage", None),
])
def test_extract_publication_date(published: str | None, expected: str | None) -> None:
    d = publication_date(_doc("x", published))
    assert (d.isoformat() if d else None) == expected


def test_extract_dateline_date_is_the_publication_date() -> None:
    text = "MOSCOW, February 7. /TASS/. The envoy spoke on December 9 about the war."
    doc = _doc(text, "2017-02-07", (0, 27, "February 7"))
    times = find_times(doc)
    assert [(t.span.text, t.value) for t in times][:1] == [("February 7", "2017-02-07")]
    doc.times = times
    assert_offsets(doc.to_record())


def test_extract_without_publication_date_values_are_underspecified() -> None:
    doc = _doc("Rebels attacked on December 9 and again yesterday; in March 2016 they had left.", None)
    values = {t.span.text: t.value for t in find_times(doc)}
    assert values == {"December 9": "XXXX-12-09", "yesterday": "XXXX-XX-XX", "March 2016": "2016-03"}


def test_extract_every_time_has_an_anchor_containing_it() -> None:
    doc = _doc("On Monday the army attacked. Talks resume next week.", "2017-02-07")
    for t in find_times(doc):
        assert t.anchor is not None and t.anchor.start <= t.span.start and t.span.end <= t.anchor.end
