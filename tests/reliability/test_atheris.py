"""The coverage-guided fuzzer (benchmarks/fuzz_atheris.py) runs for a bounded time and finds no crash or hang."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris is not installed")
@pytest.mark.parametrize("seconds", [20])
def test_atheris_fuzzing_finds_no_crash(tmp_path: Path, seconds: int) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "fuzz_atheris.py"), f"-max_total_time={seconds}",
                           "-timeout=10", "-rss_limit_mb=3000"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=seconds + 300, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Done" in proc.stderr and not list(tmp_path.glob("crash-*")) and not list(tmp_path.glob("timeout-*"))
