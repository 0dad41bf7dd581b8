"""A merged event as a row under ACLED's own column names (codebook order, 2023 columns)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
           "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
           "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
           "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp")

# ACLED actor types (inter codes) from PLOVER sectors.
_INTER = {"GOV": 1, "MIL": 1, "COP": 1, "SPY": 1, "JUD": 1, "LEG": 1, "REB": 2, "PRM": 3, "UAF": 3, "CVL": 7,
          "REF": 7, "EDU": 7, "MED": 7, "JRN": 7, "REL": 7, "LAB": 7, "AGR": 7, "BUS": 7, "SOC": 7}
_STATE_TYPES = {1}
_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_POINT_FEATURES = ("PPL", "AIRP", "AIRB", "BDG", "MSQE", "CH", "HSP", "SCH", "MKT", "PRT", "BLDG", "CMP", "INSM")


def acled_row(event: dict[str, Any], mentions: list[dict[str, Any]], timestamp: int | None) -> dict[str, Any]:
    """The ACLED columns of one merged event that has an ACLED sub-event type."""
    actors1 = _names(m.get("actors") for m in mentions)
    actors2 = _names(m.get("recipients") for m in mentions)
    inter1 = _inter(mentions, "actors", event)
    inter2 = _inter(mentions, "recipients", event)
    date = event.get("date") or event.get("date_start") or event.get("first_reported")
    country = event.get("country")
    return {
        "event_id_cnty": f"{_alpha3(country) or 'XXX'}{int(event['id'].rsplit('-', 1)[-1][:8], 16)}",
        "event_date": date.isoformat() if date else None,
        "year": date.year if date else None,
        "time_precision": _PRECISION.get(event.get("date_precision") or "", 3),
        "disorder_type": disorder_type(event.get("acled_event_type"), event.get("acled_sub_event_type")),
        "event_type": event.get("acled_event_type"), "sub_event_type": event.get("acled_sub_event_type"),
        "actor1": actors1[0] if actors1 else None, "assoc_actor_1": "; ".join(actors1[1:]) or None, "inter1": inter1,
        "actor2": actors2[0] if actors2 else None, "assoc_actor_2": "; ".join(actors2[1:]) or None, "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if event.get("acled_event_type") == "Violence against civilians"
        or inter2 == 7 else None,
        "iso": _numeric(country), "region": None, "country": _country_name(country), "admin1": event.get("admin1"),
        "admin2": None, "admin3": None, "location": event.get("place"),
        "latitude": event.get("lat"), "longitude": event.get("lon"),
        "geo_precision": _geo_precision(event.get("feature_code"), event.get("lat")),
        "source": "; ".join(s for s in (event.get("sources") or []) if s) or None, "source_scale": None,
        "notes": event.get("evidence"), "fatalities": event.get("fatalities") or 0, "tags": None,
        "timestamp": timestamp,
    }


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str | None:
    """ACLED's disorder type of an event type and sub-event type."""
    if event_type is None:
        return None
    if event_type == "Protests":
        return "Political violence; Demonstrations" if sub_event_type and sub_event_type.startswith("Excessive") \
            else "Demonstrations"
    if event_type == "Riots":
        return "Demonstrations" if sub_event_type == "Violent demonstration" else "Political violence"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


def _names(groups: Any) -> list[str]:
    out: dict[str, None] = {}
    for group in groups:
        for a in group or []:
            if a.get("name"):
                out.setdefault(a["name"], None)
    return list(out)


def _inter(mentions: list[dict[str, Any]], role: str, event: dict[str, Any]) -> int | None:
    """The actor type code of the first actor in this role that has a sector."""
    for m in mentions:
        for a in m.get(role) or []:
            code = _INTER.get((a.get("sector") or "")[:3])
            if code is None and a.get("country") in ("IGO", "IMG"):
                code = 8
            if code is not None:
                if event.get("acled_event_type") in ("Protests", "Riots") and code not in _STATE_TYPES:
                    return 6 if event["acled_event_type"] == "Protests" else 5
                return code
    return None


def _interaction(a: int | None, b: int | None) -> int | None:
    """ACLED's joint code: the two actor types, lower first (a lone actor type times ten)."""
    if a is None and b is None:
        return None
    if a is None or b is None:
        return (a or b or 0) * 10
    lo, hi = sorted((a, b))
    return lo * 10 + hi


def _geo_precision(feature_code: str | None, lat: float | None) -> int | None:
    """1 for a town or spot, 2 for a district, 3 for a province, country or no place."""
    if lat is None:
        return None
    if feature_code and feature_code.startswith(_POINT_FEATURES):
        return 1
    if feature_code and feature_code.startswith(("ADM2", "ADM3", "ADM4", "ADM5")):
        return 2
    return 3


@lru_cache(maxsize=512)
def _country(alpha2: str | None) -> Any:
    if not alpha2:
        return None
    import pycountry

    return pycountry.countries.get(alpha_2=alpha2.upper())


def _alpha3(alpha2: str | None) -> str | None:
    c = _country(alpha2)
    return c.alpha_3 if c else None


def _numeric(alpha2: str | None) -> int | None:
    c = _country(alpha2)
    return int(c.numeric) if c else None


def _country_name(alpha2: str | None) -> str | None:
    c = _country(alpha2)
    return getattr(c, "common_name", None) or (c.name if c else None)
