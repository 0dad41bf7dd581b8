"""Import of the GeoNames dumps (allCountries.txt or per-country files, alternateNamesV2.txt, admin1CodesASCII.txt,
countryInfo.txt) into a gazetteer file that replaces the embedded one."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .embedded import ARABIC_COUNTRIES
from .names import is_latin
from .store import ABBREVIATION, ALTERNATE, OFFICIAL, GazetteerWriter
from .tables import ARABIC_ARTICLE, read_countries, read_supplement

# Feature classes worth a name lookup in news: divisions, towns, waters, regions, terrain, spots (bases, sites).
DEFAULT_CLASSES = frozenset("APHLTSV")
# Languages of alternate names kept: English, none given, and the codes and abbreviations GeoNames marks.
DEFAULT_LANGUAGES = frozenset({"", "en", "abbr"})


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """What to keep from the dumps."""

    classes: frozenset[str] = DEFAULT_CLASSES
    min_population: int = 0
    min_population_spots: int = 0  # spots (class S) have no population: keep them all by default
    languages: frozenset[str] = DEFAULT_LANGUAGES
    include_supplement: bool = True


@dataclass(slots=True)
class ImportReport:
    """What an import wrote."""

    places: int = 0
    names: int = 0
    skipped: int = 0
    files: list[str] = field(default_factory=list)


def open_text(path: Path) -> IO[str]:
    """A dump as text: plain, or the single .txt inside GeoNames' .zip."""
    if path.suffix == ".zip":
        zf = zipfile.ZipFile(path)
        inner = next(n for n in zf.namelist() if n.endswith(".txt") and not n.startswith("readme"))
        return io.TextIOWrapper(zf.open(inner), encoding="utf-8")
    return path.open(encoding="utf-8")


def read_rows(path: Path, columns: int) -> Iterator[list[str]]:
    """Tab-separated rows of a GeoNames file (comment lines skipped, short rows padded)."""
    with open_text(path) as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            row = line.rstrip("\n").split("\t")
            yield row + [""] * (columns - len(row))


def read_admin1(path: Path) -> dict[str, tuple[str, int | None]]:
    """admin1CodesASCII.txt: "SY.12" -> (name, GeoNames id)."""
    return {r[0]: (r[1], int(r[3]) if r[3].isdigit() else None) for r in read_rows(path, 4)}


def read_country_info(path: Path) -> dict[str, dict[str, str]]:
    """countryInfo.txt: ISO alpha-2 -> its fields (capital, population, geonameid)."""
    out = {}
    for r in read_rows(path, 19):
        out[r[0]] = {"iso3": r[1], "name": r[4], "capital": r[5], "population": r[7], "geonameid": r[16]}
    return out


def read_alternate_names(path: Path, languages: frozenset[str]) -> Iterator[tuple[int, str, int]]:
    """alternateNamesV2.txt: (GeoNames id, name, kind) in the chosen languages, historic names left out."""
    for r in read_rows(path, 10):
        if r[2] in languages and r[1].isdigit() and r[7] != "1" and is_latin(r[3]):
            yield int(r[1]), r[3], ABBREVIATION if r[2] == "abbr" else ALTERNATE


def _keep(row: list[str], opts: ImportOptions) -> bool:
    """True for a place row worth importing."""
    fclass = row[6]
    if fclass not in opts.classes:
        return False
    pop = int(row[14]) if row[14].isdigit() else 0
    if fclass == "P":
        return pop >= opts.min_population
    if fclass == "S":
        return pop >= opts.min_population_spots
    return True


def import_geonames(places: Iterable[Path], out: Path, *, alternate_names: Path | None = None,
                    admin1: Path | None = None, country_info: Path | None = None,
                    opts: ImportOptions | None = None) -> ImportReport:
    """Build a gazetteer file at `out` from GeoNames dumps (streamed: allCountries fits); returns what it wrote."""
    opts = opts or ImportOptions()
    report = ImportReport()
    info = read_country_info(country_info) if country_info else {}
    writer = GazetteerWriter(out)
    try:
        if admin1:
            for code, (name, gid) in read_admin1(admin1).items():
                writer.add_admin1(code, name, gid)
        for path in places:
            report.files.append(str(path))
            for r in read_rows(path, 19):
                if r[0].isdigit() and _keep(r, opts):
                    _add_row(writer, r, info, own_alternates=alternate_names is None, report=report)
                else:
                    report.skipped += 1
        if alternate_names:
            for gid, name, kind in read_alternate_names(alternate_names, opts.languages):
                if writer.has(gid):
                    writer.add_names(gid, _with_bare_article(name, writer.country_of(gid)), kind)
                    report.names += 1
        _add_shipped_names(writer, opts)
    except BaseException:
        writer.abort()
        raise
    writer.close({"source": "geonames", "files": ";".join(report.files)})
    return report


def _add_row(writer: GazetteerWriter, r: list[str], info: dict[str, dict[str, str]], own_alternates: bool,
             report: ImportReport) -> None:
    """Add one place row of a GeoNames dump with its names."""
    code = r[7]
    if r[6] == "P" and code == "PPL" and info.get(r[8], {}).get("capital") == r[1]:
        code = "PPLC"
    pid = writer.add_place(r[1], float(r[4]), float(r[5]), geonameid=int(r[0]), country=r[8] or None,
                           admin1=f"{r[8]}.{r[10]}" if r[8] and r[10] not in ("", "00") else None, feature_class=r[6],
                           feature_code=code, population=int(r[14]) if r[14].isdigit() else 0)
    if pid is None:
        return
    report.places += 1
    writer.add_names(pid, _with_bare_article(r[1], r[8]), OFFICIAL)
    names = [r[2]]
    if own_alternates:  # without alternateNamesV2, the row's own comma-separated list
        names += [a for a in r[3].split(",") if a and is_latin(a) and a[:1].isupper()]
    for name in names:
        writer.add_names(pid, _with_bare_article(name, r[8]), ALTERNATE)
    report.names += len(names) + 1


def _with_bare_article(name: str, country: str | None) -> list[str]:
    """The name, and without its Arabic article where towns often drop it ("Ar Raqqah" -> "Raqqah")."""
    m = ARABIC_ARTICLE.match(name) if country in ARABIC_COUNTRIES else None
    return [name, name[m.end():]] if m and len(name) - m.end() >= 4 else [name]


def _add_shipped_names(writer: GazetteerWriter, opts: ImportOptions) -> None:
    """The shipped country spellings ("U.S.", "Britain") and, unless left out, the curated supplement."""
    from .embedded import add_place_names

    for c in read_countries():
        if writer.has(c.geonameid):
            add_place_names(writer, c.geonameid, c.name, c.names)
    if opts.include_supplement:
        for s in read_supplement():
            if s.geonameid is not None and writer.has(s.geonameid):
                add_place_names(writer, s.geonameid, s.name, s.names)
                continue
            pid = writer.add_place(s.name, s.lat, s.lon, geonameid=s.geonameid, country=s.country,
                                   feature_class=s.feature_class, feature_code=s.feature_code, population=s.prior)
            if pid is not None:
                add_place_names(writer, pid, s.name, s.names)
