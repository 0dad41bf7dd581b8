"""The rule framework: a rule is a pattern and a resolver; the context resolves relative times against a reference."""

from __future__ import annotations

from collections.abc import Callable
import re
from dataclasses import dataclass, field
from datetime import date

from .grammar import compile_rule
from .values import Period

PAST, PRESENT, FUTURE = "PAST", "PRESENT", "FUTURE"
TenseFn = Callable[[int, int], "str | None"]


@dataclass(frozen=True, slots=True)
class Found:
    """What a rule made of a match: TIMEX3 type and value, optional mod, and the period it denotes."""

    type: str
    value: str
    mod: str | None = None
    period: Period | None = None  # set for calendar periods: they become the reference for what follows
    start: int | None = None  # a narrower span than the match, when the rule says so
    end: int | None = None
    refer: bool = True  # False for periods derived from the reference ("a year earlier"): they do not replace it


@dataclass(slots=True)
class Context:
    """What resolving a relative expression needs: the publication date, tense, and earlier references."""

    dct: date | None
    text: str
    tense_of: TenseFn | None = None
    last: Period | None = None  # the latest calendar period mentioned
    last_at: int = -1  # where its mention ends
    last_from: int = -1  # where its mention starts
    by_gran: dict[str, tuple[Period, int]] = field(default_factory=dict)
    anchored: bool = False  # True inside the dateline, whose date is the publication date
    match_start: int = 0  # where the whole expression being resolved starts ("until [9 a.m. Tuesday]")

    def tense(self, start: int, end: int) -> str | None:
        """PAST, PRESENT, FUTURE or None: the tense of the verb governing text[start:end]."""
        return self.tense_of(start, end) if self.tense_of else None

    def on_past_verb(self, start: int, end: int) -> bool:
        """True when the parse shows text[start:end] modifying a verb written in the past (False without one)."""
        found = getattr(self.tense_of, "on_past_verb", None)
        return bool(found(start, end)) if found is not None else False

    def remember(self, period: Period | None, at: int, start: int = -1) -> None:
        """Record a mentioned period (its mention ending at `at`) as the reference for anaphoric expressions."""
        if period is None or period.year is None:
            return
        self.last, self.last_at, self.last_from = period, at, start
        self.by_gran[period.gran] = (period, at)

    def recent(self, gran: str, at: int, window: int = 1500) -> Period | None:
        """The latest period of this granularity mentioned within `window` characters before `at`."""
        found = self.by_gran.get(gran)
        return found[0] if found and at - found[1] <= window else None


Resolver = Callable[[re.Match[str], Context], "Found | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern with its resolver; ties between equally long matches go to the earlier rule."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    order: int  # lower wins among equally long matches
    needs: tuple[str, ...]  # trigger categories (see triggers.py) without which the rule cannot match


RULES: list[Rule] = []


def rule(name: str, pattern: str, needs: str, first: bool = False) -> Callable[[Resolver], Resolver]:
    """Register a resolver for matches of the pattern (compiled case-insensitively), tried only near
    trigger words of the categories in `needs` (space-separated); `first` rules win ties."""

    def register(fn: Resolver) -> Resolver:
        RULES.append(Rule(name, compile_rule(pattern), fn, len(RULES) - (10_000 if first else 0),
                          tuple(needs.split())))
        return fn

    return register
