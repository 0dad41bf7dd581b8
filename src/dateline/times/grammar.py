"""Regular-expression building blocks of temporal English, composed by the rules (names, numbers, units)."""

from __future__ import annotations

import re

from .lexicon import DECADE_WORDS, FIXED_HOLIDAYS, MOVING_HOLIDAYS, NUMBER_WORDS, ORDINALS


def alt(words: object) -> str:
    """A non-capturing alternation of words (longest first), spaces matching any white space."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


def cased(words: list[str]) -> str:
    """A case-sensitive alternation accepting Title case and UPPER case forms of each word."""
    forms = set(words) | {w.upper() for w in words}
    return "(?-i:" + alt(forms)[3:]


L = r"(?<![\w'’$£€#@/])(?<!\d[,.])"  # left edge: not inside a word, number ("1,000"), handle or path
R = r"(?![\w'’])"  # right edge: not inside a word (possessive 's is allowed by the rules that want it)
S = r"[\s\u00a0]+"  # white space between words
HY = r"(?:[\s\u00a0]*[-‐‑–][\s\u00a0]*|[\s\u00a0]+)"  # a hyphen or a space: "ten-month", "ten month"

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
MONTH_FULL = cased(MONTH_NAMES)
# Abbreviations need their period, or a number right after them ("Sept 30"), to be months.
MONTH_ABBR = (r"(?-i:Jan|Feb|Febr|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|"
              r"OCT|NOV|DEC)(?:\.|(?=[\s\u00a0]+\d))")
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"

WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY = rf"(?:{cased(WEEKDAY_NAMES)}|(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)"
WEEKDAYS_PLURAL = cased([w + "s" for w in WEEKDAY_NAMES])

_DAY_ORDINALS = [w for w, v in ORDINALS.items() if 1 <= v <= 31]
_DAY_ORDINALS += [f"{t}{sep}{o}" for t in ("twenty", "thirty") for o in
                  ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
                  for sep in ("-", " ") if not (t == "thirty" and o not in ("first",))]
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[.,:]\d)"
DAYWORD = alt(_DAY_ORDINALS)
DAY = rf"(?:{DAYNUM}|{DAYWORD}(?![-\w]))"

YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d%]|[.,:]\d|[-‐–]\d)"
_NUMW = alt([w for w in NUMBER_WORDS if w not in ("a", "an", "couple", "pair", "single", "million")])
NUMW = _NUMW
SPOKEN_YEAR = (r"(?:(?:nineteen|eighteen|twenty)[\s-]+(?:(?:oh|o)[\s-]+)?"
               r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|"
               r"seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
               r"nineteen|one|two|three|four|five|six|seven|eight|nine|hundred)"
               r"|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?![\w-])")

# Quantities before a unit: digits, number words, "a couple of", vague "several".
NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:[\s\u00a0]+\d/\d)?|"
          rf"{_NUMW}(?:[\s-]+(?:and[\s-]+)?{_NUMW})*(?:[\s-]+and[\s-]+(?:a|one)[\s-]+half)?)")
VAGUE = r"(?:(?:a\s+)?couple\s+of|a\s+few|a\s+number\s+of|a\s+dozen|dozens\s+of|several|few|some|many)"
ARTICLE = r"(?:a|an|one)(?:\s+and\s+a\s+half)?"
QUANT = rf"(?:{NUMBER}|{VAGUE}|{ARTICLE})"

UNIT_SINGULAR = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|millennium)"
UNIT = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|"
        r"centuries|millennium|millennia|hrs?|mins?|yrs?)")
UNIT_PLURAL = r"(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries|millennia)"
CAL_UNIT = r"(?:week|weekend|month|quarter|year|decade|century)"

SEASON = r"(?:spring|summer|fall|autumn|winter)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
DECADE_WORD = alt(DECADE_WORDS)
HOLIDAY = "(?-i:" + alt(" ".join(w[:1].upper() + w[1:] for w in h.split()) for h in
                       list(FIXED_HOLIDAYS) + list(MOVING_HOLIDAYS))[3:]

# Modifiers that stay inside the expression (TIMEX3 mod attribute).
PRE_POINT = (r"(?:(?P<pmod>the\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder|first\s+half|"
             r"second\s+half|latter\s+part|early\s+part|later\s+part)\s+of|"
             r"(?:the\s+)?(?:early|late|mid|middle)|around|about|approximately|roughly|"
             r"as\s+early\s+as|as\s+late\s+as|no\s+later\s+than|no\s+earlier\s+than|"
             r"earlier|later)(?:[\s\u00a0]+|-[\s\u00a0]*))?")
PRE_AMOUNT = (r"(?:(?P<amod>more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around|approximately|roughly|"
              r"some|up\s+to|no\s+more\s+than|no\s+less\s+than|at\s+least|at\s+most|"
              r"(?:just\s+|well\s+)?(?:over|under)(?!\s+(?:the|a|an|its|their|his|her|our|this|that)\b)|"
              r"barely|only|just|close\s+to|upwards\s+of)\s+)?")

MODS = {
    "end": "END", "close": "END", "late": "END", "latter part": "END", "later part": "END", "second half": "END",
    "beginning": "START", "start": "START", "early": "START", "early part": "START", "first half": "START",
    "turn": "START", "middle": "MID", "mid": "MID",
    "around": "APPROX", "about": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "close to": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "well over": "MORE_THAN", "upwards of": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "under": "LESS_THAN", "just under": "LESS_THAN", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "barely": "LESS_THAN", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "as early as": "ON_OR_AFTER",
    "no earlier than": "ON_OR_AFTER", "as late as": "ON_OR_BEFORE", "no later than": "ON_OR_BEFORE",
}


def mod_of(phrase: str | None) -> str | None:
    """The TIMEX3 mod of a modifier phrase ("the end of" -> END, "nearly" -> LESS_THAN), else None."""
    if not phrase:
        return None
    p = re.sub(r"\s+", " ", phrase.lower()).strip(" -")
    p = re.sub(r"^the (very )?", "", p)
    p = re.sub(r" of$", "", p)
    return MODS.get(p)


def compile_rule(pattern: str) -> re.Pattern[str]:
    """A rule pattern compiled case-insensitively (names inside are case-sensitive by construction)."""
    return re.compile(pattern, re.IGNORECASE)
