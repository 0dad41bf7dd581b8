"""Scaled ingest: the runner extracts the articles a store does not hold yet, the store takes them batch by batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from .items import unknown

if TYPE_CHECKING:
    from ..doc import Doc
    from ..store.api import Store
    from ..store.writer import IngestStats
    from .runner import Runner


def ingest_with_runner(store: Store, runner: Runner, inputs: Iterable[str], published: str | None = None,
                       batch_size: int = 32, retry_failed: bool = False,
                       on_batch: Callable[[IngestStats], None] | None = None,
                       on_doc: Callable[[Doc], None] | None = None) -> IngestStats:
    """Read inputs, skip ids the store holds before any work, run the rest on the runner, store each batch.

    The runner's records (in input order; kept as shards when it has a shard directory) become Docs the
    store writes one batch per transaction, so a killed run keeps whole batches and a re-run does the rest:
    stored ids are skipped before extraction, and shards already on disk are reused instead of recomputed.
    """
    skipped = 0

    def known(ids: list[str]) -> set[str]:
        nonlocal skipped
        found = store.known(ids, retry_failed)
        skipped += sum(1 for i in ids if i in found)
        return found

    def with_skipped(stats: IngestStats) -> IngestStats:
        return replace(stats, read=stats.read + skipped, skipped=stats.skipped + skipped)

    def report(stats: IngestStats) -> None:
        if on_batch is not None:
            on_batch(with_skipped(stats))

    items = unknown(runner.read(inputs, published), known)
    stats = store.ingest(_watched(runner.docs(items), on_doc), batch_size, report, retry_failed=retry_failed)
    return with_skipped(stats)


def _watched(docs: Iterator[Doc], on_doc: Callable[[Doc], None] | None) -> Iterator[Doc]:
    """The docs, each shown to on_doc first (progress)."""
    for doc in docs:
        if on_doc is not None:
            on_doc(doc)
        yield doc
