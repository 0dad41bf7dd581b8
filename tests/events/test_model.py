"""Tests for dateline.events.model: the numpy linear model round-trips through .npz and scores sensibly."""

from __future__ import annotations

import numpy as np
import pytest

from dateline.events.features import hashed
from dateline.events.model import LinearModel, load_bytes, packaged


@pytest.mark.parametrize("dims", [64])
def test_model_roundtrip_and_scores(tmp_path, dims: int) -> None:
    w = np.zeros((dims, 2))
    (i,), _ = hashed([("t=attack", 1.0)], dims)
    w[i] = [3.0, -3.0]
    m = LinearModel(w, np.zeros(2), ("ASSAULT", "NONE"))
    path = tmp_path / "m.npz"
    m.save(str(path))
    m2 = load_bytes(path.read_bytes())
    p = m2.proba([("t=attack", 1.0)])
    assert p["ASSAULT"] > 0.99 and abs(sum(p.values()) - 1.0) < 1e-9
    assert m2.proba([])["ASSAULT"] == pytest.approx(0.5)


@pytest.mark.parametrize("name", ["typer.npz", "acled.npz"])
def test_model_shipped_weights_are_small(name: str) -> None:
    from importlib import resources

    f = resources.files("dateline.resources.events").joinpath(name)
    if not f.is_file():
        pytest.skip("weights not trained yet")
    assert len(f.read_bytes()) < 3_000_000
    assert packaged(name) is not None
