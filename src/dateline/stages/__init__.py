"""The built-in stages; importing this package registers every one of them (the one place they are listed)."""

from . import dateline, duplicates, entities, events, nlp, places, published, quotes, segment, times

__all__ = ["dateline", "duplicates", "entities", "events", "nlp", "places", "published", "quotes", "segment", "times"]
