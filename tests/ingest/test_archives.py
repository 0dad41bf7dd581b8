"""Parquet input with a text column, and directories and globs expanded to the files they hold, in order."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dateline.errors import E_BAD_FIELD, E_NO_TEXT, E_UNREADABLE
from dateline.ingest import read_inputs
from dateline.ingest.archives import expand_inputs

STORIES = ["KABUL (AP) - Officials said on Sunday that a bridge had reopened after repairs.",
           "Ministers met in Brussels on Thursday to discuss fishing quotas, a spokesman said.",
           "Police in Lima arrested two suspects after a robbery at a bank, prosecutors said."]


def write_parquet(path: Path, columns: dict[str, list[object]]) -> Path:
    pq.write_table(pa.table(columns), path, row_group_size=2)
    return path


@pytest.mark.parametrize("published", [
    ["2021-05-02", None, "2021-05-04T10:00:00Z"],
    [datetime(2021, 5, 2, tzinfo=timezone.utc), None, datetime(2021, 5, 4, 10, tzinfo=timezone.utc)],
])
def test_archives_parquet_rows_become_docs_in_order(tmp_path: Path, published: list[object]) -> None:
    path = write_parquet(tmp_path / "a.parquet", {"id": ["p1", "p2", "p3"], "text": STORIES,
                                                  "published": published, "extra": [1, 2, 3]})
    docs = list(read_inputs([str(path)]))
    assert [d.id for d in docs] == ["p1", "p2", "p3"]
    assert [d.text for d in docs] == STORIES
    assert [d.published for d in docs] == ["2021-05-02", None, "2021-05-04"]
    assert docs[1].origin == f"{path}:2"


@pytest.mark.parametrize("columns,code", [
    ({"body": STORIES}, E_NO_TEXT),
    ({"text": [STORIES[0], None, STORIES[2]]}, E_NO_TEXT),
    ({"text": STORIES, "published": ["May", "2021-05-03", "2021-05-04"]}, E_BAD_FIELD),
])
def test_archives_parquet_bad_rows_and_files_are_errors(tmp_path: Path, columns: dict[str, list[object]],
                                                        code: str) -> None:
    docs = list(read_inputs([str(write_parquet(tmp_path / "b.parquet", columns))]))
    assert code in [d.error.code for d in docs if d.error]
    assert len(docs) == (1 if "text" not in columns else 3)


@pytest.mark.parametrize("data", [b"PAR1 this is not parquet", b""])
def test_archives_corrupt_parquet_is_unreadable(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "c.parquet"
    path.write_bytes(data)
    docs = list(read_inputs([str(path)]))
    assert len(docs) == 1 and docs[0].error is not None and docs[0].error.code == E_UNREADABLE


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text(STORIES[1], encoding="utf-8")
    (tmp_path / "a" / "deep" / "1.txt").write_text(STORIES[0], encoding="utf-8")
    (tmp_path / "a" / "0.jsonl").write_text(json.dumps({"id": "j0", "text": STORIES[2]}) + "\n", encoding="utf-8")
    (tmp_path / "a" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "b" / ".swap.txt").write_text("hidden", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("pattern,expected", [
    ("{root}", ["a/0.jsonl", "a/deep/1.txt", "b/2.txt"]),
    ("{root}/a", ["a/0.jsonl", "a/deep/1.txt"]),
    ("{root}/*/*.txt", ["b/2.txt"]),
    ("{root}/**/*.txt", ["a/deep/1.txt", "b/2.txt"]),
    ("{root}/?", ["a/0.jsonl", "a/deep/1.txt", "b/2.txt"]),
])
def test_archives_expand_directories_and_globs_sorted(tree: Path, pattern: str, expected: list[str]) -> None:
    got = list(expand_inputs([pattern.format(root=tree)], [".txt", ".jsonl"]))
    assert [str(Path(g).relative_to(tree)) for g in got] == expected


@pytest.mark.parametrize("name", ["-", "plain.txt", "{root}/none-*.txt"])
def test_archives_expand_leaves_other_names(tree: Path, name: str) -> None:
    name = name.format(root=tree)
    assert list(expand_inputs([name], [".txt"])) == [name]


@pytest.mark.parametrize("pattern", ["{root}/none-*.txt"])
def test_archives_glob_without_matches_is_an_error_doc(tree: Path, pattern: str) -> None:
    docs = list(read_inputs([pattern.format(root=tree)]))
    assert len(docs) == 1 and docs[0].error is not None and docs[0].error.code == E_UNREADABLE


def test_archives_directory_reads_every_article_in_order(tree: Path) -> None:
    docs = list(read_inputs([str(tree)]))
    assert [d.text for d in docs] == [STORIES[2], STORIES[0], STORIES[1]]
    assert all(d.error is None for d in docs)
