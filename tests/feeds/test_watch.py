"""The watcher end to end against a local server: new articles once, 304s, restarts, robots, retries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dateline.feeds import Fetcher, JsonlSink, Politeness, SeenState, Watcher
from dateline.pipeline import Pipeline
from support import assert_offsets


def make_watcher(site: Any, tmp_path: Path, settings: Any, feeds: list[str] | None = None) -> Watcher:
    pipeline = Pipeline(settings)
    return Watcher(feeds or [site.base + "/feed.xml"], pipeline.pipe, JsonlSink(str(tmp_path / "out.jsonl")),
                   SeenState(tmp_path / "seen.sqlite"), Fetcher(Politeness(host_delay=0.0)))


def written(tmp_path: Path) -> list[dict[str, Any]]:
    path = tmp_path / "out.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def close(w: Watcher) -> None:
    w.sink.close()
    w.state.close()


def test_watch_processes_each_article_once(news_site: Any, tmp_path: Path, light_settings: Any) -> None:
    w = make_watcher(news_site, tmp_path, light_settings)
    first = w.poll()
    assert (first.new, first.stored, first.errors) == (2, 2, 0)
    recs = written(tmp_path)
    assert [r["url"] for r in recs] == [news_site.base + "/news/port-strike.html", news_site.base + "/news/bridge.html"]
    assert "48-hour strike" in recs[0]["text"] and recs[0]["title"] == "Dock workers strike"
    assert recs[0]["published"] == "2024-05-06" and recs[0]["dateline"]["place"] == "ROTTERDAM"
    for r in recs:
        assert_offsets(r)
    second = w.poll()
    assert second.not_modified == 1 and second.new == 0
    assert "If-None-Match" in news_site.log[-1][1]
    close(w)
    assert len(written(tmp_path)) == 2


def test_watch_never_repeats_across_restarts(news_site: Any, tmp_path: Path, light_settings: Any) -> None:
    w = make_watcher(news_site, tmp_path, light_settings)
    w.poll()
    close(w)
    news_site.set_feed(["/news/election.html", "/news/port-strike.html", "/news/bridge.html"], "v2")
    again = make_watcher(news_site, tmp_path, light_settings)
    stats = again.poll()
    close(again)
    assert (stats.entries, stats.new, stats.stored) == (3, 1, 1)
    assert [r["title"] for r in written(tmp_path)] == ["Dock workers strike", "Bridge reopens", "Turnout rises"]
    for path in ("/news/port-strike.html", "/news/bridge.html", "/news/election.html"):
        assert news_site.hits(path) == 1
    assert len({r["id"] for r in written(tmp_path)}) == 3


def test_watch_respects_robots(news_site: Any, tmp_path: Path, light_settings: Any) -> None:
    news_site.set_feed(["/private/memo.html", "/news/bridge.html"], "v3")
    w = make_watcher(news_site, tmp_path, light_settings)
    stats = w.poll()
    w.poll()
    close(w)
    recs = written(tmp_path)
    assert news_site.hits("/private/memo.html") == 0 and news_site.hits("/robots.txt") == 1
    assert recs[0]["error"]["code"] == "E_UNREADABLE" and "robots" in recs[0]["error"]["message"]
    assert recs[0]["url"].endswith("/private/memo.html") and "error" not in recs[1]
    assert stats.stored == 2 and len(recs) == 2


def test_watch_retries_transient_failures(news_site: Any, tmp_path: Path, light_settings: Any) -> None:
    news_site.serve("/news/bridge.html", b"busy", status=503)
    w = make_watcher(news_site, tmp_path, light_settings)
    first = w.poll()
    assert (first.stored, first.later) == (1, 1)
    news_site.set_feed(["/news/port-strike.html", "/news/bridge.html"], "v1b")  # a changed feed: no 304
    news_site.serve("/news/bridge.html", news_site.pages["/news/port-strike.html"].body.replace(b"Dock", b"Bridge"))
    second = w.poll()
    close(w)
    assert (second.new, second.stored, second.later) == (1, 1, 0)
    assert news_site.hits("/news/bridge.html") == 2 and news_site.hits("/news/port-strike.html") == 1


@pytest.mark.parametrize("page,code", [(b"%PDF-1.4 binary", "E_UNSUPPORTED"),
                                       (b"<html><body><p>Menu</p></body></html>", "E_NO_ARTICLE")])
def test_watch_unusable_pages_become_error_records(news_site: Any, tmp_path: Path, light_settings: Any,
                                                   page: bytes, code: str) -> None:
    ctype = "application/pdf" if page.startswith(b"%PDF") else "text/html"
    news_site.serve("/news/bridge.html", page, content_type=ctype)
    w = make_watcher(news_site, tmp_path, light_settings)
    w.poll()
    close(w)
    assert [r.get("error", {}).get("code") for r in written(tmp_path)] == [None, code]


@pytest.mark.parametrize("body,status", [(b"<html>not a feed</html>", 200), (b"gone", 404)])
def test_watch_bad_feeds_are_reported_not_fatal(news_site: Any, tmp_path: Path, light_settings: Any,
                                                body: bytes, status: int) -> None:
    news_site.serve("/bad.xml", body, status=status)
    w = make_watcher(news_site, tmp_path, light_settings, [news_site.base + "/bad.xml", news_site.base + "/feed.xml"])
    stats = w.poll()
    close(w)
    assert len(stats.feed_errors) == 1 and "/bad.xml" in stats.feed_errors[0] and stats.stored == 2


@pytest.mark.slow
def test_watch_cli_once(news_site: Any, tmp_path: Path) -> None:
    config = tmp_path / "light.toml"
    config.write_text('[pipeline]\nstages = ["segment", "dateline", "published"]\n', encoding="utf-8")
    args = [sys.executable, "-m", "dateline", "watch", news_site.base + "/feed.xml", "--once", "--delay", "0",
            "--config", str(config), "-o", str(tmp_path / "out.jsonl"), "--state", str(tmp_path / "seen.sqlite")]
    runs = [subprocess.run(args, capture_output=True, text=True, timeout=300) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr
    assert "2 new, 2 written" in runs[0].stderr and "(1 unchanged)" in runs[1].stderr
    assert len(written(tmp_path)) == 2
    assert all(h.get("User-Agent", "").startswith("dateline/") for _, h in news_site.log)


def malformed_feed(base: str, version: str) -> bytes:
    """Two good items among items with no link, a script link, a mail link and odd fields."""
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Example Daily</title><link>{base}/</link>'
            f"<description>News {version}</description>"
            f"<item><title>Dock workers strike</title><link>{base}/news/port-strike.html</link>"
            "<pubDate>yesterday-ish</pubDate></item>"
            "<item><title>No link at all</title><description>Only words.</description></item>"
            "<item><title>Script</title><link>javascript:void(0)</link></item>"
            '<item><title>Mail</title><link>mailto:desk@example.org</link><guid isPermaLink="false">m-7</guid></item>'
            f"<item><title><![CDATA[]]></title><link>{base}/news/bridge.html</link></item>"
            "</channel></rss>").encode()


def test_watch_malformed_items_become_error_records_once(news_site: Any, tmp_path: Path,
                                                         light_settings: Any) -> None:
    news_site.serve("/feed.xml", malformed_feed(news_site.base, "1"), content_type="application/rss+xml")
    w = make_watcher(news_site, tmp_path, light_settings)
    stats = w.poll()
    close(w)
    recs = written(tmp_path)
    assert (stats.entries, stats.new, stats.stored, stats.errors) == (5, 5, 5, 3)
    assert [r.get("error", {}).get("code") for r in recs] == [None, "E_UNREADABLE", "E_UNREADABLE", "E_UNREADABLE",
                                                             None]
    assert "no link" in recs[1]["error"]["message"] and "not a web address" in recs[2]["error"]["message"]
    assert "48-hour strike" in recs[0]["text"] and recs[0].get("published") is None
    assert "Engineers reopened" in recs[4]["text"]
    news_site.serve("/feed.xml", malformed_feed(news_site.base, "2"), content_type="application/rss+xml")
    again = make_watcher(news_site, tmp_path, light_settings)
    second = again.poll()
    close(again)
    assert (second.entries, second.new, second.stored) == (5, 0, 0) and len(written(tmp_path)) == 5


@pytest.mark.parametrize("delay", [0.4])
def test_watch_waits_between_requests_to_one_host(news_site: Any, tmp_path: Path, light_settings: Any,
                                                  delay: float) -> None:
    pipeline = Pipeline(light_settings)
    w = Watcher([news_site.base + "/feed.xml"], pipeline.pipe, JsonlSink(str(tmp_path / "out.jsonl")),
                SeenState(tmp_path / "seen.sqlite"), Fetcher(Politeness(host_delay=delay)))
    w.poll()
    close(w)
    paths = [p for p, _ in news_site.log]
    assert paths == ["/robots.txt", "/feed.xml", "/news/port-strike.html", "/news/bridge.html"]
    gaps = [b - a for a, b in zip(news_site.times, news_site.times[1:])]
    assert min(gaps) >= delay - 0.05, gaps


@pytest.mark.parametrize("cap", [20_000])
def test_watch_size_limit_gives_error_records_and_feed_errors(news_site: Any, tmp_path: Path, light_settings: Any,
                                                              cap: int) -> None:
    news_site.serve("/news/bridge.html", b"<html><body><p>" + b"word " * (cap // 4) + b"</p></body></html>",
                    send_length=False)
    news_site.serve("/huge.xml", b"<rss>" + b" " * (2 * cap) + b"</rss>", content_type="application/rss+xml")
    pipeline = Pipeline(light_settings)
    w = Watcher([news_site.base + "/huge.xml", news_site.base + "/feed.xml"], pipeline.pipe,
                JsonlSink(str(tmp_path / "out.jsonl")), SeenState(tmp_path / "seen.sqlite"),
                Fetcher(Politeness(host_delay=0.0, max_bytes=cap)))
    stats = w.poll()
    close(w)
    recs = written(tmp_path)
    assert len(stats.feed_errors) == 1 and "/huge.xml" in stats.feed_errors[0] and "limit" in stats.feed_errors[0]
    assert [r.get("error", {}).get("code") for r in recs] == [None, "E_TOO_LARGE"]


@pytest.mark.parametrize("timeout", [0.5])
def test_watch_slow_pages_are_retried_next_poll(news_site: Any, tmp_path: Path, light_settings: Any,
                                                timeout: float) -> None:
    body = news_site.pages["/news/bridge.html"].body
    news_site.serve("/news/bridge.html", body, delay=timeout * 4)
    pipeline = Pipeline(light_settings)
    w = Watcher([news_site.base + "/feed.xml"], pipeline.pipe, JsonlSink(str(tmp_path / "out.jsonl")),
                SeenState(tmp_path / "seen.sqlite"), Fetcher(Politeness(host_delay=0.0, timeout=timeout)))
    first = w.poll()
    news_site.serve("/news/bridge.html", body)
    news_site.set_feed(["/news/port-strike.html", "/news/bridge.html"], "v1c")
    second = w.poll()
    close(w)
    assert (first.stored, first.later) == (1, 1) and (second.new, second.stored, second.later) == (1, 1, 0)
    assert [r["title"] for r in written(tmp_path)] == ["Dock workers strike", "Bridge reopens"]


def test_watch_into_the_store_never_stores_twice(news_site: Any, tmp_path: Path, light_settings: Any) -> None:
    from dateline.feeds import open_sink
    from dateline.store import open_store

    db = tmp_path / "news.duckdb"
    for version in ("v1", "v2"):
        news_site.set_feed(["/news/port-strike.html", "/news/bridge.html", "/news/election.html"][:2 + (version == "v2")],
                           version)
        w = Watcher([news_site.base + "/feed.xml"], Pipeline(light_settings).pipe, open_sink(str(db)),
                    SeenState(tmp_path / "seen.sqlite"), Fetcher(Politeness(host_delay=0.0)))
        w.poll()
        close(w)
    with open_store(db, read_only=True) as store:
        arts = store.articles()
    assert sorted(a["title"] for a in arts) == ["Bridge reopens", "Dock workers strike", "Turnout rises"]
    for path in ("/news/port-strike.html", "/news/bridge.html", "/news/election.html"):
        assert news_site.hits(path) == 1
