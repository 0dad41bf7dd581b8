"""Reading gold and predicted fields: offsets, numbers, strings, keys; the prediction reader counts what is malformed."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from .tally import Tally

Offsets = tuple[int, int]
Item = dict[str, Any]
At = Callable[[Item], Any]


def itself(d: Item) -> Any:
    """The item itself: where a span's offsets usually sit."""
    return d


def offsets(x: Any) -> Offsets | None:
    """(start, end) of a dict with int offsets and 0 <= start < end, else None."""
    if not isinstance(x, dict):
        return None
    s, e = x.get("start"), x.get("end")
    # type() rather than isinstance: a JSON true is no offset
    return (s, e) if type(s) is int and type(e) is int and 0 <= s < e else None


def finite(x: Any) -> float | None:
    """x as a float when it is a finite number (not a bool), else None."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    try:
        value = float(x)
    except OverflowError:
        return None
    return value if math.isfinite(value) else None


def clean(x: Any) -> str | None:
    """x stripped when it is a string, else None."""
    return x.strip() if isinstance(x, str) else None


def fold(x: Any) -> str | None:
    """A case-insensitive comparison key of a label or name, None for non-strings."""
    return x.strip().casefold() if isinstance(x, str) else None


def same(a: Any, b: Any) -> bool:
    """True when a and b are equal and not None."""
    return a is not None and a == b


def gold_spans(items: Any, at: At = itself) -> list[tuple[Offsets, Item]]:
    """(offsets, item) for the gold items whose span (found by `at`) is valid; gold is trusted, nothing is counted."""
    dicts = [d for d in items if isinstance(d, dict)] if isinstance(items, list) else []
    found = [(offsets(at(d)), d) for d in dicts]
    return [(s, d) for s, d in found if s is not None]


def spans_only(pairs: list[tuple[Offsets, Item]]) -> list[Offsets]:
    """The offsets of (offsets, item) pairs."""
    return [s for s, _ in pairs]


class PredReader:
    """Reads one prediction's fields defensively: anything of the wrong shape is charged to the tally as malformed."""

    def __init__(self, tally: Tally) -> None:
        self.tally = tally

    def charge(self, n: int | bool) -> None:
        """Count n malformed items."""
        self.tally.malformed += int(n)

    def items(self, x: Any) -> list[Any]:
        """x when it is a list; None is empty; anything else is malformed and empty."""
        if isinstance(x, list):
            return x
        self.charge(x is not None)
        return []

    def dicts(self, x: Any) -> list[Item]:
        """The dict items of list x; other items are malformed."""
        items = self.items(x)
        out = [d for d in items if isinstance(d, dict)]
        self.charge(len(items) - len(out))
        return out

    def spans(self, x: Any, at: At = itself) -> list[tuple[Offsets, Item]]:
        """(offsets, item) for the items of list x whose span (found by `at`) is valid; the others are malformed."""
        found = [(offsets(at(d)), d) for d in self.dicts(x)]
        self.charge(sum(s is None for s, _ in found))
        return [(s, d) for s, d in found if s is not None]

    def number(self, x: Any) -> float | None:
        """x as a finite float; a present non-number is malformed."""
        value = finite(x)
        self.charge(value is None and x is not None)
        return value

    def integer(self, x: Any) -> int | None:
        """x when it is an int (a GeoNames id); a present non-int is malformed."""
        ok = type(x) is int
        self.charge(not ok and x is not None)
        return x if ok else None

    def string(self, x: Any) -> str | None:
        """x stripped; a present non-string is malformed."""
        self.charge(not isinstance(x, str) and x is not None)
        return clean(x)

    def key(self, x: Any) -> str | None:
        """The comparison key of a string field; a present non-string is malformed."""
        return fold(self.string(x))

    def entity_names(self, pred: Item) -> dict[str, list[str]]:
        """Entity id -> [name, *aliases] from a prediction's entities."""
        out: dict[str, list[str]] = {}
        for e in self.dicts(pred.get("entities")):
            aliases: list[Any] = e["aliases"] if isinstance(e.get("aliases"), list) else []
            if isinstance(e.get("id"), str):
                out[e["id"]] = [n for n in [e.get("name"), *aliases] if isinstance(n, str)]
        return out
