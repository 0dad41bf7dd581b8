"""The worker side: one pipeline per process and settings, and the idempotent task that turns a partition into a shard."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError, DatelineError, PipelineError, StageError
from .items import Partition, settings_key, to_doc
from .shards import Shard, codes_of, read_lines, shard_path, write_lines

if TYPE_CHECKING:
    from ..config import Settings
    from ..pipeline import Pipeline

_PIPELINES: dict[str, tuple[Pipeline, threading.Lock]] = {}
_LOADING = threading.Lock()


class TaskFailure(Exception):
    """A DatelineError raised on a worker, in a form that survives pickling (the client raises it again)."""

    def __init__(self, kind: str, code: str, message: str, stage: str | None) -> None:
        super().__init__(kind, code, message, stage)
        self.kind, self.code, self.message, self.stage = kind, code, message, stage

    def reraise(self) -> None:
        """Raise the original kind of error in this process."""
        if self.kind == "StageError":
            raise StageError(self.message, self.stage or "?", self.code)
        kinds: dict[str, type[DatelineError]] = {"ConfigError": ConfigError, "PipelineError": PipelineError}
        raise kinds.get(self.kind, DatelineError)(self.message, self.code)


def pipeline_for(settings: Settings) -> tuple[Pipeline, threading.Lock]:
    """The pipeline for these settings, built once per process (spaCy model and gazetteer load once)."""
    key = settings_key(settings)
    found = _PIPELINES.get(key)
    if found is None:
        with _LOADING:
            found = _PIPELINES.get(key)
            if found is None:
                from ..pipeline import Pipeline

                found = _PIPELINES[key] = (Pipeline(settings), threading.Lock())
    return found


def loaded_pipelines() -> int:
    """How many pipelines this process has built (one per distinct settings; for checks and diagnostics)."""
    return len(_PIPELINES)


def warm(settings: Settings) -> str:
    """Load the pipeline now (at worker start) so the first task does not pay for it; returns host:pid."""
    pipeline_for(settings)
    return worker_name()


def process_partition(part: Partition, settings: Settings, batch_size: int = 32, shard_dir: str | None = None,
                      fmt: str = "jsonl") -> Shard:
    """Run the pipeline over one partition: records inline, or in a shard file (reused when it already exists).

    Safe to retry or run twice: the output depends only on the partition and the settings, and a shard file
    appears whole under its deterministic name or not at all.
    """
    t0 = time.perf_counter(), time.process_time()
    path = shard_path(shard_dir, part.index, part.key, fmt) if shard_dir else None
    if path is not None and path.exists():
        lines = list(read_lines(path))
        return _shard(part, lines, {}, t0, path=str(path), resumed=True)
    try:
        pipeline, lock = pipeline_for(settings)
        with lock:  # a pipeline is not thread-safe; workers are meant to run one thread each
            before = dict(pipeline.seconds)
            docs = list(pipeline.pipe((to_doc(x) for x in part.items), batch_size=batch_size))
            seconds = {k: v - before.get(k, 0.0) for k, v in pipeline.seconds.items()}
    except DatelineError as e:
        raise TaskFailure(type(e).__name__, e.code, e.message, getattr(e, "stage", None)) from None
    from ..record import to_record

    lines = [json.dumps(to_record(d), ensure_ascii=False) for d in docs]
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_lines(path, lines)
        return _shard(part, lines, seconds, t0, path=str(path))
    return _shard(part, lines, seconds, t0, payload="".join(line + "\n" for line in lines).encode("utf-8"))


def _shard(part: Partition, lines: list[str], seconds: dict[str, float], t0: tuple[float, float],
           **where: Any) -> Shard:
    """The Shard record of a finished partition (t0: wall and CPU clocks at its start)."""
    return Shard(index=part.index, key=part.key, first=part.first, n=len(lines), codes=codes_of(lines),
                 seconds=seconds, wall=time.perf_counter() - t0[0], cpu=time.process_time() - t0[1],
                 worker=worker_name(), peak_rss_mb=peak_rss_mb(), **where)


def worker_name() -> str:
    """host:pid of this process."""
    return f"{socket.gethostname()}:{os.getpid()}"


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MiB.

    Linux: VmHWM of /proc/self/status, because ru_maxrss survives exec and would report the memory of the
    parent a worker process was forked from. Elsewhere ru_maxrss (KiB on Linux, bytes on macOS).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024
