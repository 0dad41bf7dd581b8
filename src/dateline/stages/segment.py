"""Stage `segment`: paragraphs, joining lines that were only wrapped."""

from __future__ import annotations

import re

from ..config import Settings
from ..doc import Doc, Span
from ..registry import stage

_LINE = re.compile(r"[^\n]+")
_ENDS_BLOCK = re.compile(r"""[.!?:;"'”’»)\]]\s*$""")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, white space trimmed.

    A blank line always ends a paragraph. A single line break ends one too, unless the text uses blank
    lines between paragraphs and the line looks wrapped (no closing punctuation, next line lower-case).
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    uses_blank_lines = "\n\n" in text or "\n\r\n" in text or bool(re.search(r"\n[ \t\u00a0]*\n", text))
    out: list[list[int]] = []
    prev_end = None
    for start, end in lines:
        s, e = _trim(text, start, end)
        if s >= e:
            continue
        joined = (out and prev_end is not None and uses_blank_lines
                  and text[prev_end:s].count("\n") == 1 and _wrapped(text[out[-1][0]:out[-1][1]], text[s:e]))
        if joined:
            out[-1][1] = e
        else:
            out.append([s, e])
        prev_end = e
    return [(s, e) for s, e in out]


def _wrapped(before: str, after: str) -> bool:
    """True when `after` continues the sentence `before` was wrapped in."""
    return not _ENDS_BLOCK.search(before) and after[:1].islower()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """start, end moved inwards past white space (NBSP included)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@stage("segment", requires=["text"], assigns=["paragraphs"])
def make_segment(settings: Settings) -> object:
    """Split the text into paragraphs (the spaCy model segments far better one paragraph at a time)."""

    def segment(doc: Doc) -> Doc:
        doc.paragraphs = [Span(s, e, doc.text[s:e]) for s, e in paragraphs(doc.text)]
        return doc

    return segment
