"""The task: the same partition and settings always give the same shard; errors survive the trip between processes."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest

from dateline.distributed import TaskFailure, partitions, pipeline_for, process_partition
from dateline.errors import ConfigError, DatelineError, StageError
from dateline.record import to_record


def test_tasks_pipeline_loads_once_per_process_and_settings(light_settings: Any) -> None:
    first, _ = pipeline_for(light_settings)
    again, _ = pipeline_for(light_settings.replace())
    other, _ = pipeline_for(light_settings.replace(limits__doc_seconds=5.0))
    assert first is again and other is not first


@pytest.mark.parametrize("size", [3])
def test_tasks_inline_records_match_the_pipeline(story_docs: list[Any], light_settings: Any, size: int) -> None:
    from dateline.pipeline import Pipeline

    expected = [to_record(d) for d in Pipeline(light_settings).pipe(story_docs)]
    shards = [process_partition(p, light_settings) for p in partitions(story_docs, size, light_settings)]
    assert [r for s in shards for r in s.records()] == expected
    assert all(s.cpu > 0 and s.wall > 0 and s.peak_rss_mb > 0 for s in shards)
    assert sum(s.seconds.get("segment", 0) for s in shards) > 0


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_tasks_shard_files_are_reused_not_recomputed(tmp_path: Path, story_docs: list[Any], light_settings: Any,
                                                     fmt: str) -> None:
    part = next(partitions(story_docs, 4, light_settings))
    first = process_partition(part, light_settings, shard_dir=str(tmp_path / "shards"), fmt=fmt)
    assert first.path and not first.resumed and first.n == 4 and first.payload is None
    data = Path(first.path).read_bytes()
    again = process_partition(part, light_settings, shard_dir=str(tmp_path / "shards"), fmt=fmt)
    assert again.resumed and again.path == first.path and again.seconds == {}
    assert Path(first.path).read_bytes() == data and list(again.records()) == list(first.records())


@pytest.mark.parametrize("error,kind", [
    (StageError("boom", "places", "E_STAGE"), StageError),
    (ConfigError("no model"), ConfigError),
    (DatelineError("late", "E_TIMEOUT"), DatelineError),
])
def test_tasks_failures_pickle_and_raise_again(error: DatelineError, kind: type) -> None:
    failure = TaskFailure(type(error).__name__, error.code, error.message, getattr(error, "stage", None))
    back = pickle.loads(pickle.dumps(failure))
    with pytest.raises(kind) as raised:
        back.reraise()
    assert raised.value.code == error.code and raised.value.message == error.message
    assert getattr(raised.value, "stage", None) == getattr(error, "stage", None)


def test_tasks_raise_policy_becomes_a_task_failure(story_docs: list[Any], light_settings: Any) -> None:
    strict = light_settings.replace(pipeline__on_error="raise", limits__doc_seconds=-1.0)
    with pytest.raises(TaskFailure) as raised:
        process_partition(next(partitions(story_docs, 2, strict)), strict)
    assert raised.value.code == "E_TIMEOUT"


@pytest.mark.parametrize("grow_mb", [200])
def test_tasks_peak_rss_is_this_process_own(grow_mb: int) -> None:
    import subprocess
    import sys

    script = ("from dateline.distributed.tasks import peak_rss_mb as p; a = p(); "
              f"b = bytearray({grow_mb} << 20); b[::4096] = bytes(len(b[::4096])); print(a, p())")
    before, after = map(float, subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                              check=True).stdout.split())
    assert after - before >= grow_mb * 0.9
    assert before < 500  # a fresh interpreter, not the memory of the process that started it
