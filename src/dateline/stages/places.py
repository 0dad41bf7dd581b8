"""Stage `places`: toponyms found by context-guided gazetteer matching and resolved to GeoNames in document context."""

from __future__ import annotations

from ..config import Settings
from ..doc import Doc
from ..gazetteer import load_gazetteer
from ..places import find_places, lexicon
from ..registry import stage


@stage("places", requires=["sentences", "mentions", "dateline"], assigns=["places"])
def make_places(settings: Settings) -> object:
    """Find toponyms and resolve them to GeoNames."""
    gaz = load_gazetteer(str(settings["gazetteer.path"] or ""))
    lex = lexicon()

    def places(doc: Doc) -> Doc:
        doc.places = find_places(doc, gaz, lex)
        return doc

    return places
