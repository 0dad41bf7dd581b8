"""Word tables of temporal English: numbers, units, seasons, parts of day, holidays, and their TIMEX3 codes."""

from __future__ import annotations

import re

UNITS: dict[str, str] = {
    "second": "S", "sec": "S", "minute": "M", "min": "M", "hour": "H", "hr": "H", "day": "D", "night": "D",
    "week": "W", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "yr": "Y", "decade": "E",
    "century": "C", "centurie": "C", "millennium": "L", "millennia": "L", "weekend": "WE",
}
UNIT_MULTIPLIER: dict[str, int] = {"fortnight": 2}
TIME_UNITS = frozenset({"S", "M_time", "H"})  # units written after "PT" in a duration
SECONDS_PER_UNIT = {"S": 1, "M": 60, "H": 3600}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI",
    "daytime": "DT", "midday": "MI", "dawn": "MO", "dusk": "EV",
}
CLOCK_WORDS: dict[str, str] = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "last": -1, "final": -1,
}
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_ONES)} | _TENS | {
    "a": 1, "an": 1, "single": 1, "dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000,
    "couple": 2, "pair": 2}
VAGUE_QUANTITIES = frozenset({"few", "several", "some", "many", "multiple", "various", "numerous", "couple of few"})
DECADE_WORDS: dict[str, int] = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                                "seventies": 7, "eighties": 8, "nineties": 9}

# Fixed-date holidays (month, day); moving ones are computed in values.holiday.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new years day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26), "valentine's day": (2, 14),
    "independence day": (7, 4), "halloween": (10, 31), "veterans day": (11, 11), "armistice day": (11, 11),
    "may day": (5, 1), "bastille day": (7, 14), "st. patrick's day": (3, 17), "all saints' day": (11, 1),
}
MOVING_HOLIDAYS = frozenset({"thanksgiving", "thanksgiving day", "easter", "easter sunday", "good friday",
                             "memorial day", "labor day", "mother's day", "father's day", "election day"})

_SPLIT = re.compile(r"[\s\-]+")


def _ordinal_word(word: str) -> int | None:
    """The value of an ordinal word such as "twenty-first" or "eighth", else None."""
    if word in ORDINALS:
        return ORDINALS[word]
    parts = _SPLIT.split(word)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in ORDINALS and ORDINALS[parts[1]] < 10:
        return _TENS[parts[0]] + ORDINALS[parts[1]]
    return None


def ordinal(text: str) -> int | None:
    """1 for "1st"/"first", 23 for "23rd"/"twenty-third", else None."""
    t = text.strip().lower()
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)?", t)
    if m:
        return int(m[1])
    return _ordinal_word(t)


def number(text: str) -> float | None:
    """The value of a written quantity ("twenty four", "a couple of", "5 1/2", "1.5", "a minute and a half"
    style fragments such as "one and a half"), or None when it is vague ("several") or not a number."""
    t = text.strip().lower().replace(",", "")
    if not t:
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(\d)/(\d))?", t)
    if m:
        value = float(m[1])
        return value + int(m[2]) / int(m[3]) if m[2] and int(m[3]) else value
    half = 0.0
    if t.endswith("and a half") or t.endswith("and one half"):
        half = 0.5
        t = t.rsplit(" and ", 1)[0].strip()
    if t in ("half", "a half", "half a", "half an"):
        return 0.5
    t = re.sub(r"^(?:a|the)\s+(?=couple|pair|dozen)", "", t)
    words = [w for w in _SPLIT.split(t) if w and w not in ("and", "of")]
    if not words or any(w in VAGUE_QUANTITIES for w in words):
        return None
    total, current = 0, 0
    for w in words:
        if w not in NUMBER_WORDS:
            return None
        v = NUMBER_WORDS[w]
        if v in (100, 1000, 1_000_000):
            current = max(current, 1) * v
            if v >= 1000:
                total, current = total + current, 0
        elif v == 12 and w == "dozen":
            current = max(current, 1) * 12
        else:
            current += v
    return total + current + half


def spoken_year(text: str) -> int | None:
    """1996 for "nineteen ninety-six", 2000 for "two thousand", 1905 for "nineteen oh five", else None."""
    t = text.strip().lower()
    parts = [p for p in _SPLIT.split(t) if p]
    if not parts:
        return None
    if parts[:2] == ["two", "thousand"]:
        rest = number(" ".join(parts[2:])) if len(parts) > 2 else 0
        return 2000 + int(rest) if rest is not None and rest < 100 else None
    if parts[0] not in NUMBER_WORDS or not 10 <= NUMBER_WORDS[parts[0]] <= 20:
        return None
    century = NUMBER_WORDS[parts[0]]
    tail = parts[1:]
    if tail and tail[0] in ("oh", "o"):
        tail = tail[1:]
        low = number(" ".join(tail)) if tail else None
        return century * 100 + int(low) if low is not None and low < 10 else None
    if tail == ["hundred"]:
        return century * 100
    low = number(" ".join(tail)) if tail else None
    return century * 100 + int(low) if low is not None and 10 <= low < 100 and low == int(low) else None
