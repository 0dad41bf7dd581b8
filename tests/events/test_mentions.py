"""Tests for dateline.events.mentions: range queries over mention offsets."""

from __future__ import annotations

import pytest

from dateline.events.mentions import MentionIndex


@pytest.mark.parametrize("query,inside,overlapping", [((0, 10), ["A"], ["A", "B"]), ((12, 30), ["C"], ["B",
                                                                                                       "C"])])
def test_mentions_queries(query, inside: list[str], overlapping: list[str]) -> None:
    idx = MentionIndex.build([(2, 5, "A"), (8, 14, "B"), (20, 25, "C")])
    assert [m[2] for m in idx.inside(*query)] == inside
    assert [m[2] for m in idx.overlapping(*query)] == overlapping
    assert [m[2] for m in idx.before(20)] == ["A", "B"]
