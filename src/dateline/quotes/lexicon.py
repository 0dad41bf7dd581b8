"""The cue and role-noun lexicons, read once per process from resources/quotes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

CUES_FILES = ("cues.tsv", "cues-learned.tsv")
ROLES_FILE = "roles.tsv"
KINDS = ("speech", "report", "stance", "belief", "according")
# Pronouns that can stand for a speaker, with the entity types they may refer to.
PRONOUNS: dict[str, frozenset[str]] = {
    "he": frozenset({"PERSON"}), "she": frozenset({"PERSON"}),
    "it": frozenset({"ORG", "GROUP", "GPE"}), "they": frozenset({"ORG", "GROUP", "PERSON", "GPE"}),
    "we": frozenset({"ORG", "GROUP"}), "i": frozenset({"PERSON"}), "who": frozenset({"PERSON", "ORG", "GROUP"}),
}


@dataclass(frozen=True, slots=True)
class CueEntry:
    """A reporting lemma: its kind and the frames in which its content can be found."""

    lemma: str
    kind: str
    frames: frozenset[str]

    @property
    def speech(self) -> bool:
        """True when the lemma reports speech whatever its frame (it can attach to a quotation)."""
        return self.kind in ("speech", "report")


@dataclass(frozen=True, slots=True)
class Role:
    """A role noun: its coreference class and the entity type it stands for."""

    noun: str
    cls: str
    type: str


def _rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a resource file, comments and blank lines skipped ([] when absent)."""
    path = resources.files("dateline.resources").joinpath("quotes", name)
    if not path.is_file():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


@lru_cache(maxsize=1)
def cues() -> dict[str, CueEntry]:
    """Cue entries by lemma; curated rows first, learned rows only add frames to them or new lemmas."""
    out: dict[str, CueEntry] = {}
    for name in CUES_FILES:
        for row in _rows(name):
            if len(row) < 2 or row[1] not in KINDS:
                continue
            lemma, kind = row[0].casefold(), row[1]
            frames = frozenset(row[2].split()) if len(row) > 2 else frozenset()
            old = out.get(lemma)
            out[lemma] = CueEntry(lemma, old.kind if old else kind, (old.frames if old else frozenset()) | frames)
    return out


@lru_cache(maxsize=1)
def roles() -> dict[str, Role]:
    """Role nouns by lower-case singular form (the first row of a noun wins)."""
    out: dict[str, Role] = {}
    for row in _rows(ROLES_FILE):
        if len(row) >= 3:
            out.setdefault(row[0].casefold(), Role(row[0].casefold(), row[1], row[2]))
    return out
