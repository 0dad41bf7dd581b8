"""An event's own date: the time expression governing its clause, as an interval with a precision."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import TYPE_CHECKING

from ..doc import EventDate, Span, TimeExpr

if TYPE_CHECKING:
    from ..doc import Doc

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")
PRESENT = frozenset({"PRESENT_REF"})


def to_date(value: str, published: str | None) -> EventDate | None:
    """The EventDate of a TIMEX3 value: day, month, year, an interval "a/b", or PRESENT_REF (publication)."""
    value = value.strip()
    if value in PRESENT:
        return EventDate(published, published, "day") if published else None
    if "/" in value:
        a, _, b = value.partition("/")
        first, last = to_date(a, published), to_date(b, published)
        if first and last and first.precision == last.precision:
            return EventDate(first.start, last.end, first.precision)
        return first
    m = _DATE.match(value)
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        if d:
            date(int(y), int(mo), int(d))  # raises on impossible days
            return EventDate(f"{y}-{mo}-{d}", f"{y}-{mo}-{d}", "day")
        if mo:
            last = calendar.monthrange(int(y), int(mo))[1]
            return EventDate(f"{y}-{mo}-01", f"{y}-{mo}-{last:02d}", "month")
        return EventDate(f"{y}-01-01", f"{y}-12-31", "year")
    except (ValueError, calendar.IllegalMonthError):
        return None


def datable(t: TimeExpr) -> bool:
    """Whether a time expression names a point or stretch of the calendar (not a duration or a repetition)."""
    return t.type in ("DATE", "TIME") and (bool(_DATE.match(t.value.partition("/")[0])) or t.value in PRESENT)


def own_time(doc: Doc, evidence: Span, trigger: Span, sentence: Span | None) -> TimeExpr | None:
    """The time of an event: one inside its evidence (nearest the trigger), else one whose anchor holds it; never
    the dateline's date, which is when the story was filed ("BEIRUT, May 14 (Reuters) - ... on Saturday")."""
    line = doc.dateline.span if doc.dateline is not None else None
    times = [t for t in doc.times if datable(t) and not (line is not None and line.contains(t.span))]
    inside = [t for t in times if evidence.contains(t.span)]
    if inside:
        return min(inside, key=lambda t: abs(t.span.start - trigger.start))
    anchored = [t for t in times if t.anchor is not None and t.anchor.contains(trigger)
                and (sentence is None or sentence.contains(t.span) or t.anchor.contains(evidence))]
    if anchored:
        return min(anchored, key=lambda t: (t.anchor.end - t.anchor.start if t.anchor else 0,
                                            abs(t.span.start - trigger.start)))
    return None


def narrative_time(doc: Doc, offset: int) -> str | None:
    """The story's current time at an offset: the last datable expression before it in its paragraph or the
    one before."""
    para = doc.paragraph_at(offset)
    lo = 0
    if para is not None:
        i = doc.paragraphs.index(para)
        lo = doc.paragraphs[i - 1].start if i > 0 else para.start
    before = [t for t in doc.times if datable(t) and lo <= t.span.start < offset and t.value not in PRESENT]
    return before[-1].value.partition("/")[0] if before else None
