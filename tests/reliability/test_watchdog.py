"""The per-document watchdog: a stage stuck on one document gets E_TIMEOUT and the batch goes on."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from dateline import registry
from dateline.config import load_settings
from dateline.doc import Doc
from dateline.errors import E_TIMEOUT
from dateline.limits import DocTimeout, call_with_deadline
from dateline.pipeline import Pipeline


def _sleep(doc: Doc) -> None:
    time.sleep(30)


def _spin(doc: Doc) -> None:
    n = 0
    while True:
        n += 1


def _swallow(doc: Doc) -> None:
    """A stage whose own broad except would hide an ordinary exception."""
    while True:
        try:
            time.sleep(0.05)
        except Exception:  # noqa: BLE001, S110 -- the point of the test
            pass


HANGS: dict[str, Callable[[Doc], None]] = {"sleep": _sleep, "spin": _spin, "swallow": _swallow}


def _hang_if_slow(doc: Doc) -> Doc:
    """Hangs (in the way the document's meta asks) on documents containing SLOW."""
    if "SLOW" in doc.text:
        HANGS[doc.meta.get("hang", "sleep")](doc)
    doc.meta["done"] = True
    return doc


@registry.stage("_test_hang", requires=["paragraphs"], assigns=["_hung"])
def _make_hang(settings: object) -> Callable[[Doc], Doc]:
    """Hangs on SLOW documents."""
    return _hang_if_slow


class _BatchedHang:
    """A batched stage that hangs on the whole batch when one document is SLOW."""

    def __call__(self, doc: Doc) -> Doc:
        return _hang_if_slow(doc)

    def pipe(self, docs: list[Doc]) -> Iterator[Doc]:
        for d in docs:
            yield self(d)


@registry.stage("_test_batched_hang", requires=["paragraphs"], assigns=["_batched_hung"])
def _make_batched_hang(settings: object) -> _BatchedHang:
    """Batched: hangs on SLOW documents."""
    return _BatchedHang()


@registry.stage("_test_nap", requires=["paragraphs"], assigns=["_napped"])
def _make_nap(settings: object) -> Callable[[Doc], Doc]:
    """Sleeps a little on every document (each within budget)."""

    def nap(doc: Doc) -> Doc:
        time.sleep(float(doc.meta.get("nap", 0.2)))
        return doc

    return nap


def _docs(hang: str) -> list[Doc]:
    texts = ["A fine first story.", "A SLOW story.", "A fine last story."]
    return [Doc(text=t, id=str(i), meta={"hang": hang}) for i, t in enumerate(texts)]


def _in_thread(fn: Callable[[], Any]) -> Any:
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn).result(timeout=60)


@pytest.mark.parametrize("where", ["main", "thread"])
@pytest.mark.parametrize("stage", ["_test_hang", "_test_batched_hang"])
@pytest.mark.parametrize("hang", ["sleep", "spin", "swallow"])
def test_watchdog_times_out_a_stuck_stage_and_the_batch_goes_on(hang: str, stage: str, where: str) -> None:
    if hang == "sleep" and where == "thread":
        pytest.skip("a native call (a sleep) is interrupted outside the main thread only when it returns: "
                    "see test_watchdog_in_a_thread_times_out_a_blocking_call_when_it_returns")
    pipe = Pipeline(load_settings(limits__doc_seconds=0.3), stages=["segment", stage])
    t0 = time.monotonic()
    run = lambda: list(pipe.pipe(_docs(hang), batch_size=8))  # noqa: E731
    out = run() if where == "main" else _in_thread(run)
    took = time.monotonic() - t0
    assert [d.id for d in out] == ["0", "1", "2"]
    assert out[1].error is not None and out[1].error.code == E_TIMEOUT and out[1].error.stage == stage
    assert out[0].error is None and out[2].error is None and out[0].meta["done"] and out[2].meta["done"]
    assert took < 5.0  # a batched stage costs at most two budgets (the batch, then the culprit alone)


@pytest.mark.parametrize("nap", [1.0])
def test_watchdog_in_a_thread_times_out_a_blocking_call_when_it_returns(nap: float) -> None:
    pipe = Pipeline(load_settings(limits__doc_seconds=0.2), stages=["segment", "_test_nap"])
    t0 = time.monotonic()
    doc = _in_thread(lambda: pipe(Doc(text="story", id="x", meta={"nap": nap})))
    assert doc.error is not None and doc.error.code == E_TIMEOUT
    assert nap <= time.monotonic() - t0 < nap + 2.0


