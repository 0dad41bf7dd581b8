"""A multinomial logistic model over hashed features, stored as a compact .npz and scored with numpy."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from io import BytesIO

import numpy as np

from .features import Feature, hashed

RESOURCE = "dateline.resources.events"


@dataclass(frozen=True, slots=True)
class LinearModel:
    """Weights [dims, classes] (float16 on disk), a bias per class, the class names, and a temperature."""

    weights: np.ndarray
    bias: np.ndarray
    classes: tuple[str, ...]
    temperature: float = 1.0

    @property
    def dims(self) -> int:
        """The number of hashed feature buckets."""
        return int(self.weights.shape[0])

    def scores(self, features: list[Feature]) -> np.ndarray:
        """The raw class scores of one feature list."""
        idx, val = hashed(features, self.dims)
        if not idx:
            return self.bias.astype(np.float64)
        return np.asarray(val, dtype=np.float64) @ self.weights[idx].astype(np.float64) + self.bias

    def proba(self, features: list[Feature]) -> dict[str, float]:
        """Class probabilities (softmax of the scores divided by the temperature)."""
        s = self.scores(features) / self.temperature
        s = np.exp(s - s.max())
        p = s / s.sum()
        return dict(zip(self.classes, p.tolist(), strict=True))

    def save(self, path: str) -> None:
        """Write the model as a compressed .npz."""
        np.savez_compressed(path, weights=self.weights.astype(np.float16), bias=self.bias.astype(np.float32),
                            classes=np.array(self.classes), temperature=np.array([self.temperature]))


def load_bytes(data: bytes) -> LinearModel:
    """A model from the bytes of its .npz."""
    z = np.load(BytesIO(data), allow_pickle=False)
    return LinearModel(weights=z["weights"], bias=z["bias"].astype(np.float64),
                       classes=tuple(str(c) for c in z["classes"]), temperature=float(z["temperature"][0]))


@lru_cache(maxsize=4)
def packaged(name: str) -> LinearModel | None:
    """A model shipped in resources/events (None when it is not there, e.g. before training)."""
    f = resources.files(RESOURCE).joinpath(name)
    if not f.is_file():
        return None
    return load_bytes(f.read_bytes())
