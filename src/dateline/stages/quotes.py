"""Stage `quotes`: Find direct, indirect and mixed quotes and resolve their speakers."""

from __future__ import annotations

from ..config import Settings
from ..doc import Doc
from ..quotes import find_quotes
from ..registry import stage


@stage("quotes", requires=["sentences", "entities"], assigns=["quotes"])
def make_quotes(settings: Settings) -> object:
    """Find direct, indirect and mixed quotes and resolve their speakers."""

    def quotes(doc: Doc) -> Doc:
        doc.quotes = find_quotes(doc)
        return doc

    return quotes
