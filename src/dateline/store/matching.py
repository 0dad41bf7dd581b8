"""Whether two mentions can be one real-world event: compatible dates, nearby places, overlapping actors."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..actors import normal_name

FACTUAL = frozenset({"asserted", "ongoing", "historical"})
COARSE_FEATURES = ("PCL", "ADM1", "ADM2", "RGN", "CONT", "AREA", "TERR")  # a country or province, not a spot
MAX_DATED_DAYS = 45  # a date interval longer than this (a year, a season) says nothing about identity


@dataclass(frozen=True, slots=True)
class Rules:
    """The merging thresholds."""

    km: float = 50.0  # places of one event are at most this far apart
    day_tolerance: int = 1  # "on Monday" vs "overnight into Tuesday"
    report_days: int = 7  # an undated mention is about something at most this long before publication


@dataclass(slots=True)
class Mention:
    """The facts of one event mention that matching compares."""

    id: str
    event_id: str | None
    article_id: str
    seq: int
    status: str | None
    start: date | None
    end: date | None
    published: date | None
    lat: float | None
    lon: float | None
    country: str | None
    feature_code: str | None
    keys: frozenset[str]
    names: frozenset[str]
    countries: frozenset[str]

    @property
    def spot(self) -> bool:
        """True when the place is a point (a town, a building), not a country- or province-wide centroid."""
        return self.lat is not None and self.lon is not None and not coarse(self.feature_code)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Mention:
        """The matching view of an event_mentions row (a dict from rows.py or from the table)."""
        # The event's own actors; when the layer found none, the entities named in its sentence.
        actors = list(row.get("actors") or []) + list(row.get("recipients") or []) \
            or list(row.get("evidence_entities") or [])
        keys = {f"key:{a['key']}" for a in actors if a.get("key")}
        keys |= {f"wd:{a['wikidata']}" for a in actors if a.get("wikidata")}
        start, end = row.get("date_start"), row.get("date_end")
        if start and end and (end - start).days > MAX_DATED_DAYS:
            start = end = None
        return cls(id=row["id"], event_id=row.get("event_id"), article_id=row["article_id"], seq=int(row["seq"]),
                   status=row.get("status"), start=start, end=end or start, published=row.get("published"),
                   lat=row.get("lat"), lon=row.get("lon"), country=row.get("country"),
                   feature_code=row.get("feature_code"), keys=frozenset(keys),
                   names=frozenset(normal_name(a["name"]) for a in actors if a.get("name")),
                   countries=frozenset(a["country"] for a in actors if a.get("country")))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def match(a: Mention, b: Mention, rules: Rules) -> tuple[float, str] | None:
    """(score, reason) when a and b can be the same event, else None; the type is already equal."""
    if a.status not in FACTUAL or b.status not in FACTUAL:
        return None  # a threat or a denial is not a report of the event itself
    when, where, who = _dates(a, b, rules), _places(a, b, rules), _actors(a, b)
    if when is False or where is False:
        return None
    if where != "near" and who not in ("key", "name"):
        return None  # neither the same spot nor the same actors
    if when is None and not (where == "near" and who in ("key", "name")):
        return None  # without any time, only place and actors together are enough
    score = {"same": 3, "near": 2, "report": 1, None: 0}[when] + {"near": 3, "country": 1, None: 0}[where] \
        + {"key": 3, "name": 2, "country": 1, None: 0}[who]
    return float(score), "+".join(f"{k}:{v}" for k, v in (("date", when), ("place", where), ("actors", who)) if v)


def _dates(a: Mention, b: Mention, rules: Rules) -> str | bool | None:
    """'same', 'near' (within tolerance), 'report' (judged by publication dates), None (unknown) or False."""
    tol = timedelta(days=rules.day_tolerance)
    if a.start and b.start:
        assert a.end and b.end
        if a.start - tol > b.end or b.start - tol > a.end:
            return False
        return "same" if (a.start, a.end) == (b.start, b.end) else "near"
    dated, undated = (a, b) if a.start else (b, a)
    if dated.start and undated.published:
        assert dated.end
        lo, hi = undated.published - timedelta(days=rules.report_days), undated.published + tol
        return "report" if dated.start <= hi and dated.end >= lo else False
    if a.published and b.published:
        return "report" if abs((a.published - b.published).days) <= rules.report_days else False
    return None


def _places(a: Mention, b: Mention, rules: Rules) -> str | bool | None:
    """'near' (two points within km), 'country' (same country otherwise), None (unknown) or False (apart)."""
    if a.country and b.country and a.country.upper() != b.country.upper():
        return False
    if a.spot and b.spot:  # two points: near or too far
        assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
        return "near" if haversine_km(a.lat, a.lon, b.lat, b.lon) <= rules.km else False
    if a.country and b.country:
        return "country"
    return None


def coarse(code: str | None) -> bool:
    """True for a country, province or region (its coordinates are a centroid, not where anything happened)."""
    return code is not None and code.startswith(COARSE_FEATURES)


def _actors(a: Mention, b: Mention) -> str | None:
    """'key' (same known actor), 'name', 'country' (actors of a common country) or None."""
    if a.keys & b.keys:
        return "key"
    if a.names & b.names:
        return "name"
    if a.countries & b.countries:
        return "country"
    return None
