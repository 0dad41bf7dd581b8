"""A small progress line on stderr, shown only when stderr is a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts items and redraws one status line at most a few times a second."""

    def __init__(self, label: str, enabled: bool = True, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled and self.stream.isatty()
        self.label = label
        self.n = self.errors = 0
        self.t0 = self._last = time.monotonic()

    def update(self, error: bool = False) -> None:
        """Count one item (and whether it failed)."""
        self.n += 1
        self.errors += error
        now = time.monotonic()
        if self.enabled and now - self._last > 0.25:
            self._last = now
            rate = self.n / max(now - self.t0, 1e-9)
            self.stream.write(f"\r{self.label}: {self.n} done, {self.errors} errors, {rate:.1f}/s ")
            self.stream.flush()

    def close(self) -> None:
        """Clear the status line."""
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()

    @property
    def seconds(self) -> float:
        """Seconds since the start."""
        return time.monotonic() - self.t0
