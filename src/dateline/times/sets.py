"""Rules for recurring times (TIMEX3 SET): every week -> P1W, weekly, twice a year, each Thursday, on Sundays."""

from __future__ import annotations

import re

from ..calendar import month_number
from .cores import weekday_number
from .durations import duration_value, unit_code
from .grammar import L, MONTH_FULL, NUMBER, S, WEEKDAY, WEEKDAYS_PLURAL
from .lexicon import number
from .rules import Context, Found, rule

_ADVERBS = {"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
            "fortnightly": "P2W", "monthly": "P1M", "bimonthly": "P2M", "yearly": "P1Y", "annually": "P1Y",
            "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M", "twice-yearly": "P6M"}
_PARTS = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
_SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


@rule("set_every", rf"{L}(?P<q>every|each)(?:{S}(?P<other>other|single))?(?:{S}(?P<n>{NUMBER}))?{S}"
                   rf"(?P<u>seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|"
                   rf"years?|decades?|morning|afternoon|evening|spring|summer|autumn|fall|winter)(?!\w)", "set")
def every(m: re.Match[str], ctx: Context) -> Found | None:
    """"every week" -> P1W, "every other day" -> P2D, "each morning", "each summer"."""
    unit = m["u"].lower()
    if unit in _PARTS:
        return Found("SET", f"XXXX-XX-XX{_PARTS[unit]}")
    if unit in _SEASON_CODES:
        return Found("SET", f"XXXX-{_SEASON_CODES[unit]}")
    if unit.startswith("weekend"):
        return Found("SET", "XXXX-WXX-WE")
    code = unit_code(unit)
    if code is None:
        return None
    n = number(m["n"]) if m["n"] else 1.0
    if n is None:
        return None
    if m["other"] and m["other"].lower() == "other":
        n *= 2
    if unit.startswith("fortnight"):
        n *= 2
    if unit.startswith("night"):
        return Found("SET", "XXXX-XX-XXTNI") if n == 1 else Found("SET", duration_value(n, "D"))
    return Found("SET", duration_value(n, code))


@rule("set_named", rf"{L}(?P<q>every|each){S}(?:(?P<w>{WEEKDAY})|(?P<m>{MONTH_FULL}))(?:{S}(?P<p>morning|afternoon|"
                   rf"evening|night))?(?!\w)", "set")
def every_named(m: re.Match[str], ctx: Context) -> Found | None:
    """"each Thursday" -> XXXX-WXX-4, "every July" -> XXXX-07."""
    if m["w"]:
        wd = weekday_number(m["w"])
        if wd is None:
            return None
        part = _PARTS.get((m["p"] or "").lower(), "")
        return Found("SET", f"XXXX-WXX-{wd + 1}{part}")
    month = month_number(m["m"])
    return Found("SET", f"XXXX-{month:02d}") if month else None


@rule("set_adverb", rf"{L}(?P<a>hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|yearly|annually|"
                    rf"semi-?annually|biannually|twice-yearly)(?!\w)", "set")
def adverb(m: re.Match[str], ctx: Context) -> Found | None:
    """"weekly" -> P1W, "annually" -> P1Y; not the nouns ("the weekly", "a daily")."""
    word = m["a"].lower()
    if re.match(r"[\s\u00a0]+(?-i:[A-Z])", ctx.text[m.end():m.end() + 2]) and m.start() > 0 and \
            not re.search(r"[.!?]\s*$", ctx.text[max(0, m.start() - 3):m.start()]):
        return None  # "the Communist Party daily Granma"
    before = re.findall(r"[\w'’]+", ctx.text[max(0, m.start() - 15):m.start()].lower())
    if before and before[-1] in ("the", "a", "an", "this", "that", "its", "his", "her", "their") and \
            not re.match(rf"{S}[a-z]", ctx.text[m.end():m.end() + 3]):
        return None  # "the daily" (a newspaper)
    return Found("SET", _ADVERBS.get(word.replace("-", "") if word != "twice-yearly" else word, "P1D"))


@rule("set_frequency", rf"{L}(?P<f>once|twice|thrice|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                       rf"several|many|a{S}few){S}times){S}(?:a|an|per|each|every){S}(?P<u>second|minute|hour|day|"
                       rf"night|week|fortnight|month|quarter|year|decade)(?!\w)", "set")
def frequency(m: re.Match[str], ctx: Context) -> Found | None:
    """"twice a week" -> P1W (SET), "three times a year"."""
    code = unit_code(m["u"])
    if code is None:
        return None
    return Found("SET", duration_value(2 if m["u"].lower() == "fortnight" else 1, code))


@rule("set_weekdays", rf"{L}(?:on{S})?(?P<w>{WEEKDAYS_PLURAL})(?!\w)|{L}(?P<w2>{WEEKDAY})[\s\u00a0-]+"
                      rf"(?P<p>mornings|afternoons|evenings|nights)(?!\w)", "weekday")
def weekdays_plural(m: re.Match[str], ctx: Context) -> Found | None:
    """"on Sundays" -> XXXX-WXX-7, "Tuesday nights" -> XXXX-WXX-2TNI."""
    wd = weekday_number(m["w"] or m["w2"])
    if wd is None:
        return None
    part = _PARTS.get((m["p"] or "").lower().rstrip("s"), "")
    start = m.start("w") if m["w"] else m.start()
    return Found("SET", f"XXXX-WXX-{wd + 1}{part}", None, None, start, m.end())


@rule("set_seasons", rf"{L}(?:the{S}(?:past|last|next|coming){S}(?:{NUMBER}|several|few){S})?"
                     rf"(?P<s>springs|summers|autumns|winters)(?!\w)", "season")
def seasons_plural(m: re.Match[str], ctx: Context) -> Found | None:
    """"the past three summers" -> XXXX-SU (SET)."""
    return Found("SET", f"XXXX-{_SEASON_CODES[m['s'].lower()[:-1]]}")
