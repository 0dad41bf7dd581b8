"""The spaCy tokens of an article indexed by character offset, across its paragraph parses."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

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


def subtree_bounds(token: spacy.tokens.Token, offset: int) -> tuple[int, int]:
    """Article (start, end) of a token's whole subtree."""
    left, right = token.left_edge, token.right_edge
    return offset + left.idx, offset + right.idx + len(right.text)


class TokenIndex:
    """Every token of the article in text order, found by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc.text
        self.tokens: list[At] = [At(t, p.offset) for p in parses(doc) for t in p.sdoc]
        self.starts = [a.start for a in self.tokens]

    def __len__(self) -> int:
        return len(self.tokens)

    def between(self, start: int, end: int) -> list[At]:
        """The tokens that start inside [start, end)."""
        return self.tokens[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def at(self, offset: int) -> At | None:
        """The token covering the character offset, or None."""
        i = bisect_left(self.starts, offset + 1) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end:
            return self.tokens[i]
        return None

    def __iter__(self) -> Iterator[At]:
        return iter(self.tokens)
