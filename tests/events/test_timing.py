"""Tests for dateline.events.timing: TIMEX3 values to event dates, and the time governing an event."""

from __future__ import annotations

import pytest

from dateline.doc import EventDate, Span, TimeExpr
from dateline.events.timing import narrative_time, own_time, to_date


@pytest.mark.parametrize("value,expected", [
    ("2016-12-09", EventDate("2016-12-09", "2016-12-09", "day")),
    ("2016-03", EventDate("2016-03-01", "2016-03-31", "month")),
    ("2016", EventDate("2016-01-01", "2016-12-31", "year")),
    ("2017-01-23/2017-01-24", EventDate("2017-01-23", "2017-01-24", "day")),
    ("2016-12-11TNI", EventDate("2016-12-11", "2016-12-11", "day")),
    ("PRESENT_REF", EventDate("2020-05-06", "2020-05-06", "day")),
    ("P10M", None),
    ("2016-02-30", None),
    ("2016-13", None),
])
def test_timing_to_date(value: str, expected: EventDate | None) -> None:
    assert to_date(value, "2020-05-06") == expected


@pytest.mark.parametrize("_", [None])
def test_timing_own_time_prefers_the_evidence(parsed_doc, _: None) -> None:
    text = "On May 1 rebels attacked the town. Talks are planned for June."
    doc = parsed_doc(text)
    may = TimeExpr(doc.span(3, 8), "DATE", "2020-05-01", anchor=doc.span(0, 34))
    june = TimeExpr(doc.span(text.index("June"), text.index("June") + 4), "DATE", "2020-06")
    doc.times = [may, june]
    evidence, trigger = doc.span(0, 33), doc.span(text.index("attacked"), text.index("attacked") + 8)
    assert own_time(doc, evidence, trigger, doc.sentences[0]) is may
    later = doc.span(text.index("Talks"), len(text))
    assert own_time(doc, later, doc.span(later.start, later.start + 5), doc.sentences[1]) is june
    assert narrative_time(doc, later.start) == "2020-05-01"
    assert isinstance(may.span, Span)


@pytest.mark.parametrize("line, day", [("KANO, May 2 (Harbor Wire) - ", "Monday"),
                                       ("HAVANA, Jan. 5 (Sample Press) - ", "Sunday")])
def test_timing_own_time_is_never_the_datelines_date(parsed_doc, line: str, day: str) -> None:
    from dateline.doc import Dateline

    text = f"{line}Gunmen attacked a crowded central market in the old town on {day}, police said."
    doc = parsed_doc(text)
    doc.dateline = Dateline(doc.span(0, len(line) - 3))
    filed = TimeExpr(doc.span(text.index(",") + 2, text.index("(") - 1), "DATE", "2020-05-02")
    named = TimeExpr(doc.span(text.index(day), text.index(day) + len(day)), "DATE", "2020-04-27")
    doc.times = [filed, named]
    trigger = doc.span(text.index("attacked"), text.index("attacked") + 8)
    assert own_time(doc, doc.span(0, len(text)), trigger, doc.sentences[0]) is named
