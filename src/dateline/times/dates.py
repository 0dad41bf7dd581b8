"""Rules for calendar dates: full and partial dates, day ranges, months, years, decades, centuries, holidays."""

from __future__ import annotations

import re

from ..calendar import month_number, safe_date
from .cores import dm, md, read_date, year_value
from .grammar import (DAYNUM, DECADE_WORD, HOLIDAY, L, MONTH, MONTH_FULL, PRE_POINT, R, S, SPOKEN_YEAR, YEAR,
                      mod_of)
from .lexicon import DECADE_WORDS, FIXED_HOLIDAYS, ordinal
from .resolve import year_of
from .rules import Context, Found, rule
from .values import Period, day, holiday, timex, week_of

# Words after which a bare "May" or "March" is the month, not a verb or a walk.
MONTH_CUES = frozenset("""in on since until till by from through to during of before after early late mid
    last next this past coming end beginning start middle and or between throughout around about into""".split())
# Capitalised words after a month that make it a name ("April Smith"), not a date.
_NAME_AFTER = re.compile(r"[\s\u00a0]+(?-i:[A-Z][a-z]+)")
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?i:\b(?:section|sections|article|articles|art|resolution|resolutions|flight|room|no|nos|number|route|"
    r"highway|chapter|rule|model|code|law|bill|windows|vol|volume|page|pages|pp|unit|channel|apartment|suite|"
    r"box|form|decree|order|item|paragraph|clause|line|bus|train|platform|gate|seat|row|level|grade|class|"
    r"population|pop|version|v|ver|rev|patent|case|file|docket|exhibit|table|figure|fig|isbn|issn|zip|"
    r"tel|phone|fax|ext|id|lot|batch|serial|mile|miles|km|kilometers|kilometres|meters|metres|feet|ft|"
    r"altitude|elevation|hill|height|catalog|catalogue|opus|op|bwv|k|kv|sr|ref|reference|account|acct)"
    r"\.?[\s\u00a0]*#?[\s\u00a0]*)$|[#№$£€¥+*×x=<>±]\s*$")
_NOT_A_YEAR_AFTER = re.compile(
    r"(?:[\s\u00a0]*(?:%|percent|per\s+cent|people|persons|troops|soldiers|men|women|children|votes|"
    r"voters|residents|workers|employees|jobs|members|delegates|dollars|euros|pounds|rubles|roubles|yen|"
    r"yuan|rupees|km|kilometers|kilometres|miles|meters|metres|feet|ft|tons|tonnes|barrels|units|cars|"
    r"vehicles|homes|houses|acres|hectares|square|calories|rpm|hours|hrs|GMT|UTC|cc|mph|kph|kg|lbs?|"
    r"pages|words|degrees|points|shares|seats|cases|deaths|dead|victims|refugees|prisoners|rounds|"
    r"missiles|rockets|shells|tanks|planes|aircraft|ships|boats|militants|fighters|rebels|"
    r"civilians|casualties|hostages|hectares|[xX×]\s*\d))", re.IGNORECASE)


def _words_before(text: str, start: int, n: int = 2) -> list[str]:
    """The n lower-cased words before offset start."""
    return re.findall(r"[\w'’-]+", text[max(0, start - 40):start].lower())[-n:]


@rule("date", rf"{L}{PRE_POINT}(?:{md('a')}|{dm('b')}){R}", "month")
def full_date(m: re.Match[str], ctx: Context) -> Found | None:
    """A day written with its month (year optional), or a range of days: "Jan. 23-24" -> an interval."""
    p = "a" if m["am"] else "b"
    if m[p + "y"] and not m[p + "d2"] and m[p + "y"].isdigit() and _year_is_quantity(m, ctx, p):
        return None
    found = read_date(m, p, ctx)
    if found is None:
        return None
    first, last = found
    if m[p + "m"] in ("May", "March") and not m[p + "y"] and not _month_context(ctx.text, m.start(p + "m")):
        if not re.match(r"\d", m[p + "d"]) and not m[p + "wd"]:
            return None
    mod = mod_of(m["pmod"])
    if last is not None:
        return Found("DATE", f"{timex(first)}/{timex(last)}", mod, first)
    return Found("DATE", timex(first), mod, first)


