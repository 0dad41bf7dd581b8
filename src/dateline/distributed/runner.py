"""The runner: maps the pipeline over partitions on a backend and yields the results in input order."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from types import TracebackType
from typing import Any

from ..config import Settings, load_settings
from ..doc import Doc
from ..errors import DatelineError
from .backends import Backend, DaskCluster, Inline, ProcessPool, Result
from .items import Item, partitions, work_items
from .shards import Shard
from .tasks import TaskFailure, process_partition

# Below this many documents a local run stays in one process: starting processes and loading the
# model in each costs more than it saves (see BENCHMARKS.md).
AUTO_MIN_DOCS = 64
# Small partitions keep workers evenly busy to the end; each costs a task (milliseconds) and, with shards, a file.
PARTITION_SIZE = 16

OnShard = Callable[[Shard], None]


def cpu_count() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Runner:
    """Runs the pipeline of `settings` over many documents on one backend, kept open across calls.

    `workers=N` starts a Dask LocalCluster of N processes; `scheduler="tcp://host:8786"` joins a running
    cluster; otherwise `processes=N` uses a local process pool (N=1: this process; None: all cores when the
    input is large enough). Use it as a context manager so the processes are stopped.
    """

    def __init__(self, settings: Settings | None = None, *, workers: int | None = None, scheduler: str | None = None,
                 processes: int | None = None, partition_size: int = PARTITION_SIZE, batch_size: int = 32,
                 shard_dir: str | None = None, shard_format: str = "jsonl", on_shard: OnShard | None = None) -> None:
        self.settings = settings or load_settings()
        self.workers, self.scheduler, self.processes = workers, scheduler, processes
        self.partition_size, self.batch_size = max(1, partition_size), max(1, batch_size)
        self.shard_dir, self.shard_format, self.on_shard = shard_dir, shard_format, on_shard
        self.backend: Backend | None = None
        self.runs = 0

    # ----- the three views of a run: shards, records, Docs

    def shards(self, items: Iterable[Item]) -> Iterator[Shard]:
        """Shards of the items in input order; at most a few partitions per slot are in flight at once."""
        it = iter(items)
        self.runs += 1
        run = f"{os.getpid()}.{id(self):x}.{self.runs}"
        head = deque(islice(it, AUTO_MIN_DOCS))
        if not head:
            return  # nothing to do: no processes started, no model loaded (a re-run of a stored input)
        backend = self._backend(len(head) >= AUTO_MIN_DOCS)
        # A few partitions per slot in flight keep workers busy; inline work is done at submit, so none run ahead.
        window = 1 if isinstance(backend, Inline) else 2 * backend.slots + 1
        pending: deque[Result] = deque()
        # Items leave `head` as they are consumed: in-process runs fill Docs with parses, none may stay behind.
        for part in partitions(chain(_drain(head), it), self.partition_size, self.settings):
            # The task key names this run too: Dask must not hand back a result it still holds from an earlier one.
            pending.append(backend.submit(process_partition, part, self.settings, self.batch_size, self.shard_dir,
                                          self.shard_format, key=f"dateline-{run}-{part.index}-{part.key}"))
            if len(pending) >= window:
                yield self._finish(pending.popleft())
        while pending:
            yield self._finish(pending.popleft())

    def records(self, items: Iterable[Item]) -> Iterator[dict[str, Any]]:
        """Contract records of the items, in input order."""
        for shard in self.shards(items):
            yield from shard.records()

    def docs(self, items: Iterable[Item]) -> Iterator[Doc]:
        """Docs rebuilt from the records, in input order (every record field; no spaCy parses or paragraphs)."""
        from ..record import from_record

        for rec in self.records(items):
            yield from_record(rec)

    def read(self, inputs: Iterable[str], published: str | None = None) -> Iterator[Item]:
        """The items of input paths as `dateline extract` reads them (WARC pages extracted on the workers)."""
        from ..extract import read_options

        return work_items(inputs, read_options(self.settings, published))

    # ----- backend lifetime

    def start(self, large: bool = True) -> Runner:
        """Start the processes or join the cluster now (each loads the pipeline), not at the first partition."""
        self._backend(large)
        return self

    def _backend(self, large: bool) -> Backend:
        """The backend, started on first use: Dask when asked for, else a pool for large inputs."""
        if self.backend is None:
            if self.workers or self.scheduler:
                self.backend = DaskCluster(self.settings, self.workers, self.scheduler)
            else:
                n = self.processes if self.processes is not None else (cpu_count() if large else 1)
                self.backend = ProcessPool(n, self.settings) if n > 1 else Inline(self.settings)
        return self.backend

    @property
    def label(self) -> str:
        """Where the work runs (after the first partition was submitted)."""
        return self.backend.label if self.backend else "not started"

    def _finish(self, result: Result) -> Shard:
        try:
            shard: Shard = result.result()
        except TaskFailure as e:
            e.reraise()
            raise
        except BrokenProcessPool as e:
            # A pool process died (killed, out of memory): its partition is lost, the pool cannot go on.
            raise DatelineError(f"a worker process died ({e}); a re-run resumes from what was written",
                                "E_WORKER") from None
        if self.on_shard:
            self.on_shard(shard)
        return shard

    def close(self) -> None:
        """Stop the processes or the cluster connection."""
        if self.backend is not None:
            self.backend.close()
            self.backend = None

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def _drain(items: deque[Item]) -> Iterator[Item]:
    """Pop the items one by one, so the deque holds none that were handed on."""
    while items:
        yield items.popleft()


def run(inputs: Iterable[str], settings: Settings | None = None, workers: int | None = None,
        scheduler: str | None = None, published: str | None = None, **options: Any) -> Iterator[dict[str, Any]]:
    """Contract records for input paths, in input order, computed on Dask (or locally; see Runner)."""
    with Runner(settings, workers=workers, scheduler=scheduler, **options) as runner:
        yield from runner.records(runner.read(inputs, published))


def run_docs(docs: Iterable[Doc], settings: Settings | None = None, workers: int | None = None,
             scheduler: str | None = None, **options: Any) -> Iterator[Doc]:
    """Processed Docs (rebuilt from records) for ingested Docs, in order: filter the stream first to skip work."""
    with Runner(settings, workers=workers, scheduler=scheduler, **options) as runner:
        yield from runner.docs(docs)
