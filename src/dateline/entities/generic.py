"""Generic actors as entities, on request: "the armed opposition" or "government troops" when they act.

The entities stage makes entities of names only. The events layer, finding a generic noun phrase as the
actor or recipient of an event, calls `add_generic_actor(doc, span)`: the phrase joins the entity of the
known actor it codes to ("Syrian troops" -> the Syrian armed forces entity), else an entity of the same
wording, else becomes a new entity named by the phrase without its determiner ("armed opposition"), with
the country and sector `code_phrase` gives. Phrases naming one person ("the ambassador") are left to
coreference: None.
"""

from __future__ import annotations

from collections import Counter

from ..actors import actors_by_key, normal_name
from ..countries import alpha3
from ..doc import Doc, Entity, Span
from .agents import AgentCode, code_phrase, individual_roles
from .names import clean_bounds

_GROUP_SECTORS = frozenset({"REB", "UAF", "SEP", "CRM", "CVL", "REF", "OPP", "AGR", "LAB"})
# Phrases that can only mean the state's own forces, and so the state of the country the story is in, when
# written without a country: "government troops" in a war story. Bare "troops", "the army", "the police",
# "the regime" or "the government" are left alone: a British paper's "the government" in a story set in
# Syria is Britain's, and an American story about Syria names the United States more often than Syria.
_STATE_PHRASES = {
    "MIL": frozenset({"government troops", "government forces", "government soldiers", "government army",
                      "regime forces", "regime troops", "regime soldiers", "pro-government forces", "pro-regime forces",
                      "army troops", "army units", "army soldiers"}),
}
_DETERMINERS = frozenset({"the", "a", "an"})
# Adjectives that make "force" the use of force, not a body of men ("excessive force", "lethal force").
_MANNER = frozenset("""excessive lethal deadly brute disproportionate unnecessary reasonable minimal overwhelming
    maximum necessary physical unlawful undue""".split())
# Weapons that stand for the forces that fire them, when a country is named with them ("a Russian missile").
_WEAPONS = frozenset("""missile missiles rocket rockets drone drones airstrike airstrikes shell shells
    warplane warplanes jet jets bomber bombers helicopter helicopters gunship gunships tank tanks warship warships
    artillery mortar mortars""".split())
_NEAR = 1500  # characters either side of a mention within which place mentions count double


def add_generic_actor(doc: Doc, span: Span, owner_country: str | None = None) -> Entity | None:
    """The entity a generic actor phrase belongs to (added to doc.entities when new), or None when the phrase
    codes to no sector or names a single person. `owner_country` is the country of whoever "its" or "their"
    in the phrase stands for ("the ministry said its forces ...")."""
    s, e = clean_bounds(span.text)
    if s >= e:
        return None
    mention = doc.span(span.start + s, span.start + e)
    words = mention.text.casefold().split()
    last = words[-1]
    if last == "force" and len(words) > 1 and words[-2] in _MANNER:
        return None  # "using excessive force" is how, not who
    code = code_phrase(mention.text)
    if code.country is None and owner_country:
        code = _of_country(code, owner_country)
    if code.sector is None and code.key is None and code.country and last in _WEAPONS:
        code = _of_country(AgentCode(sector="MIL"), code.country)  # "a Russian missile": Russia's forces
    code = home_state(doc, code, mention)
    if code.sector is None and code.key is None or last in individual_roles():
        return None
    found = next((x for x in doc.entities if code.key and x.key == code.key), None) or \
        next((x for x in doc.entities if normal_name(x.name) == normal_name(mention.text)), None)
    if found is not None:
        if mention not in found.mentions:
            found.mentions = sorted([*found.mentions, mention], key=lambda m: m.start)
            if mention.text != found.name and mention.text not in found.aliases:
                found.aliases.append(mention.text)
        return found
    actor = actors_by_key().get(code.key or "")
    name = actor.name if actor else mention.text
    etype = actor.type if actor else "GROUP" if code.sector in _GROUP_SECTORS else "ORG"
    entity = Entity(id=_next_id(doc), name=name, type=etype, mentions=[mention],
                    aliases=[mention.text] if mention.text != name else [], country=code.country,
                    sector=code.sector, wikidata=actor.wikidata if actor else None, key=code.key)
    doc.entities.append(entity)
    return entity


def _next_id(doc: Doc) -> str:
    """E{n} one above the highest entity number in use."""
    numbers = [int(e.id[1:]) for e in doc.entities if e.id[:1] == "E" and e.id[1:].isdigit()]
    return f"E{max(numbers, default=0) + 1}"


def _of_country(code: AgentCode, country: str) -> AgentCode:
    """The code with its country given, keyed to that country's agent of the sector when the table has one."""
    key = f"{country}_{code.sector}" if code.sector else None
    return AgentCode(country, code.sector, key if key in actors_by_key() else code.key)


def home_state(doc: Doc, code: AgentCode, mention: Span) -> AgentCode:
    """A state agent named without its country ("government troops") given the country the story is in at the
    mention, when the actor dictionary knows that country's agent of the sector; else the code unchanged.

    Only the phrases of _STATE_PHRASES qualify: "its forces" belong to whoever "its" is, "Kurdish forces" are
    no state's, "military targets" are no agent at all.
    """
    if code.country is not None or code.key is not None or code.sector is None:
        return code
    words = [w for w in mention.text.casefold().split() if w not in _DETERMINERS]
    if " ".join(words) not in _STATE_PHRASES.get(code.sector, ()):
        return code
    country = story_country(doc, mention.start)
    return _of_country(code, country) if country else code


def story_country(doc: Doc, at: int) -> str | None:
    """The alpha-3 country most place mentions are in, those of the sentence at `at` counting three times and
    those within _NEAR characters either side twice (the dateline not at all); None on a tie or without places."""
    sentence = doc.sentence_at(at)
    votes: Counter[str] = Counter()
    for p in doc.places:
        country = alpha3(p.country) if p.role != "dateline" else None
        if country is None:
            continue
        for m in p.mentions:
            here = sentence is not None and sentence.start <= m.start < sentence.end
            votes[country] += 3 if here else 2 if abs(m.start - at) <= _NEAR else 1
    top = votes.most_common(2)
    if not top or len(top) > 1 and top[0][1] == top[1][1]:
        return None
    return top[0][0]
