"""Shingles, MinHash signatures and band keys: stable across processes, sensitive to content."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from dateline.store.dedup import ARTICLE, PASSAGE
from dateline.store.shingles import band_keys, resemblance, shingle_hashes, signature, tokenize

SRC = Path(__file__).resolve().parents[2] / "src"
TEXT = "Flash floods swept through low-lying neighbourhoods of Nairobi overnight, killing at least 30 people."


def _keys(text: str) -> list[int]:
    tokens = tokenize(text)
    return band_keys(signature(shingle_hashes(tokens, ARTICLE.shingle), ARTICLE.num_perm), ARTICLE)


@pytest.mark.parametrize("seed", ["0", "12345"])
def test_shingles_band_keys_stable_across_processes(seed: str) -> None:
    code = ("import json; from dateline.store.shingles import *; from dateline.store.dedup import ARTICLE;"
            f"t = tokenize({TEXT!r});"
            "print(json.dumps(band_keys(signature(shingle_hashes(t, ARTICLE.shingle), ARTICLE.num_perm), ARTICLE)))")
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(SRC))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == _keys(TEXT)


@pytest.mark.parametrize("banding", [ARTICLE, PASSAGE])
def test_shingles_banding_is_datasketch_optimum(banding: object) -> None:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=banding.threshold, num_perm=banding.num_perm)  # type: ignore[attr-defined]
    assert (lsh.b, lsh.r) == banding.bands_rows  # type: ignore[attr-defined]


@pytest.mark.parametrize("banding", [ARTICLE, PASSAGE])
def test_shingles_band_count_matches_banding(banding: object) -> None:
    tokens = tokenize(TEXT)
    keys = band_keys(signature(shingle_hashes(tokens, 3), banding.num_perm), banding)  # type: ignore[attr-defined]
    b, r = banding.bands_rows  # type: ignore[attr-defined]
    assert len(keys) == b and b * r <= banding.num_perm  # type: ignore[attr-defined]


@pytest.mark.parametrize("other, similar", [
    (TEXT.upper().replace(",", " ;"), True),  # case and punctuation do not count
    (TEXT.replace("30", "31"), True),
    ("The central bank raised interest rates by half a point to curb inflation on Thursday.", False),
])
def test_shingles_resemblance(other: str, similar: bool) -> None:
    a, b = shingle_hashes(tokenize(TEXT), 3), shingle_hashes(tokenize(other), 3)
    jaccard, contained = resemblance(a, b)
    assert (jaccard >= 0.5) == similar
    assert 0.0 <= jaccard <= contained <= 1.0


@pytest.mark.parametrize("text, start, end", [(TEXT, 0, 11), (TEXT, 12, 40), ("é café Straße", 2, 13)])
def test_shingles_token_range_follows_offsets(text: str, start: int, end: int) -> None:
    tokens = tokenize(text)
    lo, hi = tokens.range(start, end)
    inside = [w for w, s in zip(tokens.words, tokens.starts.tolist()) if start <= s < end]
    assert tokens.words[lo:hi] == inside


@pytest.mark.parametrize("text", ["", "one", "one two"])
def test_shingles_short_texts(text: str) -> None:
    hashes = shingle_hashes(tokenize(text), 3)
    assert len(hashes) == (1 if text else 0)
    assert hashes.dtype == np.uint64
