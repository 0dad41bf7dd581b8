"""Tests for dateline.events.confidence: the calibration map is monotone in the typer's probability."""

from __future__ import annotations

import pytest

from dateline.events.confidence import calibrated
from dateline.events.frames import sentence_frames


@pytest.mark.parametrize("calibration", [None, {"weights": [1.0, -0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                                                "bias": 0.0}])
def test_confidence_monotone_and_bounded(sentence, calibration) -> None:
    f = sentence_frames(sentence("Rebels attacked the town."))[0]
    low, high = calibrated(calibration, 0.3, 0, f), calibrated(calibration, 0.9, 0, f)
    assert 0.0 <= low < high <= 1.0
    assert calibrated(calibration, 0.9, 2, f) < high
