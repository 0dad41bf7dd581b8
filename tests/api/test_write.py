"""Extraction and ingest through a live server, with the real pipeline (slow: loads the spaCy model)."""

from __future__ import annotations

import httpx
import pytest
from api.server import TOKEN
from support import assert_offsets

AUTH = {"Authorization": f"Bearer {TOKEN}"}
STORY = ("NAIROBI, June 3 (Lakes Wire) - Police fired tear gas at hundreds of protesters in central Nairobi on "
         "Tuesday, witnesses said.\n\n\"We only want to be heard,\" said student leader Amina Otieno.")
PAGE = ("<html><head><title>Protest in Nairobi</title></head><body><article><h1>Protest in Nairobi</h1>"
        f"<p>{STORY.split(chr(10))[0]}</p><p>{STORY.split(chr(10))[-1]}</p></article></body></html>")

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("body", [{"text": STORY, "published": "2024-06-04", "title": "Tear gas in Nairobi"},
                                  {"html": PAGE, "published": "2024-06-04"}])
def test_write_extract_returns_the_record(scratch: httpx.Client, body: dict[str, str]) -> None:
    r = scratch.post("/api/extract", json=body)
    assert r.status_code == 200, r.text
    record = r.json()
    assert record["schema"] == "dateline/1" and record["published"] == "2024-06-04"
    assert "Amina Otieno" in record["text"]
    if "text" in body:
        assert record["text"] == STORY
    assert_offsets(record)
    assert any(p["name"] == "Nairobi" for p in record["places"])
    assert scratch.get("/api/stats").json()["counts"]["articles"] == 0  # extract stores nothing


@pytest.mark.parametrize(("body", "code"), [
    ({"text": "   \n "}, "E_EMPTY"),
    ({}, "E_NO_TEXT"),
    ({"text": "x", "published": "last week"}, "E_BAD_FIELD"),
    ({"html": "<html><body><nav>Home</nav></body></html>"}, "E_NO_ARTICLE"),
])
def test_write_extract_bad_input(scratch: httpx.Client, body: dict[str, str], code: str) -> None:
    r = scratch.post("/api/extract", json=body)
    assert r.status_code == 422 and r.json()["error"]["code"] == code


@pytest.mark.parametrize("article_id", ["w-nairobi-protest"])
def test_write_ingest_stores_once(scratch: httpx.Client, article_id: str) -> None:
    body = {"articles": [{"text": STORY, "id": article_id, "published": "2024-06-04", "source": "Lakes Wire"},
                         {"text": ""}]}
    first = scratch.post("/api/ingest", json=body, headers=AUTH).json()
    assert first["stored"] == 1 and first["ids"] == [article_id]
    assert [x["code"] for x in first["refused"]] == ["E_EMPTY"]
    again = scratch.post("/api/ingest", json=body, headers=AUTH).json()
    assert again["stored"] == 0 and again["skipped"] == 1
    stored = scratch.get(f"/api/articles/{article_id}").json()["record"]
    assert stored["text"] == STORY and stored["source"] == "Lakes Wire"
    assert_offsets(stored)
    assert scratch.get("/api/stats").json()["counts"]["articles"] == 1


@pytest.mark.parametrize("n", [101])
def test_write_ingest_caps_articles_per_request(scratch: httpx.Client, n: int) -> None:
    r = scratch.post("/api/ingest", json={"articles": [{"text": f"Story {i}."} for i in range(n)]}, headers=AUTH)
    assert r.status_code == 422 and r.json()["error"]["max_articles"] == 100
