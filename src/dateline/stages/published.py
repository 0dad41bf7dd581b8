"""Stage `published`: the publication date, given or from metadata, else inferred from the dateline and the text."""

from __future__ import annotations

from ..calendar import YEAR, full_dates, month_day, safe_date
from ..config import Settings
from ..doc import Doc
from ..registry import stage


def infer_published(doc: Doc) -> tuple[str, str] | None:
    """(YYYY-MM-DD, how) for a document without a given date: from its dateline, else from the text."""
    if doc.dateline and doc.dateline.date:
        md = month_day(doc.dateline.date)
        if md:
            month, day, year = md
            year = year or _year_for(doc.text, month, day)
            found = safe_date(year, month, day) if year else None
            if found:
                return found.isoformat(), "dateline"
    written = full_dates(doc.text[:3000])
    if written:
        return max(written).isoformat(), "text"
    return None


def _year_for(text: str, month: int, day: int) -> int | None:
    """The year of a dateline "Month day": the first such date not before the latest full date the story reports.

    News reports what happened before it was filed, so the dateline falls on or after the dated past events
    in the story ("On January 20, 2017 ..." in a story dated "February 7" makes it 2017-02-07).
    """
    written = full_dates(text)
    if written:
        latest = max(written)
        for year in (latest.year, latest.year + 1):
            d = safe_date(year, month, day)
            if d and d >= latest:
                return year
        return latest.year + 1
    years = [int(y) for y in YEAR.findall(text)]
    return max(years) if years else None


@stage("published", requires=["dateline", "published.given"], assigns=["published"])
def make_published(settings: Settings) -> object:
    """Settle the publication date and record how it was obtained."""

    def published(doc: Doc) -> Doc:
        if not doc.published:
            found = infer_published(doc)
            if found:
                doc.published, doc.published_from = found
        return doc

    return published

