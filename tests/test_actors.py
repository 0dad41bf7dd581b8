"""The packaged alias table: well-formed entries, merged files, lookups of the names news uses."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pycountry
import pytest

from dateline.actors import (
    SECTORS,
    TYPES,
    actors_by_key,
    country_words,
    is_case_sensitive,
    load_actors,
    lookup,
    normal_name,
)

ROOT = Path(__file__).resolve().parents[1]


def test_actors_keys_unique_and_types_known() -> None:
    actors = load_actors()
    assert len({a.key for a in actors}) == len(actors)
    assert {a.type for a in actors} <= TYPES


def test_actors_codes_valid() -> None:
    iso3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    for a in load_actors():
        assert a.country is None or a.country in iso3, a
        assert a.sector is None or a.sector in SECTORS, a
        assert a.wikidata is None or a.wikidata.startswith("Q") and a.wikidata[1:].isdigit(), a


def test_actors_every_country_present() -> None:
    keys = actors_by_key()
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in keys]
    assert not missing


@pytest.mark.parametrize("name, key", [
    ("U.S.", "USA"), ("US", "USA"), ("America", "USA"), ("Britain", "GBR"), ("UK", "GBR"),
    ("Daesh", "ISIL"), ("ISIS", "ISIL"), ("Islamic State", "ISIL"), ("Nusra Front", "NUSRA"),
    ("Jabhat al-Nusra", "NUSRA"), ("HTS", "HTS"), ("Hayat Tahrir al-Sham", "HTS"), ("Ansar Allah", "HOUTHIS"),
    ("IDF", "ISR_MIL"), ("Kremlin", "RUS_GOV"), ("Pentagon", "USA_DOD"), ("Syrian", "SYR_NORP"),
    ("Syrians", "SYR_NORP"), ("syrian army", "SYR_MIL"), ("Wagner Group", "WAGNER"), ("RSF", "RSF_SDN"),
])
def test_actors_lookup_aliases(name: str, key: str) -> None:
    actor = lookup(name)
    assert actor is not None and actor.key == key


@pytest.mark.parametrize("name", ["is", "us", "Is", "the", "Kinshchak"])
def test_actors_lookup_rejects_words(name: str) -> None:
    assert lookup(name) is None


def test_actors_merge_curated_into_generated() -> None:
    syria_army = actors_by_key()["SYR_MIL"]
    assert syria_army.name == "Syrian Army"  # curated name wins
    assert "Syrian soldiers" in syria_army.aliases  # generated alias kept
    assert syria_army.country == "SYR" and syria_army.sector == "MIL"


@pytest.mark.parametrize("alias, expected", [("IS", True), ("U.S.", True), ("Isis", False), ("Nusra", False),
                                             ("NATO", True)])
def test_actors_case_sensitive(alias: str, expected: bool) -> None:
    assert is_case_sensitive(alias) is expected


@pytest.mark.parametrize("word, iso3", [("syrian", "SYR"), ("US", "USA"), ("britons", "GBR"),
                                        ("congolese", "COD"), ("french", "FRA")])
def test_actors_country_words(word: str, iso3: str) -> None:
    assert country_words()[word if word.isupper() else normal_name(word)] == iso3


def test_actors_generated_table_up_to_date() -> None:
    if importlib.util.find_spec("countryinfo") is None:
        pytest.skip("countryinfo (build-time only) is not installed")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_actors.py"), "--check"],
                          check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
