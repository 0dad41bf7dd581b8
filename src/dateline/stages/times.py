"""Stage `times`: Recognise temporal expressions and normalise them to TIMEX3 values."""

from __future__ import annotations

from ..config import Settings
from ..doc import Doc
from ..registry import stage
from ..times import find_times


@stage("times", requires=["sentences", "published"], assigns=["times"])
def make_times(settings: Settings) -> object:
    """Recognise temporal expressions and normalise them to TIMEX3 values."""

    def times(doc: Doc) -> Doc:
        doc.times = find_times(doc)
        return doc

    return times
