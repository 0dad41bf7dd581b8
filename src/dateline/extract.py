"""The library entry points: extract one text, or stream records for many inputs through one pipeline."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from .config import Settings, load_settings
from .doc import Doc
from .ingest import ReadOptions, doc_from_html, doc_from_text, read_inputs
from .pipeline import Pipeline


@lru_cache(maxsize=4)
def _cached_pipeline(config: str | None, on_error: str) -> Pipeline:
    """A pipeline per (config file, error policy), built once per process."""
    return Pipeline(load_settings(config, pipeline__on_error=on_error))


def get_pipeline(settings: Settings | None = None, config: str | None = None, on_error: str = "raise") -> Pipeline:
    """The pipeline for these settings (a cached one when only a config path is given)."""
    if settings is not None:
        return Pipeline(settings)
    return _cached_pipeline(config, on_error)


def extract(text: str, published: str | None = None, *, title: str | None = None, url: str | None = None,
            source: str | None = None, doc_id: str | None = None, html: bool = False,
            pipeline: Pipeline | None = None) -> Doc:
    """Run the full pipeline over one article text (or page with html=True) and return its Doc.

    Errors raise (the 'raise' policy); batch entry points record them instead.
    """
    pipe = pipeline or get_pipeline()
    make = doc_from_html if html else doc_from_text
    doc = make(text, doc_id=doc_id, title=title, url=url, source=source, published=published,
               max_chars=int(pipe.settings["limits.max_chars"]))
    return pipe(doc)


def read_options(settings: Settings, published: str | None = None) -> ReadOptions:
    """Reader options from settings."""
    return ReadOptions(published=published, max_chars=int(settings["limits.max_chars"]),
                       max_bytes=int(settings["limits.max_input_bytes"]))


def extract_inputs(inputs: Iterable[str], pipeline: Pipeline, published: str | None = None,
                   batch_size: int = 32) -> Iterator[Doc]:
    """Docs for every input path, in input order; unreadable inputs come out with their error set."""
    docs = read_inputs(inputs, read_options(pipeline.settings, published))
    return pipeline.pipe(docs, batch_size=batch_size)


def records(docs: Iterable[Doc]) -> Iterator[dict[str, Any]]:
    """Contract records of docs."""
    from .record import to_record

    for d in docs:
        yield to_record(d)
