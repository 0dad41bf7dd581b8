"""Schema versions and migrations."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from dateline.store import StoreError, open_store
from dateline.store.schema import MIGRATIONS, SCHEMA_VERSION, current_version, migrate


@pytest.mark.parametrize("opens", [1, 3])
def test_schema_migrations_apply_once(store_path: Path, opens: int) -> None:
    for _ in range(opens):
        open_store(store_path).close()
    con = duckdb.connect(str(store_path))
    rows = con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    con.close()
    assert [r[0] for r in rows] == [m.version for m in MIGRATIONS]


@pytest.mark.parametrize("version", [SCHEMA_VERSION + 1])
def test_schema_newer_store_refused(store_path: Path, version: int) -> None:
    open_store(store_path).close()
    con = duckdb.connect(str(store_path))
    con.execute("INSERT INTO schema_version VALUES (?, 'from the future', now())", [version])
    con.close()
    for read_only in (False, True):
        with pytest.raises(StoreError) as err:
            open_store(store_path, read_only=read_only)
        assert err.value.code == "E_SCHEMA"


@pytest.mark.parametrize("read_only", [True])
def test_schema_read_only_needs_a_migrated_store(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "old.duckdb"
    duckdb.connect(str(path)).close()  # an empty database: version 0
    with pytest.raises(StoreError) as err:
        open_store(path, read_only=read_only)
    assert err.value.code == "E_SCHEMA"


def test_schema_migrate_is_idempotent_on_a_connection(store_path: Path) -> None:
    con = duckdb.connect(str(store_path))
    assert current_version(con) == 0
    assert migrate(con) == SCHEMA_VERSION
    assert migrate(con) == SCHEMA_VERSION
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    con.close()
    assert {"articles", "event_mentions", "failures", "events", "schema_version"} <= tables


@pytest.mark.parametrize("from_version", [1])
def test_schema_migrates_an_older_store_keeping_its_rows(store_path: Path, attack_corpus: list, from_version: int,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.store import schema

    monkeypatch.setattr(schema, "MIGRATIONS", MIGRATIONS[:from_version])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", from_version)
    with open_store(store_path) as old:
        assert old.sql("SELECT max(version) AS v FROM schema_version")[0]["v"] == from_version
        old.con.execute("INSERT INTO articles (id, seq, text) VALUES ('kept', 0, 'An article from before.')")
    monkeypatch.undo()
    with open_store(store_path) as store:
        versions = [r["version"] for r in store.sql("SELECT version FROM schema_version ORDER BY version")]
        columns = {r["column_name"] for r in store.sql(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'event_mentions'")}
        assert [a["id"] for a in store.articles()] == ["kept"]
        store.ingest(attack_corpus)
        assert len(store.events()) == 3
    assert versions == [m.version for m in MIGRATIONS]
    assert {"place_source", "evidence_entities"} <= columns
