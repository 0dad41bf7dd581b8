"""The seen-state survives restarts: finished articles stay finished, transient failures get a few more tries."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.feeds import SeenState
from dateline.feeds.state import MAX_ATTEMPTS


def test_state_persists_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / "seen.sqlite"
    with SeenState(path) as s:
        s.finish("k1", "https://x.example/1", "feed", "a-1")
        s.finish("k2", "https://x.example/2", "feed", "a-2", error="E_NO_ARTICLE")
        s.feed_checked("feed", "ok", '"e1"', "Mon, 06 May 2024 09:00:00 GMT")
    with SeenState(path) as s:
        assert s.unseen(["k0", "k1", "k2", "k3"]) == ["k0", "k3"]
        assert s.validators("feed") == ('"e1"', "Mon, 06 May 2024 09:00:00 GMT")
        assert s.counts() == {"done": 1, "failed": 1}


@pytest.mark.parametrize("keep", [True, False])
def test_state_feed_errors_keep_validators(tmp_path: Path, keep: bool) -> None:
    with SeenState(tmp_path / "s.sqlite") as s:
        s.feed_checked("feed", "ok", '"e1"', None)
        s.feed_checked("feed", "error", None, None, keep_validators=keep)
        assert s.validators("feed") == (('"e1"', None) if keep else (None, None))


def test_state_retries_then_gives_up(tmp_path: Path) -> None:
    with SeenState(tmp_path / "s.sqlite") as s:
        answers = [s.retry_later("k", "u", "feed", "HTTP 503") for _ in range(MAX_ATTEMPTS)]
        assert answers == [True] * (MAX_ATTEMPTS - 1) + [False]
        assert s.unseen(["k"]) == []


def test_state_unseen_handles_many_keys(tmp_path: Path) -> None:
    keys = [f"k{i}" for i in range(1200)]
    with SeenState(tmp_path / "s.sqlite") as s:
        for k in keys[::3]:
            s.finish(k, k, "feed", None)
        assert s.unseen(keys) == [k for i, k in enumerate(keys) if i % 3]
