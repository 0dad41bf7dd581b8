"""Bytes to text: binary, invalid UTF-8, empty and huge inputs get coded errors; good text is kept exactly."""

from __future__ import annotations

import pytest

from dateline.errors import E_BINARY, E_EMPTY, E_ENCODING, E_TOO_LARGE, InputError
from dateline.ingest.decode import decode_text


@pytest.mark.parametrize("data,expected", [
    ("Plain text.\n".encode(), "Plain text.\n"),
    ("\ufeffWith a BOM".encode(), "\ufeffWith a BOM"),
    ("Ünïcödé — “quotes” 🙂".encode(), "Ünïcödé — “quotes” 🙂"),
    ("UTF-16 text".encode("utf-16"), "UTF-16 text"),
])
def test_decode_keeps_text_exactly(data: bytes, expected: str) -> None:
    assert decode_text(data) == expected


@pytest.mark.parametrize("data,code", [
    (b"", E_EMPTY),
    (b"  \n\t ", E_EMPTY),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", E_BINARY),
    (b"%PDF-1.7 ...", E_BINARY),
    (b"text with a NUL \x00 byte", E_BINARY),
    (b"caf\xe9 au lait", E_ENCODING),
    (b"truncated \xe2\x82", E_ENCODING),
])
def test_decode_refuses_bad_bytes_with_a_code(data: bytes, code: str) -> None:
    with pytest.raises(InputError) as err:
        decode_text(data)
    assert err.value.code == code and err.value.message


def test_decode_refuses_input_over_the_limit() -> None:
    with pytest.raises(InputError) as err:
        decode_text(b"x" * 101, max_bytes=100)
    assert err.value.code == E_TOO_LARGE
