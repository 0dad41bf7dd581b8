"""What the article says a person is: "the Russian ambassador to Syria, Alexander Kinshchak" -> description.

Three textual patterns around a person's mentions, first hit wins: an appositive before the name ("the
Russian ambassador to Syria, Kinshchak"), one after it ("Oleg Brunov, the FRF commander,"), and role
words right before it ("UN envoy Staffan de Mistura"). A description must contain a role noun.
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Span
from .agents import individual_roles
from .names import TITLES

_MAX_WORDS = 9
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_BREAK_BEFORE = re.compile(r"[,;:.!?()\"“”\n]")
_AFTER = re.compile(r",\s+((?:the|a|an)\s+[^,;.!?()\"“”\n]+|[a-z][^,;.!?()\"“”\n]+)(?=[,;.!?)\"”\n]|$)")
_ROLE_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+$")


def describe(doc: Doc, entity: Entity) -> str | None:
    """A role description of a person from the text around its mentions, or None."""
    if entity.type != "PERSON":
        return None
    for m in entity.mentions:
        for found in (_before(doc, m), _after(doc, m), _role_before(doc, m)):
            if found:
                return found
    return None


def _has_role(text: str) -> bool:
    """True when the phrase contains a role noun ("ambassador", "commander", "minister")."""
    words = {w.casefold().strip(".,") for w in text.split()}
    return bool(words & (individual_roles() | TITLES))


def _clean(text: str) -> str | None:
    """The phrase without its determiner, when short enough and naming a role."""
    text = _DETERMINER.sub("", " ".join(text.split()))
    if not text or len(text.split()) > _MAX_WORDS or not _has_role(text):
        return None
    return text


def _before(doc: Doc, m: Span) -> str | None:
    """"the Russian ambassador to Syria, [Kinshchak]": the phrase between the previous break and ", "."""
    head = doc.text[max(0, m.start - 160):m.start]
    if not head.rstrip(" ").endswith(","):
        return None
    head = head.rstrip(" ")[:-1]
    breaks = list(_BREAK_BEFORE.finditer(head))
    chunk = head[breaks[-1].end():] if breaks else head
    chunk = chunk.strip()
    return _clean(chunk) if _DETERMINER.match(chunk) else None


def _after(doc: Doc, m: Span) -> str | None:
    """"[Oleg Brunov], the FRF commander,": the phrase after ", " up to the next break."""
    found = _AFTER.match(doc.text[m.end:m.end + 160])
    return _clean(found.group(1)) if found else None


def _role_before(doc: Doc, m: Span) -> str | None:
    """"UN envoy [Staffan de Mistura]": role words directly before the name."""
    found = _ROLE_BEFORE.search(doc.text[max(0, m.start - 60):m.start])
    if not found:
        return None
    words = found.group(1).split()
    if words[-1].casefold() not in individual_roles() | TITLES:
        return None
    return _clean(found.group(1))