def _year_is_quantity(m: re.Match[str], ctx: Context, p: str) -> bool:
    """True when the "year" after a date is rather a count ("March 3 2000 people")."""
    return bool(_NOT_A_YEAR_AFTER.match(ctx.text, m.end()))


def _month_context(text: str, start: int) -> bool:
    """True when the word before a month name is one that introduces a time ("in May", "since March")."""
    before = _words_before(text, start, 1)
    return bool(before) and before[0] in MONTH_CUES


_DATE_BEFORE = re.compile(rf"(?P<m>{MONTH}){S}(?P<d>{DAYNUM}),?{S}$")


@rule("coordinated_day", rf"{L}(?:and|or|&){S}(?P<d>{DAYNUM})(?:,?{S}(?P<y>{YEAR}))?(?![\w%-])", "number")
def coordinated_day(m: re.Match[str], ctx: Context) -> Found | None:
    """The second day of "April 24 and 25": a day that shares the month written just before it."""
    before = _DATE_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    if before is None or _NOT_A_YEAR_AFTER.match(ctx.text, m.end()):
        return None
    month, first, dom = month_number(before["m"]), ordinal(before["d"]), ordinal(m["d"])
    if month is None or first is None or dom is None or dom <= first:
        return None
    year = int(m["y"]) if m["y"] else year_of(ctx, before.start(), m.end(), month, dom)
    found = safe_date(year, month, dom) if year is not None else None
    p = day(found) if found else Period("day", None, month * 100 + dom)
    return Found("DATE", timex(p), None, p if found else None, m.start("d"))


@rule("month_year", rf"{L}{PRE_POINT}(?P<m>{MONTH}),?{S}(?:of{S})?(?P<y>{YEAR}|{SPOKEN_YEAR}|'\d\d){R}", "month")
def month_year(m: re.Match[str], ctx: Context) -> Found | None:
    """A month with its year: "March 2016", "January nineteen ninety-seven", "July of 1997"."""
    month = month_number(m["m"])
    y = m["y"]
    year = (1900 + int(y[1:]) if int(y[1:]) > 30 else 2000 + int(y[1:])) if y.startswith("'") else year_value(y)
    if month is None or year is None or _NOT_A_YEAR_AFTER.match(ctx.text, m.end()):
        return None
    p = Period("month", year, month)
    return Found("DATE", timex(p), mod_of(m["pmod"]), p)


@rule("month_relative", rf"{L}{PRE_POINT}(?:(?P<w1>last|next|this|this\s+past|this\s+coming|coming|past){S}"
                        rf"(?P<m1>{MONTH_FULL})|(?P<m2>{MONTH_FULL}),?{S}(?:of{S})?"
                        rf"(?P<w2>last|next|this|the\s+following|the\s+previous|the\s+same){S}year){R}", "month")
def month_relative(m: re.Match[str], ctx: Context) -> Found | None:
    """"last December", "June last year", "January this year", "April of next year"."""
    month = month_number(m["m1"] or m["m2"])
    if month is None:
        return None
    which = re.sub(r"\s+", " ", (m["w1"] or m["w2"]).lower())
    mod = mod_of(m["pmod"])
    ref = ctx.dct.year if ctx.dct else None
    if m["m2"] and which in ("the following", "the previous", "the same") and ctx.last is not None:
        ref = ctx.last.year
    if ref is None:
        return Found("DATE", timex(Period("month", None, month)), mod)
    if m["m1"]:
        assert ctx.dct is not None
        now = ctx.dct.month
        if which in ("last", "past", "this past"):
            year = ref if month < now else ref - 1
        elif which in ("next", "coming", "this coming"):
            year = ref if month > now else ref + 1
        else:
            year = ref
    else:
        year = ref + {"last": -1, "next": 1, "the following": 1, "the previous": -1}.get(which, 0)
    p = Period("month", year, month)
    return Found("DATE", timex(p), mod, p)


