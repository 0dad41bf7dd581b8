"""The web UI in headless Chromium: the annotated article, the map with its filters, the timeline, the event
view and the paste box. Each test fails when its part of the UI breaks (and on any script error)."""

from __future__ import annotations

from typing import Any

import pytest
from api.corpus import records
from web.browser import open_view, renders, wait_ready, wait_rerender

RECORDS = {r["id"]: r for r in records()}


def click_text(tab: Any, selector: str, words: str) -> None:
    """Click with the mouse in the middle of these words inside the element (as a reader would)."""
    box = tab.eval_on_selector(selector, """(el, words) => {
        const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const i = n.textContent.indexOf(words);
            if (i < 0) continue;
            const r = document.createRange();
            r.setStart(n, i); r.setEnd(n, i + words.length);
            n.parentElement.scrollIntoView({block: "center"});
            const b = r.getClientRects()[0];
            return {x: b.left + b.width / 2, y: b.top + b.height / 2};
        }
        return null;
    }""", words)
    assert box, f"{words!r} not found in {selector}"
    tab.mouse.click(box["x"], box["y"])


def marker_total(tab: Any) -> int:
    """Events on the map: the sum of the markers' counts."""
    return int(tab.eval_on_selector_all("#map .marker", "els => els.reduce((n, e) => n + Number(e.dataset.count), 0)"))


def marker_types(tab: Any) -> set[str]:
    """Event types shown on the map."""
    found = tab.eval_on_selector_all("#map .marker", "els => els.map(e => e.dataset.types)")
    return {t for types in found for t in types.split(",")}


@pytest.mark.parametrize(("article_id", "speaker", "mention"),
                         [("t-karachi-arrests", "Imran Qadir", "Sindh police chief Imran Qadir"),
                          ("t-nairobi-deal", "Grace Wanjiru", "Energy Minister Grace Wanjiru")])
def test_ui_article_quote_speaker_on_hover(page: Any, article_id: str, speaker: str, mention: str) -> None:
    open_view(page, f"#/article/{article_id}")
    record = RECORDS[article_id]
    quote = page.locator(".ann-quote").first
    assert quote.inner_text() == record["quotes"][0]["text"]
    assert quote.get_attribute("data-speaker") == speaker
    quote.hover()
    page.wait_for_selector("#tooltip:not([hidden])")
    assert page.inner_text("#tooltip") == f"Speaker: {speaker}"
    assert page.inner_text(".ann-speaker.speaking") == mention


@pytest.mark.parametrize("article_id", sorted(RECORDS))
def test_ui_article_text_is_exact_and_every_layer_shown(page: Any, article_id: str) -> None:
    open_view(page, f"#/article/{article_id}")
    record = RECORDS[article_id]
    assert page.eval_on_selector("#article-text", "el => el.textContent") == record["text"]
    ids = lambda kind: set(page.eval_on_selector_all(f"#article-text .ann-{kind}", "els => els.map(e => e.dataset.id)"))
    assert ids("entity") == {e["id"] for e in record["entities"]}
    assert ids("place") == {p["id"] for p in record["places"]}
    assert ids("quote") == {q["id"] for q in record["quotes"]}
    assert ids("event") == {v["id"] for v in record["events"]}
    assert len(ids("time")) == len(record["times"])


@pytest.mark.parametrize(("selector", "expected"), [
    ('.ann-entity[data-id="E2"]', ["Imran Qadir", "PERSON", "PAK"]),
    ('.ann-place[data-id="P1"]', ["Karachi", "24.8608, 67.0104", "1174872"]),
    (".ann-time >> nth=0", ["on Friday", "2024-03-01"]),
    ('.ann-quote[data-id="Q1"]', ["We will not allow the roads to be blocked", "Imran Qadir", "said"]),
])
def test_ui_article_click_shows_details(page: Any, selector: str, expected: list[str]) -> None:
    open_view(page, "#/article/t-karachi-arrests")
    page.click(f"#article-text {selector}")
    page.wait_for_selector("#details:not([hidden])")
    details = page.inner_text("#details-body")
    for text in expected:
        assert text in details


@pytest.mark.parametrize("event_id", ["V1"])
def test_ui_article_event_links_to_its_sources(page: Any, event_id: str) -> None:
    open_view(page, "#/article/t-ayacucho-attack")
    # Click words of the evidence sentence that are no other annotation.
    click_text(page, f'#article-text .ann-event[data-id="{event_id}"]', "attacked a")
    page.wait_for_selector(".detail-event")
    assert "ASSAULT" in page.inner_text(".detail-event")
    before = renders(page)
    page.click(".detail-event a")
    wait_rerender(page, before)
    sources = page.locator(".sources .source")
    assert sources.count() == 2
    assert {s.inner_text().split("\n")[0].split(" — ")[1].split(",")[0] for s in sources.all()} == \
        {"Andes Daily", "Sierra News"}
    before = renders(page)
    page.click(".sources .source:has-text('Sierra News') a")
    wait_rerender(page, before)
    assert page.eval_on_selector("#view .article", "el => el.dataset.id") == "t-ayacucho-second"
    assert page.locator("#article-text .ann-event.selected").count() >= 1


@pytest.mark.parametrize("layer", ["quote", "entity"])
def test_ui_article_layer_switch_hides_highlights(page: Any, layer: str) -> None:
    open_view(page, "#/article/t-karachi-arrests")
    el = f"#article-text .ann-{layer} >> nth=0"
    shown = page.eval_on_selector(el.split(" >> ")[0], "e => getComputedStyle(e).backgroundColor")
    page.uncheck(f'input[data-layer="{layer}"]')
    hidden = page.eval_on_selector(el.split(" >> ")[0], "e => getComputedStyle(e).backgroundColor")
    assert shown != hidden and hidden in ("rgba(0, 0, 0, 0)", "transparent")


