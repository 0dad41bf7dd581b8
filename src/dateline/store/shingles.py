"""Text to word shingles, MinHash signatures (datasketch) and LSH band keys, all stable across processes."""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from hashlib import blake2b

import numpy as np
from datasketch import MinHash

_WORD = re.compile(r"\w+")
SEED = 20240601  # changing it (or SCHEME) changes every band key: that needs a migration rebuilding the bands
SCHEME = "affine32"  # datasketch >= 2.0 permutation scheme


@dataclass(frozen=True, slots=True)
class Banding:
    """How one kind of item is hashed: shingle size, permutations, and the LSH bands x rows.

    bands x rows are what datasketch's MinHashLSH chooses for `threshold` (a test keeps them equal); they are
    constants because the stored band keys depend on them, and computing the optimum costs a second.
    """

    kind: str
    shingle: int
    num_perm: int
    threshold: float
    bands: int
    rows: int

    @property
    def bands_rows(self) -> tuple[int, int]:
        """(bands, rows per band)."""
        return self.bands, self.rows


@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> np.ndarray:
    """The hash permutations of datasketch's MinHash for SEED, built once (building them is the slow part)."""
    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME).permutations


def words(text: str) -> list[str]:
    """Word tokens folded for comparison (NFKC, case-folded); punctuation and spacing do not count."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


@dataclass(slots=True)
class Tokens:
    """The folded words of a text with their character offsets and 32-bit hashes."""

    words: list[str]
    starts: np.ndarray
    hashes: np.ndarray

    def range(self, start: int, end: int) -> tuple[int, int]:
        """The token indexes [lo, hi) of the words that begin inside text[start:end]."""
        lo, hi = np.searchsorted(self.starts, [start, end], "left").tolist()
        return int(lo), int(hi)


def tokenize(text: str) -> Tokens:
    """Tokens of a text (offsets into the text as given; each word folded on its own)."""
    if text.isascii():  # folding keeps offsets: fold once (the common, fast case)
        found = [(m.start(), m.group()) for m in _WORD.finditer(text.lower())]
    else:
        found = [(m.start(), unicodedata.normalize("NFKC", m.group()).casefold()) for m in _WORD.finditer(text)]
    folded = [w for _, w in found]
    starts = np.fromiter((s for s, _ in found), dtype=np.int64, count=len(found))
    hashes = np.fromiter((zlib.crc32(w.encode("utf-8", "surrogatepass")) for w in folded), dtype=np.uint64,
                         count=len(found))
    return Tokens(folded, starts, hashes)


_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93], dtype=np.uint64)


def shingle_hashes(tokens: Tokens, size: int, lo: int = 0, hi: int | None = None) -> np.ndarray:
    """Distinct 32-bit hashes of the word n-grams of tokens[lo:hi] (all of them as one shingle when fewer)."""
    h = tokens.hashes[lo:hi]
    if not len(h):
        return np.zeros(0, dtype=np.uint64)
    size = min(size, len(h), len(_MIX))
    n = len(h) - size + 1
    with np.errstate(over="ignore"):  # multiplication modulo 2**64 is the point
        acc = np.zeros(n, dtype=np.uint64)
        for i in range(size):
            acc = (acc ^ h[i:i + n]) * _MIX[i]
    return np.unique(acc >> np.uint64(32))


def signature(hashes: np.ndarray, num_perm: int) -> np.ndarray:
    """The MinHash signature of a set of shingle hashes."""
    m = MinHash(num_perm=num_perm, seed=SEED, hashfunc=int, permutations=_permutations(num_perm), scheme=SCHEME)
    if len(hashes):
        m.update_batch(hashes.tolist())
    return m.hashvalues


def band_keys(sig: np.ndarray, banding: Banding) -> list[int]:
    """One signed 64-bit key per LSH band: items sharing a key are candidate near-duplicates."""
    b, r = banding.bands_rows
    out = []
    for i in range(b):
        h = blake2b(digest_size=8)
        h.update(f"{banding.kind}:{i}:".encode())
        h.update(np.ascontiguousarray(sig[i * r:(i + 1) * r], dtype=np.uint64).tobytes())
        out.append(int.from_bytes(h.digest(), "little", signed=True))
    return out


def exact_key(kind: str, tokens: list[str]) -> int:
    """A key shared only by texts with the same words (catches exact copies however short)."""
    h = blake2b(digest_size=8)
    h.update(f"{kind}:exact:".encode())
    h.update(" ".join(tokens).encode("utf-8", "surrogatepass"))
    return int.from_bytes(h.digest(), "little", signed=True)


def resemblance(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """(Jaccard similarity, share of a's shingles found in b) of two shingle-hash sets."""
    if not len(a) or not len(b):
        return 0.0, 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter), inter / len(a)
