"""Near-identical passages inside one article: normalised word n-gram overlap, found through an inverted index."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

_WORD = re.compile(r"\w+")
SHINGLE = 3  # words per shingle
CANDIDATES = 64  # earlier texts looked at per shingle (bounds the work on texts made of one phrase repeated)


def words(text: str) -> list[str]:
    """The text's words, case-folded (punctuation, quote marks and spacing do not count)."""
    return _WORD.findall(text.casefold())


def shingles(tokens: list[str], n: int = SHINGLE) -> set[tuple[str, ...]]:
    """The word n-grams of a token list (the whole list when it is shorter than n)."""
    if len(tokens) < n:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def near_duplicates(texts: list[str], jaccard: float = 0.6, containment: float = 0.8,
                    min_words: int = 6) -> dict[int, int]:
    """{later index: earlier index} for texts that repeat an earlier one, verbatim or nearly.

    Two texts are near-identical when their shingle sets have a Jaccard similarity of at least `jaccard`,
    or when the smaller set lies mostly (`containment`) in the larger: a repeat with a changed ending.
    """
    if len(texts) < 2:
        return {}
    tokenised = [words(t) for t in texts]
    sets = [shingles(w) if len(w) >= min_words else set() for w in tokenised]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    out: dict[int, int] = {}
    for i, s in enumerate(sets):
        shared: Counter[int] = Counter()
        for sh in s:
            for j in index[sh][:CANDIDATES]:  # earliest holders first: repeats point at first occurrences
                shared[j] += 1
        for j, n in sorted(shared.items()):
            small = min(len(s), len(sets[j]))
            union = len(s) + len(sets[j]) - n
            if n / union >= jaccard or (small and n / small >= containment):
                out[i] = out.get(j, j)  # point at the first occurrence, not at an earlier repeat
                break
        if i not in out:  # a repeat adds nothing to find: later repeats match its original
            for sh in s:
                index[sh].append(i)
    return out