@rule("month", rf"{L}{PRE_POINT}(?P<m>{MONTH_FULL}|(?-i:Sept|Dec|Jan|Feb|Aug|Oct|Nov)\.)(?!\w|[\s\u00a0]+\d)", "month")
def bare_month(m: re.Match[str], ctx: Context) -> Found | None:
    """A month alone ("in December", "early March"), anchored by tense; not "May" the verb or "April Smith"."""
    name = m["m"]
    month = month_number(name)
    if month is None:
        return None
    before = _words_before(ctx.text, m.start("m"), 1)
    cue = m["pmod"] or _month_context(ctx.text, m.start("m")) or (
        bool(before) and before[0] in ("the", "a", "its", "their", "this") and _NOUN_AFTER.match(ctx.text, m.end()))
    if name in ("May", "March", "MAY", "MARCH") and not cue:
        return None  # "may" the verb, "the March on Washington"; "the March accession" is a month
    if _NAME_AFTER.match(ctx.text, m.end()) and not _next_is_timeword(ctx.text, m.end()):
        return None
    if not cue and name.isupper():
        return None
    year = year_of(ctx, m.start(), m.end(), month)
    p = Period("month", year, month)
    return Found("DATE", timex(p), mod_of(m["pmod"]), p if year else None)


# A common noun after "the March" makes the month a modifier ("the March accession", "the May elections").
_NOUN_AFTER = re.compile(r"[\s\u00a0]+(?!(?:on|of|to|in|for|from|through|against|was|is|will|has|had|and|or|"
                         r"that|which|who|with|by|at|as)\b)[a-z]{3,}")


def _next_is_timeword(text: str, end: int) -> bool:
    """True when a capitalised word after a month is itself temporal ("December Monday") or a sentence start."""
    nxt = re.match(r"[\s\u00a0]+([A-Z][a-z]+)", text[end:end + 30])
    return bool(nxt) and nxt[1] in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@rule("year", rf"{L}{PRE_POINT}(?:(?P<fy>fiscal|calendar|financial|the\s+year|model\s+year|FY){S}?)?"
              rf"(?P<y>{YEAR})(?P<s>'s)?(?!\s*[-–]\s*\d)(?![\w'’/]|\.\d|,\d)", "year4")
def year(m: re.Match[str], ctx: Context) -> Found | None:
    """A year in digits, when it is one: not "section 2015", "2015 people", "$2000" or a phone number."""
    y = int(m["y"])
    before = ctx.text[max(0, m.start() - 30):m.start()]
    if _NOT_A_YEAR_BEFORE.search(before) or _NOT_A_YEAR_AFTER.match(ctx.text, m.end()):
        return None
    if re.search(r"[\d][\s\u00a0]*$|[-–:/.]$", before) and not m["pmod"] and not m["fy"] and \
            not re.search(r"(?i:\b(?:post|pre))-$", before):
        return None
    if ctx.dct is not None and y > ctx.dct.year + 60:
        return None
    if y < 1000:
        return None
    p = Period("year", y)
    return Found("DATE", timex(p), mod_of(m["pmod"]), p)


@rule("year_range", rf"{L}(?P<y1>1[0-9]\d\d|20\d\d)[-‐–/](?P<y2>\d\d(?:\d\d)?)(?![\w%]|[.,:]\d|[-‐–/]\d)", "year4")
def year_range(m: re.Match[str], ctx: Context) -> Found | None:
    """"2014-2015", "the 2022-23 fiscal year": the years from the first to the second, as an interval."""
    y1, y2 = int(m["y1"]), int(m["y2"])
    if y2 < 100:
        y2 += y1 - y1 % 100
    if not 0 < y2 - y1 <= 30 or _NOT_A_YEAR_BEFORE.search(ctx.text[max(0, m.start() - 30):m.start()]) or \
            _NOT_A_YEAR_AFTER.match(ctx.text, m.end()):
        return None
    return Found("DATE", f"{y1}/{y2}", None, Period("year", y2))


@rule("spoken_year", rf"{L}{PRE_POINT}(?:the{S}year{S})?(?P<y>{SPOKEN_YEAR})", "spoken")
def spoken(m: re.Match[str], ctx: Context) -> Found | None:
    """A year in words: "nineteen ninety-six", "the year two thousand"."""
    y = year_value(m["y"])
    if y is None or _NOT_A_YEAR_AFTER.match(ctx.text, m.end()):
        return None
    if not m.group().lower().startswith("the year") and not m["pmod"]:
        before = _words_before(ctx.text, m.start(), 1)
        if not (before and before[0] in MONTH_CUES | {"year", "the", "fiscal", "since"}) and y >= 2000:
            return None
    p = Period("year", y)
    return Found("DATE", timex(p), mod_of(m["pmod"]), p)


