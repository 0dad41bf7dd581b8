"""Rules for times TimeML leaves unresolved: PRESENT_REF (now), PAST_REF (recently), FUTURE_REF (the future)."""

from __future__ import annotations

import re

from .grammar import L, S
from .rules import Context, Found, rule


@rule("present_ref", rf"{L}(?:(?:right|just){S})?(?P<v>now|nowadays|currently|presently|at{S}present|"
                     rf"the{S}present(?:{S}(?:time|day|moment))?|this{S}(?:very{S}|crucial{S}|critical{S}|"
                     rf"particular{S}|present{S}|difficult{S})?moment|at{S}this{S}(?:time|point)|these{S}days|"
                     rf"current)(?!\w)", "vague")
def present(m: re.Match[str], ctx: Context) -> Found | None:
    """now, currently, current, at this moment, these days: the present."""
    v = m["v"].lower()
    after = ctx.text[m.end():m.end() + 20]
    if v == "now" and re.match(r"[\s\u00a0]*-?[\s\u00a0]*(?:defunct|famous|former|retired|closed|extinct)\b", after):
        return None
    if v == "now" and after.startswith(",") and re.search(r"(?:^|[.!?:;\n\"“”'‘’`])[\s\u00a0]*$",
                                                      ctx.text[max(0, m.start() - 4):m.start()]):
        return None  # "Now, he says ...": a discourse marker, not the present
    if v == "current" and re.match(r"[\s\u00a0]+(?:account|accounts|affairs|events|liabilities|assets|"
                                   r"prices?|dollars|edition|issue)\b", after, re.I):
        return None
    return Found("DATE", "PRESENT_REF")


@rule("past_ref", rf"{L}(?P<v>(?:(?:more|most|until|only|very|quite){S})?recently|lately|formerly|"
                  rf"(?:in{S})?the{S}(?:recent{S}|distant{S})?past|past{S}(?:years|decades|months|weeks|centuries)|"
                  rf"(?:the{S})?(?:most{S})?recent{S}(?P<ru>days|weeks|months|years|decades|quarters|times|"
                  rf"history|past)|long{S}ago|years{S}ago|(?:a{S}while|some{S}time){S}ago|"
                  rf"at{S}(?:the|that){S}time|the{S}old{S}days)(?!\w)", "vague")
def past(m: re.Match[str], ctx: Context) -> Found | None:
    """recently, recent, in the past, at the time: some time before now."""
    v = re.sub(r"\s+", " ", m["v"].lower())
    if v.endswith("past") and re.match(rf"{S}(?:few|several|\d|one|two|three|four|five|six|seven|eight|nine|ten|"
                                       rf"year|month|week|day|decade|century|quarter|half|weekend)",
                                       ctx.text[m.end():m.end() + 12], re.I):
        return None
    if v.startswith("at") and re.match(rf"{S}(?:of|when|that)\b", ctx.text[m.end():m.end() + 8]):
        return None
    unit = (m["ru"] or "").lower()
    if unit in ("days", "weeks", "months", "quarters"):
        return Found("DURATION", {"days": "PXD", "weeks": "PXW", "months": "PXM", "quarters": "PXQ"}[unit])
    start = m.start("v")
    if v.startswith("at "):
        start = m.start("v") + 3
    return Found("DATE", "PAST_REF", None, None, start, m.end())


@rule("future_ref", rf"{L}(?P<v>(?:in{S})?(?:the{S})?(?:near|distant|foreseeable|immediate|not[\s-]too[\s-]distant)"
                    rf"{S}future|(?:in{S})?the{S}future(?!{S}of)|in{S}future|future(?={S}(?:days|weeks|months|"
                    rf"years|decades|quarters|generations|losses))|"
                    rf"the{S}(?:near|short|long|medium)[\s-]term(?![\s-]\w)|"
                    rf"(?:the{S})?(?:coming|upcoming){S}(?:days|weeks|months|years|decades|quarters)|"
                    rf"(?:the{S})?(?:days|weeks|months|years){S}(?:ahead|to{S}come)|someday|"
                    rf"a{S}later{S}date)(?!\w)", "vague")
def future(m: re.Match[str], ctx: Context) -> Found | None:
    """the future, soon-to-come periods (coming months, the near term): some time after now."""
    return Found("DATE", "FUTURE_REF")
