"""The toponym model: weights by feature name."""

from __future__ import annotations

import pytest

from dateline.places.features import NAMES
from dateline.places.model import ToponymModel, model_from_dict, toponym_model


@pytest.mark.parametrize("data, x, expect", [
    ({"bias": 1.0, "weights": {}}, [0.0] * len(NAMES), 1.0),
    ({"bias": 0.0, "weights": {"ner_place": 2.0, "unknown_feature": 9.0}}, [1.0] * len(NAMES), 2.0),
])
def test_model_logit(data: dict, x: list[float], expect: float) -> None:
    assert model_from_dict(data).logit(x) == pytest.approx(expect)


@pytest.mark.parametrize("logit, low, high", [(0.0, 0.5, 0.5), (1000.0, 0.99, 1.0), (-1000.0, 0.0, 0.01)])
def test_model_probability(logit: float, low: float, high: float) -> None:
    assert low <= ToponymModel.probability(logit) <= high


@pytest.mark.parametrize("feature, sign", [("ner_place", 1), ("stopname", -1), ("surname", -1)])
def test_model_packaged_weights_point_the_right_way(feature: str, sign: int) -> None:
    assert toponym_model().weights[NAMES.index(feature)] * sign > 0
