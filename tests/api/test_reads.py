"""The read endpoints over the test corpus: lists with filters and pages, one article, one event with sources."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from api.corpus import records
from support import assert_offsets

TEXTS = {r["id"]: r["text"] for r in records()}


def items(client: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    return r.json()["items"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(("limit", "offset", "n", "next_offset"), [(2, 0, 2, 2), (2, 4, 1, None), (50, 0, 5, None),
                                                                     (3, 9, 0, None)])
def test_reads_articles_pages(client: httpx.Client, limit: int, offset: int, n: int, next_offset: int | None) -> None:
    page = client.get("/api/articles", params={"limit": limit, "offset": offset}).json()
    assert page["total"] == 5 and len(page["items"]) == n and page["next_offset"] == next_offset
    assert "text" not in (page["items"][0] if page["items"] else {})


@pytest.mark.parametrize(("params", "ids"), [
    ({"q": "Traders Union"}, {"t-karachi-arrests", "t-karachi-strike"}),
    ({"q": "dam on the Nile"}, {"t-nairobi-deal"}),
    ({"source": "Harbor Post"}, {"t-karachi-arrests", "t-karachi-strike"}),
    ({"since": "2024-03-03"}, {"t-nairobi-deal", "t-karachi-strike"}),
    ({"until": "2024-02-28"}, {"t-ayacucho-attack", "t-ayacucho-second"}),
    ({"q": "100%_"}, set()),
    ({"q": "'; DROP TABLE articles; --"}, set()),
])
def test_reads_articles_filters(client: httpx.Client, params: dict[str, str], ids: set[str]) -> None:
    assert {a["id"] for a in items(client, "/api/articles", **params)} == ids
    assert client.get("/api/stats").json()["counts"]["articles"] == 5  # nothing was dropped


@pytest.mark.parametrize("article_id", sorted(TEXTS))
def test_reads_article_record_with_text(client: httpx.Client, article_id: str) -> None:
    body = client.get(f"/api/articles/{article_id}").json()
    record = body["record"]
    assert record["text"] == TEXTS[article_id]
    assert_offsets(record)
    assert set(body["event_ids"]) == {e["id"] for e in record["events"]}
    assert all(v.startswith("ev-") for v in body["event_ids"].values())


@pytest.mark.parametrize(("params", "types"), [
    ({}, ["ACCUSE", "AGREE", "ASSAULT", "COERCE", "PROTEST"]),
    ({"type": "ASSAULT"}, ["ASSAULT"]),
    ({"type": ["COERCE", "agree"]}, ["AGREE", "COERCE"]),
    ({"type": "COERCE,PROTEST"}, ["COERCE", "PROTEST"]),
    ({"actor": "traders"}, ["ACCUSE", "PROTEST"]),
    ({"actor": "Kenya"}, ["AGREE"]),
    ({"since": "2024-03-02", "until": "2024-03-06"}, ["ACCUSE", "AGREE"]),
    ({"country": "PK"}, ["ACCUSE", "COERCE", "PROTEST"]),
    ({"country": "Peru"}, ["ASSAULT"]),
    ({"near": "-1.3,36.8,50"}, ["AGREE"]),
    ({"q": "strike"}, ["PROTEST"]),
    ({"actor": "nobody at all"}, []),
])
def test_reads_events_filters(client: httpx.Client, params: dict[str, Any], types: list[str]) -> None:
    assert sorted(e["type"] for e in items(client, "/api/events", **params)) == types


@pytest.mark.parametrize(("sort", "first"), [("date", "ASSAULT"), ("-date", "PROTEST"), ("sources", "ASSAULT")])
def test_reads_events_sorted(client: httpx.Client, sort: str, first: str) -> None:
    assert items(client, "/api/events", sort=sort)[0]["type"] == first


@pytest.mark.parametrize("located", [True])
def test_reads_events_located_have_coordinates(client: httpx.Client, located: bool) -> None:
    found = items(client, "/api/events", located=located)
    assert len(found) == 5 and all(e["lat"] is not None and e["lon"] is not None for e in found)


@pytest.mark.parametrize("event_type", ["ASSAULT"])
def test_reads_event_with_every_source(client: httpx.Client, event_type: str) -> None:
    [summary] = items(client, "/api/events", type=event_type)
    event = client.get(f"/api/events/{summary['id']}").json()
    assert event["n_articles"] == 2
    assert {m["article_id"] for m in event["mentions"]} == {"t-ayacucho-attack", "t-ayacucho-second"}
    for m in event["mentions"]:
        assert TEXTS[m["article_id"]][m["evidence_start"]:m["evidence_end"]] == m["evidence"]
        assert m["title"] and m["source"] and m["published"]


@pytest.mark.parametrize("unused", [None])
def test_reads_event_facets(client: httpx.Client, unused: None) -> None:
    facets = client.get("/api/events/facets").json()
    assert {t["type"]: t["n"] for t in facets["types"]} == {"ACCUSE": 1, "AGREE": 1, "ASSAULT": 1, "COERCE": 1,
                                                           "PROTEST": 1}
    assert "Karachi Traders Union" in {a["name"] for a in facets["actors"]}
    assert facets["dates"] == {"first": "2024-02-19", "last": "2024-03-09"}


@pytest.mark.parametrize(("params", "names"), [
    ({"q": "Karachi Traders"}, ["Karachi Traders Union"]),
    ({"type": "PERSON"}, ["Bilal Sheikh", "Grace Wanjiru", "Imran Qadir"]),
    ({"article": "t-nairobi-deal", "type": "GPE"}, ["Kenya", "Uganda"]),
    ({"country": "PER"}, ["Peruvian police"]),
])
def test_reads_entities(client: httpx.Client, params: dict[str, str], names: list[str]) -> None:
    assert sorted(e["name"] for e in items(client, "/api/entities", **params)) == names


@pytest.mark.parametrize("unused", [None])
def test_reads_entities_grouped_across_articles(client: httpx.Client, unused: None) -> None:
    [union] = items(client, "/api/entities", q="Karachi Traders Union")
    assert union["n_articles"] == 2 and union["n_mentions"] == 2
    assert sorted(union["article_ids"]) == ["t-karachi-arrests", "t-karachi-strike"]


@pytest.mark.parametrize(("params", "names"), [
    ({}, ["Karachi", "Ayacucho", "Nairobi"]),
    ({"country": "ke"}, ["Nairobi"]),
    ({"q": "ayac"}, ["Ayacucho"]),
])
def test_reads_places(client: httpx.Client, params: dict[str, str], names: list[str]) -> None:
    found = items(client, "/api/places", **params)
    assert [p["name"] for p in found] == names
    assert all(isinstance(p["lat"], float) for p in found)


@pytest.mark.parametrize(("params", "speakers"), [
    ({}, ["Imran Qadir", "Grace Wanjiru", "Bilal Sheikh"]),
    ({"speaker": "wanjiru"}, ["Grace Wanjiru"]),
    ({"q": "criminals"}, ["Bilal Sheikh"]),
    ({"article": "t-karachi-arrests"}, ["Imran Qadir"]),
])
def test_reads_quotes(client: httpx.Client, params: dict[str, str], speakers: list[str]) -> None:
    found = items(client, "/api/quotes", **params)
    assert [q["speaker_name"] for q in found] == speakers
    for q in found:
        assert TEXTS[q["article_id"]][q["start"]:q["end"]] == q["text"]


@pytest.mark.parametrize("path", ["/api/extract", "/api/ingest", "/api/articles", "/api/articles/{article_id}",
                                  "/api/events", "/api/events/{event_id}", "/api/events/facets", "/api/entities",
                                  "/api/places", "/api/quotes", "/api/stats", "/api/health"])
def test_reads_openapi_lists_every_route(client: httpx.Client, path: str) -> None:
    assert path in client.get("/openapi.json").json()["paths"]


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_reads_docs_load_nothing_from_elsewhere(client: httpx.Client, page: str) -> None:
    html = client.get(page).text
    assert "openapi.json" in html
    assert "cdn" not in html.lower() and "https://" not in html.replace("https://fastapi.tiangolo.com", "")
    for asset in ("/docs-assets/swagger-ui-bundle.js", "/docs-assets/redoc.standalone.js"):
        if asset.rsplit("/", 1)[1].split(".")[0] in html:
            assert client.get(asset).status_code == 200
