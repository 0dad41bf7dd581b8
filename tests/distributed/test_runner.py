"""The runner: records in input order on every backend (inline, process pool, a real Dask LocalCluster)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.distributed import Runner, run
from dateline.distributed.tasks import loaded_pipelines
from dateline.errors import DatelineError
from dateline.pipeline import Pipeline
from dateline.record import to_record


def expected_records(settings: Any, docs: list[Any]) -> list[dict[str, Any]]:
    return [to_record(d) for d in Pipeline(settings).pipe(docs)]


@pytest.mark.parametrize("size", [1, 3, 100])
def test_runner_inline_keeps_input_order(story_docs: list[Any], light_settings: Any, size: int) -> None:
    with Runner(light_settings, processes=1, partition_size=size) as runner:
        got = list(runner.records(story_docs))
        assert runner.label == "1 process"
    assert got == expected_records(light_settings, story_docs)


def test_runner_docs_are_rebuilt_from_records(story_docs: list[Any], light_settings: Any) -> None:
    with Runner(light_settings, processes=1) as runner:
        docs = list(runner.docs(story_docs))
    assert [to_record(d) for d in docs] == expected_records(light_settings, story_docs)


@pytest.mark.slow
@pytest.mark.parametrize("size", [2])
def test_runner_process_pool_keeps_input_order(story_docs: list[Any], light_settings: Any, size: int) -> None:
    shards = []
    with Runner(light_settings, processes=2, partition_size=size, on_shard=shards.append) as runner:
        got = list(runner.records(story_docs))
        assert runner.label == "2 local processes"
    assert got == expected_records(light_settings, story_docs)
    assert [s.index for s in shards] == [0, 1, 2, 3]


@pytest.mark.slow
def test_runner_auto_mode_stays_in_process_for_small_inputs(story_docs: list[Any], light_settings: Any) -> None:
    with Runner(light_settings) as runner:
        list(runner.records(story_docs))
        assert runner.label == "1 process"


@pytest.fixture(scope="module")
def cluster_run(tmp_path_factory: pytest.TempPathFactory, stories: list[str]) -> dict[str, Any]:
    """One run of the default pipeline on a LocalCluster of 2 workers, with shards kept, then a second run."""
    from dateline.config import load_settings
    from dateline.ingest import doc_from_text

    tmp = tmp_path_factory.mktemp("cluster")
    settings = load_settings()
    docs = [doc_from_text(t, doc_id=f"c{i}") for i, t in enumerate(stories * 2)]
    shards: list[Any] = []
    with Runner(settings, workers=2, partition_size=3, shard_dir=str(tmp / "shards"),
                on_shard=shards.append) as runner:
        records = list(runner.records(docs))
        first = list(shards)
        label = runner.label
        loaded = runner.backend.client.run(loaded_pipelines)  # type: ignore[union-attr]
        again = list(runner.shards(docs))
    return {"settings": settings, "docs": docs, "records": records, "shards": first, "label": label,
            "loaded": loaded, "again": again, "dir": tmp / "shards"}


@pytest.mark.slow
def test_runner_local_cluster_matches_a_plain_run(cluster_run: dict[str, Any]) -> None:
    from dateline.ingest import doc_from_text

    fresh = [doc_from_text(d.text, doc_id=d.id) for d in cluster_run["docs"]]
    assert cluster_run["records"] == expected_records(cluster_run["settings"], fresh)
    assert "2 Dask worker threads" in cluster_run["label"]


@pytest.mark.slow
def test_runner_local_cluster_loads_the_pipeline_once_per_worker(cluster_run: dict[str, Any]) -> None:
    assert list(cluster_run["loaded"].values()) == [1, 1]
    assert len({s.worker for s in cluster_run["shards"]}) <= 2
    assert all(0 < s.peak_rss_mb < 1536 for s in cluster_run["shards"])


@pytest.mark.slow
def test_runner_local_cluster_reuses_shards(cluster_run: dict[str, Any]) -> None:
    names = sorted(p.name for p in cluster_run["dir"].iterdir())
    assert names == sorted(Path(s.path).name for s in cluster_run["shards"]) and len(names) == 5
    assert all(s.resumed for s in cluster_run["again"])
    assert [r for s in cluster_run["again"] for r in s.records()] == cluster_run["records"]


@pytest.mark.slow
def test_runner_raise_policy_crosses_the_process_boundary(light_config: Path, story_docs: list[Any]) -> None:
    from dateline.config import load_settings

    strict = load_settings(light_config, pipeline__on_error="raise", limits__doc_seconds=-1.0)
    with pytest.raises(DatelineError) as raised, Runner(strict, processes=2) as runner:
        list(runner.records(story_docs))
    assert raised.value.code == "E_TIMEOUT"


@pytest.mark.parametrize("n", [2])
def test_runner_run_reads_input_paths(tmp_path: Path, light_settings: Any, stories: list[str], n: int) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(stories[:n])) +
                    "{broken\n", encoding="utf-8")
    recs = list(run([str(path)], light_settings, processes=1))
    assert [r["id"] for r in recs][:n] == [f"r{i}" for i in range(n)]
    assert recs[-1]["error"]["code"] == "E_BAD_JSON"


@pytest.mark.slow
@pytest.mark.parametrize("options", [{"processes": 2}, {"processes": 1}])
def test_runner_bad_model_is_a_config_error(story_docs: list[Any], options: dict[str, int]) -> None:
    from dateline.config import load_settings
    from dateline.errors import ConfigError

    bad = load_settings(nlp__model="no_such_model_pkg")
    with pytest.raises(ConfigError), Runner(bad, **options) as runner:
        list(runner.records(story_docs))


@pytest.mark.slow
@pytest.mark.parametrize("copies,size", [(30, 2)])
def test_runner_local_cluster_survives_a_killed_worker(tmp_path: Path, light_settings: Any, stories: list[str],
                                                       copies: int, size: int) -> None:
    """A worker killed mid-run: Dask runs its tasks again elsewhere, and the idempotent tasks give the same output."""
    import os
    import signal

    from dateline.ingest import doc_from_text

    texts = [(f"w{i}", t) for i, t in enumerate(stories * copies)]
    killed: list[int] = []

    def kill_once(shard: Any) -> None:
        if not killed and shard.index >= 3:
            killed.append(int(shard.worker.rsplit(":", 1)[1]))
            os.kill(killed[0], signal.SIGKILL)

    shard_dir = tmp_path / "shards"
    with Runner(light_settings, workers=2, partition_size=size, shard_dir=str(shard_dir),
                on_shard=kill_once) as runner:
        got = list(runner.records(doc_from_text(t, doc_id=i) for i, t in texts))
    assert killed
    assert got == expected_records(light_settings, [doc_from_text(t, doc_id=i) for i, t in texts])
    assert len(list(shard_dir.glob("part-*.jsonl"))) == len(texts) // size  # one file per partition, none twice


@pytest.mark.slow
def test_runner_dead_pool_process_is_a_dateline_error(light_settings: Any, stories: list[str]) -> None:
    """A local pool process killed mid-run ends the run with a coded error, not a traceback from the pool."""
    import os
    import signal

    from dateline.ingest import doc_from_text

    def kill(shard: Any) -> None:
        os.kill(int(shard.worker.rsplit(":", 1)[1]), signal.SIGKILL)

    docs = [doc_from_text(t, doc_id=f"p{i}") for i, t in enumerate(stories * 20)]
    with pytest.raises(DatelineError) as raised, Runner(light_settings, processes=2, partition_size=1,
                                                        on_shard=kill) as runner:
        list(runner.records(docs))
    assert raised.value.code == "E_WORKER"
