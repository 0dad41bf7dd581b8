"""A real uvicorn server on 127.0.0.1 (an ephemeral port) in a thread, for the API and browser tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn
from fastapi import FastAPI

from dateline.api import ServeSettings, Services, create_app

TOKEN = "test-token-0123456789"
MAX_BODY = 1_000_000  # the test servers' body limit


@dataclass
class Live:
    """A running server: its base URL and its services (store, token)."""

    url: str
    services: Services

    @property
    def port(self) -> int:
        """The port it listens on."""
        return int(self.url.rsplit(":", 1)[1])


@contextmanager
def live_server(settings: ServeSettings, services: Services | None = None, app: FastAPI | None = None) -> Iterator[Live]:
    """Serve create_app(settings) (or an app built on `services`) on 127.0.0.1 until the block ends."""
    svc = services or Services(settings)
    config = uvicorn.Config(app or create_app(services=svc), host="127.0.0.1", port=0, log_level="critical",
                            lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield Live(f"http://127.0.0.1:{port}", svc)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
