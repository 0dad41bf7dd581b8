"""Rules for single days and times within them: today/yesterday, weekdays, clock times, parts of day."""

from __future__ import annotations

import re
from datetime import timedelta

from .cores import day_ref, read_day_ref, weekday_ref, read_weekday
from .grammar import DAYWORD, L, PRE_POINT, S, mod_of
from .lexicon import PARTS_OF_DAY
from .rules import Context, Found, rule
from .values import Period, day, timex

_NOT_WEEKDAY_AFTER = re.compile(
    r"[\s\u00a0]+(?-i:Times|Telegraph|Express|Mirror|Post|Herald|Independent|Tribune|Mail|Star|Sport|Sports|"
    r"Night\s+Football|Night\s+Live|People|Review|Magazine|Journal|Edition|School|Service|Show|Special|Club|"
    r"Business|Age|Observer|Sun|World|News|Morning\s+Herald|Nation|Standard|Today|Record|Argus)\b")
_NOT_WEEKDAY_BEFORE = re.compile(
    r"(?-i:Bloody|Black|Cyber|Super|Ash|Palm|Holy|Maundy|Shrove|Good|Easter|Clean|Great|Manic|Blue|Fat|"
    r"Giving|Small\s+Business|Man|Girl|Low|Whit|Passion|Orthodox|Mothering|Trinity|Rose)[\s\u00a0]+$")
_CLOCK_CUES = frozenset("at around about by until till before after from since to between and approximately "
                        "roughly shortly just".split())


def _words_before(text: str, start: int, n: int = 1) -> list[str]:
    """The n lower-cased words before offset start."""
    return re.findall(r"[\w'’-]+", text[max(0, start - 40):start].lower())[-n:]


def _reference_day(ctx: Context, at: int, window: int = 400) -> Period | None:
    """The day a bare time refers to: a day mentioned just before, else the publication date."""
    recent = ctx.recent("day", at, window)
    if recent is not None and recent.day is not None:
        return day(recent.day)
    return day(ctx.dct) if ctx.dct else None


@rule("deictic_day", rf"{L}{PRE_POINT}(?P<rel>the{S}day{S}before{S}yesterday|the{S}day{S}after{S}tomorrow|"
                     rf"today|yesterday|tomorrow)(?!\w)", "deictic")
