"""The times layer: TIMEX3 recognition and normalisation of temporal expressions against the publication date.

Use `find_times(doc)` (what the `times` stage runs), `recognise(text, published)` on plain text,
`times_in(doc, span)` / `times_for(doc, span)` for the times of a sentence or clause, and
`interval(value)` for the calendar interval a TIMEX3 value covers.
"""

from .anchor import times_for, times_in
from .extract import find_times, publication_date
from .interval import interval
from .recognise import Mention, recognise

__all__ = ["Mention", "find_times", "interval", "publication_date", "recognise", "times_for", "times_in"]
