"""An event's status: asserted, ongoing, historical, future, hypothetical or negated, from syntax and time."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from . import syntax

if TYPE_CHECKING:
    from .frames import Frame

RECENT_DAYS = 7  # a past event dated within a week of publication is the news itself, older ones background


def _day(value: str | None) -> date | None:
    """The first day of an ISO date prefix (YYYY, YYYY-MM or YYYY-MM-DD), or None."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    try:
        y = int(value[:4])
        m = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else 12
        d = int(value[8:10]) if len(value) >= 10 and value[8:10].isdigit() else 28
        return date(y, m, d)
    except ValueError:
        return None


def old(when: str | None, published: str | None) -> bool | None:
    """Whether a date lies more than a week before publication (None when either is unknown)."""
    a, b = _day(when), _day(published)
    if a is None or b is None:
        return None
    return (b - a).days > RECENT_DAYS


def event_status(f: Frame, when: str | None, published: str | None, narrative: str | None) -> str:
    """The status of a frame given its own date (when), the publication date and the story's current time.

    `narrative` is the latest date the story gave before this sentence: an undated past event told after
    "In March 2016" belongs to that time, so it is background too.
    """
    if f.negated:
        return "negated"
    if f.maybe:
        return "hypothetical"
    if f.future:
        return "future"
    verb = syntax.clause_head(f.anchor)
    if syntax.progressive(verb) and (syntax.present(verb) or f.speech is not None):
        return "ongoing" if not old(when, published) else "historical"
    if syntax.present(verb) and verb.tag_ != "VBN":
        return "ongoing"
    is_old = old(when, published)
    if is_old is None and when is None:
        is_old = old(narrative, published)
    if syntax.perfect_past(verb) or is_old:
        return "historical"
    return "asserted"
