"""Rules for quarters and halves of years and for year-ago comparisons, as earnings reports write them:
"the third quarter", "fourth-quarter", "the latest period", "a year earlier", "the first half of 1990"."""

from __future__ import annotations

import re

from ..calendar import month_number
from .grammar import L, MONTH, NUMBER, S, YEAR
from .lexicon import number
from .resolve import direction, quarter_year, year_of
from .rules import Context, Found, rule
from .values import Period, period_of, shift, timex

_WHICH = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "the past": -1, "the last": -1,
          "previous": -1, "the previous": -1, "this past": -1, "prior": -1, "the prior": -1, "the preceding": -1,
          "next": 1, "coming": 1, "the coming": 1, "this coming": 1, "the next": 1, "the following": 1,
          "the upcoming": 1, "upcoming": 1}


def _norm(text: str | None) -> str:
    """Lower case with single spaces."""
    return re.sub(r"\s+", " ", (text or "").lower()).strip()


def relative_quarter(m: re.Match[str], ctx: Context, which: str, mod: str | None) -> Found | None:
    """"this quarter", "last quarter", "the quarter": the quarter just reported unless the tense looks ahead."""
    if ctx.dct is None:
        return Found("DATE", "XXXX-QX", mod)
    current = period_of(ctx.dct, "quarter")
    recent = ctx.recent("quarter", m.start())
    if which in ("the", "the same", "that", "the latest", "this") and recent is not None:
        return Found("DATE", timex(recent), mod, recent)
    if which in ("the previous", "the prior", "the preceding") and recent is not None:
        p = shift(recent, -1)
        return Found("DATE", timex(p), mod, p)
    n = _WHICH.get(which, 0)
    if which in ("the", "the latest", "the same", "that") and direction(ctx, m.start(), m.end()) <= 0:
        n = -1
    p = shift(current, n)
    return Found("DATE", timex(p), mod, p)


REPORTED = "reported quarter"  # Context.by_gran key of the quarter a results story reports
_REPORTING = frozenset({"the", "the latest", "the most recent", "the just-ended", "the just ended", "the reporting"})
_Q_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}


@rule("quarter", rf"{L}(?:(?P<det>the|its|their|this|last|next|this{S}year['’]s|last{S}year['’]s|next{S}year['’]s|"
                 rf"the{S}(?P<y1>{YEAR})|(?P<y2>{YEAR})['’]s|(?P<y4>{YEAR}))(?:{S}|-))?"
                 rf"(?:(?:fiscal|calendar)[\s-]+|(?P<ya>year[\s-]*(?:ago|earlier))[\s-]+)?"
                 rf"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s\u00a0-]+quarter(?P<pl>s)?(?!\w)"
                 rf"(?:{S}of{S}(?:(?:fiscal|calendar){S})?(?:(?P<y3>{YEAR})|(?P<rel>this|last|next){S}year|"
                 rf"the{S}(?P<rel2>year|previous{S}year|prior{S}year|same{S}year))|,?{S}(?P<y5>{YEAR}))?(?!\w)",
      "quarter")
def quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """"the third quarter", "fourth-quarter", "the 1988 third quarter", "the first quarter of 1990"."""
    qword = m["q"].lower()
    det = _norm(m["det"])
    if qword == "last" and not (m["y3"] or m["rel"] or m["rel2"] or m["y5"]):
        return _last_quarter(m, ctx)
    q = _Q_ORD.get(qword, 4)
    year: int | None = None
    for g in ("y1", "y2", "y3", "y4", "y5"):
        if m[g]:
            year = int(m[g])
    rel = _norm(m["rel"] or (det.split()[0] if det.endswith("year's") or det.endswith("year’s") else ""))
    if year is None and rel and ctx.dct:
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel]
    if year is None and m["rel2"] and ctx.last is not None and ctx.last.year is not None:
        year = ctx.last.year + (-1 if "previous" in m["rel2"] or "prior" in m["rel2"] else 0)
    if year is None and m["ya"]:
        base = quarter_year(ctx, m.start(), m.end(), q)
        year = base - 1 if base else None
        p = Period("quarter", year, q)
        return Found("DATE", timex(p), None, p if year else None, refer=False)
    if year is None and det in ("last", "next"):
        return None
    if year is None:
        year = quarter_year(ctx, m.start(), m.end(), q)
    p = Period("quarter", year, q)
    if year is not None and not m["pl"]:
        _note_reported(ctx, p, m)
    return Found("DATE", timex(p), None, p if year else None)


