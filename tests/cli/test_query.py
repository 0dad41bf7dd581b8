"""`dateline query`: filters and read-only SQL, as table, JSONL or CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from dateline.cli.main import main
from store.corpus import build_attack_store


@pytest.fixture(scope="module")
def attack_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the store tests' attack corpus (opened read-only by the commands)."""
    return build_attack_store(tmp_path_factory.mktemp("cli-attack") / "attack.duckdb")


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("args, places", [
    ([], {"Kandahar", "Lagos", "Jalalabad"}),
    (["--type", "ASSAULT", "--country", "AF"], {"Kandahar", "Jalalabad"}),
    (["--near", "31.6,65.7,25"], {"Kandahar"}),
    (["--actor", "Teachers", "--since", "2024-03-01", "--until", "2024-03-31"], {"Lagos"}),
    (["--text", "fruit stalls"], set()),  # that sentence is not an event's evidence
])
def test_query_filters_jsonl(attack_db: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                             places: set[str]) -> None:
    code, out, _ = _run(["query", "--db", str(attack_db), "--format", "jsonl", *args], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {r["place"] for r in rows} == places


@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_query_formats(attack_db: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, _ = _run(["query", "--db", str(attack_db), "--format", fmt, "--mentions", "--type", "ASSAULT"], capsys)
    assert code == 0
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == 4 and {r["type"] for r in rows} == {"ASSAULT"}
    else:
        assert out.splitlines()[0].split()[:2] == ["event_id", "article_id"] and out.rstrip().endswith("(4 rows)")


@pytest.mark.parametrize("sql, params, expected", [
    ("SELECT count(*) AS n FROM articles", [], 5),
    ("SELECT count(*) AS n FROM event_mentions WHERE source = ?", ["Wire"], 3),
])
def test_query_sql_with_parameters(attack_db: Path, capsys: pytest.CaptureFixture[str], sql: str,
                                   params: list[str], expected: int) -> None:
    args = ["query", "--db", str(attack_db), "--format", "jsonl", "--sql", sql]
    for p in params:
        args += ["--param", p]
    code, out, _ = _run(args, capsys)
    assert code == 0 and json.loads(out)["n"] == expected


@pytest.mark.parametrize("sql", ["DELETE FROM articles", "COPY articles TO 'x.csv'"])
def test_query_sql_cannot_write(attack_db: Path, capsys: pytest.CaptureFixture[str], sql: str) -> None:
    code, _, err = _run(["query", "--db", str(attack_db), "--sql", sql], capsys)
    assert code == 3 and "E_SQL" in err


@pytest.mark.parametrize("args, code_name", [(["--near", "x"], "E_QUERY"), (["--since", "March"], "E_QUERY"),
                                             (["--country", "Atlantis"], "E_QUERY")])
def test_query_bad_filters(attack_db: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                           code_name: str) -> None:
    code, _, err = _run(["query", "--db", str(attack_db), *args], capsys)
    assert code == 3 and code_name in err
