"""Input paths to Docs: .txt, .html, .jsonl(.gz), .parquet, .warc(.gz), directories, globs, '-' for stdin."""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..doc import Doc
from ..errors import E_BAD_JSON, E_EMPTY, E_TOO_LARGE, E_UNREADABLE, E_UNSUPPORTED, InputError
from ..ids import digest
from .archives import expand_inputs, read_parquet
from .decode import decode_text
from .records import doc_from_html, doc_from_record, doc_from_text, error_doc
from .warc import read_warc

Reader = Callable[[Path, "ReadOptions"], Iterator[Doc]]


class ReadOptions:
    """What every reader needs: the default publication date and the size limits."""

    def __init__(self, published: str | None = None, max_chars: int = 1_000_000,
                 max_bytes: int = 20_000_000) -> None:
        self.published = published
        self.max_chars = max_chars
        self.max_bytes = max_bytes


def read_inputs(inputs: Iterable[str], options: ReadOptions | None = None) -> Iterator[Doc]:
    """Docs from every input in order; unreadable inputs become error Docs and the stream goes on."""
    opts = options or ReadOptions()
    for name in expand_inputs(inputs, READERS):
        if name == "-":
            yield from read_jsonl_stream(sys.stdin.buffer, "<stdin>", opts)
            continue
        path = Path(name)
        reader = reader_for(path)
        if reader is None:
            yield error_doc(E_UNSUPPORTED, f"cannot read {path.name}: use .txt, .html, .jsonl(.gz), .parquet, "
                            ".warc(.gz), a directory or a glob",
                            str(path))
            continue
        try:
            yield from reader(path, opts)
        except OSError as e:
            yield error_doc(E_UNREADABLE, f"cannot read {path}: {e.strerror or e}", str(path))


def reader_for(path: Path) -> Reader | None:
    """The reader for a path by its suffixes, or None."""
    name = path.name.lower()
    for suffix, reader in READERS.items():
        if name.endswith(suffix):
            return reader
    return None


def read_txt(path: Path, opts: ReadOptions) -> Iterator[Doc]:
    """A .txt file is one article; its text is the decoded file, untouched."""
    try:
        data = _read_capped(path, opts.max_bytes)
        yield doc_from_text(decode_text(data), published=opts.published, origin=str(path), max_chars=opts.max_chars)
    except InputError as e:
        yield error_doc(e.code, e.message, str(path))


def read_html(path: Path, opts: ReadOptions) -> Iterator[Doc]:
    """A .html file is one page; text and metadata come from trafilatura."""
    try:
        data = _read_capped(path, opts.max_bytes)
        if not data.strip():
            raise InputError("the page is empty", E_EMPTY)
        yield doc_from_html(data, published=opts.published, origin=str(path), max_chars=opts.max_chars)
    except InputError as e:
        yield error_doc(e.code, e.message, str(path))


def read_jsonl(path: Path, opts: ReadOptions) -> Iterator[Doc]:
    """A .jsonl or .jsonl.gz file: one record per line."""
    with path.open("rb") as raw:
        stream: BinaryIO = gzip.GzipFile(fileobj=raw) if path.name.lower().endswith(".gz") else raw  # type: ignore[assignment]
        yield from read_jsonl_stream(stream, str(path), opts)


def read_jsonl_stream(stream: BinaryIO, name: str, opts: ReadOptions) -> Iterator[Doc]:
    """Docs from a binary JSON Lines stream; a broken line or a broken stream becomes an error Doc."""
    lineno = 0
    try:
        for lineno, line in _lines(stream, opts.max_bytes):
            origin = f"{name}:{lineno}"
            if line is None:
                yield error_doc(E_TOO_LARGE, f"line {lineno} is over the limit of {opts.max_bytes:,} bytes", origin)
                continue
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except (ValueError, RecursionError) as e:
                yield error_doc(E_BAD_JSON, f"line {lineno} is not valid JSON: {e}", origin,
                                "err-" + digest("line", line.decode("utf-8", "replace")))
                continue
            yield doc_from_record(rec, origin=origin, published=opts.published, max_chars=opts.max_chars)
    except (OSError, EOFError, zlib.error) as e:
        yield error_doc(E_UNREADABLE, f"{name}: the stream broke after line {lineno}: {e}", f"{name}:{lineno + 1}")


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of a stream; None for a line over max_bytes, which is skipped without keeping it."""
    lineno = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # drain the rest of the oversized line
                line = stream.readline(1 << 20)
            yield lineno, None
            continue
        yield lineno, line


def _read_capped(path: Path, max_bytes: int) -> bytes:
    """The bytes of a file, refusing (without reading) one over max_bytes."""
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{path.name} has {size:,} bytes, over the limit of {max_bytes:,}", E_TOO_LARGE)
    return path.read_bytes()


# Suffix -> reader; longer suffixes first so ".jsonl.gz" wins over ".gz". Archive readers extend this.
READERS: dict[str, Reader] = {
    ".warc.gz": read_warc, ".warc": read_warc, ".parquet": read_parquet,
    ".jsonl.gz": read_jsonl, ".jsonl": read_jsonl, ".ndjson": read_jsonl,
    ".html": read_html, ".htm": read_html, ".txt": read_txt,
}
