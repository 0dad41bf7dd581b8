"""The LSH band index: band key -> items, persisted in a table and held in sorted arrays for O(log n) lookups."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import duckdb
import numpy as np

Item = tuple[str, ...]  # (article_id,) or (article_id, start, end)


class BandIndex:
    """Keys of one band table; loaded lazily, extended by each committed batch, rebuilt from the table at will.

    The table is the truth (it commits with the articles); the arrays are a cache of it, so a rollback only
    has to drop the uncommitted keys.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...]) -> None:
        self.con, self.table, self.columns = con, table, columns
        self._keys: np.ndarray | None = None  # sorted keys
        self._refs = np.zeros(0, dtype=np.int64)  # item index of each key
        self._items: list[Item] = []
        self._item_index: dict[Item, int] = {}
        self._recent: dict[int, list[int]] = defaultdict(list)  # committed since the last fold
        self._pending: dict[int, list[Item]] = defaultdict(list)  # this batch, not yet committed

    def candidates(self, keys: Iterable[int]) -> Counter[Item]:
        """Items sharing at least one key (committed ones and this batch's), with how many keys they share."""
        self._load()
        assert self._keys is not None
        wanted = np.unique(np.fromiter(keys, dtype=np.int64))
        refs: list[int] = []
        lo = np.searchsorted(self._keys, wanted, "left")
        hi = np.searchsorted(self._keys, wanted, "right")
        for a, b in zip(lo.tolist(), hi.tolist()):
            refs.extend(self._refs[a:b].tolist())
        wanted_set = set(wanted.tolist())
        for key in wanted_set & self._recent.keys():
            refs.extend(self._recent[key])
        out: Counter[Item] = Counter(self._items[i] for i in refs)
        for key in wanted_set & self._pending.keys():
            out.update(self._pending[key])
        return out

    def first_seen(self, item: Item) -> int:
        """The order in which an item entered the index (earlier items are the originals)."""
        return self._item_index.get(item, len(self._items))

    def add(self, item: Item, keys: Iterable[int]) -> list[tuple[object, ...]]:
        """Queue an item's keys for this batch; returns the rows to insert into the table."""
        rows = []
        for key in keys:
            self._pending[key].append(item)
            rows.append((key, *item))
        return rows

    def commit(self) -> None:
        """The batch is in the table: make its keys part of the cache."""
        if self._keys is None:  # never loaded: the first lookup will read these keys from the table
            self._pending.clear()
            return
        for key, items in self._pending.items():
            self._recent[key].extend(self._index(item) for item in items)
        self._pending.clear()
        if self._keys is not None and sum(map(len, self._recent.values())) > max(50_000, len(self._keys) // 4):
            self._fold()

    def rollback(self) -> None:
        """The batch was not written: forget its keys."""
        self._pending.clear()

    def _index(self, item: Item) -> int:
        i = self._item_index.get(item)
        if i is None:
            i = self._item_index[item] = len(self._items)
            self._items.append(item)
        return i

    def _load(self) -> None:
        """Read the table once (at the first lookup of a session)."""
        if self._keys is not None:
            return
        cols = ", ".join(f'"{c}"' for c in self.columns)
        rows = self.con.execute(f'SELECT key, {cols} FROM {self.table}').fetchall()  # noqa: S608 -- fixed names
        keys = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        refs = np.fromiter((self._index(tuple(r[1:])) for r in rows), dtype=np.int64, count=len(rows))
        order = np.argsort(keys, kind="stable")
        self._keys, self._refs = keys[order], refs[order]

    def _fold(self) -> None:
        """Merge the recent keys into the sorted arrays (amortised: only when they grow large)."""
        assert self._keys is not None
        pairs = [(k, i) for k, items in self._recent.items() for i in items]
        keys = np.concatenate([self._keys, np.array([p[0] for p in pairs], dtype=np.int64)])
        refs = np.concatenate([self._refs, np.array([p[1] for p in pairs], dtype=np.int64)])
        order = np.argsort(keys, kind="stable")
        self._keys, self._refs = keys[order], refs[order]
        self._recent.clear()
