"""Stage `places`: Find toponyms and resolve them to GeoNames."""

from __future__ import annotations

from ..config import Settings
from ..doc import Doc
from ..registry import stage


@stage("places", requires=["sentences", "mentions", "dateline"], assigns=["places"])
def make_places(settings: Settings) -> object:
    """Find toponyms and resolve them to GeoNames."""

    def places(doc: Doc) -> Doc:
        return doc  # placeholder until the layer lands

    return places
