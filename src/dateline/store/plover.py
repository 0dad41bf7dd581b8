"""A merged event as a PLOVER-style JSON record (field names of the PLOVER data interchange specification)."""

from __future__ import annotations

from typing import Any

from ..actors import normal_name
from ..countries import alpha3

# PLOVER quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
        "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
        "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
NON_STATE = {"IGO", "NGO", "ISM", "IMG", "MNC"}


def plover_record(event: dict[str, Any], mentions: list[dict[str, Any]], coder: str) -> dict[str, Any]:
    """The PLOVER record of one merged event; per-source details (dates, figures, evidence) under `mentions`."""
    date, end = _iso(event.get("date") or event.get("date_start")), _iso(event.get("date_end"))
    rec: dict[str, Any] = {
        "id": event["id"],
        "date": date or _iso(event.get("first_reported")),
        "enddate": end if end and end != date else None,
        "source": actor_objects(m.get("actors") or [] for m in mentions),
        "recipient": actor_objects(m.get("recipients") or [] for m in mentions),
        "event": [event["type"]],
        "mode": event.get("mode"),
        "context": sorted({c for m in mentions for c in (m.get("context") or [])}),
        "event_loc": _location(event),
        "event_text": list(dict.fromkeys(m["evidence"] for m in mentions if m.get("evidence"))),
        "quad_code": QUAD.get(event["type"]),
        "dead": event.get("fatalities"),
        "injured": _min(m.get("injured") for m in mentions),
        "status": event.get("status"),
        "confidence": event.get("confidence"),
        "acled": ({"event_type": event["acled_event_type"], "sub_event_type": event["acled_sub_event_type"]}
                  if event.get("acled_sub_event_type") else None),
        "num_articles": event.get("n_articles"), "num_mentions": event.get("n_mentions"),
        "cite_info": [{"url": m.get("url"), "title": m.get("title"), "publication": m.get("source"),
                       "date": _iso(m.get("published")), "article_id": m["article_id"]} for m in mentions],
        "mentions": [{"article_id": m["article_id"], "date": _iso(m.get("date_start")),
                      "enddate": _iso(m.get("date_end")), "place": m.get("place_name"), "dead": m.get("fatalities"),
                      "injured": m.get("injured"), "copied": m.get("copied"),
                      "text_info": {"start": m.get("evidence_start"), "end": m.get("evidence_end")},
                      "event_text": m.get("evidence")} for m in mentions],
        "coder": coder,
    }
    return rec


def actor_objects(groups: Any) -> list[dict[str, Any]]:
    """PLOVER actor objects (code, sector, actor_text, identifier) merged across mentions, first seen first."""
    out: dict[str, dict[str, Any]] = {}
    for group in groups:
        for a in group:
            ident = a.get("key") or a.get("wikidata") or normal_name(a.get("name") or "")
            if not ident or ident in out:
                continue
            out[ident] = {"code": _code(a), "sector": a.get("sector"), "actor_text": a.get("name"),
                          "identifier_id": a.get("wikidata"), "identifier_text": a.get("name")}
    return list(out.values())


def _code(actor: dict[str, Any]) -> str | None:
    """The PLOVER actor code: an ISO alpha-3 country, or a non-state code carried as the country."""
    c = actor.get("country")
    if not c:
        return None
    if c in NON_STATE or len(c) == 3:
        return c
    return alpha3(c)


def _location(event: dict[str, Any]) -> dict[str, Any] | None:
    """A GeoNames-style location object, or None."""
    if event.get("place") is None and event.get("lat") is None:
        return None
    country = event.get("country")
    return {"geonameid": event.get("geonameid"), "name": event.get("place"), "latitude": event.get("lat"),
            "longitude": event.get("lon"), "feature_code": event.get("feature_code"), "country_code": country,
            "cc3": alpha3(country), "admin1_code": event.get("admin1")}


def _iso(value: Any) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _min(values: Any) -> int | None:
    known = [v for v in values if v is not None]
    return min(known) if known else None
