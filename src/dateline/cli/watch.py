"""`dateline watch FEED_URL...`: poll RSS/Atom feeds and extract every new article once."""

from __future__ import annotations

import argparse
import sys
from contextlib import closing

from ..feeds import Fetcher, Politeness, PollStats, SeenState, Watcher, open_sink
from ..feeds.fetch import USER_AGENT
from .common import add_pipeline_options, pipeline_from_args

HELP = "poll RSS/Atom feeds, fetch new articles politely and extract each one once"
DEFAULT_STATE = "dateline-watch.sqlite"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the subcommand."""
    p = sub.add_parser("watch", help=HELP, description=HELP + ". Seen articles and feed validators are kept in "
                       "--state, so a restart never processes an article again.")
    p.add_argument("feeds", nargs="*", metavar="FEED_URL", help="RSS or Atom feed URLs")
    p.add_argument("--feeds-file", help="a file with one feed URL per line (# starts a comment)")
    p.add_argument("-o", "--sink", default="-", help="where records go: a .jsonl path (appended), a .duckdb store, "
                   "or KIND:PATH (jsonl:, store:); '-' is stdout")
    p.add_argument("--state", default=DEFAULT_STATE, help=f"SQLite file of what was seen (default: {DEFAULT_STATE})")
    p.add_argument("--interval", type=float, default=900.0, help="seconds between polls (default: 900)")
    p.add_argument("--once", action="store_true", help="poll once and exit")
    p.add_argument("--polls", type=int, help="stop after this many polls")
    p.add_argument("--delay", type=float, default=1.0, help="seconds between requests to one host (default: 1)")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per request (default: 20)")
    p.add_argument("--max-bytes", type=int, default=5_000_000, help="largest page or feed to download")
    p.add_argument("--user-agent", default=USER_AGENT, help="the User-Agent header")
    p.add_argument("--ignore-robots", action="store_true", help="do not read robots.txt (only for your own sites)")
    add_pipeline_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Poll until stopped (or --once / --polls), printing one line per poll on stderr."""
    feeds = list(args.feeds) + (_read_feeds_file(args.feeds_file) if args.feeds_file else [])
    if not feeds:
        print("dateline: give at least one FEED_URL or --feeds-file", file=sys.stderr)
        return 2
    pipeline = pipeline_from_args(args)
    policy = Politeness(user_agent=args.user_agent, timeout=args.timeout, max_bytes=args.max_bytes,
                        host_delay=args.delay, respect_robots=not args.ignore_robots)
    with closing(open_sink(args.sink)) as sink, SeenState(args.state) as state:
        watcher = Watcher(feeds, lambda docs: pipeline.pipe(docs, batch_size=args.batch_size), sink, state,
                          Fetcher(policy), max_chars=int(pipeline.settings["limits.max_chars"]))
        watcher.run(args.interval, 1 if args.once else args.polls, on_poll=_report)
    return 0


def _report(stats: PollStats) -> None:
    print(f"watch: {stats.summary()}", file=sys.stderr, flush=True)


def _read_feeds_file(path: str) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [s for line in f if (s := line.split("#", 1)[0].strip())]
