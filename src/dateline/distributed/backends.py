"""Where partitions run: in this process, in a local process pool, or on a dask.distributed cluster."""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import ConfigError
from .tasks import warm

CONNECT_TIMEOUT = "20s"
# The worker's sampling profiler and GIL monitor interrupt the task thread every few milliseconds, which
# costs a pure-Python/Cython pipeline a large share of its speed (see BENCHMARKS.md); a LocalCluster we start
# runs without them. Workers of an existing cluster keep their own configuration.
WORKER_CONFIG = {"distributed.worker.profile.enabled": False,
                 "distributed.admin.system-monitor.gil.enabled": False,
                 "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1,
                                                         "OPENBLAS_NUM_THREADS": 1}}

if TYPE_CHECKING:
    from ..config import Settings


class Result(Protocol):
    """A pending task result (concurrent.futures.Future and distributed.Future both fit)."""

    def result(self) -> Any: ...


class Backend(Protocol):
    """Runs tasks; `slots` is how many run at once."""

    slots: int
    label: str

    def submit(self, fn: Callable[..., Any], *args: Any, key: str | None = None) -> Result: ...

    def close(self) -> None: ...


class Inline:
    """Runs each task at once in this process (small inputs: no start-up cost)."""

    slots = 1
    label = "1 process"

    def __init__(self, settings: Settings) -> None:
        warm(settings)  # a bad model or stage list fails here, before any document

    def submit(self, fn: Callable[..., Any], *args: Any, key: str | None = None) -> Result:
        f: Future[Any] = Future()
        try:
            f.set_result(fn(*args))
        except BaseException as e:  # noqa: BLE001 -- handed to the caller through the future
            f.set_exception(e)
        return f

    def close(self) -> None:
        pass


class ProcessPool:
    """A local pool of fresh processes, each loading the pipeline once when it starts."""

    def __init__(self, processes: int, settings: Settings) -> None:
        self.slots = max(1, processes)
        self.label = f"{self.slots} local processes"
        # spawn: children start clean instead of copying this process's threads and locks.
        self.pool = ProcessPoolExecutor(self.slots, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_init_process, initargs=(settings,))

    def submit(self, fn: Callable[..., Any], *args: Any, key: str | None = None) -> Result:
        return self.pool.submit(fn, *args)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _init_process(settings: Settings) -> None:
    """Pool initializer: one BLAS thread per process (the processes are the parallelism), then load the pipeline."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    try:
        warm(settings)
    except Exception:  # noqa: BLE001 -- a failing initializer breaks the pool; the first task raises it properly
        pass


class DaskCluster:
    """A dask.distributed client: a LocalCluster of `workers` processes (one thread each), or an existing scheduler."""

    def __init__(self, settings: Settings, workers: int | None = None, scheduler: str | None = None) -> None:
        import dask
        from distributed import Client, LocalCluster

        from .plugin import PipelinePlugin

        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            else:
                with dask.config.set(WORKER_CONFIG):
                    # No dashboard; the scheduler's small HTTP server takes any free port, not 8787.
                    self.cluster = LocalCluster(n_workers=max(1, workers or 1), threads_per_worker=1,
                                                processes=True, dashboard_address=None,
                                                scheduler_kwargs={"dashboard_address": ":0"},
                                                silence_logs=logging.WARNING)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as e:
            where = f"the Dask scheduler {scheduler}" if scheduler else "a Dask LocalCluster"
            raise ConfigError(f"cannot reach {where}: {e}") from e
        self.client.register_plugin(PipelinePlugin(settings), name="dateline-pipeline")
        self.slots = max(1, sum(self.client.nthreads().values()))
        where = scheduler or "a LocalCluster"
        self.label = f"{self.slots} Dask worker threads on {where}"

    def submit(self, fn: Callable[..., Any], *args: Any, key: str | None = None) -> Result:
        return self.client.submit(fn, *args, key=key, pure=False)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
