"""Rules for durations ("ten-months-long" -> P10M, "48 hours" -> PT48H) and offsets ("two days ago")."""

from __future__ import annotations

import re
from datetime import timedelta

from .grammar import L, NUMBER, PRE_AMOUNT, QUANT, S, UNIT, UNIT_PLURAL, mod_of
from .lexicon import UNIT_MULTIPLIER, UNITS, number
from .resolve import direction
from .rules import Context, Found, rule
from .values import Period, ago, day, period_of, shift, timex

# Smaller unit and factor used to write fractional amounts ("a year and a half" -> P18M).
_SMALLER = {"Y": ("M", 12), "C": ("Y", 100), "L": ("Y", 1000), "Q": ("M", 3), "W": ("D", 7), "D": ("H", 24),
            "H": ("MIN", 60), "MIN": ("S", 60)}
_TIME_CODES = frozenset({"H", "MIN", "S"})
_GRAN = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "E": "decade", "C": "century",
         "L": "millennium"}
# Words before "a year" / "a week" that make it a rate ("$5 million a year", "twice a week") rather than a span.
_RATE_BEFORE = re.compile(r"(?:\d|%|percent|times|twice|once|thrice|million|billion|thousand|hundred|dozen|"
                          r"[a-z]{2,}s)[\s\u00a0-]*$", re.IGNORECASE)
# "a quarter of government staff" is a fraction; "the third quarter of 1990" is a time.
_FRACTION_OF = re.compile(r"[\s\u00a0]+of[\s\u00a0]+(?!(?:fiscal[\s\u00a0]+)?(?:1[89]|20)\d\d\b|(?:this|last|next|the)"
                          r"[\s\u00a0]+year\b)", re.IGNORECASE)
_MODALS = frozenset("will would could may might can shall should must to".split())
_SPAN_CUES = frozenset("for in within over after than about nearly almost around lasted last lasts lasting take "
                       "takes took spent spend spending up least only just barely past next first some of "
                       "another additional extra".split())


def unit_code(word: str) -> str | None:
    """The TIMEX3 unit code of a unit word: Y, M, W, D, H, MIN (minutes), S, Q, E, C, L."""
    w = word.lower().rstrip(".")
    if w in ("minute", "minutes", "min", "mins"):
        return "MIN"
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("s") and w[:-1] in UNITS:
        w = w[:-1]
    code = UNITS.get(w)
    return None if code is None or code == "WE" else code


def duration_value(amount: float | None, code: str) -> str:
    """A TIMEX3 duration: P3Y, PT48H, P2Y6M for 2.5 years, PT1M30S, P20Y for two decades, PXY when vague."""
    if code == "E":
        code, amount = "Y", None if amount is None else amount * 10
    if amount is None:
        return f"PTX{'M' if code == 'MIN' else code}" if code in _TIME_CODES else f"PX{code}"
    whole = int(amount)
    parts = [(whole, code)] if whole else []
    rest = amount - whole
    if rest and code in _SMALLER:
        small, factor = _SMALLER[code]
        extra = rest * factor
        if extra == int(extra):
            parts.append((int(extra), small))
            rest = 0
    if rest or not parts:
        parts = [(amount, code)]
    date_part = "".join(_n(n) + c for n, c in parts if c not in _TIME_CODES)
    time_part = "".join(_n(n) + ("M" if c == "MIN" else c) for n, c in parts if c in _TIME_CODES)
    return "P" + date_part + ("T" + time_part if time_part else "")


def _n(n: float) -> str:
    """A number as written in a duration: 3, 1.5."""
    return str(int(n)) if n == int(n) else f"{n:g}"


def _amount(q: str | None) -> float | None:
    """The number of a quantity phrase; None when vague ("several")."""
    if q is None:
        return None
    return number(q.replace("-", " "))


@rule("duration", rf"{L}{PRE_AMOUNT}(?:(?P<det>the|these|those|its|their|his|her|our|the{S}(?:past|last|next|first|"
                  rf"final|previous|following|coming|remaining|latest|entire|full|whole|initial|subsequent|other|"
                  rf"same|preceding|ensuing)|a|an|another|an{S}additional|an{S}extra|each{S}of{S}the{S}"
                  rf"(?:past|last|next))(?:{S}|-))?"
                  rf"(?P<q>{QUANT})(?:{S}(?:to|or){S}(?P<q1b>{NUMBER})|[\s\u00a0]*[-–][\s\u00a0]*(?P<q1c>\d+))?"
                  rf"(?:{S}(?:more|additional|extra|further|straight|consecutive|successive|full|trading|business|"
                  rf"working|calendar|school|long))?[\s\u00a0-]+(?P<u>{UNIT})(?P<half>{S}and{S}a{S}half)?"
                  rf"(?:(?P<tail>[\s\u00a0]*-[\s\u00a0]*(?:long|old|plus)|{S}(?:long|old)(?!\w))|"
                  rf"(?P<alt>{S}(?:or|to){S}(?P<q2>{QUANT})[\s\u00a0-]+(?P<u2>{UNIT})))?(?!\w)", "unit")
