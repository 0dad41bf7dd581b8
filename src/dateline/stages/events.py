"""Stage `events`: Code PLOVER events with actors, place, date and status."""

from __future__ import annotations

from ..config import Settings
from ..doc import Doc
from ..registry import stage


@stage("events", requires=["sentences", "entities", "places", "times", "quotes"], assigns=["events"])
def make_events(settings: Settings) -> object:
    """Code PLOVER events with actors, place, date and status."""
    from ..events import EventCoder

    coder = EventCoder()

    def events(doc: Doc) -> Doc:
        doc.events = coder.code(doc)
        return doc

    return events
