"""Event filters (parameterised SQL) and read-only SQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.store import StoreError, open_store
from dateline.store.query import country_codes, parse_date, parse_near


@pytest.fixture
def corpus_path(attack_store: Path) -> Path:
    return attack_store


def _places(path: Path, **filters: object) -> list[str]:
    with open_store(path, read_only=True) as store:
        return sorted(e["place"] for e in store.events(**filters))  # type: ignore[arg-type]


@pytest.mark.parametrize("filters, places", [
    ({}, ["Jalalabad", "Kandahar", "Lagos"]),
    ({"type": "ASSAULT"}, ["Jalalabad", "Kandahar"]),
    ({"type": ["PROTEST", "COERCE"]}, ["Lagos"]),
    ({"actor": "islamic"}, ["Jalalabad", "Kandahar"]),
    ({"actor": "isis"}, ["Jalalabad", "Kandahar"]),  # an actor key
    ({"actor": "Teachers"}, ["Lagos"]),
    ({"country": "AF"}, ["Jalalabad", "Kandahar"]),
    ({"country": "Nigeria"}, ["Lagos"]),
    ({"country": "NGA"}, ["Lagos"]),
    ({"since": "2024-03-11"}, ["Kandahar"]),  # one source dates it to the 11th
    ({"until": "2024-03-09"}, []),
    ({"near": (31.6, 65.7, 30.0)}, ["Kandahar"]),
    ({"near": (6.5, 3.4, 10.0)}, ["Lagos"]),
    ({"near": (6.5, 3.4, 4.0)}, []),
    ({"text": "blew himself up"}, ["Kandahar"]),
    ({"text": "100%"}, []),  # LIKE wildcards are literal
    ({"actor": "x' OR '1'='1"}, []),  # no SQL pasted from user text
    ({"type": "ASSAULT", "country": "AF", "near": (34.4, 70.4, 20.0)}, ["Jalalabad"]),
])
def test_query_filters(corpus_path: Path, filters: dict[str, object], places: list[str]) -> None:
    assert _places(corpus_path, **filters) == places


@pytest.mark.parametrize("limit", [1, 2])
def test_query_limit_and_mentions(corpus_path: Path, limit: int) -> None:
    with open_store(corpus_path, read_only=True) as store:
        assert len(store.events(limit=limit)) == limit
        bombing = store.events(text="bazaar")[0]
        mentions = store.mentions(bombing["id"])
        assert {m["event_id"] for m in mentions} == {bombing["id"]} and len(mentions) == 3


@pytest.mark.parametrize("sql", ["DELETE FROM articles", "DROP TABLE articles", "CREATE TABLE x (a INT)",
                                 "COPY articles TO 'leak.csv'", "SELECT * FROM read_csv('/etc/passwd')",
                                 "ATTACH 'other.duckdb' AS o", "INSTALL httpfs"])
def test_query_sql_is_read_only(corpus_path: Path, sql: str) -> None:
    with open_store(corpus_path, read_only=True) as store:
        with pytest.raises(StoreError) as err:
            store.sql(sql)
        assert err.value.code == "E_SQL"
        assert store.counts()["articles"] == 5


@pytest.mark.parametrize("value, expected", [("AF", ("AF", "AFG")), ("afg", ("AF", "AFG")),
                                             ("Nigeria", ("NG", "NGA"))])
def test_query_country_codes(value: str, expected: tuple[str, str]) -> None:
    assert country_codes(value) == expected


@pytest.mark.parametrize("bad", ["Atlantis", "ZZ"])
def test_query_unknown_country(bad: str) -> None:
    with pytest.raises(StoreError):
        country_codes(bad)


@pytest.mark.parametrize("value, ok", [("36.2,37.1,50", True), ("36.2,37.1", False), ("95,0,1", False),
                                       ("a,b,c", False)])
def test_query_parse_near(value: str, ok: bool) -> None:
    if ok:
        assert parse_near(value) == (36.2, 37.1, 50.0)
    else:
        with pytest.raises(StoreError):
            parse_near(value)


@pytest.mark.parametrize("value, iso", [("2024-03-10", "2024-03-10"), ("2024-03", "2024-03-01"), ("2024", "2024-01-01")])
def test_query_parse_date(value: str, iso: str) -> None:
    d = parse_date(value)
    assert d is not None and d.isoformat() == iso
