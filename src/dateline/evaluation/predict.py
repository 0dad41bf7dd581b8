"""Predictions for gold records: run the pipeline over them and emit contract records, in order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..ingest import doc_from_record
from ..pipeline import Pipeline
from ..record import to_record
from .fields import Item


def predict(gold_records: Iterable[Item], pipeline: Pipeline, batch_size: int = 32,
            origin: str = "gold") -> Iterator[Item]:
    """The contract record of every gold record (its text, id, published, title; the annotations unread)."""
    max_chars = int(pipeline.settings["limits.max_chars"])
    docs = (doc_from_record(rec, origin=f"{origin}:{i + 1}", max_chars=max_chars)
            for i, rec in enumerate(gold_records))
    for doc in pipeline.pipe(docs, batch_size=batch_size):
        yield to_record(doc)
