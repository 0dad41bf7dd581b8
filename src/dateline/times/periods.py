"""Rules for calendar periods named relatively: this week, last month, next year, the quarter, last fall."""

from __future__ import annotations

import re

from .cores import dm, md, read_date, year_value
from ..calendar import month_number
from .grammar import L, MONTH, PRE_POINT, S, SPOKEN_YEAR, YEAR, mod_of
from .resolve import direction, quarter_year, reference, year_of
from .rules import Context, Found, rule
from .values import Period, day, period_of, season_of, shift, timex, week_of

_WHICH = {"this": 0, "current": 0, "the current": 0, "present": 0, "the present": 0,
          "last": -1, "past": -1, "the past": -1, "the last": -1, "previous": -1, "the previous": -1,
          "this past": -1, "prior": -1, "the prior": -1, "the preceding": -1,
          "next": 1, "coming": 1, "the coming": 1, "this coming": 1, "the next": 1, "the following": 1,
          "the same": 0, "that": 0, "that same": 0, "the latest": 0, "the": 0, "the upcoming": 1, "upcoming": 1}
_RELATIVE_TO_REFERENCE = frozenset({"the previous", "the following", "the prior", "the preceding", "the same",
                                    "that", "that same", "the next"})
_GRANS = {"week": "week", "weekend": "weekend", "month": "month", "year": "year", "quarter": "quarter",
          "decade": "decade", "century": "century", "day": "day"}


def _norm(text: str | None) -> str:
    """Lower case with single spaces."""
    return re.sub(r"\s+", " ", (text or "").lower()).strip()


@rule("relative_period", rf"{L}{PRE_POINT}(?P<which>this|last|next|the{S}past|the{S}last|the{S}previous|the{S}next|"
                         rf"the{S}coming|this{S}past|this{S}coming|the{S}current|current|the{S}same|that{S}same|"
                         rf"the{S}following|the{S}prior|the{S}preceding|the{S}upcoming|the{S}full|the{S}entire|"
                         rf"the{S}whole|past|previous|coming|that|the)"
                         rf"(?:{S}(?P<fiscal>fiscal|calendar|financial))?{S}(?P<u>week|weekend|month|year|quarter|decade|"
                         rf"century|day)(?P<poss>['’]s)?(?!\w)(?P<ended>{S}(?:ended|ending|ends|to{S}date))?", "unit")
def relative_period(m: re.Match[str], ctx: Context) -> Found | None:
    """this/last/next week, month, year...; "the previous day" and "that year" count from the reference time."""
    which, unit = _norm(m["which"]), m["u"].lower()
    if which in ("the full", "the entire", "the whole"):
        if unit not in ("year", "month", "week", "day"):
            return None
        which = "the"
    if m["which"][:1].isupper() and m["u"][:1].isupper() and m.start("which") > 0 and \
            ctx.text[max(0, m.start("which") - 2):m.start("which")].strip() not in ("", ".", "!", "?"):
        return None  # a title: ABC's "This Week"
    mod = mod_of(m["pmod"])
    if m["ended"] and unit == "quarter":
        return None  # "the quarter ended Sept. 30": the quarter_anaphor rule reads the end date
    if m["ended"] and unit in ("year", "month", "week"):
        code = {"year": "Y", "month": "M", "week": "W"}[unit]
        return Found("DURATION", f"P1{code}", mod, None, m.start(), m.start("ended"))
    if which == "the" and m["fiscal"] and unit == "year":
        return Found("DURATION", "P1Y", mod)
    if which in ("the past", "past") and unit == "decade":
        return Found("DURATION", "P10Y", mod)
    if unit == "day" and which in ("this", "last", "next", "past", "the", "coming", "the last", "the past",
                                   "current", "the current", "the coming"):
        if which != "the" or not (m["pmod"] or _after_cue(ctx.text, m.start(), ("in", "during", "for", "all"))):
            return None
    if unit == "weekend":
        return _weekend(m, ctx, which, mod)
    if unit == "quarter":
        return _quarter(m, ctx, which, mod)
    if ctx.dct is None:
        return Found("DATE", _unknown(unit), mod)
    gran = _GRANS[unit]
    ref = reference(ctx, m.start())
    if which == "the":
        ref = ctx.recent(gran, m.start(), 600) if gran != "year" else None
    if which in _RELATIVE_TO_REFERENCE or which == "the" and unit in ("day", "year", "month", "week"):
        base = _at_gran(ref, gran) if ref is not None else None
        if base is None:
            if which == "the" and unit == "day":
                base = day(ctx.dct)
            elif which in ("the", "that", "the same", "that same"):
                base = period_of(ctx.dct, gran)
            else:
                return None
        n = _WHICH.get(which, 0)
        p = shift(base, n, gran) if n else base
        return Found("DATE", timex(p), mod, p)
    n = _WHICH.get(which, 0)
    p = shift(period_of(ctx.dct, gran), n, gran) if n else period_of(ctx.dct, gran)
    if unit == "day":
        return None if which not in ("the",) else Found("DATE", timex(p), mod, p)
    return Found("DATE", timex(p), mod, p)


