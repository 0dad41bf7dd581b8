"""Bytes to text: refuse binary data and invalid UTF-8 with a clear code instead of guessing."""

from __future__ import annotations

from ..errors import E_BINARY, E_EMPTY, E_ENCODING, E_TOO_LARGE, InputError

# File signatures of formats that are never article text.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"), (b"GIF8", "GIF image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive"), (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "ELF binary"), (b"RIFF", "RIFF media"), (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ", "xz data"), (b"OggS", "Ogg media"), (b"\x00\x00\x00", "binary data"),
)
_BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode_text(data: bytes, max_bytes: int | None = None) -> str:
    """Decode article bytes as UTF-8 (or UTF-16 with a BOM); InputError for empty, binary, bad or huge input."""
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(f"{len(data):,} bytes is over the limit of {max_bytes:,}", E_TOO_LARGE)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _nonempty(data[len(bom):].decode(codec))
            except UnicodeDecodeError as e:
                raise InputError(f"not valid {codec.upper()}: {e.reason} at byte {e.start}", E_ENCODING) from e
    for sig, what in _SIGNATURES:
        if data.startswith(sig):
            raise InputError(f"the input is {what}, not text", E_BINARY)
    if b"\x00" in data[:8192]:
        raise InputError("the input has NUL bytes: binary data, not text", E_BINARY)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"not valid UTF-8: {e.reason} at byte {e.start} (bytes {data[e.start:e.start + 4]!r})",
                         E_ENCODING) from e
    return _nonempty(text)


def _nonempty(text: str) -> str:
    """The text, or InputError when it holds nothing but white space."""
    if not text.strip():
        raise InputError("the input has no text", E_EMPTY)
    return text
