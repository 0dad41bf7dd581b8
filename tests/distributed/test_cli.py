"""`dateline extract` with --jobs, --workers and --shards: the same records in the same order as a plain run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest


def extract(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dateline", "extract", *args], capture_output=True, text=True,
                          timeout=600)


@pytest.fixture()
def corpus(tmp_path: Path, stories: list[str]) -> Path:
    d = tmp_path / "corpus"
    (d / "b").mkdir(parents=True)
    (d / "a.jsonl").write_text("".join(json.dumps({"id": f"j{i}", "text": t}) + "\n" for i, t in enumerate(stories)),
                               encoding="utf-8")
    (d / "b" / "one.txt").write_text(stories[0], encoding="utf-8")
    (d / "b" / "empty.txt").write_text("", encoding="utf-8")
    return d


def records(path: Path) -> list[dict[str, object]]:
    if path.suffix == ".parquet":
        return [json.loads(x) for x in pq.read_table(path).column("record").to_pylist()]
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def plain(tmp_path: Path, corpus: Path, light_config: Path) -> list[dict[str, object]]:
    out = tmp_path / "plain.jsonl"
    proc = extract(str(corpus), "--config", str(light_config), "--jobs", "1", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    return records(out)


@pytest.mark.slow
@pytest.mark.parametrize("options,output", [
    (["--jobs", "2", "--partition-size", "2"], "out.jsonl"),
    (["--workers", "2", "--partition-size", "3"], "out.parquet"),
])
def test_cli_scale_out_gives_the_plain_records(tmp_path: Path, corpus: Path, light_config: Path,
                                              plain: list[dict[str, object]], options: list[str], output: str) -> None:
    out = tmp_path / output
    proc = extract(str(corpus), "--config", str(light_config), *options, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert records(out) == plain
    assert len(plain) == 9 and plain[-2]["error"]["code"] == "E_EMPTY"  # type: ignore[index]
    assert "9 records, 1 with errors" in proc.stderr


@pytest.mark.slow
def test_cli_shards_are_kept_and_reused(tmp_path: Path, corpus: Path, light_config: Path,
                                        plain: list[dict[str, object]]) -> None:
    args = [str(corpus), "--config", str(light_config), "--jobs", "2", "--partition-size", "4",
            "--shards", str(tmp_path / "shards"), "-o"]
    first = extract(*args, str(tmp_path / "one.jsonl"))
    second = extract(*args, str(tmp_path / "two.jsonl"))
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert len(list((tmp_path / "shards").glob("part-*.jsonl"))) == 3
    assert "3 partitions reused" in second.stderr and "reused" not in first.stderr
    assert records(tmp_path / "one.jsonl") == records(tmp_path / "two.jsonl") == plain


@pytest.mark.parametrize("options", [["--workers", "0"], ["--jobs", "-1"], ["--workers", "2", "--jobs", "2"],
                                     ["--workers", "2", "--scheduler", "tcp://127.0.0.1:1"]])
def test_cli_scale_out_usage_errors(corpus: Path, options: list[str]) -> None:
    assert extract(str(corpus), *options).returncode == 2


@pytest.mark.slow
def test_cli_unreachable_scheduler_is_fatal(corpus: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = extract(str(corpus), "--scheduler", f"tcp://127.0.0.1:{port}", "-o", os.devnull)
    assert proc.returncode == 3 and "cannot reach the Dask scheduler" in proc.stderr


@pytest.mark.parametrize("model", ["no_such_model_pkg"])
def test_cli_failed_start_leaves_the_output_alone(tmp_path: Path, corpus: Path, model: str) -> None:
    out = tmp_path / "kept.jsonl"
    out.write_text("earlier results\n", encoding="utf-8")
    proc = extract(str(corpus), "--model", model, "--jobs", "1", "-o", str(out))
    assert proc.returncode == 3 and out.read_text(encoding="utf-8") == "earlier results\n"


@pytest.mark.slow
def test_cli_runs_on_an_existing_scheduler(tmp_path: Path, corpus: Path, light_config: Path,
                                           plain: list[dict[str, object]]) -> None:
    """extract and ingest --scheduler use a cluster someone else started, and leave it running."""
    from distributed import Client, LocalCluster

    from dateline.store import open_store

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        out = tmp_path / "out.jsonl"
        proc = extract(str(corpus), "--config", str(light_config), "--scheduler", cluster.scheduler_address,
                       "--partition-size", "2", "-o", str(out))
        assert proc.returncode == 0, proc.stderr
        assert records(out) == plain and "Dask worker threads on tcp://" in proc.stderr
        ingest = subprocess.run([sys.executable, "-m", "dateline", "ingest", str(corpus), "--config", str(light_config),
                                 "--scheduler", cluster.scheduler_address, "--db", str(tmp_path / "c.duckdb")],
                                capture_output=True, text=True, timeout=600)
        assert ingest.returncode == 0, ingest.stderr
        assert len(client.scheduler_info()["workers"]) == 2  # the cluster is still up
    with open_store(tmp_path / "c.duckdb", read_only=True) as store:
        assert sorted(a["id"] for a in store.articles()) == sorted(str(r["id"]) for r in plain if "error" not in r)
