"""WARC input: HTML 200 responses become Docs in file order; other records are skipped; broken archives recorded."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.doc import Doc
from dateline.errors import E_NO_ARTICLE, E_TOO_LARGE, E_UNREADABLE
from dateline.ingest import ReadOptions, read_inputs
from dateline.ingest.warc import WarcPage, warc_pages

PAGE = """<html><head><title>{title}</title>{meta}</head><body><nav>Home | World</nav><article><h1>{title}</h1>
<p>NAIROBI (Reuters) - Heavy rain flooded parts of the {where} on Monday, forcing hundreds of families to leave
their homes, the county government said in a statement.</p>
<p>"The water came at night," said Grace Wanjiru, a trader who lost her stall to the flood.</p>
</article></body></html>"""


def page(title: str, where: str = "capital", meta: str = "") -> bytes:
    return PAGE.format(title=title, where=where, meta=meta).encode()


def write_warc(path: Path, records: list[tuple[str, str, str, str, bytes]], gzip: bool = True) -> Path:
    """(rec_type, url, status, content type, body) records; WARC-Date fixed so dates can be checked."""
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=gzip)
        for rec_type, url, status, ctype, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(url, rec_type, payload=io.BytesIO(body),
                                       http_headers=headers if rec_type == "response" else None,
                                       warc_headers_dict={"WARC-Date": "2019-10-14T08:30:00Z"})
            w.write_record(rec)
    return path


ARCHIVE = [
    ("response", "https://news.example.org/a", "200 OK", "text/html; charset=utf-8", page("Floods in the capital")),
    ("response", "https://news.example.org/style.css", "200 OK", "text/css", b"body { color: red }"),
    ("response", "https://news.example.org/gone", "404 Not Found", "text/html", page("Not found")),
    ("request", "https://news.example.org/a", "", "", b"GET /a HTTP/1.1\r\n\r\n"),
    ("response", "https://news.example.org/b", "200 OK", "application/xhtml+xml",
     page("Rain in the west", "west", '<meta property="article:published_time" content="2019-10-12T10:00:00Z">')),
    ("response", "https://news.example.org/menu", "200 OK", "text/html", b"<html><body>Home</body></html>"),
]


@pytest.mark.parametrize("gzip,suffix", [(True, ".warc.gz"), (False, ".warc")])
def test_warc_reads_html_responses_in_order(tmp_path: Path, gzip: bool, suffix: str) -> None:
    path = write_warc(tmp_path / f"crawl{suffix}", ARCHIVE, gzip)
    docs = list(read_inputs([str(path)]))
    assert [d.url for d in docs] == ["https://news.example.org/a", "https://news.example.org/b",
                                     "https://news.example.org/menu"]
    a, b, menu = docs
    assert a.error is None and "Heavy rain flooded" in a.text and a.title == "Floods in the capital"
    assert (a.published, a.published_from) == ("2019-10-14", "metadata")  # WARC-Date: the page has none
    assert b.published == "2019-10-12"  # the page's own date wins over the crawl date
    assert menu.error is not None and menu.error.code == E_NO_ARTICLE and menu.url.endswith("/menu")


@pytest.mark.parametrize("url", ["https://news.example.org/a"])
def test_warc_ids_are_stable_and_equal_for_error_and_article(tmp_path: Path, url: str) -> None:
    good = write_warc(tmp_path / "good.warc.gz", [("response", url, "200 OK", "text/html", page("Floods"))])
    bad = write_warc(tmp_path / "bad.warc.gz", [("response", url, "200 OK", "text/html", b"<html></html>")])
    ids = [d.id for d in read_inputs([str(good), str(good), str(bad)])]
    assert ids[0] == ids[1] == ids[2]


@pytest.mark.parametrize("max_bytes", [100])
def test_warc_oversized_response_is_an_error_and_reading_goes_on(tmp_path: Path, max_bytes: int) -> None:
    path = write_warc(tmp_path / "big.warc.gz", [
        ("response", "https://x.example/big", "200 OK", "text/html", page("Big") * 3),
        ("response", "https://x.example/ok", "200 OK", "text/html", page("Small")[:max_bytes - 1]),
    ])
    items = list(warc_pages(path, ReadOptions(max_bytes=max_bytes)))
    assert isinstance(items[0], Doc) and items[0].error is not None and items[0].error.code == E_TOO_LARGE
    assert items[0].url == "https://x.example/big"
    assert isinstance(items[1], WarcPage) and items[1].url == "https://x.example/ok"


@pytest.mark.parametrize("keep", [0.6])
def test_warc_truncated_archive_keeps_what_was_read(tmp_path: Path, keep: float) -> None:
    path = write_warc(tmp_path / "t.warc.gz", [ARCHIVE[0]] * 3, gzip=True)
    data = path.read_bytes()
    path.write_bytes(data[:int(len(data) * keep)])
    docs = list(read_inputs([str(path)]))
    assert docs[-1].error is not None and docs[-1].error.code == E_UNREADABLE
    assert [d.error for d in docs[:-1]] == [None] * (len(docs) - 1) and len(docs) >= 2


@pytest.mark.parametrize("data", [b"", b"not a warc at all\n\n"])
def test_warc_garbage_is_an_error_not_a_crash(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(data)
    docs = list(read_inputs([str(path)]))
    assert all(d.error is not None for d in docs) and len(docs) <= 1