def deictic(m: re.Match[str], ctx: Context) -> Found | None:
    """today, yesterday, tomorrow (with "late", "earlier"): days counted from the publication date; not the era
    ("today's youth", "the cities of tomorrow") nor a title ("USA Today")."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    if rel in ("today", "tomorrow") and _not_a_day(ctx.text, m.start("rel"), m.end("rel")):
        return None
    shift = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}.get(rel, 0)
    if ctx.dct is None:
        return Found("DATE", "XXXX-XX-XX", mod_of(m["pmod"]))
    p = day(ctx.dct + timedelta(days=shift))
    return Found("DATE", timex(p), mod_of(m["pmod"]), p)


# Nouns after "today's" that make it the present era rather than the day ("today's youth", "today's world").
_ERA_NOUNS = frozenset("""world youth young society generation generations children kids teenagers students parents
    families people women men workers consumers voters computers technology technologies economy economies market
    markets culture politics standards terms dollars prices climate environment life lifestyle age era times
    military armies army weapons warfare business businesses industry companies media""".split())
_ERA_NOUN_AFTER = re.compile(r"['’]s[\s\u00a0]+([a-z]+)(?:[\s\u00a0]+([a-z]+))?")


def _not_a_day(text: str, start: int, end: int) -> bool:
    """True for "today's world" (the era), "the people of tomorrow" (the future) and "USA Today" (a name)."""
    after = _ERA_NOUN_AFTER.match(text, end)
    if after is not None and (after[1] in _ERA_NOUNS or after[2] in _ERA_NOUNS):  # "today's personal computers"
        return True
    if re.search(r"(?i:\bof)[\s\u00a0]+$", text[max(0, start - 6):start]) and not re.match(r"[\s\u00a0]*['’]s", text[end:]):
        return not re.search(r"(?i:\b(?:morning|afternoon|evening|night|end|rest|events?|meeting|session|"
                             r"edition|issue)[\s\u00a0]+of[\s\u00a0]+$)", text[max(0, start - 30):start])
    return text[start].isupper() and bool(re.search(r"(?-i:[A-Z][\w.]*)[\s\u00a0]+$", text[max(0, start - 20):start])) \
        and not re.search(r"[.!?:;\"“”]\s*$|\n\s*$", text[max(0, start - 20):start])


@rule("day_offset", rf"{L}(?:the{S})?(?P<n>day|two{S}days){S}(?P<dir>before|after){S}{day_ref('d')}(?!\w)",
      "weekday month deictic")
def day_offset(m: re.Match[str], ctx: Context) -> Found | None:
    """"the day before last Tuesday's hearing", "two days after Jan. 5": a day counted from a named day."""
    base = read_day_ref(m, "d", ctx)
    if base is None or base.day is None:
        return None
    n = (1 if m["n"].lower() == "day" else 2) * (-1 if m["dir"].lower() == "before" else 1)
    p = day(base.day + timedelta(days=n))
    return Found("DATE", timex(p), None, p)


_TODAY_IS = "|".join(f"(?<=\\b{w} )" for w in ("today is", "it is", "it's", "it’s", "this is", "is now"))


@rule("nth_day", rf"(?:{_TODAY_IS})(?P<the>the{S}(?:{DAYWORD}|\d{{1,3}}(?:st|nd|rd|th))"
                rf"{S}(?:straight{S}|consecutive{S}|successive{S}|full{S})?day)(?!\w)", "unit")
def nth_day(m: re.Match[str], ctx: Context) -> Found | None:
    """"Today is the eighth day of the siege", "It's the second day of the offensive": the publication date."""
    if ctx.dct is None:
        return Found("DATE", "XXXX-XX-XX", None, None, m.start("the"))
    p = day(ctx.dct)
    return Found("DATE", timex(p), None, p, m.start("the"))


@rule("weekday", rf"{L}{PRE_POINT}{weekday_ref('w')}(?!\w)", "weekday")
def weekday(m: re.Match[str], ctx: Context) -> Found | None:
    """A weekday: the latest one for past or present tense, the next one for future ("will meet Thursday")."""
    if _NOT_WEEKDAY_AFTER.match(ctx.text, m.end()) or _NOT_WEEKDAY_BEFORE.search(ctx.text, 0, m.start("ww")):
        return None
    p = read_weekday(m, "w", ctx)
    if p is None:
        return None
    return Found("DATE", timex(p), mod_of(m["pmod"]), p if p.gran == "day" else None)


_CLOCK_PARTS = {"morning": 0, "afternoon": 12, "evening": 12, "night": 12}


def clock(p: str) -> str:
    """A clock time: "10:35 a.m.", "7 p.m.", "3 o'clock", "noon", "4 in the morning", "14:30"."""
    return (rf"(?:(?P<{p}h>\d{{1,2}})(?:[:.](?P<{p}mi>[0-5]\d))?[\s\u00a0]*"
            rf"(?P<{p}ap>[ap]\.?[\s\u00a0]?m\.?|[AP]M)(?!\w)"
            rf"|(?P<{p}h2>[01]?\d|2[0-3]):(?P<{p}mi2>[0-5]\d)(?![\d:])"
            rf"|(?P<{p}h3>\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve){S}o['’]clock"
            rf"|(?P<{p}w>noon|midnight|midday)"
            rf"|(?P<{p}h4>\d{{1,2}}){S}in{S}the{S}(?P<{p}pd>morning|afternoon|evening|night))"
            rf"(?:[\s\u00a0]*\(?(?P<{p}tz>(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|MSK)|local{S}time)\)?)?")


_WORD_HOURS = {w: i for i, w in
               enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}


def read_clock(m: re.Match[str], p: str) -> str | None:
    """HH:MM of a matched clock time, or None when it is not a valid time."""
    g = m.groupdict()
    if g[p + "w"]:
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[g[p + "w"].lower()]
    if g[p + "h"]:
        h, mi = int(g[p + "h"]), int(g[p + "mi"] or 0)
        pm = g[p + "ap"].lower().startswith("p")
        if not 1 <= h <= 12:
            return None
        h = (h % 12) + (12 if pm else 0)
        return f"{h:02d}:{mi:02d}"
    if g[p + "h2"]:
        return f"{int(g[p + 'h2']):02d}:{g[p + 'mi2']}"
    if g[p + "h3"]:
        h3 = g[p + "h3"].lower()
        h = int(h3) if h3.isdigit() else _WORD_HOURS[h3]
        return f"{h:02d}:00" if 0 <= h <= 24 else None
    if g[p + "h4"]:
        h = int(g[p + "h4"])
        if not 1 <= h <= 12:
            return None
        h = h % 12 + _CLOCK_PARTS[g[p + "pd"].lower()] if not (g[p + "pd"].lower() == "night" and h > 9) else h % 12
        return f"{h:02d}:00"
    return None


@rule("clock", rf"{L}(?P<cmod>(?:around|about|approximately|roughly|shortly{S}(?:after|before)|"
               rf"just{S}(?:after|before)){S})?{clock('c')}(?:,?{S}(?:on{S})?{day_ref('d')})?(?!\w)", "clock part")
def clock_time(m: re.Match[str], ctx: Context) -> Found | None:
    """A clock time, on the day written next to it, else the day just mentioned, else the publication date."""
    hhmm = read_clock(m, "c")
    if hhmm is None:
        return None
    cmod = m.groupdict().get("cmod")  # "Wednesday at 10 p.m." (day_at_clock) has no modifier group
    if m["cw"] and re.search(r"(?i:high)[\s\u00a0]+$", ctx.text[max(0, m.start() - 6):m.start()]):
        return None  # "High Noon"
    if m["ch2"] and not m["ctz"]:
        before = _words_before(ctx.text, m.start(), 1)
        if not (cmod or (before and before[0] in _CLOCK_CUES)):
            return None
    if m["dam"] or m["dbm"] or m["dcw"] or m["drel"]:
        base = read_day_ref(m, "d", ctx)
    else:
        shared = _RANGE_END_DAY.match(ctx.text, m.end())  # "from 7 a.m. to 8 p.m. on Sunday"
        base = read_day_ref(shared, "e", ctx) if shared else _reference_day(ctx, m.start())
        if shared and base is not None and base.day is not None and (read_clock(shared, "y") or "") < hhmm:
            base = day(base.day - timedelta(days=1))  # "from 10 p.m. to 5 a.m. Sunday" starts on Saturday
        elif base is not None and base.day is not None and _after_midnight(ctx, m.start(), hhmm):
            base = day(base.day + timedelta(days=1))  # "from 10 p.m. to 5 a.m.": the morning after
    mod = "APPROX" if cmod and cmod.lower().split()[0] in ("around", "about", "approximately", "roughly") else None
    if base is None or base.gran == "weekday" or (base.gran == "day" and base.day is None):
        return Found("TIME", f"XXXX-XX-XXT{hhmm}", mod)
    return Found("TIME", f"{timex(base)}T{hhmm}", mod, base)


_CLOCK_ONLY = re.compile(clock("x"), re.IGNORECASE)
_TIME_LINK = re.compile(r"[\s\u00a0]*(?:to|until|till|through|and|[-‐–—])[\s\u00a0]*", re.IGNORECASE)
_RANGE_END_DAY = re.compile(rf"{_TIME_LINK.pattern}{clock('y')},?{S}(?:on{S})?{day_ref('e')}(?!\w)", re.IGNORECASE)


def _after_midnight(ctx: Context, start: int, hhmm: str) -> bool:
    """True when this clock time ends a range whose start, written just before, is a later hour of the day."""
    if ctx.last_from < 0 or not 0 <= start - ctx.last_at <= 12 or not _TIME_LINK.fullmatch(ctx.text, ctx.last_at, start):
        return False
    before = _CLOCK_ONLY.search(ctx.text, ctx.last_from, ctx.last_at)
    earlier = read_clock(before, "x") if before else None
    return earlier is not None and earlier > hhmm


@rule("day_at_clock", rf"{L}{day_ref('d')},?{S}(?:at|around|about){S}{clock('c')}(?!\w)", "clock")
def day_at_clock(m: re.Match[str], ctx: Context) -> Found | None:
    """"Wednesday at 10 p.m.", "Feb. 3 at noon"."""
    return clock_time(m, ctx) if read_clock(m, "c") else None


def _part(word: str) -> str:
    """The TIMEX3 part-of-day code of a word ("night" -> NI)."""
    w = word.lower()
    if "hours" in w:
        return "MO"
    return PARTS_OF_DAY.get(w, "DT")


@rule("part_of_day", rf"{L}{PRE_POINT}(?:(?P<rel>this|tomorrow|yesterday|last|early{S}this|late{S}this)|"
                     rf"{day_ref('d')})[\s\u00a0-]+(?P<pd>morning|afternoon|evening|night|overnight)(?!\w)", "part")
def day_part(m: re.Match[str], ctx: Context) -> Found | None:
    """"this morning", "last night", "Tuesday morning", "Feb. 3 evening": a day and a part of it (TIME)."""
    part = _part(m["pd"])
    rel = (m["rel"] or "").lower().split()[-1] if m["rel"] else ""
    if rel:
        if ctx.dct is None:
            return Found("TIME", f"XXXX-XX-XXT{part}", mod_of(m["pmod"]))
        shift = {"tomorrow": 1, "yesterday": -1, "last": -1}.get(rel, 0)
        if rel == "last" and part not in ("NI", "EV"):
            return None
        base: Period | None = day(ctx.dct + timedelta(days=shift))
    else:
        if m["dcw"] and (_NOT_WEEKDAY_BEFORE.search(ctx.text, 0, m.start("dcw"))):
            return None
        base = read_day_ref(m, "d", ctx)
    if base is None:
        return None
    if base.gran == "weekday":
        return Found("TIME", f"{timex(base)}T{part}", mod_of(m["pmod"]))
    return Found("TIME", f"{timex(base)}T{part}", mod_of(m["pmod"]), base)


@rule("part_of_named_day", rf"{L}(?:the{S})?(?P<pre>early{S}|late{S}|wee{S}|small{S})?(?P<pd>morning|afternoon|"
                           rf"evening|night|hours)(?!\w)(?:{S}of{S}{day_ref('d')}(?:[\s\u00a0-]+"
                           rf"(?P<pd2>morning|afternoon|evening|night))?)(?!\w)", "part")
def part_of_named_day(m: re.Match[str], ctx: Context) -> Found | None:
    """"the night of December 11" -> 2016-12-11TNI, "the early hours of Thursday morning"."""
    base = read_day_ref(m, "d", ctx)
    if base is None:
        return None
    part = _part(m["pd2"] or m["pd"])
    if base.gran == "weekday" or base.day is None and base.gran == "day" and base.year is None:
        return Found("TIME", f"{timex(base)}T{part}")
    return Found("TIME", f"{timex(base)}T{part}", None, base)


@rule("part_of_day_alone", rf"{L}(?:(?P<the>the|this|that){S}(?P<pre>early{S}|late{S})?(?P<pd>morning|afternoon|"
                           rf"evening)|(?P<pre2>mid|early|late)[\s\u00a0-]*(?P<pd2>morning|afternoon|evening)"
                           rf"(?:{S}(?P<rel>today|yesterday|tomorrow))?|(?P<t>tonight|overnight))(?!\w)", "part")
def part_alone(m: re.Match[str], ctx: Context) -> Found | None:
    """"in the morning", "mid-afternoon yesterday", "tonight": the part of the day just mentioned or of today."""
    word = m["pd"] or m["pd2"] or m["t"]
    part = _part(word)
    if m["rel"] and ctx.dct:
        base: Period | None = day(ctx.dct + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(m["rel"].lower(), 0)))
    elif m["t"] and m["t"].lower() == "overnight":
        base = _reference_day(ctx, m.start())
    elif (m["the"] or "").lower() in ("this",) or m["t"]:
        base = day(ctx.dct) if ctx.dct else None
    else:
        base = _reference_day(ctx, m.start())
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["pre"] or m["pre2"] or "").strip().lower())
    if base is None:
        return Found("TIME", f"XXXX-XX-XXT{part}", mod)
    return Found("TIME", f"{timex(base)}T{part}", mod, base)
