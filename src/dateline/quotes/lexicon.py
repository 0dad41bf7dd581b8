"""The cue and role-noun lexicons, read once per process from resources/quotes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.strings import get_string_id

CUES_FILES = ("cues.tsv", "cues-learned.tsv")
ROLES_FILE = "roles.tsv"
KINDS = ("speech", "report", "stance", "belief", "according", "learned")
# Pronouns that can stand for a speaker, with the entity types they may refer to.
PRONOUNS: dict[str, frozenset[str]] = {
    "he": frozenset({"PERSON"}), "she": frozenset({"PERSON"}),
    "it": frozenset({"ORG", "GROUP", "GPE"}), "they": frozenset({"ORG", "GROUP", "PERSON", "GPE"}),
    "we": frozenset({"ORG", "GROUP"}), "i": frozenset({"PERSON"}), "who": frozenset({"PERSON", "ORG", "GROUP"}),
}


@dataclass(frozen=True, slots=True)
class CueEntry:
    """A reporting lemma of one part of speech: its kind and the frames in which its content can be found."""

    lemma: str
    kind: str
    frames: frozenset[str]
    pos: str = "VERB"

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
def cues() -> dict[tuple[str, str], CueEntry]:
    """Cue entries by (lemma, VERB or NOUN); curated rows first, learned rows add frames or new entries."""
    out: dict[tuple[str, str], CueEntry] = {}
    for name in CUES_FILES:
        for row in _rows(name):
            if len(row) < 2 or row[1] not in KINDS:
                continue
            lemma, kind = row[0].casefold(), row[1]
            frames = frozenset(row[2].split()) if len(row) > 2 else frozenset()
            pos = row[3] if len(row) > 3 and row[3] else "VERB"
            old = out.get((lemma, pos))
            out[lemma, pos] = CueEntry(lemma, old.kind if old else kind,
                                       (old.frames if old else frozenset()) | frames, pos)
    return out


@lru_cache(maxsize=1)
def cue_lemma_ids() -> frozenset[int]:
    """spaCy string ids of every lemma of the cue lexicon (first word of "go on"), for a fast first test."""
    return frozenset(get_string_id(lemma.split()[0]) for lemma, _ in cues())


@lru_cache(maxsize=1)
def role_ids() -> frozenset[int]:
    """spaCy string ids of every role noun."""
    return frozenset(get_string_id(noun) for noun in roles())


@lru_cache(maxsize=1)
def roles() -> dict[str, Role]:
    """Role nouns by lower-case singular form (the first row of a noun wins)."""
    out: dict[str, Role] = {}
    for row in _rows(ROLES_FILE):
        if len(row) >= 3:
            out.setdefault(row[0].casefold(), Role(row[0].casefold(), row[1], row[2]))
    return out
