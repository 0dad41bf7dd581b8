"""Span matching: overlap and the greedy one-to-one pairing."""

from __future__ import annotations

import pytest

from dateline.evaluation.matching import greedy_match, overlap, overlaps_any


@pytest.mark.parametrize("a,b,n", [((0, 5), (3, 9), 2), ((0, 5), (5, 9), 0), ((0, 5), (7, 9), -2), ((2, 4), (0, 9), 2)])
def test_matching_overlap_length(a: tuple[int, int], b: tuple[int, int], n: int) -> None:
    assert overlap(a, b) == n


@pytest.mark.parametrize("gold,pred,pairs", [
    ([(0, 10)], [(0, 3), (2, 10)], [(0, 1)]),            # the longer overlap wins
    ([(0, 10), (8, 20)], [(5, 12)], [(0, 0)]),            # one prediction serves one gold span
    ([(0, 4), (10, 14)], [(0, 4), (10, 14)], [(0, 0), (1, 1)]),
    ([(0, 4)], [(4, 8)], []),                              # touching is not overlapping
    ([], [(0, 1)], []),
])
def test_matching_greedy_pairs_longest_overlap_first(gold: list[tuple[int, int]], pred: list[tuple[int, int]],
                                                     pairs: list[tuple[int, int]]) -> None:
    assert sorted(greedy_match(gold, pred)) == pairs


@pytest.mark.parametrize("allowed,pairs", [(lambda i, j: True, [(0, 0)]), (lambda i, j: j == 1, [(0, 1)]),
                                           (lambda i, j: False, [])])
def test_matching_greedy_respects_allowed(allowed: object, pairs: list[tuple[int, int]]) -> None:
    assert greedy_match([(0, 10)], [(0, 10), (5, 10)], allowed) == pairs  # type: ignore[arg-type]


@pytest.mark.parametrize("span,others,hit", [((0, 3), [(3, 5)], False), ((0, 3), [(9, 12), (2, 4)], True)])
def test_matching_overlaps_any(span: tuple[int, int], others: list[tuple[int, int]], hit: bool) -> None:
    assert overlaps_any(span, others) is hit