def _note_reported(ctx: Context, p: Period, m: re.Match[str]) -> None:
    """Remember a quarter as the one the story reports when it is told in the past tense ("earned $5 million in
    the fiscal first quarter"); a forecast ("will take a fourth-quarter charge") is not what "the latest period"
    or "the quarter ended Sept. 30" name."""
    if direction(ctx, m.start(), m.end()) < 0:
        ctx.by_gran[REPORTED] = (p, m.end())


def _last_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """"last quarter" / "the last quarter": the quarter before the current one."""
    if ctx.dct is None:
        return Found("DATE", "XXXX-QX")
    p = shift(period_of(ctx.dct, "quarter"), -1)
    return Found("DATE", timex(p), None, p)


@rule("quarter_code", rf"{L}(?P<q>Q[1-4])(?:[\s\u00a0-]+(?P<y>{YEAR}|['’]\d\d))?(?!\w)", "quarter")
def quarter_code(m: re.Match[str], ctx: Context) -> Found | None:
    """"Q3 2016", "Q1"."""
    q = int(m["q"][1])
    y = m["y"]
    year = (2000 + int(y[1:]) if int(y[1:]) < 50 else 1900 + int(y[1:])) if y and not y.isdigit() else (
        int(y) if y else quarter_year(ctx, m.start(), m.end(), q))
    p = Period("quarter", year, q)
    return Found("DATE", timex(p), None, p if year else None)


@rule("quarter_anaphor", rf"{L}(?:(?P<det>the{S}(?:latest|current|same|comparable|corresponding|previous|prior|"
                         rf"preceding|most{S}recent|recent|just[\s-]ended|reporting)|(?:the|this|that){S}"
                         rf"(?P<y>{YEAR})|(?P<ly>last|this){S}year['’]s|the|this|that)(?:{S}fiscal)?{S}"
                         rf"(?P<u>quarter|period))(?![\w-])"
                         rf"(?P<ya>{S}(?:a{S}year{S}(?:ago|earlier)|last{S}year|of{S}last{S}year))?"
                         rf"(?=(?:{S}(?:ended|ending){S}(?P<em>{MONTH}){S}\d{{1,2}}(?!\d))?)", "quarter")
def quarter_anaphor(m: re.Match[str], ctx: Context) -> Found | None:
    """"the latest quarter", "the 1988 period", "the quarter ended Sept. 30": the quarter being reported."""
    det = _norm(m["det"])
    unit = m["u"].lower()
    recent = ctx.recent("quarter", m.start())
    if unit == "period" and recent is None and det not in ("the latest", "the most recent"):
        return None
    if unit == "period" and det in ("the", "this", "that") and not (m["y"] or m["ya"] or m["em"]):
        return None
    if ctx.dct is None:
        return Found("DATE", "XXXX-QX")
    reported = shift(period_of(ctx.dct, "quarter"), -1)
    told = ctx.recent(REPORTED, m.start())  # the (fiscal) quarter the story said it reports
    if m["em"]:
        p = told if told is not None and det in _REPORTING else _quarter_ending(ctx, m)
        ctx.by_gran[REPORTED] = (p, m.end())
        return Found("DATE", timex(p), None, p)
    if m["ly"]:
        base = recent or reported
        p = Period("quarter", ctx.dct.year - (1 if m["ly"].lower() == "last" else 0), base.index)
        return Found("DATE", timex(p), None, p, refer=m["ly"].lower() == "this")
    if m["y"] and _longer_comparison(ctx.text, m.start(), m.end()):
        p = Period("year", int(m["y"]))  # "the nine months ... compared with the 1988 period"
        return Found("DATE", timex(p), None, p, refer=False)
    if m["y"]:
        q = (told or recent).index if (told or recent) is not None else None  # type: ignore[union-attr]
        if q is None:
            return None
        p = Period("quarter", int(m["y"]), q)
        return Found("DATE", timex(p), None, p, refer=False)
    if det == "the current":
        p = period_of(ctx.dct, "quarter")
    elif det in _REPORTING and det != "the":
        p = told if told is not None else reported
    elif recent is not None:
        p = recent
        if det in ("the previous", "the prior", "the preceding"):
            p = shift(recent, -1)
    else:
        p = period_of(ctx.dct, "quarter") if direction(ctx, m.start(), m.end()) > 0 else reported
    if m["ya"]:
        p = shift(p, -1, "year")
        return Found("DATE", timex(p), None, p, refer=False)
    return Found("DATE", timex(p), None, p)


