"""Rules for calendar periods named relatively: this week, last month, next year, that day, last fall."""

from __future__ import annotations

import re

from .cores import dm, md, read_date, year_value
from .grammar import L, PRE_POINT, S, SPOKEN_YEAR, YEAR, mod_of
from .quarters import last_year_quarter, relative_quarter
from .resolve import direction, reference, year_of
from .rules import Context, Found, rule
from .values import Period, day, period_of, season_of, shift, timex, week_of

_WHICH = {"this": 0, "current": 0, "the current": 0, "present": 0, "the present": 0,
          "last": -1, "past": -1, "the past": -1, "the last": -1, "previous": -1, "the previous": -1,
          "this past": -1, "prior": -1, "the prior": -1, "the preceding": -1,
          "next": 1, "coming": 1, "the coming": 1, "this coming": 1, "the next": 1, "the following": 1,
          "the same": 0, "that": 0, "that same": 0, "the latest": -1, "the most recent": -1, "the": 0,
          "the upcoming": 1, "upcoming": 1}  # "the latest (fiscal) year": the last one completed
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
                         rf"the{S}latest(?={S}(?:fiscal{S})?year)|the{S}most{S}recent(?={S}(?:fiscal{S})?year)|"
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
    if _TO_UNIT.match(ctx.text, m.end("u")):
        return None  # "the quarter-to-quarter comparison", "on a year-to-year basis": no period is named
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
        return relative_quarter(m, ctx, which, mod)
    if unit == "year" and which == "last" and not mod:
        found = last_year_quarter(m, ctx)
        if found is not None:
            return found
    if ctx.dct is None:
        return Found("DATE", _unknown(unit), mod)
    gran = _GRANS[unit]
    ref = reference(ctx, m.start())
    if which == "the":
        ref = ctx.recent(gran, m.start(), 600) if gran != "year" else None
    if which in _RELATIVE_TO_REFERENCE or which == "the" and unit in ("day", "year", "month", "week"):
        base = _at_gran(ref, gran) if ref is not None else None
        if base is None:
            if unit == "day" and which in ("that", "that same", "the same"):
                return None  # "that day" with no day told before it is generic ("you sell that day")
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


_TO_UNIT = re.compile(r"[\s\u00a0]*-[\s\u00a0]*to[\s\u00a0]*-", re.IGNORECASE)


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

