"""Live feeds: poll RSS/Atom politely, fetch each new article once, extract it and hand it to a sink."""

from .entries import Entry, normalise_url, parse_feed
from .fetch import Fetcher, FetchError, Politeness, Response
from .sinks import SINKS, JsonlSink, Sink, StoreSink, open_sink
from .state import SeenState
from .watch import PollStats, Watcher

__all__ = ["SINKS", "Entry", "FetchError", "Fetcher", "JsonlSink", "Politeness", "PollStats", "Response",
           "SeenState", "Sink", "StoreSink", "Watcher", "normalise_url", "open_sink", "parse_feed"]
