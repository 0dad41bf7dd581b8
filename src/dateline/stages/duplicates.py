"""Stage `duplicates`: Mark repeated paragraphs and quotes inside the article."""

from __future__ import annotations

from ..config import Settings
from ..doc import Doc
from ..quotes.repeats import mark_duplicates
from ..registry import stage


@stage("duplicates", requires=["paragraphs", "quotes"], assigns=["duplicates"])
def make_duplicates(settings: Settings) -> object:
    """Mark repeated paragraphs and quotes inside the article."""

    def duplicates(doc: Doc) -> Doc:
        return mark_duplicates(doc)

    return duplicates
