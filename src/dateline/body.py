"""Where the story proper begins: after its dateline ('KHARKIV, Ukraine, March 12 (Reuters) -') and dash."""

from __future__ import annotations

import re

from .doc import Doc

# A dateline the dateline stage did not read ('GOMA, Democratic Republic ... (AP) —').
_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,40}(?:,[^\n—–]{1,60}?(?:\s*\([A-Za-z .]{2,30}\))?|\s*\([A-Za-z .]{2,30}\))"
                       r"\s*[—–-]{1,2}\s+")
_SEPARATOR = re.compile(r"[ \t\u00a0]*(?:[—–―-]{1,2}|:)[ \t\u00a0]*")


def body_start(doc: Doc) -> int:
    """The offset where the story begins after its dateline and the dash parting it from the story; 0 without one.

    The dateline's place is no speaker, no party and no part of what anybody said ('LAGOS - Nigerian police').
    """
    if doc.dateline is not None:
        sep = _SEPARATOR.match(doc.text, doc.dateline.span.end)
        return sep.end() if sep else doc.dateline.span.end
    found = _DATELINE.match(doc.text)
    return found.end() if found else 0
