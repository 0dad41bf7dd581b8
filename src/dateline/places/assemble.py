"""Resolved matches grouped into Place objects: one per GeoNames sense, ids in order of first mention."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..doc import Doc, Place, Span
from ..gazetteer import Entry, Gazetteer
from .features import BROAD
from .local import LocalName
from .model import ToponymModel
from .recognize import Match



def display_name(entry: Entry, surfaces: list[str]) -> str:
    """The place's name: GeoNames' for countries, else the story's own spelling (Palmyra, not Tadmur)."""
    if entry.feature_code in BROAD or not surfaces:
        return entry.name
    if any(s.casefold() == entry.name.casefold() for s in surfaces):
        return entry.name
    written = [s for s in surfaces if not s.isupper()] or [s.title() for s in surfaces]
    return Counter(written).most_common(1)[0][0]


def assemble(doc: Doc, matches: list[Match], chosen: dict[str, Entry], gaz: Gazetteer,
             dateline: Span | None, local: list[tuple[LocalName, Entry]] | None = None) -> list[Place]:
    """Places with all their mentions (gazetteer senses, then local names); ids in order of first mention.

    A place named only in the dateline gets role "dateline": the events layer must not place events there."""
    groups: dict[int, list[Match]] = defaultdict(list)
    for m in matches:
        e = chosen.get(m.cand.key)
        if e is not None:
            groups[e.id].append(m)
    places = []
    for ms in groups.values():
        e = chosen[ms[0].cand.key]
        spans = sorted({(m.cand.start, m.cand.mention_end) for m in ms})
        mentions = [doc.span(s, t) for s, t in spans]
        only_dateline = dateline is not None and all(dateline.contains(s) for s in mentions)
        admin1 = e.name if e.feature_code == "ADM1" else gaz.admin1_name(e.admin1)
        evidence = max(m.score for m in ms)
        places.append(Place(id="", name=display_name(e, [doc.text[m.cand.start:m.cand.mention_end] for m in ms]), geonameid=e.geonameid,
                            lat=round(e.lat, 5), lon=round(e.lon, 5), country=e.country,
                            admin1=None if e.feature_code in BROAD else admin1, feature_code=e.feature_code,
                            mentions=mentions, role="dateline" if only_dateline else None,
                            score=round(ToponymModel.probability(evidence), 3), population=e.population or None))
    places += _local_places(doc, local or [], gaz)
    places.sort(key=lambda p: p.mentions[0].start)
    for i, p in enumerate(places, start=1):
        p.id = f"P{i}"
    return places


def _local_places(doc: Doc, local: list[tuple[LocalName, Entry]], gaz: Gazetteer) -> list[Place]:
    """One place per distinct local name ("Royal Street"), placed where its anchor sense is; no GeoNames id."""
    by_text: dict[str, list[tuple[LocalName, Entry]]] = defaultdict(list)
    for ln, e in local:
        by_text[doc.text[ln.start:ln.end]].append((ln, e))
    out = []
    for text, items in by_text.items():
        ln, e = items[0]
        admin1 = e.name if e.feature_code == "ADM1" else gaz.admin1_name(e.admin1)
        out.append(Place(id="", name=text, geonameid=None, lat=round(e.lat, 5), lon=round(e.lon, 5),
                         country=e.country, admin1=admin1, feature_code=ln.feature_code,
                         mentions=[doc.span(x.start, x.end) for x, _ in items], score=0.5))
    return out
