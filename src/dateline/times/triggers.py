"""Where rules are worth trying: one pass over the words finds trigger words (months, units, "now"...),
and each rule runs only in windows around the triggers it needs instead of over the whole text."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .grammar import MONTH_NAMES, WEEKDAY_NAMES
from .lexicon import DECADE_WORDS, FIXED_HOLIDAYS, MOVING_HOLIDAYS, NUMBER_WORDS, SEASONS

_WORD = re.compile(r"[A-Za-z]+|\d+")
BEFORE, AFTER = 70, 70  # characters around a trigger a rule may reach (modifiers, "of 1990", "ended Sept. 30")

_UNITS = ("second seconds sec secs minute minutes min mins hour hours hr hrs day days night nights week weeks "
          "weekend weekends fortnight fortnights month months quarter quarters year years yr yrs decade decades "
          "century centuries millennium millennia")
_VAGUE = ("now nowadays currently presently present moment current recently recent lately formerly past future "
          "term coming upcoming ahead someday ago time days later while period point")
_SETS = ("every each per daily weekly monthly yearly annually hourly nightly biweekly fortnightly bimonthly "
         "semiannually semi biannually once twice thrice times")
_PARTS = "morning afternoon evening night nights overnight tonight hours midday noon midnight daytime dawn dusk"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """Lower-cased trigger word -> the categories it triggers."""
    table: dict[str, set[str]] = defaultdict(set)

    def add(category: str, words: object) -> None:
        for w in words:  # type: ignore[attr-defined]
            table[str(w).lower()].add(category)

    add("month", [m for name in MONTH_NAMES for m in (name, name[:3])] + ["sept", "febr"])
    add("weekday", [w for name in WEEKDAY_NAMES for w in (name, name + "s", name[:3])] +
        ["tues", "thur", "thurs"])
    add("unit", _UNITS.split())
    add("vague", _VAGUE.split())
    add("set", _SETS.split())
    add("part", _PARTS.split())
    add("clock", ["noon", "midnight", "midday", "clock", "m", "am", "pm", "gmt", "utc", "est", "edt", "pst", "pdt",
                  "cst", "cdt"])
    add("season", list(SEASONS) + [s + "s" for s in SEASONS])
    add("decade", DECADE_WORDS)
    add("century", ["century", "centuries"])
    add("spoken", ["nineteen", "eighteen", "twenty", "thousand"])
    add("quarter", ["quarter", "quarters", "q", "half", "period", "periods"])
    add("deictic", ["today", "yesterday", "tomorrow", "tonight"])
    add("holiday", {h.split()[0].replace("'s", "").replace(".", "") for h in
                    list(FIXED_HOLIDAYS) + list(MOVING_HOLIDAYS)} | {"new", "eve"})
    add("numword", [w for w in NUMBER_WORDS if len(w) > 2])
    add("yearword", ["year", "years", "yr", "yrs"])
    add("weekword", ["week"])
    add("fraction", ["half", "quarter"])
    add("agoword", ["ago", "hence", "now", "today"])
    add("offsetword", ["earlier", "later", "before", "after", "afterward", "afterwards"])
    return {w: frozenset(c) for w, c in table.items()}


def hits(text: str) -> dict[str, list[tuple[int, int]]]:
    """Offsets of trigger words by category (digits count as "number")."""
    table = lexicon()
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    size = len(text)
    for m in _WORD.finditer(text):
        word = m.group()
        span = m.span()
        if word[0].isdigit():
            found["number"].append(span)
            nxt = text[span[1]] if span[1] < size else ""
            if nxt == ":":
                found["clock"].append(span)
            elif nxt in ("s", "'", "’"):
                found["decade"].append(span)
            if len(word) == 4 and word[0] in "12":
                found["year4"].append(span)
            continue
        cats = table.get(word.lower())
        if cats:
            for c in cats:
                if c != "holiday" or word[0].isupper():
                    found[c].append(span)
    return found


def windows(found: dict[str, list[tuple[int, int]]], needs: tuple[str, ...], text: str) -> list[tuple[int, int]]:
    """Merged character windows around the triggers of the given categories, cut at white space."""
    spans = sorted(s for c in needs for s in found.get(c, ()))
    out: list[list[int]] = []
    size = len(text)
    for s, e in spans:
        ws, we = max(0, s - BEFORE), min(size, e + AFTER)
        if out and ws <= out[-1][1]:
            out[-1][1] = max(out[-1][1], we)
        else:
            out.append([ws, we])
    for w in out:
        end = w[1]
        while end < size and not text[end].isspace():
            end += 1
        w[1] = end
    return [(s, e) for s, e in out]
