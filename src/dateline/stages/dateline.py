"""Stage `dateline`: the wire dateline that opens a story ("BEIRUT (Reuters) -", "MOSCOW, February 7. /TASS/.")."""

from __future__ import annotations

import re

from ..calendar import MONTH_RE
from ..config import Settings
from ..doc import Dateline, Doc
from ..registry import stage

_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]*[A-ZÀ-ÖØ-Þ.]"
_PLACE = rf"{_CAPS_WORD}(?:[ \t]+(?:{_CAPS_WORD}|de|del|da|do|al|el|la|le|du|of|upon|on))*"
_REGION_WORD = r"[A-Z][a-zA-Z.'’\-]+"
_REGION = rf"(?!{MONTH_RE}\s*\d){_REGION_WORD}(?:[ \t]+(?:(?:of|and|the|de|du|del)[ \t]+)?{_REGION_WORD}){{0,3}}"
_DATE = rf"{MONTH_RE}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+(?:19|20)\d\d)?"
_AGENCY = r"\((?P<agency>[A-Z][A-Za-z.&' \-]{1,40}?)\)|/(?P<agency2>[A-Z][A-Za-z.\- ]{1,20})/\.?"
_DASH = r"(?P<dash>--|[-–—―]|:)(?=[ \t\u00a0])"
_SP = r"[ \t\u00a0]*"

DATELINE = re.compile(
    rf"(?P<place>{_PLACE})(?:,{_SP}(?P<region>{_REGION}))?(?:,?{_SP}(?P<date>{_DATE}))?\.?{_SP}"
    rf"(?:{_AGENCY})?{_SP}(?:{_DASH})?")
DATE_FIRST = re.compile(rf"(?P<date>{_DATE}){_SP}(?:{_AGENCY}){_SP}(?:{_DASH})?")
_BYLINE = re.compile(r"By\s+[A-Z][^\n]{0,80}$")
_MAX_PARAGRAPHS = 6  # a dateline opens the story: look only at its first paragraphs


def find_dateline(doc: Doc) -> Dateline | None:
    """The dateline at the start of one of the first paragraphs, or None."""
    for para in doc.paragraphs[:_MAX_PARAGRAPHS]:
        if _BYLINE.match(para.text):
            continue
        found = _match(doc, para.start)
        if found:
            return found
    return None


def _match(doc: Doc, start: int) -> Dateline | None:
    """A dateline beginning at offset start, or None."""
    m = DATELINE.match(doc.text, start)
    if m and _plausible(m):
        return _dateline(doc, m, place=m["place"].rstrip("."))
    m = DATE_FIRST.match(doc.text, start)
    if m:
        return _dateline(doc, m, place=None)
    return None


def _plausible(m: re.Match[str]) -> bool:
    """A real dateline has an agency or a dash, and a place of at least three letters when it has neither date nor agency."""
    agency = m["agency"] or m["agency2"]
    if not (agency or m["dash"]):
        return False
    if len(re.sub(r"[^A-Za-zÀ-ÿ]", "", m["place"])) < 3:
        return False
    if not agency and m["dash"] == ":":
        return False  # "NOTE:" or "UPDATE:" headings, not datelines
    return True


def _dateline(doc: Doc, m: re.Match[str], place: str | None) -> Dateline:
    """The Dateline of a match; the span ends before the dash, which belongs to no field."""
    end = m.start("dash") if m["dash"] else m.end()
    end = m.start() + len(doc.text[m.start():end].rstrip(" \t\u00a0"))
    agency = m["agency"] or m["agency2"]
    place_span = doc.span(m.start("place"), m.start("place") + len(place)) if place else None
    return Dateline(span=doc.span(m.start(), end), place=place, date=m["date"],
                    agency=agency.strip() if agency else None, place_span=place_span,
                    region=m.groupdict().get("region"))


@stage("dateline", requires=["paragraphs"], assigns=["dateline"])
def make_dateline(settings: Settings) -> object:
    """Find the wire dateline: filing place, date as written, agency."""

    def dateline(doc: Doc) -> Doc:
        doc.dateline = find_dateline(doc)
        if doc.dateline and doc.dateline.agency and not doc.source:
            doc.source = doc.dateline.agency
        return doc

    return dateline
