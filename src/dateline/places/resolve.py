"""Choosing one GeoNames sense per name with the whole story as context: priors, countries, neighbours, qualifiers."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..gazetteer import OFFICIAL, Entry
from .geo import km
from .recognize import Match

_BROAD = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "TERR", "CONT", "ZN"})
_ADMIN = frozenset({"ADM1", "ADM2", "ADM3"})


@dataclass(slots=True)
class Context:
    """What the story says about where it is: its countries, divisions and the places already placed."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1: Counter[str] = field(default_factory=Counter)
    anchors: list[tuple[str, Entry]] = field(default_factory=list)  # (name key, placed sense)
    dateline_country: str | None = None

    def top_country(self) -> str | None:
        """The country the story mentions most, if any."""
        return self.countries.most_common(1)[0][0] if self.countries else None


def sense_score(e: Entry, m: Match, ctx: Context, qualifier: Entry | None, is_dateline: bool) -> float:
    """How well one sense fits: prior (population, kind of place) plus agreement with the story."""
    s = 0.35 * math.log10(e.population + 1)
    if e.feature_code in _BROAD:
        s += 2.5
    elif e.feature_code == "PPLC":
        s += 1.0
    elif e.feature_code == "ADM1":
        s += 0.3
    elif e.feature_code == "ADM2":
        s -= 0.3
    if e.kind == OFFICIAL:
        s += 0.3
    if e.feature_code not in _BROAD and e.country:
        if e.country in ctx.countries:
            s += 1.5 + (0.5 if e.country == ctx.top_country() else 0.0)
        if e.country == ctx.dateline_country:
            s += 0.5
    if e.admin1 and e.admin1 in ctx.admin1 and e.feature_code not in _ADMIN:
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
    if q.feature_code in _BROAD:
        return e.country == q.country
    if q.feature_code == "ADM1":
        return e.admin1 == q.admin1
    return e.country == q.country and km(e.lat, e.lon, q.lat, q.lon) < 150


def _proximity(e: Entry, key: str, ctx: Context) -> float:
    """Closeness to the other places of the story (countries and regions are too coarse to count)."""
    if e.feature_code in _BROAD or not ctx.anchors:
        return 0.0
    d = min((km(e.lat, e.lon, a.lat, a.lon) for k, a in ctx.anchors if k != key and a.feature_code not in _BROAD),
            default=math.inf)
    return 2.0 if d < 50 else 1.5 if d < 200 else 1.0 if d < 500 else 0.3 if d < 1500 else 0.0


def collapse_divisions(entries: list[Entry], has_admin_keyword: bool) -> list[Entry]:
    """Drop a division when a town of the same name lies in it ("Idlib", "Moscow"), unless the text says province."""
    if has_admin_keyword:
        return entries
    towns = {(e.country, e.admin1) for e in entries if e.feature_class == "P"}
    return [e for e in entries if not (e.feature_code in _ADMIN and (e.country, e.admin1) in towns)] or entries


def resolve(matches: list[Match], demonym_countries: Counter[str], dateline_key: str | None,
            dateline_region: list[Entry]) -> dict[str, Entry]:
    """Name key -> chosen sense, one sense per name per story, in two passes (context, then neighbours)."""
    by_key: dict[str, list[Match]] = defaultdict(list)
    for m in matches:
        by_key[m.cand.key].append(m)
    ctx = Context(countries=Counter(demonym_countries))
    for e in dateline_region:
        ctx.countries[e.country] += 2
        ctx.dateline_country = e.country
    for key, ms in by_key.items():
        countries = {e.country for e in ms[0].entries if e.country}
        if len(countries) == 1:
            ctx.countries[next(iter(countries))] += len(ms)
        if len(ms[0].entries) == 1:
            ctx.anchors.append((key, ms[0].entries[0]))
        if any(e.feature_code == "ADM1" for e in ms[0].entries) and len(ms[0].entries) == 1:
            ctx.admin1[ms[0].entries[0].admin1 or ""] += 1
    chosen = _choose(by_key, ctx, dateline_key, {})
    # Second pass: every first choice is context for the others.
    ctx2 = Context(countries=Counter(demonym_countries), dateline_country=ctx.dateline_country)
    for e in dateline_region:
        ctx2.countries[e.country] += 2
    for key, e in chosen.items():
        if e.country:
            ctx2.countries[e.country] += len(by_key[key])
        if e.feature_code == "ADM1" and e.admin1:
            ctx2.admin1[e.admin1] += 1
        ctx2.anchors.append((key, e))
    return _choose(by_key, ctx2, dateline_key, chosen)


def _choose(by_key: dict[str, list[Match]], ctx: Context, dateline_key: str | None,
            previous: dict[str, Entry]) -> dict[str, Entry]:
    """The best sense of every name under a context."""
    out: dict[str, Entry] = {}
    for key, ms in by_key.items():
        admin_kw = any(m.cand.keyword is not None and m.cand.keyword.kinds & _ADMIN for m in ms)
        entries = collapse_divisions(ms[0].entries, admin_kw)
        qualifier = None
        for m in ms:
            if m.cand.qualifier_start >= 0:
                qualifier = _qualifier(m.cand.qualifier_start, by_key, previous)
                if qualifier is not None:
                    break
        best = max(entries, key=lambda e: (sense_score(e, ms[0], ctx, qualifier, key == dateline_key),
                                           e.population, -(e.geonameid or 0)))
        out[key] = best
    return out


def _qualifier(start: int, by_key: dict[str, list[Match]], chosen: dict[str, Entry]) -> Entry | None:
    """The division or country named right after a comma ("Springfield, Ill."), as chosen so far."""
    for key, ms in by_key.items():
        if any(m.cand.start == start for m in ms):
            e = chosen.get(key)
            if e is None:
                broad = [x for x in ms[0].entries if x.feature_code in _BROAD or x.feature_code == "ADM1"]
                e = max(broad, key=lambda x: x.population) if broad else None
            if e is not None and (e.feature_code in _BROAD or e.feature_code == "ADM1"):
                return e
    return None
