"""Reading inputs: every kind in CONTRACT.md, in order, with bad inputs as error Docs and nothing lost."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from dateline.errors import (E_BAD_FIELD, E_BAD_JSON, E_BINARY, E_EMPTY, E_ENCODING, E_NO_ARTICLE, E_NO_TEXT,
                             E_TOO_LARGE, E_UNREADABLE, E_UNSUPPORTED)
from dateline.ingest import ReadOptions, read_inputs
from dateline.ingest.sources import read_jsonl_stream

HTML = """<html><head><title>Storm hits coast</title>
<link rel="canonical" href="https://news.example.org/2021/storm">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2021-03-04T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Storm hits coast</h1>
<p>LISBON (Reuters) - A powerful storm hit the Portuguese coast on Tuesday, cutting power to thousands of homes,
the civil protection agency said.</p>
<p>"We have never seen waves like this," said Maria Costa, who runs a cafe in the town of Nazare.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return str(path)


def test_sources_txt_text_is_exact_and_id_stable(tmp_path: Path) -> None:
    text = "  Leading space.\r\nSecond line with “quotes”.\n"
    path = write(tmp_path, "a.txt", text)
    first, second = list(read_inputs([path])), list(read_inputs([path]))
    assert first[0].text == text and first[0].error is None
    assert first[0].id == second[0].id


def test_sources_html_gives_text_and_metadata(tmp_path: Path) -> None:
    doc = next(read_inputs([write(tmp_path, "page.html", HTML)]))
    assert doc.error is None
    assert "powerful storm" in doc.text and "Copyright" not in doc.text
    assert doc.title == "Storm hits coast"
    assert doc.url == "https://news.example.org/2021/storm"
    assert doc.source == "Example News"
    assert (doc.published, doc.published_from) == ("2021-03-04", "metadata")


def test_sources_jsonl_and_gzip_keep_order_and_fields(tmp_path: Path) -> None:
    lines = [{"id": "one", "text": "First story.", "published": "2020-01-02T03:04:05Z", "title": "T1"},
             {"id": 2, "text": "Second story.", "url": "https://x.example/2", "source": "Wire"}]
    body = "\n".join(json.dumps(x) for x in lines) + "\n"
    plain = write(tmp_path, "a.jsonl", body)
    packed = write(tmp_path, "b.jsonl.gz", gzip.compress(body.encode()))
    for path in (plain, packed):
        docs = list(read_inputs([path]))
        assert [d.id for d in docs] == ["one", "2"]
        assert docs[0].published == "2020-01-02" and docs[0].published_from == "given" and docs[0].title == "T1"
        assert docs[1].url == "https://x.example/2" and docs[1].source == "Wire"


def test_sources_jsonl_html_field_is_used_without_text(tmp_path: Path) -> None:
    doc = next(read_inputs([write(tmp_path, "h.jsonl", json.dumps({"id": "h", "html": HTML}) + "\n")]))
    assert doc.error is None and "powerful storm" in doc.text and doc.id == "h"


def test_sources_published_option_fills_missing_dates(tmp_path: Path) -> None:
    path = write(tmp_path, "a.jsonl", json.dumps({"id": "x", "text": "Story."}) + "\n")
    doc = next(read_inputs([path], ReadOptions(published="2019-05-06")))
    assert (doc.published, doc.published_from) == ("2019-05-06", "given")


def test_sources_bad_jsonl_lines_become_errors_and_good_lines_survive(tmp_path: Path) -> None:
    body = "\n".join([
        json.dumps({"id": "good1", "text": "A good story."}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "notext", "title": "only a title"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "badtype", "text": 42}),
        json.dumps({"id": "baddate", "text": "Story.", "published": "yesterday"}),
        json.dumps({"id": "good2", "text": "Another good story."}),
    ]) + "\n"
    docs = list(read_inputs([write(tmp_path, "mixed.jsonl", body)]))
    assert [d.error.code if d.error else "ok" for d in docs] == [
        "ok", E_BAD_JSON, E_NO_TEXT, E_BAD_JSON, E_BAD_FIELD, E_BAD_FIELD, "ok"]
    assert docs[-1].id == "good2" and docs[2].id == "notext"
    assert all(d.error.message for d in docs if d.error)


@pytest.mark.parametrize("name,data,code", [
    ("empty.txt", b"", E_EMPTY),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), E_BINARY),
    ("latin1.txt", "Caf\u00e9 cr\u00e8me".encode("latin-1"), E_ENCODING),
    ("nothing.html", "<html><body><nav>Menu</nav></body></html>", E_NO_ARTICLE),
    ("links.html", "<html><body><nav><a href=/>Home</a> <a href=/w>World</a></nav></body></html>", E_NO_ARTICLE),
    ("table.csv", "a,b\n1,2\n", E_UNSUPPORTED),
])
def test_sources_bad_files_become_error_docs(tmp_path: Path, name: str, data: bytes | str, code: str) -> None:
    docs = list(read_inputs([write(tmp_path, name, data)]))
    assert len(docs) == 1 and docs[0].error is not None and docs[0].error.code == code


def test_sources_truncated_html_keeps_the_text_it_has(tmp_path: Path) -> None:
    page = '<html><head><title>Cut</title></head><body><p>OSLO (Reuters) - Norway said on Monday that it would send'
    doc = next(read_inputs([write(tmp_path, "cut.html", page)]))
    assert doc.error is None and "Norway said on Monday" in doc.text


def test_sources_huge_text_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # 50 MB sparse file: stat says 50 MB
    doc = next(read_inputs([str(path)], ReadOptions(max_bytes=20_000_000)))
    assert doc.error is not None and doc.error.code == E_TOO_LARGE


def test_sources_text_over_char_limit_is_refused(tmp_path: Path) -> None:
    doc = next(read_inputs([write(tmp_path, "long.txt", "word " * 300)], ReadOptions(max_chars=1000)))
    assert doc.error is not None and doc.error.code == E_TOO_LARGE


def test_sources_missing_file_and_corrupt_gzip(tmp_path: Path) -> None:
    corrupt = write(tmp_path, "bad.jsonl.gz", gzip.compress(b'{"text": "x"}\n' * 100)[:40])
    docs = list(read_inputs([str(tmp_path / "absent.txt"), corrupt, write(tmp_path, "ok.txt", "Fine.")]))
    assert docs[0].error is not None and docs[0].error.code == E_UNREADABLE
    assert any(d.error is not None and d.error.code == E_UNREADABLE for d in docs[1:-1])
    assert docs[-1].error is None and docs[-1].text == "Fine."


def test_sources_overlong_jsonl_line_is_skipped_in_bounded_memory() -> None:
    body = b'{"id": "a", "text": "short"}\n' + b'{"text": "' + b"x" * 5000 + b'"}\n' + b'{"id": "b", "text": "ok"}\n'
    docs = list(read_jsonl_stream(io.BytesIO(body), "mem", ReadOptions(max_bytes=1000)))
    assert [d.error.code if d.error else d.id for d in docs] == ["a", E_TOO_LARGE, "b"]
