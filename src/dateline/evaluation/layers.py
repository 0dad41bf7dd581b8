"""The scored layers, in report order: the one place a layer is registered."""

from __future__ import annotations

from .duplicates import DUPLICATES
from .events import EVENTS
from .label import LABEL
from .layer import Layer
from .places import PLACES
from .quotes import QUOTES
from .times import TIMES

LAYERS: dict[str, Layer] = {layer.name: layer for layer in (PLACES, TIMES, QUOTES, EVENTS, LABEL, DUPLICATES)}


def chosen_layers(names: list[str] | tuple[str, ...] | None) -> list[Layer]:
    """The layers of these names (all when None); ValueError naming any unknown one."""
    if names is None:
        return list(LAYERS.values())
    unknown = sorted(set(names) - set(LAYERS))
    if unknown:
        raise ValueError(f"unknown layers: {', '.join(unknown)} (known: {', '.join(LAYERS)})")
    return [LAYERS[n] for n in dict.fromkeys(names)]
