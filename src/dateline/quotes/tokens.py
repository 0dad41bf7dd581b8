"""The spaCy tokens of an article indexed by character offset, across its paragraph parses.

spaCy builds a Python object for every token it hands out, which costs more than the rest of this layer,
so tokens are looked up through arrays and made only for the stretches that are asked for.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from ..doc import Doc
from ..nlp import parses

if TYPE_CHECKING:
    import spacy.tokens


@dataclass(frozen=True, slots=True)
class At:
    """A spaCy token with the article offset of its parse: `start`/`end` are article offsets."""

    token: spacy.tokens.Token
    offset: int

    @property
    def start(self) -> int:
        """Article offset of the token's first character."""
        return self.offset + self.token.idx

    @property
    def end(self) -> int:
        """Article offset just past the token."""
        return self.offset + self.token.idx + len(self.token.text)


def string_ids(words: Collection[str]) -> frozenset[int]:
    """spaCy's hashes of these strings, to compare with token attribute arrays."""
    return frozenset(get_string_id(w) for w in words)


class TokenIndex:
    """Every token of the article in text order, found by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc.text
        self.parses = [(p.offset, p.sdoc) for p in parses(doc)]
        self.starts: list[int] = []
        self.firsts: list[int] = []  # position in starts of each parse's first token
        for offset, sdoc in self.parses:
            self.firsts.append(len(self.starts))
            if len(sdoc):
                self.starts.extend((sdoc.to_array("IDX") + offset).tolist())

    def __len__(self) -> int:
        return len(self.starts)

    def _at(self, k: int) -> At:
        """The k-th token of the article."""
        n = bisect_right(self.firsts, k) - 1
        offset, sdoc = self.parses[n]
        return At(sdoc[k - self.firsts[n]], offset)

    def between(self, start: int, end: int) -> list[At]:
        """The tokens that start inside [start, end)."""
        return [self._at(k) for k in range(bisect_left(self.starts, start), bisect_left(self.starts, end))]

    def at(self, offset: int) -> At | None:
        """The token covering the character offset, or None."""
        k = bisect_left(self.starts, offset + 1) - 1
        if k >= 0:
            found = self._at(k)
            if found.start <= offset < found.end:
                return found
        return None

    def matching(self, attr: str, ids: frozenset[int], also: str | None = None) -> Iterator[At]:
        """The tokens whose attribute (LEMMA, LOWER, ...), or a second one, has one of these string ids."""
        for offset, sdoc in self.parses:
            if not len(sdoc):
                continue
            first = sdoc.to_array(attr).tolist()
            second = sdoc.to_array(also).tolist() if also else first
            for i, (a, b) in enumerate(zip(first, second, strict=True)):
                if a in ids or b in ids:
                    yield At(sdoc[i], offset)