@pytest.mark.parametrize("unused", [None])
def test_ui_map_shows_every_located_event_on_the_basemap(page: Any, unused: None) -> None:
    open_view(page, "#/map")
    assert page.locator("#map .land path").count() > 150  # the bundled country shapes
    assert marker_total(page) == 5
    counts = sorted(page.eval_on_selector_all("#map .marker", "els => els.map(e => Number(e.dataset.count))"))
    assert counts == [1, 1, 3]  # Karachi's three events cluster; Nairobi and Ayacucho stand alone


@pytest.mark.parametrize(("action", "total", "types"), [
    ("type:ASSAULT", 1, {"ASSAULT"}),
    ("type:COERCE,PROTEST", 2, {"COERCE", "PROTEST"}),
    ("actor:Kenya", 1, {"AGREE"}),
    ("since:2024-03-02", 3, {"ACCUSE", "AGREE", "PROTEST"}),
    ("until:2024-03-01", 2, {"ASSAULT", "COERCE"}),
])
def test_ui_map_filters(page: Any, action: str, total: int, types: set[str]) -> None:
    open_view(page, "#/map")
    field, value = action.split(":")
    before = renders(page)
    if field == "type":
        for t in value.split(","):
            before = renders(page)
            page.check(f'#filters input[name=type][value="{t}"]')
            wait_rerender(page, before)
    else:
        page.fill(f"#filters input[name={field}]", value)
        page.click("#filters button[type=submit]")
        wait_rerender(page, before)
    wait_ready(page)
    assert marker_total(page) == total
    assert marker_types(page) == types
    assert f"{total} located event" in page.inner_text("#map-count")


@pytest.mark.parametrize("unused", [None])
def test_ui_map_cluster_lists_its_events(page: Any, unused: None) -> None:
    open_view(page, "#/map")
    page.click('#map .marker[data-count="3"]')
    page.wait_for_selector(".cluster-list")
    listed = page.inner_text(".cluster-list")
    for t in ("COERCE", "ACCUSE", "PROTEST"):
        assert t in listed


@pytest.mark.parametrize("unused", [None])
def test_ui_timeline_orders_events_by_date(page: Any, unused: None) -> None:
    open_view(page, "#/timeline")
    assert page.locator("#timeline .dot").count() == 5
    days = page.eval_on_selector_all(".timeline-list > li > h3", "els => els.map(e => e.textContent)")
    assert days == ["2024-02-19", "2024-03-01", "2024-03-02", "2024-03-05", "2024-03-09"]
    xs = page.eval_on_selector_all("#timeline .dot", "els => els.map(e => Number(e.getAttribute('cx')))")
    assert xs == sorted(xs)


@pytest.mark.parametrize(("route", "types"), [("#/timeline?type=PROTEST", ["PROTEST"]),
                                              ("#/timeline?actor=gunmen", ["ASSAULT"])])
def test_ui_timeline_filters_from_the_address(page: Any, route: str, types: list[str]) -> None:
    open_view(page, route)
    assert page.eval_on_selector_all("#timeline .dot", "els => els.map(e => e.dataset.type)") == types


@pytest.mark.parametrize(("query", "titles"), [("", 5), ("Karachi", 2)])
def test_ui_articles_list_and_search(page: Any, query: str, titles: int) -> None:
    open_view(page, f"#/articles?q={query}")
    assert page.locator("table.list tbody tr").count() == titles


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    ("NAIROBI, June 3 (Lakes Wire) - Police fired tear gas at hundreds of protesters in central Nairobi on "
     "Tuesday, witnesses said.\n\n\"We only want to be heard,\" said student leader Amina Otieno.")])
def test_ui_paste_box_extracts_at_once(page: Any, text: str) -> None:
    open_view(page, "#/extract")
    page.fill("#extract-form textarea[name=text]", text)
    page.click("#extract-form button[name=extract]")
    page.wait_for_selector("#extract-result #article-text")
    assert page.eval_on_selector("#extract-result #article-text", "el => el.textContent") == text
    places = page.eval_on_selector_all("#extract-result .ann-place", "els => els.map(e => e.textContent)")
    assert "Nairobi" in places
    assert page.inner_text("#extract-status").startswith("Extracted in ")


@pytest.mark.parametrize(("place", "titles"), [("Karachi", ["Police arrest twelve in Karachi",
                                                            "Karachi traders strike over arrests"])])
def test_ui_map_places_layer(page: Any, place: str, titles: list[str]) -> None:
    open_view(page, "#/map")
    assert page.locator("#map .places .place-mark").count() == 3
    page.dispatch_event(f'#map .place-mark[data-name="{place}"]', "click")  # it lies under an event marker
    page.wait_for_selector(".detail-place-summary")
    assert page.eval_on_selector_all(".detail-place-summary li a", "els => els.map(e => e.textContent)") == titles
    page.uncheck("#show-places")
    assert page.eval_on_selector("#map .places", "g => getComputedStyle(g).display") == "none"


@pytest.mark.parametrize("unused", [None])
def test_ui_timeline_shows_articles_by_publication_date(page: Any, unused: None) -> None:
    open_view(page, "#/timeline")
    assert page.locator("#timeline .pub").count() == 5
    before = renders(page)
    page.click('#timeline .pub[data-id="t-nairobi-deal"]')
    wait_rerender(page, before)
    assert page.eval_on_selector("#view .article", "el => el.dataset.id") == "t-nairobi-deal"
