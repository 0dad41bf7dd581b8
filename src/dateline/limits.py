"""The per-document watchdog: a stage stuck on one document is interrupted when its time budget runs out.

`call_with_deadline(seconds, fn, *args)` runs `fn` and raises `DocTimeout` inside it once `seconds` have passed.
One daemon thread per process watches every armed deadline and, when one expires, interrupts the thread
running it:

- the main thread gets SIGALRM sent to it alone (`pthread_kill`); the handler raises `DocTimeout`. This also
  breaks a `time.sleep` or a blocking read. One call into native code that never checks for signals (a
  backtracking regular-expression match) runs to its end first: stages keep their patterns linear.
  The handler is installed with SA_RESTART (`siginterrupt(False)`), so a read or write in native code (DuckDB)
  is restarted rather than failed, and the signal goes to no other thread (DuckDB's and BLAS's pools never
  see it).
- any other thread (the API's thread pool, Dask worker threads) gets `DocTimeout` raised asynchronously
  (`PyThreadState_SetAsyncExc`). It lands at the next Python bytecode, so native code that never returns to
  the interpreter (one huge regular expression match) runs to its end first.

`DocTimeout` derives from BaseException so that a stage's own `except Exception` cannot swallow it; while the
deadline stays armed it is raised again every REFIRE_SECONDS, in case a bare `except:` did. The interruption
only ever happens inside `fn`: the deadline is disarmed (a flag both handlers check) before anything after it
runs, and a store write is never under a deadline.
"""

from __future__ import annotations

import ctypes
import math
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from typing import Any, TypeVar

MODES = ("auto", "signal", "thread", "off")
MAX_SLEEP_SECONDS = 3600.0  # the watchdog wakes at least this often
REFIRE_SECONDS = 0.5  # how often an expired deadline interrupts again while its stage has not stopped
T = TypeVar("T")


class DocTimeout(BaseException):  # noqa: N818 -- named like KeyboardInterrupt, which it resembles
    """The document's time budget ran out inside a stage (BaseException: stages must not catch it)."""


@dataclass(slots=True, eq=False)
class _Deadline:
    """One armed deadline: the thread it interrupts, when, and how."""

    ident: int
    due: float
    seconds: float
    signal: bool
    active: bool = True
    fires: int = 0
    key: int = field(default_factory=count().__next__)


def call_with_deadline(seconds: float, fn: Callable[..., T], *args: Any, mode: str = "auto") -> T:
    """fn(*args), interrupted by DocTimeout after `seconds` (at once when seconds <= 0); mode 'off' only runs it."""
    if mode not in MODES:
        raise ValueError(f"watchdog mode must be one of {MODES}, not {mode!r}")
    if mode == "off":
        return fn(*args)
    if not math.isfinite(seconds):
        return fn(*args)  # no budget at all
    if seconds <= 0:
        raise DocTimeout(f"no time left of the budget ({seconds:.3g} s)")
    main = threading.current_thread() is threading.main_thread()
    use_signal = main and mode in ("auto", "signal") and hasattr(signal, "pthread_kill")
    if use_signal:
        _install_handler()
    entry = _Deadline(threading.get_ident(), time.monotonic() + seconds, seconds, use_signal)
    _watchdog().arm(entry)
    try:
        return fn(*args)
    finally:
        # A plain attribute store runs before any bytecode that could take a pending interruption: from here
        # on neither handler raises, and disarm clears an asynchronous exception still pending.
        entry.active = False
        _watchdog().disarm(entry)


class _Watchdog:
    """The thread that interrupts threads whose deadline has passed."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self._cond = threading.Condition()
        self._armed: dict[int, _Deadline] = {}
        self._thread = threading.Thread(target=self._run, name="dateline-watchdog", daemon=True)
        self._thread.start()

    def arm(self, entry: _Deadline) -> None:
        """Watch one deadline."""
        with self._cond:
            self._armed[entry.key] = entry
            self._cond.notify()

    def disarm(self, entry: _Deadline) -> None:
        """Stop watching it; cancel an asynchronous exception sent but not yet raised."""
        with self._cond:
            self._armed.pop(entry.key, None)
            if entry.fires and not entry.signal:
                _async_raise(entry.ident, None)

    def active_signal_deadline(self) -> _Deadline | None:
        """The armed, expired deadline of the main thread, if any (read by the signal handler)."""
        for entry in list(self._armed.values()):
            if entry.signal and entry.active and entry.fires:
                return entry
        return None

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                wake = None
                for key, entry in list(self._armed.items()):
                    if not entry.active:
                        del self._armed[key]  # its owner stopped between clearing the flag and disarming
                        continue
                    if entry.due <= now:
                        self._fire(entry)
                        entry.due = now + REFIRE_SECONDS
                    wake = entry.due if wake is None else min(wake, entry.due)
                # Capped: a far deadline (a budget of 1e9 s) must not overflow the lock's timeout and kill this thread.
                self._cond.wait(None if wake is None else min(max(0.0, wake - now), MAX_SLEEP_SECONDS))

    @staticmethod
    def _fire(entry: _Deadline) -> None:
        """Interrupt the thread of an expired deadline (it is still active: checked under the lock)."""
        entry.fires += 1
        if entry.signal:
            try:
                signal.pthread_kill(entry.ident, signal.SIGALRM)
            except (ProcessLookupError, OSError):
                entry.active = False
        elif _async_raise(entry.ident, DocTimeout) == 0:
            entry.active = False  # the thread is gone


_lock = threading.Lock()
_instance: _Watchdog | None = None
_previous_handler: Any = None
_handler_installed = False


def _watchdog() -> _Watchdog:
    """The process's watchdog (a new one after fork: threads do not survive it)."""
    global _instance
    with _lock:
        if _instance is None or _instance.pid != os.getpid():
            _instance = _Watchdog()
        return _instance


def _on_alarm(signum: int, frame: Any) -> None:
    """SIGALRM in the main thread: raise DocTimeout when its deadline expired, else defer to the old handler."""
    entry = _instance.active_signal_deadline() if _instance is not None else None
    if entry is not None:
        raise DocTimeout(f"over the {entry.seconds:.3g} s budget")
    if callable(_previous_handler):
        _previous_handler(signum, frame)


def _install_handler() -> None:
    """Install the SIGALRM handler once (main thread only), keeping the one it replaces to defer to."""
    global _previous_handler, _handler_installed
    if _handler_installed and signal.getsignal(signal.SIGALRM) is _on_alarm:
        return
    _previous_handler = signal.signal(signal.SIGALRM, _on_alarm)
    signal.siginterrupt(signal.SIGALRM, False)  # SA_RESTART: native reads and writes resume, sleeps still wake
    _handler_installed = True


def _async_raise(ident: int, exc: type[BaseException] | None) -> int:
    """Raise exc in the thread `ident` at its next bytecode (None cancels a pending one); threads affected."""
    return int(ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident),
                                                          ctypes.py_object(exc) if exc is not None else None))