@pytest.mark.parametrize("where", ["main", "thread"])
def test_watchdog_leaves_no_interruption_behind(where: str) -> None:
    pipe = Pipeline(load_settings(limits__doc_seconds=0.2), stages=["segment", "_test_hang"])

    def run() -> float:
        list(pipe.pipe(_docs("swallow")))
        t0 = time.monotonic()
        time.sleep(1.2)  # two refire intervals and more: a stray DocTimeout would land here
        return time.monotonic() - t0

    slept = run() if where == "main" else _in_thread(run)
    assert slept >= 1.2


@pytest.mark.parametrize("where", ["main", "thread"])
def test_watchdog_budget_is_per_document_not_per_batch(where: str) -> None:
    # Five documents of 0.15 s each under a 0.4 s budget: the batch takes 0.75 s, no document is over.
    pipe = Pipeline(load_settings(limits__doc_seconds=0.4), stages=["segment", "_test_nap"])
    docs = [Doc(text=f"story {i}", id=str(i), meta={"nap": 0.15}) for i in range(5)]
    run = lambda: list(pipe.pipe(docs, batch_size=8))  # noqa: E731
    out = run() if where == "main" else _in_thread(run)
    assert [d.error for d in out] == [None] * 5


@pytest.mark.parametrize("mode", ["off"])
def test_watchdog_off_falls_back_to_the_check_between_stages(mode: str) -> None:
    pipe = Pipeline(load_settings(limits__doc_seconds=0.1, limits__watchdog=mode), stages=["segment", "_test_nap"])
    doc = pipe(Doc(text="story", id="x", meta={"nap": 0.3}))
    assert doc.error is not None and doc.error.code == E_TIMEOUT


@pytest.mark.parametrize("value,expected", [(lambda: 42, 42), (lambda: "x" * 3, "xxx")])
def test_call_with_deadline_returns_the_result(value: Callable[[], Any], expected: Any) -> None:
    assert call_with_deadline(5.0, value) == expected


@pytest.mark.parametrize("seconds", [0.0, -1.0])
def test_call_with_deadline_without_time_left_raises_at_once(seconds: float) -> None:
    ran = []
    with pytest.raises(DocTimeout):
        call_with_deadline(seconds, lambda: ran.append(1))
    assert ran == []


@pytest.mark.parametrize("exc", [ValueError, KeyError])
def test_call_with_deadline_passes_other_exceptions_through(exc: type[Exception]) -> None:
    def boom() -> None:
        raise exc("x")

    with pytest.raises(exc):
        call_with_deadline(5.0, boom)


@pytest.mark.parametrize("mode", ["sometimes"])
def test_call_with_deadline_refuses_an_unknown_mode(mode: str) -> None:
    with pytest.raises(ValueError, match="watchdog mode"):
        call_with_deadline(1.0, lambda: None, mode=mode)


def _naps(n: int) -> None:
    """Short sleeps: an asynchronous exception lands between them (one long native sleep would run out first)."""
    for _ in range(n):
        time.sleep(0.05)


@pytest.mark.parametrize("threads", [4])
def test_watchdog_serves_many_threads_at_once(threads: int) -> None:
    # Each thread sleeps past its own deadline; each is interrupted, none is hit twice or by another's deadline.
    results: list[str] = []
    lock = threading.Lock()

    def worker(i: int) -> None:
        try:
            call_with_deadline(0.1 * (i + 1), _naps, 200)
            outcome = "finished"
        except DocTimeout:
            outcome = "timeout"
        time.sleep(0.6)  # a stray second interruption would escape here and fail the future
        with lock:
            results.append(outcome)

    with ThreadPoolExecutor(threads) as pool:
        for f in [pool.submit(worker, i) for i in range(threads)]:
            f.result(timeout=30)
    assert results == ["timeout"] * threads


@pytest.mark.parametrize("far", [1e9, 1e12, float("inf")])
def test_watchdog_far_budget_keeps_the_watchdog_alive(far: float) -> None:
    """A budget lifted to "never" (benchmarks use 1e9 s) runs the call and leaves the watchdog able to fire."""
    from dateline import limits

    def nap() -> int:
        time.sleep(0.05)  # armed long enough for the watchdog thread to compute its wake-up from the far deadline
        return 7

    assert call_with_deadline(far, nap) == 7
    dog = limits._instance
    assert dog is None or dog._thread.is_alive()
    with pytest.raises(DocTimeout):
        call_with_deadline(0.2, _spin, Doc(text="x", id="x"))
