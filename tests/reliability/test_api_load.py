"""The API under a short mixed load (benchmarks/api_load.py): zero errors and the server within its memory bound."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT


@pytest.mark.slow
@pytest.mark.parametrize("seconds,clients", [(8, 3)])
def test_api_load_mixed_requests_have_no_errors(tmp_path: Path, seconds: int, clients: int) -> None:
    out = tmp_path / "load.json"
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "api_load.py"), "--seconds", str(seconds),
                           "--clients", str(clients), "--max-rss-mb", "1500", "--json", str(out)],
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = json.loads(out.read_text())
    assert result["errors"] == 0 and result["requests"] > 0
    assert {"extract", "read"} <= set(result["kinds"])
    assert result["rss_mb"]["peak"] <= 1500
