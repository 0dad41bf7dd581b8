"""The times layer: TIMEX3 recognition and normalisation of temporal expressions against the publication date."""

from .anchor import times_for, times_in
from .extract import find_times, publication_date
from .recognise import Mention, recognise

__all__ = ["Mention", "find_times", "publication_date", "recognise", "times_for", "times_in"]
