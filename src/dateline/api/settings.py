"""The server's settings declared as data: name, default, help; read from options and DATELINE_SERVE_* variables."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from ..config import Setting, coerce
from ..errors import ConfigError
from ..store import DEFAULT_DB

SERVE_SETTINGS: tuple[Setting, ...] = (
    Setting("db", DEFAULT_DB, "the DuckDB store to serve (created when missing unless read_only)"),
    Setting("read_only", False, "open the store read-only: queries only, the ingest endpoint refuses"),
    Setting("host", "127.0.0.1", "address to bind; a non-loopback bind with no token refuses every write"),
    Setting("port", 8000, "TCP port"),
    Setting("token", "", "API token that write endpoints require (Authorization: Bearer TOKEN); empty: on a "
            "loopback bind a random one is made at start and printed, elsewhere writes are refused"),
    Setting("max_body_bytes", 10_000_000, "request bodies larger than this get 413 (checked before reading)"),
    Setting("max_page", 5000, "the largest page size a list endpoint returns"),
    Setting("max_ingest_articles", 100, "articles one ingest request may carry"),
    Setting("fetch_allow", [], "networks (CIDR) a URL may point into although private, loopback or reserved"),
    Setting("fetch_timeout", 10.0, "seconds for the whole fetch of a URL, redirects included"),
    Setting("fetch_max_bytes", 5_000_000, "pages larger than this are refused"),
    Setting("fetch_max_redirects", 5, "redirect hops followed (each one checked again)"),
    Setting("config", "", "a pipeline TOML file (as `dateline extract --config`)"),
)


@dataclass(frozen=True, slots=True)
class ServeSettings:
    """Resolved server settings (see SERVE_SETTINGS for what each means)."""

    db: str = DEFAULT_DB
    read_only: bool = False
    host: str = "127.0.0.1"
    port: int = 8000
    token: str = ""
    max_body_bytes: int = 10_000_000
    max_page: int = 5000
    max_ingest_articles: int = 100
    fetch_allow: tuple[str, ...] = field(default_factory=tuple)
    fetch_timeout: float = 10.0
    fetch_max_bytes: int = 5_000_000
    fetch_max_redirects: int = 5
    config: str = ""

    def __post_init__(self) -> None:
        for cidr in self.fetch_allow:
            try:
                ipaddress.ip_network(cidr, strict=False)
            except ValueError as e:
                raise ConfigError(f"fetch_allow: {cidr!r} is not a network (CIDR): {e}") from e

    @property
    def loopback(self) -> bool:
        """Whether the bind address is reachable only from this machine."""
        return is_loopback_host(self.host)

    def replace(self, **changes: Any) -> ServeSettings:
        """A copy with some settings changed."""
        return replace(self, **changes)


def is_loopback_host(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host.strip().lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def load_serve_settings(env: Mapping[str, str] | None = None, **overrides: Any) -> ServeSettings:
    """Defaults, then DATELINE_SERVE_<NAME> variables, then keyword overrides (None means not given)."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    for s in SERVE_SETTINGS:
        raw = env.get("DATELINE_SERVE_" + s.name.upper())
        if raw is not None:
            values[s.name] = coerce(s, raw, f"DATELINE_SERVE_{s.name.upper()}")
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = {f.name for f in fields(ServeSettings)}
    unknown = set(values) - known
    if unknown:
        raise ConfigError(f"unknown serve settings: {', '.join(sorted(unknown))}")
    if "fetch_allow" in values:
        values["fetch_allow"] = tuple(values["fetch_allow"])
    return ServeSettings(**values)
