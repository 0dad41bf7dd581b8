"""Work for the runner: input items (Docs, or pages extracted on the worker) cut into numbered partitions."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import count, islice
from pathlib import Path
from typing import TYPE_CHECKING

from ..doc import Doc
from ..ids import article_id, digest
from ..ingest.archives import expand_inputs
from ..ingest.sources import READERS, read_inputs
from ..ingest.warc import WarcPage, warc_pages

if TYPE_CHECKING:
    from ..config import Settings
    from ..ingest.sources import ReadOptions

# A Doc ready for the pipeline, or a page whose (costly) HTML extraction the worker does.
Item = Doc | WarcPage
_WARC = (".warc", ".warc.gz")


@dataclass(slots=True, frozen=True)
class Partition:
    """Items [first, first + len(items)) of the input; `key` names its content and settings, for shard names."""

    index: int
    first: int
    items: tuple[Item, ...]
    key: str


def work_items(inputs: Iterable[str], opts: ReadOptions) -> Iterator[Item]:
    """The items of every input in order, as `read_inputs` reads them, but WARC pages left unextracted."""
    for name in expand_inputs(inputs, READERS):
        if name != "-" and name.lower().endswith(_WARC):
            yield from warc_pages(Path(name), opts)
        else:
            yield from read_inputs([name], opts)


def to_doc(item: Item) -> Doc:
    """The Doc of an item (extracting a page here, on the worker)."""
    return item.to_doc() if isinstance(item, WarcPage) else item


def item_id(item: Item) -> str:
    """A content-derived name of an item: the Doc id, or the id its page will get."""
    if isinstance(item, WarcPage):
        return article_id(item.url, "") if item.url else "page-" + digest(item.origin)
    return item.id


def unknown(items: Iterable[Item], known: Callable[[list[str]], Iterable[str]], chunk: int = 256) -> Iterator[Item]:
    """The items whose id `known` does not report, asked in chunks (a store skips stored articles before any work).

    Items without an id yet (WARC pages) are asked about by the id their Doc will get; repeats within the
    stream are passed on, for the consumer to settle.
    """
    it = iter(items)
    while batch := list(islice(it, chunk)):
        seen = set(known([item_id(x) for x in batch]))
        yield from (x for x in batch if item_id(x) not in seen)


def settings_key(settings: Settings) -> str:
    """A digest of every setting and the stage list: equal keys mean equal pipelines."""
    return digest(json.dumps(settings.as_dict(), sort_keys=True, default=str), size=16)


def partitions(items: Iterable[Item], size: int, settings: Settings) -> Iterator[Partition]:
    """Consecutive partitions of at most `size` items, each keyed by its item ids and the settings."""
    skey = settings_key(settings)
    it = iter(items)
    first = 0
    for index in count():
        chunk = tuple(islice(it, max(1, size)))
        if not chunk:
            return
        key = digest(skey, *(item_id(x) + ":" + _fingerprint(x) for x in chunk), size=16)
        yield Partition(index, first, chunk, key)
        first += len(chunk)


def _fingerprint(item: Item) -> str:
    """What distinguishes two items with the same id (the same URL re-crawled, an error for a missing file)."""
    if isinstance(item, WarcPage):
        return digest(item.html.decode("utf-8", "replace"), size=8)
    err = item.error.code + item.error.message if item.error else ""
    return digest(item.text, err, item.published or "", size=8)
