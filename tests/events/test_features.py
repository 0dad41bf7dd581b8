"""Tests for dateline.events.features: features name the trigger and its context; hashing is stable."""

from __future__ import annotations

import pytest

from dateline.events.evidence import clause_tokens
from dateline.events.features import frame_features, hashed
from dateline.events.frames import sentence_frames


@pytest.mark.parametrize("text,wanted", [
    ("The army launched an offensive.", {"t=offensive", "via=support", "prior=ASSAULT"}),
    ("Rebels threatened to attack the town.", {"via=threaten", "inner=ASSAULT"}),
])
def test_features_name_the_frame(sentence, text: str, wanted: set[str]) -> None:
    sent = sentence(text)
    frames = sentence_frames(sent)
    f = frames[0]
    names = {n for n, _ in frame_features(f, clause_tokens(f, {f.anchor.i}))}
    assert wanted <= names


@pytest.mark.parametrize("feats,dims", [([("a", 1.0), ("b", 2.0), ("a", 1.0)], 1 << 16)])
def test_features_hashing_sums_and_is_stable(feats, dims: int) -> None:
    idx, val = hashed(feats, dims)
    assert len(idx) == 2 and sorted(val) == [2.0, 2.0]
    assert hashed(feats, dims) == (idx, val)
    assert all(0 <= i < dims for i in idx)