def duration(m: re.Match[str], ctx: Context) -> Found | None:
    """A length of time: "three years", "the past two months", "a minute and a half"; not ages ("48-year-old")."""
    code = unit_code(m["u"])
    if code is None:
        return None
    tail = (m["tail"] or "").lower()
    if "old" in tail:
        return None  # ages are not times
    if re.match(r"-to-", ctx.text[m.end():m.end() + 4], re.IGNORECASE):
        return None  # "a day-to-day basis"
    qtext = m["q"].lower()
    unit_word = m["u"].lower()
    if unit_word.startswith("second") and qtext in ("a", "an", "one") and not m["det"]:
        return None  # "a second term"
    if unit_word.startswith("quarter") and re.match(r"[\s\u00a0]+of\b", ctx.text[m.end():m.end() + 5]):
        if _amount(m["q"]) is not None and _FRACTION_OF.match(ctx.text, m.end()):
            return None  # "three quarters of the vote"
        if not _FRACTION_OF.match(ctx.text, m.end()):
            return None  # "the first two quarters of 1990" is a period
    if qtext in ("a", "an", "one") and (unit_word.endswith("s") or unit_word == "centuries"):
        return None  # "a decades-long insurgency" is not one decade
    if unit_word in ("night", "nights") and qtext in ("a", "an"):
        return None
    amount = _amount(m["q"])
    if amount is not None and amount >= 1000 and not unit_word.endswith("s"):
        return None  # "the 1988 quarter" is a period, not 1,988 quarters
    if amount is not None:
        amount *= UNIT_MULTIPLIER.get(unit_word.rstrip("s"), 1)
        if m["half"]:
            amount += 0.5
    det = re.sub(r"\s+", " ", (m["det"] or "").lower())
    amod = mod_of(m["amod"])
    if qtext in ("a", "an") and not det and not m["amod"] and _is_rate(m, ctx):
        return None  # "$5 million a year", "four flights a week": an amount per unit of time, not a time
    if qtext in ("one", "some") and code == "D" and not det and _word_before(ctx.text, m.start()) in _MODALS:
        return Found("DATE", "FUTURE_REF")  # "will one day be"
    if _word_before(ctx.text, m.start()) == "in" and not det and not m["amod"] and amount is not None \
            and code in _GRAN and ctx.dct is not None and direction(ctx, m.start(), m.end()) > 0:
        p = _later(ctx, amount, code)
        if p is not None:
            return Found("DATE", timex(p), None, p)
    value = duration_value(amount, code)
    narrow = det in ("a", "an", "his", "her", "its", "their", "our") and not m["amod"] and \
        not re.match(r"(?:couple|few|dozen)", qtext)
    start = m.start("q") if narrow else None  # "a [five year] low"
    return Found("DURATION", value, amod, None, start)


def _later(ctx: Context, amount: float, code: str) -> Period | None:
    """The period `amount` units after the publication date ("in five years" -> the year)."""
    if ctx.dct is None or amount != int(amount):
        return None
    n = int(amount)
    if code == "D":
        return day(ctx.dct + timedelta(days=n))
    if code == "W":
        return period_of(ctx.dct + timedelta(weeks=n), "week")
    if code == "M":
        return shift(period_of(ctx.dct, "month"), n)
    if code == "Y":
        return Period("year", ctx.dct.year + n)
    return None


def _word_before(text: str, start: int) -> str:
    """The lower-cased word before offset start ('' at the start)."""
    words = re.findall(r"[\w'’$%-]+", text[max(0, start - 25):start].lower())
    return words[-1] if words else ""


def _is_rate(m: re.Match[str], ctx: Context) -> bool:
    """True for "a year" after an amount ("$5 million a year"): TimeBank leaves such rates unannotated, unlike
    frequencies ("twice a year"); after a preposition ("within a year") it is a length of time."""
    if _word_before(ctx.text, m.start()) in _SPAN_CUES:
        return False
    return bool(_RATE_BEFORE.search(ctx.text[max(0, m.start() - 30):m.start()]))


@rule("ago", rf"{L}{PRE_AMOUNT}(?:(?P<q>{QUANT})[\s\u00a0-]+)?(?P<u>{UNIT})(?P<orso>{S}or{S}so)?{S}"
             rf"(?P<dir>ago|hence|from{S}now|from{S}today)(?!\w)", "agoword")
