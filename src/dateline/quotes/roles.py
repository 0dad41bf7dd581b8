"""Role nouns ('the ambassador', 'the ministry') and the named entities the article ties them to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .entities import EntityIndex
from .lexicon import Role, role_ids, roles
from .mentions import noun_phrase
from .tokens import TokenIndex

if TYPE_CHECKING:
    import spacy.tokens

_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
_NAMED_TYPES = frozenset({"PERSON"})


@dataclass(frozen=True, slots=True)
class Binding:
    """The article saying who holds a role: 'the Russian ambassador to Syria, Alexander Kinshchak'."""

    offset: int
    role: Role
    entity: str
    phrase: str  # the role as written, determiner dropped: "Russian ambassador to Syria"


def role_of(token: spacy.tokens.Token) -> Role | None:
    """The role a noun names, by lemma or lower-case form (plurals too), or None."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    table = roles()
    return table.get(token.lemma_.casefold()) or table.get(token.lower_)


def _phrase(text: str) -> str:
    """A role phrase without its leading determiner or possessive-free edges."""
    return _DETERMINER.sub("", text.strip(" ,"))


def _named_partner(text: str, start: int, end: int, entities: EntityIndex) -> str | None:
    """The id of the person named right next to a role phrase at [start, end), or None.

    'Ambassador Alexander Kinshchak' and 'the ambassador, Alexander Kinshchak' put the name after the role;
    'Alexander Kinshchak, the ambassador' puts it before. Text adjacency is used rather than the parse,
    which often hangs such appositions on the wrong noun.
    """
    after = end + len(text[end:end + 3]) - len(text[end:end + 3].lstrip(" ,"))
    ent = entities.starting(after, _NAMED_TYPES)
    if ent is not None:
        return ent.id
    gap = text[max(0, start - 3):start]
    if gap.rstrip().endswith(","):
        before = start - (len(gap) - len(gap.rstrip(" ").rstrip(",").rstrip(" ")))
        ent = entities.ending(before, _NAMED_TYPES)
        if ent is not None:
            return ent.id
    return None


def find_bindings(tokens: TokenIndex, entities: EntityIndex) -> list[Binding]:
    """Every role-to-person tie the article states, in text order."""
    out = []
    for at in tokens.matching("LEMMA", role_ids(), also="LOWER"):  # "Ambassador" in a title keeps its capital
        role = role_of(at.token)
        if role is None or role.type not in _NAMED_TYPES:
            continue
        start, end = noun_phrase(at.token)
        if entities.containing(at.offset + start, at.offset + end, _NAMED_TYPES) is not None:
            continue  # the role is part of a name ("President Obama" tagged whole)
        entity = _named_partner(tokens.text, at.offset + start, at.offset + end, entities)
        if entity is None:
            continue
        phrase = _phrase(tokens.text[at.offset + start:at.offset + end])
        out.append(Binding(at.start, role, entity, phrase))
    return out


def bound_entity(role: Role, offset: int, bindings: list[Binding]) -> str | None:
    """The entity a role noun at offset refers to: the nearest earlier tie of the same noun or class, else a later one."""
    def rank(b: Binding) -> tuple[int, int, int]:
        same_noun = b.role.noun == role.noun
        return (b.offset <= offset, same_noun, b.offset if b.offset <= offset else -b.offset)

    fitting = [b for b in bindings if b.role.cls == role.cls]
    return max(fitting, key=rank).entity if fitting else None