def _quarter_ending(ctx: Context, m: re.Match[str]) -> Period:
    """The (fiscal) quarter ending in the month written after "ended": Sept. 30 -> Q3, July 31 -> Q2."""
    month = month_number(m["em"]) or 12
    q, year_shift = ((month - 2) // 3 + 1, 0) if month > 1 else (4, -1)
    year = year_of(ctx, m.start("em"), m.end(), month, 28)
    return Period("quarter", (year or ctx.dct.year if ctx.dct else 0) + year_shift, q)


# An amount just before "last year" ("from $3 million last year") or results just after ("last year's $1.5
# billion", "last year's results"): a year-ago comparison of the figures being reported.
_AMOUNT_BEFORE = re.compile(r"(?:[$#£€¥][\s\u00a0]*\d[\d.,]*(?:[\s\u00a0]+(?:million|billion|thousand))?|"
                            r"\d[\d.,]*[\s\u00a0]*(?:%|percent|cents?)(?:[\s\u00a0]+a[\s\u00a0]+share)?),?"
                            r"[\s\u00a0]*$", re.IGNORECASE)
_RESULTS_AFTER = re.compile(r"['’]s[\s\u00a0]+(?:[$#£€¥]|(?:results|earnings|profit|net|sales|revenues?|loss|"
                            r"figures?)\b)", re.IGNORECASE)
# A comparison over a longer stretch than a quarter ("In the nine months ... last year") is a yearly one.
_LONGER_PERIOD = re.compile(r"\b(?:(?:nine|six|first|twelve|\d+)[\s-]+months?|(?:full|fiscal)[\s-]+year|for[\s\u00a0]+"
                            r"the[\s\u00a0]+year|year[\s-]+to[\s-]+date|annual)\b", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\s|$)|\n")


def _longer_comparison(text: str, start: int, end: int) -> bool:
    """True when the sentence around text[start:end] compares a stretch longer than a quarter ("the nine months")."""
    left = 0
    for found in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        left = found.end()
    right = _SENTENCE_END.search(text, end)
    return bool(_LONGER_PERIOD.search(text, left, right.start() if right else len(text)))


def last_year_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """"compared with $3 million last year" in a story reporting a quarter: the same quarter a year before
    (None when the story reports no quarter or the comparison is not of reported figures)."""
    told = ctx.recent(REPORTED, m.start())
    if told is None or told.year is None:
        return None
    text = ctx.text
    if not (_AMOUNT_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _RESULTS_AFTER.match(text, m.end("u"))):
        return None
    if _longer_comparison(text, m.start(), m.end()):
        return None
    p = shift(told, -1, "year")
    return Found("DATE", timex(p), None, p, refer=False)


@rule("year_ago", rf"{L}(?:(?:the|a){S})?(?:(?:comparable|corresponding|same|prior)[\s-]+)?(?P<ya>year[\s-]*"
                  rf"(?:ago|earlier|before))(?:[\s-]+(?P<what>(?:(?:first|second|third|fourth)[\s-]+)?quarter|"
                  rf"period|level|time|(?P<n>{NUMBER})[\s-]+(?P<u>months|weeks)))?(?!\w)", "yearword")
def year_ago_adjective(m: re.Match[str], ctx: Context) -> Found | None:
    """"the year-ago quarter", "year-earlier profit": the reported period one year back; "the year-earlier
    nine months" is the length of that comparison period (P9M)."""
    text = m.group().lower()
    if not (re.search(r"year[\s-]*(ago|earlier|before)[\s-]+\w", text) or "-" in m["ya"]):
        return None
    if m["u"]:
        n = number(m["n"].replace("-", " "))
        return Found("DURATION", f"P{n:g}{m['u'][0].upper()}") if n else None
    return _year_back(m, ctx, (m["what"] or "").lower())


def _year_back(m: re.Match[str], ctx: Context, what: str = "") -> Found | None:
    """One year before the quarter just reported, else before the reference year or the publication year."""
    recent = ctx.recent(REPORTED, m.start()) or ctx.recent("quarter", m.start())
    if recent is not None and what in ("", "level", "time") and _longer_comparison(ctx.text, m.start(), m.end()):
        recent = None  # "in the nine months, ... compared with $9 million a year earlier": a year-ago year
    if recent is not None and ctx.dct is not None:
        reported = shift(period_of(ctx.dct, "quarter"), -1)
        if recent.year not in (reported.year, ctx.dct.year) or (recent.year, recent.index) > (ctx.dct.year, 4):
            recent = reported  # a year-ago comparison is made with the results being reported
    qm = re.match(r"(first|second|third|fourth)", what)
    if qm:
        q = _Q_ORD[qm[1]]
        base = quarter_year(ctx, m.start(), m.end(), q)
        if base is None:
            return Found("DATE", "XXXX-QX")
        p = Period("quarter", base - 1, q)
        return Found("DATE", timex(p), None, p, refer=False)
    if recent is not None:
        p = shift(recent, -1, "year")
        return Found("DATE", timex(p), None, p, refer=False)
    if what.startswith("quarter") and ctx.dct is not None:
        p = shift(shift(period_of(ctx.dct, "quarter"), -1), -1, "year")
        return Found("DATE", timex(p), None, p, refer=False)
    if ctx.dct is None:
        return Found("DATE", "XXXX")
    p = Period("year", ctx.dct.year - 1)
    return Found("DATE", timex(p), None, p, refer=False)


@rule("a_year_ago", rf"{L}(?P<a>a|one){S}year{S}(?P<dir>ago|earlier|before)(?!\w)", "yearword", first=True)
def a_year_ago(m: re.Match[str], ctx: Context) -> Found | None:
    """"a year ago", "a year earlier": the year (or reported quarter) one year back."""
    return _year_back(m, ctx)


_HALF = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "last": 2, "latter": 2}


