"""The API and UI tests' own corpus: invented wire stories annotated by hand as contract records (no model needed).

Spans are found in the text by phrase (the n-th occurrence), so every offset is right by construction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class Article:
    """A contract record under construction: add entities, places, times, quotes and events by phrase."""

    def __init__(self, doc_id: str, text: str, published: str, source: str, title: str) -> None:
        self.text = text
        self.rec: dict[str, Any] = {"schema": "dateline/1", "id": doc_id, "title": title, "url": None,
                                    "source": source, "published": published, "dateline": None, "text": text,
                                    "entities": [], "places": [], "times": [], "quotes": [], "events": [],
                                    "duplicates": []}

    def span(self, phrase: str, nth: int = 0) -> dict[str, Any]:
        """The nth occurrence of phrase as {start, end, text}."""
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(phrase, start + 1)
        return {"start": start, "end": start + len(phrase), "text": phrase}

    def entity(self, eid: str, name: str, type_: str, *phrases: str | tuple[str, int], country: str | None = None,
               key: str | None = None) -> Article:
        """An entity mentioned by each phrase (a (phrase, n) pair for a later occurrence)."""
        self.rec["entities"].append({"id": eid, "name": name, "type": type_, "aliases": [], "description": None,
                                     "country": country, "sector": None, "wikidata": None, "key": key,
                                     "mentions": [self._span(p) for p in phrases]})
        return self

    def place(self, pid: str, name: str, lat: float, lon: float, country: str, geonameid: int,
              *phrases: str | tuple[str, int], feature_code: str = "PPLA") -> Article:
        """A resolved place mentioned by each phrase."""
        self.rec["places"].append({"id": pid, "name": name, "geonameid": geonameid, "lat": lat, "lon": lon,
                                   "country": country, "admin1": None, "feature_code": feature_code,
                                   "mentions": [self._span(p) for p in phrases]})
        return self

    def time(self, phrase: str, value: str, type_: str = "DATE") -> Article:
        """A temporal expression."""
        self.rec["times"].append({**self.span(phrase), "type": type_, "value": value})
        return self

    def quote(self, qid: str, content: str, speaker: str, speaker_name: str, entity: str | None,
              cue: str | tuple[str, int]) -> Article:
        """A direct quote with its speaker's mention and cue."""
        self.rec["quotes"].append({"id": qid, **self.span(content), "kind": "direct",
                                   "speaker": {"entity": entity, "name": speaker_name, **self.span(speaker)},
                                   "cue": self._span(cue), "duplicate_of": None})
        return self

    def event(self, vid: str, type_: str, evidence: str, actors: list[str], recipients: list[str],
              place: str | None, date: str | None, status: str = "asserted") -> Article:
        """An event with its evidence sentence."""
        self.rec["events"].append({"id": vid, "type": type_, "mode": None, "context": [], "acled": None,
                                   "actors": actors, "recipients": recipients, "place": place,
                                   "date": {"start": date, "end": date, "precision": "day"} if date else None,
                                   "status": status, "attributed_to": None, "evidence": self.span(evidence),
                                   "confidence": 0.9})
        return self

    def _span(self, p: str | tuple[str, int]) -> dict[str, Any]:
        return self.span(*p) if isinstance(p, tuple) else self.span(p)


KARACHI = (24.8608, 67.0104, "PK", 1174872)
NAIROBI = (-1.28333, 36.81667, "KE", 184745)
AYACUCHO = (-13.15878, -74.22321, "PE", 3947019)


def karachi_arrests() -> dict[str, Any]:
    """Police arrest protesters in Karachi; a quote from the police chief; the traders' union condemns it."""
    a = Article("t-karachi-arrests",
                "KARACHI, March 2 (Harbor Post) - Police arrested twelve protesters outside the provincial assembly "
                "in Karachi on Friday, officials said.\n\n\"We will not allow the roads to be blocked,\" said "
                "Sindh police chief Imran Qadir.\n\nThe Karachi Traders Union condemned the arrests and said it "
                "would hold a strike on Monday.", "2024-03-02", "Harbor Post", "Police arrest twelve in Karachi")
    a.entity("E1", "Sindh Police", "ORG", "Police", "Sindh police", country="PAK")
    a.entity("E2", "Imran Qadir", "PERSON", "Imran Qadir", country="PAK")
    a.entity("E3", "Karachi Traders Union", "ORG", "Karachi Traders Union", country="PAK")
    a.entity("E4", "protesters", "GROUP", "twelve protesters")
    a.place("P1", "Karachi", *KARACHI, "KARACHI", "Karachi")
    a.time("on Friday", "2024-03-01").time("on Monday", "2024-03-04")
    a.quote("Q1", "We will not allow the roads to be blocked", "Sindh police chief Imran Qadir", "Imran Qadir",
            "E2", ("said", 1))
    a.event("V1", "COERCE", "Police arrested twelve protesters outside the provincial assembly in Karachi on "
            "Friday, officials said.", ["E1"], ["E4"], "P1", "2024-03-01")
    a.event("V2", "ACCUSE", "The Karachi Traders Union condemned the arrests", ["E3"], ["E1"], "P1", "2024-03-02")
    return a.rec