def _after_cue(text: str, start: int, cues: tuple[str, ...]) -> bool:
    """True when the word before start is one of cues."""
    words = re.findall(r"[\w'’-]+", text[max(0, start - 20):start].lower())
    return bool(words) and words[-1] in cues


def _unknown(unit: str) -> str:
    """The TIMEX3 value of a period whose year is unknown."""
    return {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "decade": "XXX", "century": "XX",
            "day": "XXXX-XX-XX", "quarter": "XXXX-QX"}.get(unit, "XXXX")


def _at_gran(p: Period | None, gran: str) -> Period | None:
    """The period of granularity gran containing the reference period p (None when p is coarser)."""
    if p is None or p.year is None:
        return None
    if p.gran == gran:
        return p
    if gran == "year":
        return Period("year", p.year)
    if p.gran == "day" and p.day is not None:
        return period_of(p.day, gran)
    if gran == "month" and p.gran in ("week", "weekend") and p.day is not None:
        return period_of(p.day, "month")
    if gran == "day" and p.gran == "month":
        return Period("day", p.year, p.index * 100)  # "that day" in a month: 1998-10-XX
    if gran == "quarter" and p.gran == "month":
        return Period("quarter", p.year, (p.index - 1) // 3 + 1)
    return None


def _weekend(m: re.Match[str], ctx: Context, which: str, mod: str | None) -> Found | None:
    """"the weekend": the latest one in past or present tense (unless today is in it), else the coming one."""
    if ctx.dct is None:
        return Found("DATE", "XXXX-WXX-WE", mod)
    dct = ctx.dct
    this = week_of(dct, weekend=True)
    n = _WHICH.get(which, 0)
    if which in ("the", "this", "the same", "that", "the coming", "the upcoming", "this coming", "the latest"):
        if dct.weekday() >= 5:
            n = 0
        elif which in ("the coming", "this coming", "the upcoming"):
            n = 0
        else:
            n = 0 if direction(ctx, m.start(), m.end()) > 0 else -1
    p = shift(this, n, "weekend")
    return Found("DATE", timex(p), mod, p)


def _quarter(m: re.Match[str], ctx: Context, which: str, mod: str | None) -> Found | None:
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
    return Found("DATE", timex(p), None, p if year else None)


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
    if m["em"]:
        p = _quarter_ending(ctx, m)
        return Found("DATE", timex(p), None, p)
    if m["ly"]:
        base = recent or reported
        p = Period("quarter", ctx.dct.year - (1 if m["ly"].lower() == "last" else 0), base.index)
        return Found("DATE", timex(p), None, p, refer=m["ly"].lower() == "this")
    if m["y"]:
        q = recent.index if recent is not None else None
        if q is None:
            return None
        p = Period("quarter", int(m["y"]), q)
        return Found("DATE", timex(p), None, p, refer=False)
    if det == "the current":
        p = period_of(ctx.dct, "quarter")
    elif det in ("the latest", "the most recent", "the just-ended", "the just ended", "the reporting"):
        p = reported
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


@rule("year_ago", rf"{L}(?:(?:the|a){S})?(?:(?:comparable|corresponding|same|prior)[\s-]+)?(?P<ya>year[\s-]*"
                  rf"(?:ago|earlier|before))(?:[\s-]+(?P<what>(?:(?:first|second|third|fourth)[\s-]+)?quarter|"
                  rf"period|level|time))?(?!\w)", "yearword")
def year_ago_adjective(m: re.Match[str], ctx: Context) -> Found | None:
    """"the year-ago quarter", "year-earlier profit": the reported period one year back."""
    text = m.group().lower()
    if not (re.search(r"year[\s-]*(ago|earlier|before)[\s-]+\w", text) or "-" in m["ya"]):
        return None
    return _year_back(m, ctx, (m["what"] or "").lower())


def _year_back(m: re.Match[str], ctx: Context, what: str = "") -> Found | None:
    """One year before the quarter just reported, else before the reference year or the publication year."""
    recent = ctx.recent("quarter", m.start())
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


@rule("year_end", rf"{L}(?:(?P<pre>around|about|by|until|at){S})?(?:the{S})?(?:(?P<which>this|last|next){S})?"
                  rf"(?:year[\s-]*end|year['’]s{S}end)(?!\w)", "yearword")
def year_end(m: re.Match[str], ctx: Context) -> Found | None:
    """"year-end", "year's end": the end of the current year (mod END)."""
    if ctx.dct is None:
        return Found("DATE", "XXXX", "END")
    n = {"last": -1, "next": 1}.get((m["which"] or "").lower(), 0)
    p = Period("year", ctx.dct.year + n)
    return Found("DATE", timex(p), "END", p, m.start() + (len(m["pre"]) + 1 if m["pre"] else 0), m.end())


@rule("week_of", rf"{L}the{S}week{S}of{S}(?:{md('a')}|{dm('b')})(?!\w)", "weekword")
def week_of_date(m: re.Match[str], ctx: Context) -> Found | None:
    """"the week of March 6" -> the ISO week containing that day."""
    found = read_date(m, "a" if m["am"] else "b", ctx)
    if found is None:
        return None
    first = found[0]
    if first.day is None:
        return Found("DATE", "XXXX-WXX")
    p = week_of(first.day)
    return Found("DATE", timex(p), None, p)


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


_SEASONS = {"spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3}


@rule("season", rf"{L}{PRE_POINT}(?:(?P<which>this{S}past|this{S}coming|this|last|next|past|coming|the|that|"
                rf"early|late|mid)(?:{S}|-))?(?:(?P<pre>early|late|mid)(?:{S}|-))?(?P<s>spring|summer|fall|autumn|"
                rf"winter)(?!\w)(?:(?P<of>{S}of)?{S}(?P<y>{YEAR}|{SPOKEN_YEAR}))?", "season")
def season(m: re.Match[str], ctx: Context) -> Found | None:
    """"last fall" -> 1997-FA, "this summer", "the winter of 1994" -> 1994-WI; not "the fall of Rome"."""
    s = _SEASONS[m["s"].lower()]
    which = _norm(m["which"])
    if which in ("early", "late", "mid"):
        which = ""
    if not which and not m["y"] and not m["pmod"] and not m["pre"]:
        if not _after_cue(ctx.text, m.start(), ("in", "during", "over", "since", "until", "by", "through",
                                                 "throughout", "before", "after")):
            return None
        if m["s"][0].isupper() and m.start() > 0 and ctx.text[m.start() - 2:m.start()].strip() not in ("", ".", ":"):
            return None
    if not m["y"] and re.match(rf"{S}of\b", ctx.text[m.end():m.end() + 6]):
        return None  # "the fall of the Berlin Wall"
    if m["s"].lower() == "fall" and not which and not m["y"]:
        return None
    mod = mod_of(m["pmod"]) or {"early": "START", "late": "END", "mid": "MID"}.get((m["pre"] or "").lower())
    if m["y"]:
        year = year_value(m["y"])
        if year is None:
            return None
        p = Period("season", year, s)
        return Found("DATE", timex(p), mod, p)
    if ctx.dct is None:
        return Found("DATE", f"XXXX-{('SP', 'SU', 'FA', 'WI')[s]}", mod)
    now = season_of(ctx.dct)
    k_now = now.year * 4 + now.index  # type: ignore[operator]
    if which in ("last", "past", "this past"):
        k = max(k for k in range(k_now - 4, k_now) if k % 4 == s)
    elif which in ("next", "coming", "this coming"):
        k = min(k for k in range(k_now + 1, k_now + 5) if k % 4 == s)
    elif which == "this":
        k = ctx.dct.year * 4 + s
    else:
        y = year_of(ctx, m.start(), m.end(), (4, 7, 10, 1)[s])
        k = (y if y is not None else ctx.dct.year) * 4 + s
    p = Period("season", k // 4, k % 4)
    return Found("DATE", timex(p), mod, p)