@rule("half_year", rf"{L}(?:the{S})?(?P<h>first|second|last|latter|1st|2nd)(?P<hy>[\s\u00a0]*-[\s\u00a0]*|{S})half"
                   rf"(?:(?:{S}of{S}(?:(?:fiscal|calendar){S})?(?:(?P<y>{YEAR})|(?P<rel>this|last|next){S}year|"
                   rf"the{S}(?P<rel2>year|decade|century)|the{S}['’]?(?P<dd>\d)0['’]?s))|(?P<adj>(?<=-half)))(?!\w)",
      "quarter", first=True)
def half_year(m: re.Match[str], ctx: Context) -> Found | None:
    """"the first half of 1990" -> 1990-H1, "first-half profit", "the last half of the '80s" -> 198."""
    h = _HALF[m["h"].lower()]
    mod = "START" if h == 1 else "END"
    if m["dd"]:
        p = Period("decade", 1900 + int(m["dd"]) * 10)
        return Found("DATE", timex(p), mod, p)
    if m["rel2"] and m["rel2"].lower() in ("decade", "century"):
        if ctx.dct is None:
            return None
        p = period_of(ctx.dct, m["rel2"].lower())
        return Found("DATE", timex(p), mod, p)
    if m["y"]:
        year: int | None = int(m["y"])
    elif m["rel"] and ctx.dct:
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    elif m["rel2"] or "-" in m["hy"]:
        year = ctx.dct.year if ctx.dct else None
        if year is not None and h == 2 and ctx.dct and ctx.dct.month <= 6 and direction(ctx, m.start(), m.end()) < 0:
            year -= 1
    else:
        return None
    p = Period("half", year, h)
    return Found("DATE", timex(p), None, p if year else None)


@rule("quarters_half", rf"{L}the{S}(?P<w>first|last){S}two{S}quarters{S}of{S}(?P<y>{YEAR})(?!\w)", "quarter",
      first=True)
def two_quarters(m: re.Match[str], ctx: Context) -> Found | None:
    """"the first two quarters of 1990" -> 1990-H1."""
    p = Period("half", int(m["y"]), 1 if m["w"].lower() == "first" else 2)
    return Found("DATE", timex(p), None, p)
