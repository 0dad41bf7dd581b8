"""Mentions to canonical entities: one per alias-table actor, per place, per person, per organisation name."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..actors import actors_by_key
from ..countries import alpha3
from ..doc import Doc, Entity, EntityMention
from .agents import code_phrase
from .names import TITLES, acronym, is_acronym, name_tokens, org_key


@dataclass(slots=True)
class _Cluster:
    """Mentions gathered for one entity while grouping."""

    type: str
    mentions: list[EntityMention] = field(default_factory=list)
    key: str | None = None
    place: str | None = None
    tokens: set[str] = field(default_factory=set)
    last: str | None = None  # a person's surname

    def add(self, m: EntityMention) -> None:
        self.mentions.append(m)


def group_mentions(doc: Doc, mentions: list[EntityMention],
                   acronyms: dict[str, str] | None = None) -> list[Entity]:
    """Entities (E1, E2, ... in order of first mention) from non-overlapping typed mentions.

    acronyms maps an acronym the article defines to the organisation key of its full name.
    """
    defined = acronyms or {}
    clusters: list[_Cluster] = []
    by_key: dict[str, _Cluster] = {}
    by_org: dict[str, _Cluster] = {}
    for m in sorted(mentions, key=lambda m: m.span.start):
        ident = m.key or (f"place:{m.place}" if m.place else None)
        if ident:
            c = by_key.get(ident)
            if c is None:
                c = by_key[ident] = _Cluster(m.label, key=m.key, place=m.place)
                clusters.append(c)
        elif m.label == "PERSON":
            c = _person_cluster(clusters, m)
        else:
            text = m.span.text
            k = defined.get(text) or org_key(text)
            c = by_org.get(k) or _acronym_match(by_org, text)
            if c is None:
                c = by_org[k] = _Cluster(m.label)
                clusters.append(c)
            by_org.setdefault(k, c)
        c.add(m)
    return [_entity(doc, f"E{i}", c) for i, c in enumerate(clusters, 1)]


def _person_cluster(clusters: list[_Cluster], m: EntityMention) -> _Cluster:
    """The person cluster a name mention joins (the most recent compatible one), or a new one."""
    tokens = name_tokens(m.span.text)
    if tokens:
        for c in reversed(clusters):
            if c.type != "PERSON" or c.key or not c.tokens:
                continue
            # "Kinshchak" joins "Alexander Kinshchak"; a full name joins its earlier surname.
            compatible = set(tokens) <= c.tokens or c.tokens <= set(tokens)
            if compatible and (c.last in tokens or tokens[-1] == c.last or len(tokens) == 1):
                c.tokens |= set(tokens)
                if len(tokens) > 1:
                    c.last = tokens[-1]
                return c
    c = _Cluster("PERSON", tokens=set(tokens), last=tokens[-1] if tokens else None)
    clusters.append(c)
    return c


def _acronym_match(by_org: dict[str, _Cluster], text: str) -> _Cluster | None:
    """The organisation whose initials are this acronym, or the acronym cluster a full name expands."""
    if is_acronym(text):
        letters = text.replace(".", "")
        for k, c in by_org.items():
            if len(k.split()) > 1 and acronym(k.title()) == letters:
                return c
    elif len(text.split()) > 1:
        letters = acronym(text)
        short = by_org.get(letters.casefold())
        if short is not None and len(letters) > 1:
            return short
    return None


def _entity(doc: Doc, eid: str, c: _Cluster) -> Entity:
    """The Entity of a cluster: canonical name, aliases, codes."""
    spans = [m.span for m in c.mentions]
    texts = [s.text for s in spans]
    actor = actors_by_key().get(c.key) if c.key else None
    place = doc.place(c.place) if c.place else None
    country = sector = wikidata = None
    if actor:
        name, etype = actor.name, actor.type
        country, sector, wikidata = actor.country, actor.sector, actor.wikidata
    elif place:
        name, etype, country = place.name, c.type, alpha3(place.country)
    elif c.type == "PERSON":
        name, etype = _person_name(texts), "PERSON"
    else:
        counts = Counter(texts)
        name = max(counts, key=lambda t: (not is_acronym(t), counts[t], len(t)))
        etype = Counter(m.label for m in c.mentions).most_common(1)[0][0]
        if etype in {"ORG", "NORP", "GPE"}:
            code = code_phrase(name)  # "Russian Defence Ministry" -> RUS, GOV
            country, sector = code.country, code.sector if etype == "ORG" else None
    aliases = sorted(set(texts) - {name}, key=texts.index)
    return Entity(id=eid, name=name, type=etype, mentions=spans, aliases=aliases,
                  description=actor.description if actor else None, country=country, sector=sector,
                  wikidata=wikidata, key=c.key)


def _person_name(texts: list[str]) -> str:
    """The fullest form of a person's name without leading titles."""
    def untitled(t: str) -> str:
        words = t.split()
        while len(words) > 1 and words[0].casefold().strip(".") in TITLES:
            words.pop(0)
        return " ".join(words)

    forms = [untitled(t) for t in texts]
    return max(forms, key=lambda f: (len(name_tokens(f)), len(f)))


def merge_person_places(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Entities without a PERSON named like a place the places layer resolved: its mentions join the entity of
    that place (or it becomes a GPE when that place has no entity)."""
    names = {p.name.casefold() for p in doc.places} | {s.text.casefold() for p in doc.places for s in p.mentions}
    if not names:
        return entities
    out: list[Entity] = []
    for e in entities:
        if e.type == "PERSON" and e.key is None and e.name.casefold() in names:
            home = next((o for o in entities if o is not e and o.type != "PERSON" and o.name.casefold() ==
                         e.name.casefold()), None)
            if home is not None:
                home.mentions = sorted(home.mentions + e.mentions, key=lambda s: s.start)
                continue
            e.type = "GPE"
        out.append(e)
    return [_renumbered(e, i) for i, e in enumerate(out, 1)]


def _renumbered(e: Entity, i: int) -> Entity:
    """The entity with id E{i}."""
    e.id = f"E{i}"
    return e
