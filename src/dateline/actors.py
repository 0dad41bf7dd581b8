"""The packaged alias table of known actors (states, forces, armed groups, organisations) and its lookups."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

ACTORS_FILE = "actors.jsonl"
_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9.\-&]{0,5}$")


@dataclass(frozen=True, slots=True)
class Actor:
    """One known actor: canonical name, type, codes and every name it goes by."""

    key: str
    name: str
    type: str
    aliases: tuple[str, ...]
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # PLOVER / POLECAT actor sector (GOV, MIL, REB, ...)
    wikidata: str | None = None
    description: str | None = None
    case_sensitive: tuple[str, ...] = field(default=())  # aliases that must match with this exact case


def is_case_sensitive(alias: str) -> bool:
    """Short acronyms ("IS", "SDF", "US") only match in capitals: "is" and "us" are words."""
    return bool(_ACRONYM.match(alias)) and len(alias.replace(".", "")) <= 5


def normal_name(name: str) -> str:
    """A name folded for lookups: lower case, curly apostrophes straight, white space single."""
    return " ".join(name.replace("’", "'").replace("‘", "'").casefold().split())


@lru_cache(maxsize=1)
def load_actors() -> tuple[Actor, ...]:
    """Every actor of the packaged table."""
    text = resources.files("dateline.resources").joinpath(ACTORS_FILE).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("//"):
            r = json.loads(line)
            names = tuple(dict.fromkeys([r["name"], *r.get("aliases", [])]))
            out.append(Actor(key=r["key"], name=r["name"], type=r["type"], aliases=names,
                             country=r.get("country"), sector=r.get("sector"), wikidata=r.get("wikidata"),
                             description=r.get("description"), case_sensitive=tuple(r.get("case_sensitive", []))))
    return tuple(out)


@lru_cache(maxsize=1)
def actors_by_key() -> dict[str, Actor]:
    """Actors by their key."""
    return {a.key: a for a in load_actors()}


@lru_cache(maxsize=1)
def alias_index() -> dict[str, str]:
    """Folded alias -> actor key, for names written in any case (acronyms excluded)."""
    out: dict[str, str] = {}
    for a in load_actors():
        for alias in a.aliases:
            if not (is_case_sensitive(alias) or alias in a.case_sensitive):
                out.setdefault(normal_name(alias), a.key)
    return out


@lru_cache(maxsize=1)
def exact_index() -> dict[str, str]:
    """Alias exactly as written -> actor key (acronyms and every other alias)."""
    out: dict[str, str] = {}
    for a in load_actors():
        for alias in a.aliases:
            out.setdefault(alias, a.key)
    return out


def lookup(name: str) -> Actor | None:
    """The actor a name refers to: an exact alias first, then a case-insensitive one."""
    key = exact_index().get(name) or alias_index().get(normal_name(name))
    return actors_by_key().get(key) if key else None
