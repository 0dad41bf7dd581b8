"""Casualty figures stated in an evidence sentence ("killing at least 12", "five people were wounded")."""

from __future__ import annotations

import re

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_WORDS |= {"a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100}
_NUMBER = (r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|(?:%s)(?:[- ](?:%s))?|a dozen|dozen|a hundred|hundred)"
           % ("|".join(_TENS + _UNITS[::-1]), "|".join(_UNITS[1:10])))
_KILLED = r"(?:killed|dead|died|deaths?|killing|slain|fatalities|lives|bodies|massacred|executed)"
_INJURED = r"(?:injured|wounded|hurt|injuring|wounding|casualties)"
_GAP = r"(?:[^\w,;]+(?!and\b|but\b|while\b|\d)\w+){0,4}?[^\w,;]+"  # up to four words between the figure and the word ("12 civilians were killed")


def _patterns(verb: str) -> list[re.Pattern[str]]:
    return [re.compile(r"\b" + _NUMBER + _GAP + verb + r"\b", re.I),
            re.compile(r"\b" + verb + r"\W+(?:at least |more than |some |about |nearly |over |up to )?"
                       + _NUMBER + r"\b", re.I),
            re.compile(r"\b(?:death toll|toll)\W+(?:\w+\W+){0,10}?(?:to |at |of |reached |hit )" + _NUMBER + r"\b", re.I)
            if verb == _KILLED else re.compile(r"(?!x)x")]


_KILLED_RES = _patterns(_KILLED)
_INJURED_RES = _patterns(_INJURED)


def number_value(token: str) -> int | None:
    """The integer a figure stands for ("1,200", "twenty-three", "a dozen"), or None."""
    t = token.lower().replace(",", "")
    if t.isdigit():
        return int(t)
    if t in _WORDS:
        return _WORDS[t]
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _WORDS:
        return _WORDS[parts[0]] + _WORDS[parts[1]]
    return None


def _largest(text: str, patterns: list[re.Pattern[str]]) -> int | None:
    values = [v for p in patterns for m in p.finditer(text) if (v := number_value(m.group("n"))) is not None
              and v < 1_000_000 and not _is_year(m.group("n"))]
    return max(values) if values else None


def _is_year(token: str) -> bool:
    return token.isdigit() and len(token) == 4 and 1900 <= int(token) <= 2100


def casualties(text: str | None) -> tuple[int | None, int | None]:
    """(killed, injured) stated in the text; None where it states none."""
    if not text:
        return None, None
    return _largest(text, _KILLED_RES), _largest(text, _INJURED_RES)