def offset_from_now(m: re.Match[str], ctx: Context) -> Found | None:
    """"two days ago" -> that day, "five months ago" -> that month, "several years ago" -> PAST_REF."""
    code = unit_code(m["u"])
    if code is None:
        return None
    forward = m["dir"].lower() != "ago"
    amount = _amount(m["q"]) if m["q"] else None
    amod = mod_of(m["amod"])
    if amount is None or amount != int(amount):
        return Found("DATE", "FUTURE_REF" if forward else "PAST_REF", amod)
    if ctx.dct is None:
        return Found("DATE", "XXXX-XX-XX" if code == "D" else "XXXX", amod)
    gran = _GRAN.get(code)
    n = int(amount) * UNIT_MULTIPLIER.get(m["u"].lower().rstrip("s"), 1)
    if gran is None:  # hours, minutes: the day itself
        return Found("DATE", timex(day(ctx.dct)), amod)
    if forward:
        p = _later(ctx, n, code) or Period("year", ctx.dct.year + (n if code == "Y" else 0))
    else:
        p = ago(ctx.dct, n, gran)
    return Found("DATE", timex(p), amod, p)


@rule("offset", rf"{L}{PRE_AMOUNT}(?P<q>{QUANT})[\s\u00a0-]+(?P<u>{UNIT})(?P<orso>{S}or{S}so)?{S}"
                rf"(?P<dir>earlier|later|before|after|afterwards?)(?!\w)", "offsetword")
def offset_from_reference(m: re.Match[str], ctx: Context) -> Found | None:
    """"three days later", "a day earlier": the length of time between two events (DURATION)."""
    code = unit_code(m["u"])
    if code is None:
        return None
    unit_word = m["u"].lower()
    if unit_word.startswith("second") and m["q"].lower() in ("a", "an"):
        return None
    amount = _amount(m["q"])
    if amount is not None:
        amount *= UNIT_MULTIPLIER.get(unit_word.rstrip("s"), 1)
    end = m.end("orso") if m["orso"] else m.end("u")  # "three days [later]": the signal is not part of it
    return Found("DURATION", duration_value(amount, code), mod_of(m["amod"]), None, None, end)


@rule("vague_units", rf"{L}(?P<det>the{S}(?:early{S}|later{S}|first{S}|last{S}|final{S}|intervening{S}|ensuing{S})?)?"
                     rf"(?P<u>{UNIT_PLURAL})(?:{S}(?:or|and){S}(?:even{S})?(?P<u2>{UNIT_PLURAL}))?"
                     rf"(?P<tail>[\s\u00a0]*-[\s\u00a0]*long)?(?!\w)", "unit")
def vague_units(m: re.Match[str], ctx: Context) -> Found | None:
    """"for years", "within weeks", "decades-long", "over the years": a length of unknown size (PXY)."""
    code = unit_code(m["u"])
    if code is None:
        return None
    word = _word_before(ctx.text, m.start())
    if not (m["tail"] or word in ("for", "in", "within", "over", "after", "than", "lasted", "took", "spent", "of",
                                   "throughout", "during")):
        return None
    if not m["det"] and word == "of" and not m["tail"]:
        return None
    if re.match(rf"{S}(?:ago|earlier|later|before|after)\b", ctx.text[m.end():m.end() + 12]):
        return None
    return Found("DURATION", duration_value(None, code), None, None, m.start("u") if m["tail"] else None)


@rule("unit_long", rf"{L}(?P<u>hour|day|night|week|month|year|decade)[\s\u00a0]*-[\s\u00a0]*long(?!\w)", "unit")
def unit_long(m: re.Match[str], ctx: Context) -> Found | None:
    """"a day-long meeting", "a year-long inquiry": one unit of time."""
    code = "D" if m["u"].lower() == "night" else unit_code(m["u"])
    return Found("DURATION", duration_value(1, code)) if code else None


@rule("fraction_duration", rf"{L}{PRE_AMOUNT}(?:(?:a|an|one){S})?(?P<f>half|quarter)(?:{S}an?{S}|[\s\u00a0-]+)"
                           rf"(?P<u>century|hour|year|decade|day|month|minute)(?!\w)", "fraction")
def fraction_duration(m: re.Match[str], ctx: Context) -> Found | None:
    """"half an hour" -> PT30M, "a quarter-century" -> P25Y, "half a year" -> P6M."""
    code = unit_code(m["u"])
    if code is None:
        return None
    return Found("DURATION", duration_value(0.5 if m["f"].lower() == "half" else 0.25, code), mod_of(m["amod"]))


@rule("vague_duration", rf"{L}(?P<v>(?:a{S}(?:(?:good|long|short|little|brief|fair)[\s\u00a0]+)?while)|"
                        rf"(?:a{S}|some{S})(?:long|short|considerable|brief|limited){S}time|"
                        rf"some{S}time(?!{S}(?:ago|next|this|last|in|on|after|before|later|earlier|soon|during|"
                        rf"between|around|about|to))|"
                        rf"a{S}(?:fairly{S}|very{S}|relatively{S})?(?:long|short|lengthy|extended|brief|limited)"
                        rf"{S}period(?:{S}of{S}time)?)(?!\w)", "vague")
def vague_duration(m: re.Match[str], ctx: Context) -> Found | None:
    """"a while", "a long time", "some time": a length of time of unknown size."""
    return Found("DURATION", "PXX")
