"""Anchors: find gold spans by the strings they cover, so nobody counts offsets by hand.

An anchor is the covered text, optionally with context and an occurrence:
  "Kharkiv"                    the one whole-word occurrence (an error when there are none or several)
  "Kharkiv#2"                  the second occurrence
  "Kharkiv#*"                  every occurrence (where a list of spans is wanted)
  "in [[Kharkiv]] on Tuesday"  the occurrence inside this context; the span is the bracketed part
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN, CLOSE = "[[", "]]"
_OCCURRENCE = re.compile(r"#(\d+|\*)$")


class AnchorError(ValueError):
    """An anchor that does not pick out exactly the spans it should."""


@dataclass(frozen=True, slots=True)
class Found:
    """A span located in a text: text[start:end] == text by construction."""

    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, object]:
        """{"start", "end", "text"}."""
        return {"start": self.start, "end": self.end, "text": self.text}


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of needle in text, not inside a longer word at either end."""
    if not needle:
        raise AnchorError("an empty anchor")
    before = r"(?<!\w)" if needle[0].isalnum() else ""
    after = r"(?!\w)" if needle[-1].isalnum() else ""
    return [m.start() for m in re.finditer(before + re.escape(needle) + after, text)]


def parse(anchor: str) -> tuple[str, str, str, str | None]:
    """(left context, target, right context, occurrence) of an anchor."""
    occurrence = None
    m = _OCCURRENCE.search(anchor)
    if m:
        occurrence, anchor = m[1], anchor[:m.start()]
    if OPEN in anchor:
        left, _, rest = anchor.partition(OPEN)
        target, sep, right = rest.partition(CLOSE)
        if not sep:
            raise AnchorError(f"unclosed {OPEN} in anchor {anchor!r}")
        return left, target, right, occurrence
    return "", anchor, "", occurrence


def locate_all(text: str, anchor: str) -> list[Found]:
    """Every span the anchor picks out (one unless it ends in #*); AnchorError when it is absent or ambiguous."""
    left, target, right, occurrence = parse(anchor)
    starts = occurrences(text, left + target + right)
    if not starts:
        raise AnchorError(f"anchor {anchor!r} is not in the text")
    if occurrence == "*":
        chosen = starts
    elif occurrence is not None:
        k = int(occurrence)
        if not 1 <= k <= len(starts):
            raise AnchorError(f"anchor {anchor!r}: only {len(starts)} occurrence(s)")
        chosen = [starts[k - 1]]
    elif len(starts) > 1:
        raise AnchorError(f"anchor {anchor!r} occurs {len(starts)} times; add #n or context")
    else:
        chosen = starts
    return [Found(s + len(left), s + len(left) + len(target), target) for s in chosen]


def locate(text: str, anchor: str) -> Found:
    """The one span an anchor picks out."""
    found = locate_all(text, anchor)
    if len(found) != 1:
        raise AnchorError(f"anchor {anchor!r} picks out {len(found)} spans where one is wanted")
    return found[0]
