"""Places no gazetteer lists: streets, buildings, schools, parks ("Royal Street", "Colchester General Hospital"),
placed at the town their name contains or at the story's local focus."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ..doc import Doc
from ..gazetteer.names import name_key
from ..gazetteer import Entry
from ..nlp import parses
from .candidates import CONNECTORS, PLACE_LABELS
from .features import BROAD
from .lexicon import Lexicon
from .recognize import Match

# Head words of facility names, with the GeoNames feature code they stand for.
HEADS = {
    "street": "ST", "st.": "ST", "avenue": "ST", "ave.": "ST", "road": "RD", "rd.": "RD", "boulevard": "ST",
    "blvd.": "ST", "drive": "ST", "lane": "ST", "highway": "RD", "square": "SQR", "bridge": "BDG",
    "church": "CH", "cathedral": "CH", "basilica": "CH", "mosque": "MSQE", "synagogue": "SYG", "temple": "TMPL",
    "hospital": "HSP", "school": "SCH", "academy": "SCH", "college": "UNIV", "university": "UNIV",
    "airport": "AIRP", "station": "RSTN", "stadium": "STDM", "arena": "STDM", "racecourse": "RECR",
    "museum": "MUS", "library": "LIBR", "hotel": "HTL", "prison": "PRN", "jail": "PRN", "mall": "MALL",
    "market": "MKT", "courthouse": "CTHSE", "park": "PRK", "gardens": "GDN", "cemetery": "CMTY",
    "graveyard": "CMTY", "reservoir": "RSV", "canal": "CNL", "lake": "LK", "river": "STM", "island": "ISL",
    "mountains": "MTS", "bay": "BAY", "beach": "BCH", "valley": "VAL", "embassy": "DIP", "consulate": "DIP",
    "estate": "EST", "township": "ADM3", "county": "ADM2", "village": "PPL", "centre": "BLDG", "center": "BLDG",
    "hall": "BLDG", "palace": "PAL", "castle": "CSTL", "tower": "TOWR", "plaza": "SQR", "harbor": "HBR",
    "harbour": "HBR", "port": "PRT", "base": "MILB", "camp": "CMP", "club": "BLDG", "court": "CTHSE",
    "theatre": "THTR", "theater": "THTR", "zoo": "ZOO", "dam": "DAM",
}
# Heads that also end organisation names ("Pew Research Center"): a facility only when the NER agrees.
ORGANISATION_HEADS = frozenset({"centre", "center", "club", "hall", "court", "college", "university", "academy",
                                "school", "market", "theatre", "theater"})
_ABBREVIATED = frozenset({"st.", "ave.", "rd.", "blvd."})
# Words that make "<word> Church" an institution rather than a building ("Catholic Church").
_INSTITUTIONS = frozenset({"catholic", "orthodox", "anglican", "protestant", "evangelical", "episcopal", "world",
                           "national", "international", "unification", "methodist", "baptist", "lutheran"})
_TOWN_LIKE = frozenset({"P", "S", "H", "T", "L", "V", "R", "U"})


@dataclass(slots=True)
class LocalName:
    """A facility or unlisted place: its span, kind, and the gazetteer matches inside its name."""

    start: int
    end: int
    feature_code: str
    inner: list[Match]


def local_names(doc: Doc, matches: list[Match], lex: Lexicon) -> Iterator[LocalName]:
    """Facility names: capitalised runs ending in a head word ("Street", "Hospital") the gazetteer does not know."""
    taken = [(m.cand.start, m.cand.mention_end) for m in matches]
    for p in parses(doc):
        toks = list(p.sdoc)
        ner = {(p.offset + e.start_char, p.offset + e.end_char): e.label_ for e in p.sdoc.ents}
        for i, t in enumerate(toks):
            head = HEADS.get(t.lower_)
            if head is None or not t.text[:1].isupper():
                continue
            if t.lower_ in _ABBREVIATED and i + 1 < len(toks) and toks[i + 1].text[:1].isupper():
                continue  # "St. Gregory" is a saint, not a street
            first = _run_start(toks, i)
            if first == i or (i - first == 1 and toks[first].lower_ in _INSTITUTIONS):
                continue
            start, end = p.offset + toks[first].idx, p.offset + t.idx + len(t.text)
            label = next((lab for (s, e), lab in ner.items() if s <= start and end <= e + 1 and lab != "DATE"), None)
            if t.lower_ in ORGANISATION_HEADS and label not in PLACE_LABELS:
                continue
            if any(s <= start and end <= e for s, e in taken):
                continue  # the gazetteer knows the whole name ("Strait of Hormuz")
            inner = [m for m in matches if start <= m.cand.start and m.cand.mention_end <= end]
            yield LocalName(start, end, head, inner)


# Prepositions that put an unlisted name in a locative frame ("displaced from Umemger", "in Madinaty").
_LOCATIVE = frozenset({"in", "near", "at", "outside", "from", "around", "inside"})
# Words after a name that say it is a settlement or an area ("Torkula village", "Benue state").
_SETTLEMENT = {"village": "PPL", "town": "PPL", "city": "PPL", "suburb": "PPLX", "neighbourhood": "PPLX",
               "neighborhood": "PPLX", "district": "ADMD", "county": "ADM2", "province": "ADM1", "state": "ADM1",
               "region": "RGN", "camp": "CMP", "area": "AREA"}


def unlisted_names(doc: Doc, matches: list[Match], lex: Lexicon, surnames: set[str]) -> Iterator[LocalName]:
    """Names the gazetteer lacks that the text itself calls places: "Torkula village", or a name the NER calls a
    place right after a locative preposition ("in Madinaty")."""
    taken = [(m.cand.start, m.cand.mention_end) for m in matches]
    for p in parses(doc):
        toks = list(p.sdoc)
        for e in p.sdoc.ents:
            if e.label_ not in ("GPE", "LOC") or len(e) > 3:
                continue
            i, j = e.start + (1 if toks[e.start].lower_ == "the" else 0), e.end - 1
            if j > i and toks[j].lower_ in _SETTLEMENT:
                j -= 1  # the NER took "Torkula village" whole
            if i > j or not all(t.text[:1].isupper() and t.is_alpha and not t.is_upper for t in toks[i:j + 1]):
                continue  # capitalised words only: no codes ("OT", "GT3") and no shouting
            s, t = p.offset + toks[i].idx, p.offset + toks[j].idx + len(toks[j].text)
            text = doc.text[s:t]
            if text in lex.demonyms or name_key(text) in lex.stopnames or name_key(text) in surnames:
                continue
            if any(a < t and s < b for a, b in taken):
                continue
            after = toks[j + 1].lower_ if j + 1 < len(toks) else ""
            before = toks[e.start - 1].lower_ if e.start > 0 else ""
            if after in _SETTLEMENT:
                yield LocalName(s, p.offset + toks[j + 1].idx + len(toks[j + 1].text), _SETTLEMENT[after], [])
            elif before in _LOCATIVE:
                yield LocalName(s, t, "PPL" if e.label_ == "GPE" else "AREA", [])


def _run_start(toks: list, i: int) -> int:
    """The first token of the capitalised run that ends at token i (leading "The" left out)."""
    j = i
    while j > 0:
        prev = toks[j - 1]
        if prev.is_sent_start and prev.lower_ == "the":
            break
        if prev.text[:1].isupper() or prev.text[:1].isdigit() or (prev.lower_ in CONNECTORS and prev.lower_ != "-"
                                                                 and j - 2 >= 0 and toks[j - 2].text[:1].isupper()):
            if prev.lower_ == "the" or prev.whitespace_ == "" and prev.text in ",.;:":
                break
            j -= 1
            continue
        break
    while j < i and (toks[j].lower_ in CONNECTORS or toks[j].lower_ == "the"):
        j += 1
    return j


def focus(chosen: dict[str, Entry], matches: list[Match]) -> Entry | None:
    """The story's local focus: its most-mentioned town (the most populous on a tie), else None."""
    counts: Counter[int] = Counter()
    first: dict[int, int] = {}
    by_id = {}
    for m in matches:
        e = chosen.get(m.cand.key)
        if e is not None and e.feature_class == "P":
            counts[e.id] += 1
            first.setdefault(e.id, m.cand.start)
            by_id[e.id] = e
    if not counts:
        return None
    best = max(counts, key=lambda i: (counts[i], by_id[i].population, -first[i]))
    return by_id[best]


def place_local(name: LocalName, chosen: dict[str, Entry], story_focus: Entry | None) -> Entry | None:
    """Where a local name is: at the town its name contains, else at the story's focus (inside any division it
    names), else at that division; None when the story gives no clue."""
    senses = [chosen[m.cand.key] for m in name.inner if m.cand.key in chosen]
    towns = [e for e in senses if e.feature_class in _TOWN_LIKE and e.feature_code not in BROAD]
    if towns:
        return towns[-1]
    regions = [e for e in senses if e.feature_code in BROAD or e.feature_code == "ADM1"]
    if story_focus is not None and all(_inside(story_focus, r) for r in regions):
        return story_focus
    return regions[-1] if regions else None


def _inside(e: Entry, region: Entry) -> bool:
    """True when e lies in a country or first-level division."""
    return e.country == region.country and (region.feature_code != "ADM1" or e.admin1 == region.admin1)
