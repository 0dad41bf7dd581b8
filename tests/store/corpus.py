"""The store tests' own corpora, built by hand: articles with entities, places and events (no model needed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.doc import Acled, Doc, Entity, Event, EventDate, Place


@dataclass
class Ent:
    """An entity: its id, name and the phrases of the text that mention it."""

    id: str
    name: str
    phrases: list[str]
    type: str = "ORG"
    key: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass
class Loc:
    """A place: id, name, coordinates, country (alpha-2), feature code, mentioning phrases."""

    id: str
    name: str
    lat: float
    lon: float
    country: str
    phrases: list[str]
    feature_code: str = "PPLA"
    geonameid: int | None = None


@dataclass
class Ev:
    """An event: its evidence phrase, type, actors, place, date and ACLED type."""

    id: str
    type: str
    evidence: str
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    acled: tuple[str, str] | None = None
    status: str = "asserted"
    confidence: float = 0.9


def build_doc(doc_id: str, text: str, published: str | None = None, source: str | None = None,
              entities: list[Ent] = (), places: list[Loc] = (), events: list[Ev] = (),  # type: ignore[assignment]
              url: str | None = None, title: str | None = None) -> Doc:
    """A Doc whose spans are found in its text by phrase (each phrase must occur)."""
    doc = Doc(text=text, id=doc_id, published=published, source=source, url=url, title=title)

    def span(phrase: str, after: int = 0) -> Any:
        start = text.index(phrase, after)
        return doc.span(start, start + len(phrase))

    doc.entities = [Entity(id=e.id, name=e.name, type=e.type, key=e.key, country=e.country, sector=e.sector,
                           mentions=[span(p) for p in e.phrases]) for e in entities]
    doc.places = [Place(id=p.id, name=p.name, geonameid=p.geonameid, lat=p.lat, lon=p.lon, country=p.country,
                        feature_code=p.feature_code, mentions=[span(x) for x in p.phrases]) for p in places]
    doc.events = [Event(id=e.id, type=e.type, evidence=span(e.evidence), confidence=e.confidence,
                        actors=list(e.actors), recipients=list(e.recipients), place=e.place,
                        date=EventDate(e.date, e.date, "day") if e.date else None,
                        acled=Acled(*e.acled) if e.acled else None, status=e.status) for e in events]
    return doc


# ----- the attack corpus: three differently written stories about one bombing, plus unrelated events

ATTACK_TEXTS = {
    "wire-a": ("A suicide bomber killed 12 people at a crowded market in Kandahar on Sunday, officials said. "
               "The Taliban-run interior ministry said the attacker detonated explosives near the fruit stalls. "
               "Islamic State claimed responsibility in a statement on its news channel."),
    "paper-b": ("Residents described scenes of chaos after the explosion. At least 14 civilians died when an "
                "attacker blew himself up in the central bazaar of Kandahar, the provincial health director said. "
                "Islamic State later said one of its fighters carried out the bombing."),
    "site-c": ("The death toll from Monday's market bombing in the southern city rose to 12, according to "
               "hospital staff. Islamic State militants attacked the Kandahar bazaar with a suicide vest, "
               "witnesses told reporters."),
    "other-protest": ("Thousands of teachers marched through Lagos on Sunday demanding unpaid salaries. "
                      "The Nigeria Union of Teachers said the protest would continue until the state pays."),
    "other-attack": ("Gunmen from Islamic State attacked a police post in Jalalabad on Sunday, killing three "
                     "officers, the provincial spokesman said."),
}


def attack_docs() -> list[Doc]:
    """Three stories of one Kandahar bombing (dates one day apart, tolls 12/14/12) and two other events."""
    kandahar = Loc("P1", "Kandahar", 31.6133, 65.7101, "AF", ["Kandahar"], geonameid=1138336)
    isis = Ent("E1", "Islamic State", ["Islamic State"], key="isis", sector="REB")
    a, b, c = ATTACK_TEXTS["wire-a"], ATTACK_TEXTS["paper-b"], ATTACK_TEXTS["site-c"]
    return [
        build_doc("wire-a", a, "2024-03-10", "Wire", [isis], [kandahar],
                  [Ev("V1", "ASSAULT", a[:a.index("said.") + 5], ["E1"], [], "P1", "2024-03-10",
                      ("Explosions/Remote violence", "Suicide bomb"))]),
        build_doc("paper-b", b, "2024-03-11", "Daily Paper", [isis],
                  [Loc("P1", "Kandahar", 31.62, 65.72, "AF", ["Kandahar"], geonameid=1138336)],
                  [Ev("V1", "ASSAULT", "At least 14 civilians died when an attacker blew himself up in the "
                      "central bazaar of Kandahar", ["E1"], [], "P1", "2024-03-10",
                      ("Explosions/Remote violence", "Suicide bomb"))]),
        build_doc("site-c", c, "2024-03-12", "News Site",
                  [Ent("E1", "Islamic State", ["Islamic State militants"], key="isis", sector="REB")], [kandahar],
                  [Ev("V1", "ASSAULT", "The death toll from Monday's market bombing in the southern city rose to 12",
                      ["E1"], [], "P1", "2024-03-11", ("Explosions/Remote violence", "Suicide bomb"))]),
        build_doc("other-protest", ATTACK_TEXTS["other-protest"], "2024-03-10", "Wire",
                  [Ent("E1", "Nigeria Union of Teachers", ["Nigeria Union of Teachers"], sector="LAB",
                       country="NGA")],
                  [Loc("P1", "Lagos", 6.4541, 3.3947, "NG", ["Lagos"], geonameid=2332459)],
                  [Ev("V1", "PROTEST", "Thousands of teachers marched through Lagos on Sunday demanding unpaid "
                      "salaries.", ["E1"], [], "P1", "2024-03-10", ("Protests", "Peaceful protest"))]),
        build_doc("other-attack", ATTACK_TEXTS["other-attack"], "2024-03-10", "Wire", [isis],
                  [Loc("P1", "Jalalabad", 34.4265, 70.4515, "AF", ["Jalalabad"], geonameid=1142264)],
                  [Ev("V1", "ASSAULT", ATTACK_TEXTS["other-attack"], ["E1"], [], "P1", "2024-03-10",
                      ("Violence against civilians", "Attack"))]),
    ]


# ----- the syndication corpus: one wire story published three times with other boilerplate and small edits

WIRE_STORY = [
    "Flash floods swept through low-lying neighbourhoods of Nairobi overnight, killing at least 30 people and "
    "forcing thousands from their homes, Kenyan officials said on Tuesday.",
    "The Kenya Red Cross said rescue teams were still searching for dozens of residents reported missing after "
    "the Nairobi River burst its banks in the Mathare and Kibera settlements.",
    "Interior minister Kithure Kindiki told reporters that the government had opened emergency shelters in "
    "schools and churches and would deploy military helicopters to reach people stranded on rooftops.",
    "Meteorologists have warned that heavy rains are expected to continue across central and western Kenya "
    "for at least another week, raising the risk of landslides on the slopes of the Aberdare range.",
    "More than 100 people have died in flooding across East Africa since the start of the long rains in March, "
    "according to figures compiled by the United Nations humanitarian office.",
]


def syndicated_texts() -> dict[str, str]:
    """Three publications of WIRE_STORY (other boilerplate, small edits) and an unrelated story on the topic."""
    s = WIRE_STORY
    edited = [p.replace("said on Tuesday", "said Tuesday").replace("at least 30", "more than 30") for p in s]
    reordered = [s[0], s[2], s[1], s[3].replace("another week", "another ten days"), s[4]]
    return {
        "wire-original": "NAIROBI, April 23 (Wire) - " + "\n\n".join(s)
                         + "\n\n(Reporting by Jane Mwangi; Editing by Tom Hale)",
        "daily-copy": "Home | World | Africa\n\nPublished 23 April 2024, 10:41 GMT\n\n" + "\n\n".join(edited[:4])
                      + "\n\nCopyright 2024 The Daily Example. All rights reserved. This material may not be "
                      "published, broadcast, rewritten or redistributed.\n\nSign up for our morning briefing "
                      "newsletter to get the day's top stories in your inbox.",
        "portal-copy": "By Wire staff\n\n" + "\n\n".join(reordered)
                       + "\n\nRead more: Why Kenya's cities flood every rainy season\n\nMore from Africa: Drought "
                       "hits northern Ethiopia | Sudan talks resume in Jeddah | Ghana's cedi slides again",
        "other-story": "Residents of Nairobi's Mathare settlement spent Wednesday digging through mud for "
                       "belongings after floods destroyed hundreds of homes. Many said they had nowhere else to go "
                       "and criticised the county government for failing to clear drainage channels before the "
                       "rains. A local pastor said his church was sheltering more than 200 families, most of them "
                       "women and children, and appealed for blankets, food and clean water. Health workers warned "
                       "of cholera outbreaks as sewage mixed with floodwater in the narrow alleys.",
    }


def build_attack_store(path: Path) -> Path:
    """A store file holding the attack corpus."""
    from dateline.store import open_store

    with open_store(path) as store:
        store.ingest(attack_docs())
    return path
