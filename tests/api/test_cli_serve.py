"""`dateline serve` as a user starts it: a subprocess that serves the store and prints its token."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from api.corpus import build_store
from support import ROOT


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("token_arg", [[], ["--token", "cli-token-123"]])
def test_cli_serve_serves_the_store(tmp_path: Path, token_arg: list[str]) -> None:
    db = build_store(tmp_path / "cli.duckdb")
    port = _port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("DATELINE_SERVE_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--db", str(db), "--port", str(port),
                             "--log-level", "warning", *token_arg], env=env, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"{url}/api/health", timeout=1, trust_env=False)
                break
            except httpx.HTTPError:
                assert proc.poll() is None and time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert health.json()["writes_enabled"] is True
        events = httpx.get(f"{url}/api/events", params={"located": True}, trust_env=False).json()
        assert events["total"] == 5
        assert "dateline" in httpx.get(url, trust_env=False).text
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert f"at http://127.0.0.1:{port}/" in err
    assert ("API token for this run" in err) is (not token_arg)
    assert "cli-token-123" not in err  # a given token is never echoed
