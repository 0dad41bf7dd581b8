"""Pipeline: assembles named stages, checks their requirements at assembly, runs documents under an error policy."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from . import registry
from .config import Settings, load_settings
from .doc import Doc, DocError
from .errors import E_STAGE, E_TIMEOUT, DatelineError, PipelineError, StageError
from .limits import MODES, DocTimeout, call_with_deadline

# What a Doc carries before any stage runs (set by ingest).
INITIAL_ATTRIBUTES = frozenset({"text", "id", "title", "url", "source", "meta", "published.given"})
ON_ERROR = ("raise", "record")


class Pipeline:
    """An ordered list of stages built from settings; `pipe` runs batches, `__call__` one document."""

    def __init__(self, settings: Settings | None = None, stages: list[str] | None = None) -> None:
        self.settings = settings or load_settings()
        self.names = list(stages if stages is not None else self.settings.stages)
        self.on_error = self.settings["pipeline.on_error"]
        if self.on_error not in ON_ERROR:
            raise PipelineError(f"pipeline.on_error must be one of {ON_ERROR}, not {self.on_error!r}")
        self.specs = check_stages(self.names)
        self.stages = [(spec.name, spec.factory(self.settings)) for spec in self.specs]
        self.seconds: Counter[str] = Counter()  # time spent per stage, for benchmarks
        self.budget = float(self.settings["limits.doc_seconds"])
        self.watchdog = str(self.settings["limits.watchdog"])
        if self.watchdog not in MODES:
            raise PipelineError(f"limits.watchdog must be one of {MODES}, not {self.watchdog!r}")

    def __call__(self, doc: Doc) -> Doc:
        """Run every stage over one document."""
        return next(self.pipe([doc], batch_size=1))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Run the stages over documents in batches, yielding them in input order."""
        it = iter(docs)
        while batch := list(islice(it, batch_size)):
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Doc]) -> list[Doc]:
        """Run each stage over the batch; stages with `pipe` see the whole batch at once.

        Each document has its own time budget: the time of stages run on it alone, plus its share of batched
        stages. A stage runs under a watchdog that interrupts it when the budget is spent (limits.py).
        """
        spent = {id(d): 0.0 for d in batch}
        for name, fn in self.stages:
            live = [d for d in batch if d.error is None]
            if not live:
                break
            t0 = time.perf_counter()
            pipe = getattr(fn, "pipe", None)
            if pipe is not None and len(live) > 1:
                self._run_pipe(name, fn, pipe, live, spent)
            else:
                for d in live:
                    self._run_one(name, fn, d, spent)
            self.seconds[name] += time.perf_counter() - t0
        return batch

    def _run_pipe(self, name: str, fn: registry.Stage, pipe: Any, live: list[Doc], spent: dict[int, float]) -> None:
        """Run a batched stage over live docs; on a failure or timeout, again one by one to isolate the culprit."""
        t0 = time.perf_counter()
        # The batch may spend what its documents have left between them: with only one document's budget, a
        # batch of long articles on a busy machine would time out and be redone one by one for nothing.
        room = sum(max(self.budget - spent[id(d)], 0.0) for d in live)
        try:
            call_with_deadline(room, lambda: list(pipe(live)), mode=self.watchdog)
        except (Exception, DocTimeout):  # noqa: BLE001 -- isolate the failing document one by one
            for d in live:
                self._run_one(name, fn, d, spent)
            return
        share = (time.perf_counter() - t0) / len(live)
        for d in live:
            spent[id(d)] += share
            self._check_budget(name, d, spent)

    def _run_one(self, name: str, fn: registry.Stage, doc: Doc, spent: dict[int, float]) -> None:
        """Run one stage on one document under its remaining budget and the error policy."""
        t0 = time.perf_counter()
        try:
            call_with_deadline(self.budget - spent[id(doc)], fn, doc, mode=self.watchdog)
        except DocTimeout:
            self._fail(doc, name, DatelineError(f"over the {self.budget:g} s budget in stage {name!r}", E_TIMEOUT))
        except Exception as e:  # noqa: BLE001 -- the error policy decides
            self._fail(doc, name, e)
        finally:
            spent[id(doc)] += time.perf_counter() - t0
        self._check_budget(name, doc, spent)

    def _check_budget(self, name: str, doc: Doc, spent: dict[int, float]) -> None:
        """Mark a document over its budget (the check that remains when the watchdog is off)."""
        if doc.error is None and spent[id(doc)] > self.budget:
            self._fail(doc, name, DatelineError(f"over the {self.budget:g} s budget after stage {name!r}",
                                                E_TIMEOUT))

    def _fail(self, doc: Doc, stage: str, exc: Exception) -> None:
        """Record the failure on the document, or raise it, as the policy says."""
        if self.on_error == "raise":
            if isinstance(exc, DatelineError):
                raise exc
            raise StageError(f"stage {stage!r} failed on {doc.id}: {exc!r}", stage) from exc
        code = exc.code if isinstance(exc, DatelineError) else E_STAGE
        message = exc.message if isinstance(exc, DatelineError) else f"{type(exc).__name__}: {exc}"
        doc.error = DocError(code, message, stage)

    def analysis(self) -> list[dict[str, Any]]:
        """What each stage requires and assigns, in order (for `dateline pipeline` and docs)."""
        return [{"name": s.name, "requires": list(s.requires), "assigns": list(s.assigns), "doc": s.doc}
                for s in self.specs]


def check_stages(names: list[str]) -> list[registry.StageSpec]:
    """The specs of the named stages; PipelineError when one is unknown or needs what no earlier stage sets."""
    if len(set(names)) != len(names):
        raise PipelineError(f"a stage appears twice in {names}")
    known = registry.stages()
    provided = set(INITIAL_ATTRIBUTES)
    specs = []
    for name in names:
        spec = known.get(name)
        if spec is None:
            raise PipelineError(f"unknown stage {name!r}; registered: {', '.join(sorted(known))}")
        missing = [r for r in spec.requires if r not in provided]
        if missing:
            raise PipelineError(f"stage {name!r} requires {', '.join(missing)}, which no earlier stage assigns")
        provided.update(spec.assigns)
        specs.append(spec)
    return specs
