"""The watcher: poll feeds, fetch each new article once, extract it, hand it to the sink, remember it."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..doc import Doc
from ..errors import E_NO_ARTICLE, E_UNREADABLE, E_UNSUPPORTED, InputError
from ..ids import article_id
from ..ingest.records import doc_from_html, error_doc
from .entries import Entry, FeedParseError, normalise_url, parse_feed
from .fetch import Fetcher, FetchError
from .robots import Robots
from .sinks import Sink
from .state import SeenState

HTML_TYPES = ("text/html", "application/xhtml+xml", "")
FINAL_KEY = "fetched_url"  # Doc.meta key: the article's URL after redirects, when it differs from the link
Process = Callable[[list[Doc]], Iterable[Doc]]


@dataclass(slots=True)
class PollStats:
    """What one poll did."""

    feeds: int = 0
    not_modified: int = 0
    entries: int = 0
    new: int = 0
    stored: int = 0  # handed to the sink (errors included)
    errors: int = 0  # of those, records with an error
    later: int = 0  # transient failures to try again next poll
    feed_errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the log."""
        bad = f", feed errors: {'; '.join(self.feed_errors)}" if self.feed_errors else ""
        return (f"{self.feeds} feeds ({self.not_modified} unchanged), {self.entries} entries, {self.new} new, "
                f"{self.stored} written ({self.errors} with errors), {self.later} to retry{bad}")


class Watcher:
    """Polls feeds politely; an article is fetched and processed at most once, even across restarts."""

    def __init__(self, feeds: list[str], process: Process, sink: Sink, state: SeenState,
                 fetcher: Fetcher | None = None, max_chars: int | None = None) -> None:
        self.feeds, self.process, self.sink, self.state = feeds, process, sink, state
        self.fetcher = fetcher or Fetcher()
        self.robots = Robots(self.fetcher) if self.fetcher.policy.respect_robots else None
        self.max_chars = max_chars

    def poll(self) -> PollStats:
        """Check every feed once and process what is new."""
        stats = PollStats()
        for feed in self.feeds:
            stats.feeds += 1
            self._poll_feed(feed, stats)
        return stats

    def run(self, interval: float, polls: int | None = None, on_poll: Callable[[PollStats], None] | None = None,
            sleep: Callable[[float], None] = time.sleep) -> None:
        """Poll every `interval` seconds, `polls` times (forever when None)."""
        n = 0
        while polls is None or n < polls:
            t0 = time.monotonic()
            stats = self.poll()
            n += 1
            if on_poll:
                on_poll(stats)
            if polls is None or n < polls:
                sleep(max(0.0, interval - (time.monotonic() - t0)))

    def _poll_feed(self, feed: str, stats: PollStats) -> None:
        """One feed: conditional fetch, new entries, articles, sink; validators saved only once all is written."""
        if self.robots and not self.robots.allowed(feed):
            stats.feed_errors.append(f"{feed}: robots.txt disallows it")
            return
        etag, modified = self.state.validators(feed)
        try:
            resp = self.fetcher.get(feed, etag, modified)
        except FetchError as e:
            self.state.feed_checked(feed, f"error: {e.message}", keep_validators=True)
            stats.feed_errors.append(f"{feed}: {e.message}")
            return
        if resp.not_modified:
            self.state.feed_checked(feed, "not modified", keep_validators=True)
            stats.not_modified += 1
            return
        try:
            entries = parse_feed(resp.body, resp.url, resp.content_type)
        except FeedParseError as e:
            self.state.feed_checked(feed, f"error: {e}", keep_validators=True)
            stats.feed_errors.append(f"{feed}: {e}")
            return
        stats.entries += len(entries)
        fresh = set(self.state.unseen([e.key for e in entries]))
        todo = [e for e in entries if e.key in fresh]
        stats.new += len(todo)
        fetched = [(entry, doc) for entry in todo if (doc := self._article(feed, entry, stats)) is not None]
        done = list(self.process([doc for _, doc in fetched]))
        self.sink.write(done)
        for (entry, _), doc in zip(fetched, done, strict=True):
            code = doc.error.code if doc.error else None
            for key in (entry.key, doc.meta.get(FINAL_KEY)):
                if key:
                    self.state.finish(key, entry.url or "", feed, doc.id, code)
            stats.stored += 1
            stats.errors += doc.error is not None
        self.state.feed_checked(feed, "ok", resp.etag, resp.last_modified)

    def _article(self, feed: str, entry: Entry, stats: PollStats) -> Doc | None:
        """The Doc of an entry's page, an error Doc when it cannot be had, None to try again next poll."""
        if entry.url is None:
            return self._failed(entry, E_UNREADABLE, entry.problem or "the feed entry has no link")
        if self.robots and not self.robots.allowed(entry.url):
            return self._failed(entry, E_UNREADABLE, "robots.txt disallows fetching it")
        try:
            resp = self.fetcher.get(entry.url)
        except FetchError as e:
            if not e.permanent and self.state.retry_later(entry.key, entry.url, feed, e.message):
                stats.later += 1
                return None
            return self._failed(entry, e.code, e.message)
        ctype = resp.content_type.split(";")[0].strip()
        if ctype not in HTML_TYPES:
            return self._failed(entry, E_UNSUPPORTED, f"the page is {ctype}, not HTML")
        final = normalise_url(resp.url)
        if final != entry.key and not self.state.unseen([final]):
            # Another feed's link led to the same article; it was processed then.
            self.state.finish(entry.key, entry.url, feed, article_id(final, ""))
            return None
        try:
            doc = doc_from_html(resp.body, url=entry.url, title=entry.title, published=entry.published,
                                origin=entry.url, max_chars=self.max_chars)
        except InputError as e:
            doc = self._failed(entry, e.code, e.message)
        except Exception as e:  # noqa: BLE001 -- one odd page must not stop the poll of every other article
            doc = self._failed(entry, E_NO_ARTICLE, f"the page could not be read: {type(e).__name__}: {e}"[:300])
        if final != entry.key:
            doc.meta[FINAL_KEY] = final
        return doc

    def _failed(self, entry: Entry, code: str, message: str) -> Doc:
        """An error Doc for an entry, with the id its article would have had."""
        doc = error_doc(code, message, entry.url or entry.key, article_id(entry.url, "") if entry.url else None)
        doc.url, doc.title = entry.url, entry.title
        return doc

