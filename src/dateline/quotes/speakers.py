"""Speaker resolution: a local mention (name, surname, pronoun, role noun) to one of the article's entities."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..doc import Doc, Entity
from .entities import EntityIndex
from .lexicon import PRONOUNS, Role
from .mentions import Mention
from .roles import Binding, bound_entity, role_of

SPEAKER_TYPES = frozenset({"PERSON", "ORG", "GROUP", "GPE", "NORP"})
_PREFERRED = ("PERSON", "ORG", "GROUP", "GPE", "NORP")
PRONOUN_PARAGRAPHS = 3  # how far back a pronoun looks for the previous speaker


@dataclass(frozen=True, slots=True)
class Said:
    """A speaker already resolved at an offset: what a later pronoun or uncued quotation can refer back to."""

    offset: int
    entity: Entity


class Resolver:
    """Resolves speaker mentions of one article in text order, remembering who has spoken."""

    def __init__(self, doc: Doc, entities: EntityIndex, bindings: list[Binding],
                 quoted: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self.entities = entities
        self.bindings = bindings
        self.paragraph_starts = [p.start for p in doc.paragraphs]
        self.quoted = sorted(quoted or [])  # quotation contents: names inside them are not antecedents
        self.spoken: list[Said] = []

    def paragraph(self, offset: int) -> int:
        """Index of the paragraph holding offset (the nearest before it)."""
        return bisect_right(self.paragraph_starts, offset) - 1

    def remember(self, offset: int, entity: Entity | None) -> None:
        """Note that this entity spoke at offset."""
        if entity is not None:
            self.spoken.append(Said(offset, entity))

    def resolve(self, mention: Mention) -> Entity | None:
        """The entity a speaker mention refers to, or None when nothing ties it to one."""
        head = mention.antecedent if mention.antecedent is not None else mention.head
        head_span = mention.at(head)
        pron = head.lower_ if head.pos_ == "PRON" else None
        if pron is not None:
            return self._pronoun(pron, mention.start) if pron in PRONOUNS else None
        ent = self._named(*head_span)
        if ent is not None:
            return ent
        for a in mention.appositions:
            ent = self.entities.containing(*mention.at(a), ("PERSON", "ORG", "GROUP"))
            if ent is not None:
                return ent
        role = role_of(head)
        if role is not None:
            if role.type == "PERSON" and head.tag_ in ("NNS", "NNPS"):
                return None  # 'officials', 'sources': several unnamed people, not one of the article's persons
            return self._role(role, mention)
        return self._surname(head.text)

    def _named(self, start: int, end: int) -> Entity | None:
        """The entity whose mention covers the head word, speakers' types first."""
        found = [e for e in self.entities.overlapping(start, end) if e.type in SPEAKER_TYPES
                 and any(m.start <= start and end <= m.end for m in e.mentions)]
        return min(found, key=lambda e: _PREFERRED.index(e.type)) if found else None

    def _pronoun(self, pron: str, offset: int) -> Entity | None:
        """The antecedent of a speaker pronoun.

        'he'/'she': a name earlier in the same sentence, else the last speaker, else the nearest name outside
        quotations. 'it'/'they' name organisations and states: the last speaker of such a type, else the
        nearest organisation (a place mentioned nearby is rarely the one speaking); 'we' only the last speaker.
        """
        types = PRONOUNS[pron]
        here = self.paragraph(offset)
        person = "PERSON" in types and pron not in ("they", "who")
        nearest = types if person else types & {"ORG", "GROUP"} if pron != "we" else frozenset()
        near = next(((s, e) for s, e in self.entities.before(offset, nearest, limit=12) if not self._quoted(s)),
                    None)
        sentence = self.doc.sentence_at(offset)
        if person and near and sentence is not None and near[0] >= sentence.start:
            return near[1]
        for said in reversed(self.spoken):
            if said.offset < offset and here - self.paragraph(said.offset) <= PRONOUN_PARAGRAPHS:
                if said.entity.type in types:
                    return said.entity
                break
        if near and here - self.paragraph(near[0]) <= PRONOUN_PARAGRAPHS:
            return near[1]
        return None

    def _quoted(self, offset: int) -> bool:
        """True when offset lies inside a quotation's content."""
        i = bisect_right(self.quoted, (offset, len(self.doc.text) + 1)) - 1
        return i >= 0 and self.quoted[i][0] <= offset < self.quoted[i][1]

    def _role(self, role: Role, mention: Mention) -> Entity | None:
        """A role noun: a person the article tied to the role, or an organisation named by the noun."""
        if role.type == "PERSON":
            eid = bound_entity(role, mention.start, self.bindings)
            return self.doc.entity(eid)
        for _, ent in self.entities.before(mention.end, ("ORG", "GROUP")):
            if role.noun in ent.name.casefold().split():
                return ent
        # 'The World Food Programme said ... the agency said': the organisation that spoke last (a bare 'the
        # agency' only: 'Belarus's foreign ministry' names another one).
        if self.doc.text[mention.start:mention.end].casefold() != f"the {role.noun}":
            return None
        here = self.paragraph(mention.start)
        for said in reversed(self.spoken):
            if said.offset < mention.start and here - self.paragraph(said.offset) <= PRONOUN_PARAGRAPHS:
                return said.entity if said.entity.type in ("ORG", "GROUP") else None
        return None

    def _surname(self, word: str) -> Entity | None:
        """A person entity whose name ends with this capitalised word (a surname the NER missed)."""
        if not word[:1].isupper():
            return None
        for e in self.doc.entities:
            if e.type == "PERSON" and e.name.split()[-1:] == [word]:
                return e
        return None