def nairobi_deal() -> dict[str, Any]:
    """Kenya and Uganda sign an electricity deal; a quote from the energy minister."""
    a = Article("t-nairobi-deal",
                "NAIROBI, March 5 (Valley Times) - Kenya and Uganda signed an agreement on Tuesday to share "
                "electricity from a new dam on the Nile, the energy ministry said.\n\n\"This deal will light up "
                "thousands of homes,\" Energy Minister Grace Wanjiru told reporters in Nairobi.",
                "2024-03-05", "Valley Times", "Kenya and Uganda sign power deal")
    a.entity("E1", "Kenya", "GPE", "Kenya", country="KEN")
    a.entity("E2", "Uganda", "GPE", "Uganda", country="UGA")
    a.entity("E3", "Grace Wanjiru", "PERSON", "Energy Minister Grace Wanjiru", country="KEN")
    a.place("P1", "Nairobi", *NAIROBI, "NAIROBI", "Nairobi", feature_code="PPLC")
    a.time("on Tuesday", "2024-03-05")
    a.quote("Q1", "This deal will light up thousands of homes", "Energy Minister Grace Wanjiru", "Grace Wanjiru",
            "E3", "told")
    a.event("V1", "AGREE", "Kenya and Uganda signed an agreement on Tuesday to share electricity from a new dam "
            "on the Nile, the energy ministry said.", ["E1", "E2"], [], "P1", "2024-03-05")
    return a.rec


def karachi_strike() -> dict[str, Any]:
    """A week later the union strikes in Karachi; a quote from its leader."""
    a = Article("t-karachi-strike",
                "KARACHI, March 9 (Harbor Post) - Shopkeepers in Karachi closed their stores on Saturday in a strike "
                "called by the Karachi Traders Union to protest last week's arrests.\n\n\"Our members have been "
                "treated like criminals,\" union leader Bilal Sheikh said.", "2024-03-09", "Harbor Post",
                "Karachi traders strike over arrests")
    a.entity("E1", "Karachi Traders Union", "ORG", "Karachi Traders Union", country="PAK")
    a.entity("E2", "Bilal Sheikh", "PERSON", "union leader Bilal Sheikh", country="PAK")
    a.place("P1", "Karachi", *KARACHI, "KARACHI", "Karachi")
    a.time("on Saturday", "2024-03-09")
    a.quote("Q1", "Our members have been treated like criminals", "union leader Bilal Sheikh", "Bilal Sheikh",
            "E2", "said")
    a.event("V1", "PROTEST", "Shopkeepers in Karachi closed their stores on Saturday in a strike called by the "
            "Karachi Traders Union to protest last week's arrests.", ["E1"], [], "P1", "2024-03-09")
    return a.rec


def ayacucho_attack() -> dict[str, Any]:
    """Gunmen attack a police post in Peru (no quote)."""
    a = Article("t-ayacucho-attack",
                "LIMA, Feb 20 (Andes Daily) - Gunmen attacked a police post in the Ayacucho region on Monday, "
                "killing two officers, the interior ministry said.", "2024-02-20", "Andes Daily",
                "Two officers killed in Ayacucho attack")
    a.entity("E1", "gunmen", "GROUP", "Gunmen")
    a.entity("E2", "Peruvian police", "ORG", "police post", country="PER")
    a.place("P1", "Ayacucho", *AYACUCHO, "Ayacucho", feature_code="ADM1")
    a.time("on Monday", "2024-02-19")
    a.event("V1", "ASSAULT", "Gunmen attacked a police post in the Ayacucho region on Monday, killing two officers, "
            "the interior ministry said.", ["E1"], ["E2"], "P1", "2024-02-19")
    return a.rec


def ayacucho_second_report() -> dict[str, Any]:
    """Another outlet reports the same attack: the store merges it into the first report's event."""
    a = Article("t-ayacucho-second",
                "AYACUCHO, Feb 21 (Sierra News) - Two police officers died when gunmen attacked their post in "
                "Ayacucho on Monday, regional officials said.", "2024-02-21", "Sierra News",
                "Gunmen kill two police officers in Ayacucho")
    a.entity("E1", "gunmen", "GROUP", "gunmen")
    a.entity("E2", "Peruvian police", "ORG", "police officers", country="PER")
    a.place("P1", "Ayacucho", *AYACUCHO, "Ayacucho", feature_code="ADM1")
    a.time("on Monday", "2024-02-19")
    a.event("V1", "ASSAULT", "Two police officers died when gunmen attacked their post in Ayacucho on Monday, "
            "regional officials said.", ["E1"], ["E2"], "P1", "2024-02-19")
    return a.rec


def records() -> list[dict[str, Any]]:
    """The corpus, in ingest order."""
    return [karachi_arrests(), nairobi_deal(), karachi_strike(), ayacucho_attack(), ayacucho_second_report()]


def build_store(path: Path) -> Path:
    """A DuckDB store holding the corpus (no pipeline runs)."""
    from dateline.store import open_store

    with open_store(path) as store:
        store.ingest(records())
    return path
