"""`dateline extract` end to end in a subprocess: every input kind, bad inputs recorded, schema-valid output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from dateline.schema import record_schema
from support import assert_offsets

STORY = ("PARIS (AFP) - French police detained three men on Tuesday after a protest in Lyon turned violent, "
         "the interior ministry said.\n\n\"Order has been restored,\" Interior Minister Jean Dupont told reporters.")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dateline", *args], input=stdin, capture_output=True, text=True,
                          timeout=600)


@pytest.fixture(scope="module")
def mixed_inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    d = tmp_path_factory.mktemp("inputs")
    (d / "story.txt").write_text(STORY, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (d / "bad.txt").write_bytes(b"caf\xe9")
    (d / "records.jsonl").write_text("\n".join([
        json.dumps({"id": "j1", "text": STORY, "published": "2021-03-02"}),
        "{broken json",
        json.dumps({"id": "j3", "title": "no text"}),
        json.dumps({"id": "j4", "text": "Short second story about Berlin."}),
    ]) + "\n", encoding="utf-8")
    return [str(d / n) for n in ("story.txt", "empty.txt", "image.txt", "bad.txt", "records.jsonl")]


def test_cli_extract_records_every_input_in_order(tmp_path: Path, mixed_inputs: list[str]) -> None:
    out = tmp_path / "out.jsonl"
    proc = run("extract", *mixed_inputs, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    codes = [r.get("error", {}).get("code", "ok") for r in recs]
    assert codes == ["ok", "E_EMPTY", "E_BINARY", "E_ENCODING", "ok", "E_BAD_JSON", "E_NO_TEXT", "ok"]
    schema = record_schema()
    for r in recs:
        jsonschema.validate(r, schema)
        assert_offsets(r)
    assert recs[0]["text"] == STORY and recs[4]["id"] == "j1" and recs[4]["published"] == "2021-03-02"
    assert "8 records, 5 with errors" in proc.stderr


def test_cli_extract_strict_exit_status(tmp_path: Path, mixed_inputs: list[str]) -> None:
    proc = run("extract", mixed_inputs[1], "--strict", "-o", str(tmp_path / "o.jsonl"))
    assert proc.returncode == 1


def test_cli_extract_reads_stdin_and_writes_stdout() -> None:
    proc = run("extract", "-", "--published", "2020-02-02",
               stdin=json.dumps({"id": "s1", "text": STORY}) + "\n")
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(proc.stdout.splitlines()[0])
    assert rec["id"] == "s1" and rec["published"] == "2020-02-02" and rec["dateline"]["agency"] == "AFP"


@pytest.mark.parametrize("args,code", [(["extract"], 2), (["extract", "x.txt", "--model", "no_such_model_pkg"], 3)])
def test_cli_extract_usage_and_fatal_exit_status(args: list[str], code: int) -> None:
    assert run(*args).returncode == code


def test_cli_schema_prints_the_schema() -> None:
    proc = run("schema")
    assert proc.returncode == 0 and json.loads(proc.stdout) == record_schema()
