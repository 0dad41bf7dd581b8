"""Collections of articles: Parquet files with a text column, and directories and globs of any readable input."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..doc import Doc
from ..errors import E_NO_TEXT, E_UNREADABLE
from .records import doc_from_record, error_doc

if TYPE_CHECKING:
    from .sources import ReadOptions

FIELDS = ("id", "text", "html", "title", "url", "source", "published")
ROWS_PER_BATCH = 256
_GLOB_CHARS = frozenset("*?[")


def read_parquet(path: Path, opts: ReadOptions) -> Iterator[Doc]:
    """A Parquet file: one article per row, read from the columns of the JSONL input (`text` or `html` needed)."""
    import pyarrow as pa  # imported here: only Parquet input pays for it
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as e:
        yield error_doc(E_UNREADABLE, f"cannot read {path.name} as Parquet: {e}", str(path))
        return
    columns = [c for c in FIELDS if c in pf.schema_arrow.names]
    if "text" not in columns and "html" not in columns:
        yield error_doc(E_NO_TEXT, f"{path.name} has neither a 'text' nor an 'html' column "
                        f"(columns: {', '.join(pf.schema_arrow.names[:20])})", str(path))
        return
    row = 0
    try:
        for batch in pf.iter_batches(batch_size=ROWS_PER_BATCH, columns=columns):
            for rec in batch.to_pylist():
                row += 1
                yield doc_from_record(_plain(rec), origin=f"{path}:{row}", published=opts.published,
                                      max_chars=opts.max_chars)
    except (OSError, pa.ArrowException) as e:
        yield error_doc(E_UNREADABLE, f"{path.name}: the file broke after row {row}: {e}", f"{path}:{row + 1}")


def _plain(rec: dict[str, Any]) -> dict[str, Any]:
    """A row with dates and timestamps as ISO strings and null fields dropped, as JSONL input would have them."""
    out = {}
    for k, v in rec.items():
        if v is None:
            continue
        out[k] = v.isoformat() if isinstance(v, (date, datetime)) else v
    return out


def expand_inputs(names: Iterable[str], suffixes: Iterable[str]) -> Iterator[str]:
    """Input names with directories and globs replaced by the files they hold, sorted; others unchanged.

    A directory yields (recursively) only files with a known suffix, so stray files are skipped silently;
    a glob that matches nothing yields itself, so the reader reports it as unreadable.
    """
    known = tuple(s.lower() for s in suffixes)
    for name in names:
        if name != "-" and os.path.isdir(name):
            yield from _files_under(Path(name), known)
        elif name != "-" and _GLOB_CHARS & set(name) and not os.path.exists(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield name
            for m in matches:
                if os.path.isdir(m):
                    yield from _files_under(Path(m), known)
                elif m.lower().endswith(known):
                    yield m
        else:
            yield name


def _files_under(root: Path, known: tuple[str, ...]) -> Iterator[str]:
    """Readable files below a directory, depth first in name order, hidden ones left out."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if not f.startswith(".") and f.lower().endswith(known):
                yield os.path.join(dirpath, f)