@rule("decade", rf"{L}(?:the{S})?(?:(?P<mod>early|late|mid|middle)(?:-|{S}))?"
                rf"(?:(?P<c>1[0-9]|20)(?P<d>\d)0'?s|['’](?P<sd>\d)0'?s|(?P<bd>[1-9])0s|(?P<w>{DECADE_WORD}))(?!\w)",
      "decade")
def decade(m: re.Match[str], ctx: Context) -> Found | None:
    """A decade: "the 1990s" -> 199, "the late '70s" -> 197, "the nineties" -> 199."""
    before = _words_before(ctx.text, m.start(), 2)
    if m["w"] or m["bd"]:
        text = m.group().lower()
        if not text.startswith("the") or (before and before[-1] in ("his", "her", "their", "its", "low", "high",
                                                                    "mid", "upper", "lower", "my", "your", "our")):
            return None
        if m["bd"] and before and before[-1] in ("in",) and _temperature_nearby(ctx.text, m.end()):
            return None
    if m["c"]:
        decade_start = int(m["c"]) * 100 + int(m["d"]) * 10
    else:
        digit = int(m["sd"] or m["bd"]) if (m["sd"] or m["bd"]) else DECADE_WORDS[m["w"].lower()]
        recent = digit <= 1 and (ctx.dct is None or ctx.dct.year >= 2000 + digit * 10)
        century = 20 if recent else 19
        decade_start = century * 100 + digit * 10
    p = Period("decade", decade_start)
    mod = {"early": "START", "late": "END", "mid": "MID", "middle": "MID"}.get((m["mod"] or "").lower())
    return Found("DATE", timex(p), mod, p)


def _temperature_nearby(text: str, end: int) -> bool:
    """True when degrees or temperatures are talked about right after ("in the 80s Fahrenheit")."""
    return bool(re.match(r"[\s\u00a0]*(?:degrees|°|fahrenheit|celsius|f\b|c\b)", text[end:end + 20], re.I))


@rule("century", rf"{L}(?:the{S})?(?:(?P<mod>early|late|mid)(?:-|{S}))?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|"
                 rf"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                 rf"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
                 rf"twenty[\s-]first)[\s-]+century(?!\w)", "century")
def century(m: re.Match[str], ctx: Context) -> Found | None:
    """"the 20th century" -> 19, "the 11th century" -> 10."""
    n = ordinal(re.sub(r"[\s-]+", "-", m["n"].lower()))
    if n is None or not 1 <= n <= 30:
        return None
    p = Period("century", (n - 1) * 100)
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["mod"] or "").lower())
    return Found("DATE", timex(p), mod, p)


@rule("holiday", rf"{L}{PRE_POINT}(?P<h>{HOLIDAY})(?:,?{S}(?P<y>{YEAR}))?(?P<wk>{S}week)?{R}", "holiday")
def named_day(m: re.Match[str], ctx: Context) -> Found | None:
    """A holiday: "Christmas", "Thanksgiving Day 1999", anchored like a date; "Easter week" is its week."""
    name = m["h"].lower()
    if not m["h"][0].isupper():
        return None
    fixed = FIXED_HOLIDAYS.get(name)
    if m["y"]:
        year: int | None = int(m["y"])
    elif fixed:
        year = year_of(ctx, m.start(), m.end(), *fixed)
    else:
        year = None
        if ctx.dct is not None:
            this = holiday(name, ctx.dct.year)
            year = ctx.dct.year
            if this is not None and (this - ctx.dct).days > 180:
                year -= 1
            elif this is not None and (ctx.dct - this).days > 180:
                year += 1
    if year is None:
        return None if not fixed else Found("DATE", f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}")
    d = safe_date(year, *fixed) if fixed else holiday(name, year)
    if d is None:
        return None
    p = week_of(d) if m["wk"] else day(d)
    return Found("DATE", timex(p), mod_of(m["pmod"]), p)
