"""Choosing one GeoNames sense per name with the whole story as context: priors, countries, neighbours, qualifiers."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..gazetteer import OFFICIAL, Entry
from .features import BROAD
from .geo import km
from .recognize import Match

_ADMIN = frozenset({"ADM1", "ADM2", "ADM3"})
_NATURAL = frozenset({"H", "L", "T", "V", "U"})


@dataclass(slots=True)
class Context:
    """What the story says about where it is: its countries, divisions and the places already placed.

    Counts are kept per name so that a name is never its own evidence ("Georgia" does not vote for Georgia).
    """

    votes: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))  # name key -> countries
    admin1: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    anchors: list[tuple[str, Entry]] = field(default_factory=list)  # (name key, placed sense)
    dateline_country: str | None = None

    def countries(self, exclude: str) -> Counter[str]:
        """Country votes of every name but one."""
        out: Counter[str] = Counter()
        for key, c in self.votes.items():
            if key != exclude:
                out.update(c)
        return out

    def divisions(self, exclude: str) -> set[str]:
        """Admin1 codes the story names, but for one name."""
        return {code for key, c in self.admin1.items() if key != exclude for code in c}


def sense_score(e: Entry, m: Match, ctx: Context, countries: Counter[str], divisions: set[str],
                qualifier: Entry | None, is_dateline: bool) -> float:
    """How well one sense fits: prior (population, kind of place) plus agreement with the story."""
    s = 0.6 * math.log10(e.population + 1)
    if e.feature_code in BROAD:
        s += 2.5
    elif e.feature_class in _NATURAL:
        s += 1.5  # seas, rivers, regions: when a famous feature has the name, a town rarely wins
    elif e.feature_code == "PPLC":
        s += 1.0
    elif e.feature_code == "ADM1":
        s += 0.8
    elif e.feature_code == "ADM2":
        s -= 0.3
    if e.kind == OFFICIAL:
        s += 0.3
    total = sum(countries.values())
    if e.feature_code not in BROAD and e.country and total:
        if countries[e.country]:
            s += 0.5 + 1.0 * countries[e.country] / total
        if e.country == ctx.dateline_country:
            s += 0.5
    if e.admin1 and e.admin1 in divisions and e.feature_code != "ADM1":
        s += 1.0
    s += _proximity(e, m.cand.key, ctx)
    kw = m.cand.keyword
    if kw is not None:
        if kw.fits(e.feature_class, e.feature_code):
            s += 2.5
        elif kw.kinds & _ADMIN and e.feature_class == "P":
            s -= 1.0
    if qualifier is not None:
        s += 4.0 if _within(e, qualifier) else -1.0
    if is_dateline:
        s += 1.0 if e.feature_class == "P" else -1.0
        s += 1.0 if e.feature_code == "PPLC" else 0.0
    return s


def _within(e: Entry, q: Entry) -> bool:
    """True when sense e lies inside the qualifying place q ("Springfield, Illinois")."""
    if q.feature_code in BROAD:
        return e.country == q.country
    if q.feature_code == "ADM1":
        return e.admin1 == q.admin1
    return e.country == q.country and km(e.lat, e.lon, q.lat, q.lon) < 150


def _proximity(e: Entry, key: str, ctx: Context) -> float:
    """Closeness to the other places of the story (countries and regions are too coarse to count)."""
    if e.feature_code in BROAD or not ctx.anchors:
        return 0.0
    d = min((km(e.lat, e.lon, a.lat, a.lon) for k, a in ctx.anchors
             if k != key and a.feature_code not in BROAD and a.feature_class not in _NATURAL), default=math.inf)
    return 2.0 if d < 50 else 1.5 if d < 200 else 1.0 if d < 500 else 0.3 if d < 1500 else 0.0


def collapse_divisions(entries: list[Entry], has_admin_keyword: bool) -> list[Entry]:
    """Drop a division when a town of the same name that counts in it lies in it ("Idlib", "Moscow": the town;
    "Minnesota": the state, whatever hamlet shares its name), unless the text says province."""
    if has_admin_keyword:
        return entries
    towns: dict[tuple[str | None, str | None], int] = {}
    for e in entries:
        if e.feature_class == "P":
            towns[(e.country, e.admin1)] = max(e.population, towns.get((e.country, e.admin1), 0))
    return [e for e in entries if not (e.feature_code in _ADMIN and towns.get((e.country, e.admin1), -1)
                                       >= max(20_000, e.population // 20))] or entries


def country_sense(entries: list[Entry], countries: Counter[str]) -> Entry | None:
    """A country name means the country, unless the story is about another country that has a division or town
    of that name and never mentions the first ("Georgia" in a story about Atlanta, "Lebanon, Ohio")."""
    broad = [e for e in entries if e.feature_code in BROAD]
    if not broad:
        return None
    b = max(broad, key=lambda e: e.population)
    total = sum(countries.values())
    if total and not countries[b.country]:
        domestic = [e for e in entries if e.country != b.country and e.kind == OFFICIAL
                    and e.feature_code not in BROAD and countries[e.country] / total >= 0.5]
        if domestic:
            return None
    return b


def _context(by_key: dict[str, list[Match]], chosen: dict[str, Entry], demonyms: Counter[str],
             region: list[Entry], capitals: list[Entry]) -> Context:
    """The story context: names already placed (or unambiguous, before any choice), demonyms, the dateline, and
    capitals referred to by description."""
    ctx = Context()
    ctx.votes["#demonyms"].update(demonyms)
    for e in capitals:
        ctx.votes["#capitals"][e.country or ""] += 1
        ctx.anchors.append(("#capitals", e))
    for e in region:
        ctx.votes["#region"][e.country or ""] += 2
        ctx.dateline_country = e.country
    for key, ms in by_key.items():
        if key in chosen:
            e: Entry | None = chosen[key]
        else:
            countries = {x.country for x in ms[0].entries if x.country}
            e = ms[0].entries[0] if len(ms[0].entries) == 1 else None
            if e is None and len(countries) == 1:
                ctx.votes[key][next(iter(countries))] += len(ms)
                continue
        if e is None:
            continue
        if e.country:
            ctx.votes[key][e.country] += len(ms)
        if e.feature_code == "ADM1" and e.admin1:
            ctx.admin1[key][e.admin1] += 1
        ctx.anchors.append((key, e))
    return ctx


def resolve(matches: list[Match], demonym_countries: Counter[str], dateline_key: str | None,
            dateline_region: list[Entry], capitals: list[Entry] | None = None) -> dict[str, Entry]:
    """Name key -> chosen sense, one sense per name per story, in two passes (context, then neighbours)."""
    by_key: dict[str, list[Match]] = defaultdict(list)
    for m in matches:
        by_key[m.cand.key].append(m)
    caps = capitals or []
    chosen = _choose(by_key, _context(by_key, {}, demonym_countries, dateline_region, caps), dateline_key, {})
    # Second pass: every first choice is context for the others.
    return _choose(by_key, _context(by_key, chosen, demonym_countries, dateline_region, caps), dateline_key, chosen)


def _choose(by_key: dict[str, list[Match]], ctx: Context, dateline_key: str | None,
            previous: dict[str, Entry]) -> dict[str, Entry]:
    """The best sense of every name under a context."""
    out: dict[str, Entry] = {}
    for key, ms in by_key.items():
        countries = ctx.countries(exclude=key)
        kw = next((m.cand.keyword for m in ms if m.cand.keyword is not None), None)
        qualifier = None
        for m in ms:
            if m.cand.qualifier_start >= 0:
                qualifier = _qualifier(m.cand.qualifier_start, by_key, previous)
                if qualifier is not None:
                    break
        if kw is None and qualifier is None:
            country = country_sense(ms[0].entries, countries)
            if country is not None:
                out[key] = country
                continue
        entries = ms[0].entries
        if any(m.cand.qualifies for m in ms):  # "Palmyra, New York": the state, not the city
            entries = [e for e in entries if e.feature_code in BROAD or e.feature_code == "ADM1"] or entries
        else:
            entries = collapse_divisions(entries, kw is not None and bool(kw.kinds & _ADMIN))
        divisions = ctx.divisions(exclude=key)
        out[key] = max(entries, key=lambda e: (sense_score(e, ms[0], ctx, countries, divisions, qualifier,
                                                           key == dateline_key), e.population, -(e.geonameid or 0)))
    return out


def _qualifier(start: int, by_key: dict[str, list[Match]], chosen: dict[str, Entry]) -> Entry | None:
    """The division or country named right after a comma ("Springfield, Ill."), as chosen so far."""
    for key, ms in by_key.items():
        if any(m.cand.start == start for m in ms):
            e = chosen.get(key)
            if e is None:
                broad = [x for x in ms[0].entries if x.feature_code in BROAD or x.feature_code == "ADM1"]
                e = max(broad, key=lambda x: x.population) if broad else None
            if e is not None and (e.feature_code in BROAD or e.feature_code == "ADM1"):
                return e
    return None


def strays(chosen: dict[str, Entry], by_key: dict[str, list[Match]], demonyms: Counter[str]) -> set[str]:
    """Names resolved to a hamlet abroad in a story that is clearly about other countries ("Guma" in a story about
    Nigeria went to a village in the Philippines): more likely an unlisted place at home, so better placed there."""
    out = set()
    for key, e in chosen.items():
        if e.feature_class != "P" or e.population >= 20_000 or not e.country:
            continue
        votes: Counter[str] = Counter(demonyms)
        for other, x in chosen.items():
            if other != key and x.country:
                votes[x.country] += len(by_key.get(other, ()))
        if sum(votes.values()) >= 2 and not votes[e.country]:
            out.add(key)
    return out
