"""`dateline serve [--db PATH]`: the HTTP API and the web UI over a store."""

from __future__ import annotations

import argparse
import sys

from ..store import DEFAULT_DB

HELP = "serve the HTTP API and the web UI (articles, map, timeline) over a DuckDB store"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the subcommand."""
    p = sub.add_parser("serve", help=HELP, description=HELP + ". Read endpoints are open; write endpoints need "
                       "the API token (Authorization: Bearer TOKEN). Settings also come from DATELINE_SERVE_<NAME> "
                       "variables, e.g. DATELINE_SERVE_TOKEN.")
    p.add_argument("--db", default=None, help=f"the store (default: ./{DEFAULT_DB})")
    p.add_argument("--host", default=None, help="address to bind (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="TCP port (default: 8000)")
    p.add_argument("--token", default=None, help="API token for write endpoints (default: $DATELINE_SERVE_TOKEN; "
                   "on a loopback bind without one, a random token is printed at start)")
    p.add_argument("--token-file", default=None, help="read the API token from this file")
    p.add_argument("--read-only", action="store_true", default=None, help="open the store read-only (no ingest)")
    p.add_argument("--max-body-bytes", type=int, default=None, help="largest request body (default: 10 MB)")
    p.add_argument("--fetch-allow", action="append", default=None, metavar="CIDR",
                   help="let fetched URLs reach this private/loopback network (repeatable; default: none)")
    p.add_argument("--config", default=None, help="a TOML file overriding pipeline settings")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Start uvicorn with the app; returns when the server stops."""
    import uvicorn

    from ..api import create_app, load_serve_settings
    from ..api.services import Services

    token = args.token
    if args.token_file:
        with open(args.token_file, encoding="utf-8") as f:
            token = f.read().strip()
    settings = load_serve_settings(db=args.db, host=args.host, port=args.port, token=token,
                                   read_only=args.read_only, max_body_bytes=args.max_body_bytes,
                                   fetch_allow=args.fetch_allow, config=args.config)
    services = Services(settings)
    services.open()  # fail here, with a plain message, when the store cannot be opened
    app = create_app(services=services)
    url = f"http://{_url_host(settings.host)}:{settings.port}/"
    print(f"dateline: serving {settings.db}{' (read-only)' if settings.read_only else ''} at {url}", file=sys.stderr)
    if services.token is None:
        print("dateline: no API token on a non-loopback bind: write endpoints refuse every request", file=sys.stderr)
    elif services.token_generated:
        print(f"dateline: API token for this run: {services.token}\n"
              f"dateline: open {url}#token={services.token} to let the UI ingest", file=sys.stderr)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level=args.log_level, server_header=False)
    return 0


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
