"""Near-duplicate articles and passages across the corpus: MinHash/LSH candidates, confirmed on the shingles."""

from __future__ import annotations

from collections import Counter, OrderedDict
from dataclasses import dataclass, field

import duckdb
import numpy as np

from .bands import BandIndex
from .compat import one
from .passages import passages
from .shingles import Banding, Tokens, band_keys, exact_key, resemblance, shingle_hashes, signature, tokenize

ARTICLE = Banding("article", shingle=3, num_perm=128, threshold=0.3, bands=37, rows=3)
PASSAGE = Banding("passage", shingle=3, num_perm=32, threshold=0.6, bands=6, rows=5)
ARTICLE_JACCARD = 0.5  # syndicated copies: same story, other boilerplate, small edits
ARTICLE_CONTAINMENT = 0.85  # or a story found almost whole inside an earlier, longer one
ARTICLE_COVERAGE = 0.7  # or most of its passages repeat passages of one earlier article (boilerplate aside)
PASSAGE_JACCARD = 0.7
MAX_CHECKS = 12  # candidates confirmed per item (a boilerplate passage can match thousands)


@dataclass(slots=True)
class PassageMatch:
    """A passage of the new article that repeats a passage of an earlier one."""

    start: int
    end: int
    of_article: str
    of_start: int
    of_end: int
    similarity: float


@dataclass(slots=True)
class DedupResult:
    """What the corpus already holds of an article, and the band rows that index it."""

    canonical_id: str | None = None
    similarity: float | None = None
    passages: list[PassageMatch] = field(default_factory=list)
    article_bands: list[tuple[object, ...]] = field(default_factory=list)
    passage_bands: list[tuple[object, ...]] = field(default_factory=list)


class Deduplicator:
    """Finds, for each new article, its canonical original and its repeated passages."""

    def __init__(self, con: duckdb.DuckDBPyConnection, cache_size: int = 512) -> None:
        self.con = con
        self.articles = BandIndex(con, "article_bands", ("article_id",))
        self.passages = BandIndex(con, "passage_bands", ("article_id", "start", "end"))
        self._texts: OrderedDict[str, tuple[Tokens, str | None]] = OrderedDict()  # id -> (tokens, canonical_id)
        self._pending: dict[str, tuple[Tokens, str | None]] = {}
        self._cache_size = cache_size

    def check(self, article_id: str, text: str) -> DedupResult:
        """Compare an article with the corpus and queue its bands (the caller inserts the returned rows)."""
        tokens = tokenize(text)
        hashes = shingle_hashes(tokens, ARTICLE.shingle)
        keys = [exact_key("article", tokens.words), *band_keys(signature(hashes, ARTICLE.num_perm), ARTICLE)]
        result = DedupResult()
        covered: Counter[str] = Counter()  # words of this article's passages found in each earlier article
        total = 0
        for start, end in passages(text):
            lo, hi = tokens.range(start, end)
            total += hi - lo
            p_hashes = shingle_hashes(tokens, PASSAGE.shingle, lo, hi)
            p_keys = [exact_key("passage", tokens.words[lo:hi]),
                      *band_keys(signature(p_hashes, PASSAGE.num_perm), PASSAGE)]
            match = self._best_passage(article_id, p_hashes, p_keys)
            if match is not None:
                result.passages.append(PassageMatch(start, end, *match))
                covered[match[0]] += hi - lo
            result.passage_bands.extend(self.passages.add((article_id, start, end), p_keys))
        best = self._best_article(article_id, hashes, keys)
        if best is None and covered:
            other, words_found = covered.most_common(1)[0]
            if words_found >= ARTICLE_COVERAGE * total:
                best = (other, self._similarity(hashes, other))
        if best is not None:
            other, result.similarity = best
            result.canonical_id = self._canonical(other) or other
        result.article_bands = self.articles.add((article_id,), keys)
        self._pending[article_id] = (tokens, result.canonical_id)
        return result

    def _similarity(self, hashes: np.ndarray, other: str) -> float:
        """The Jaccard similarity of the article's shingles with another article's."""
        tokens = self._tokens(other)
        return resemblance(hashes, shingle_hashes(tokens, ARTICLE.shingle))[0] if tokens else 0.0

    def commit(self) -> None:
        """The batch is stored."""
        self.articles.commit()
        self.passages.commit()
        for k, v in self._pending.items():
            self._remember(k, v)
        self._pending.clear()

    def rollback(self) -> None:
        """The batch was not stored."""
        self.articles.rollback()
        self.passages.rollback()
        self._pending.clear()

    def _best_article(self, article_id: str, hashes: np.ndarray, keys: list[int]) -> tuple[str, float] | None:
        """The most similar earlier article above the thresholds, with its Jaccard similarity."""
        found = self.articles.candidates(keys)
        found.pop((article_id,), None)
        best: tuple[str, float] | None = None
        for (other,), _votes in _ranked(found, self.articles):
            tokens = self._tokens(other)
            if tokens is None:
                continue
            jaccard, contained = resemblance(hashes, shingle_hashes(tokens, ARTICLE.shingle))
            if (jaccard >= ARTICLE_JACCARD or contained >= ARTICLE_CONTAINMENT) and (best is None or jaccard > best[1]):
                best = (other, jaccard)
        return best

    def _best_passage(self, article_id: str, hashes: np.ndarray, keys: list[int]) -> tuple[str, int, int, float] | None:
        """The most similar passage of another, earlier article, or None."""
        found = self.passages.candidates(keys)
        best: tuple[str, int, int, float] | None = None
        for item, _votes in _ranked(found, self.passages, skip=article_id):
            other, start, end = str(item[0]), int(item[1]), int(item[2])
            tokens = self._tokens(other)
            if tokens is None:
                continue
            jaccard, _ = resemblance(hashes, shingle_hashes(tokens, PASSAGE.shingle, *tokens.range(start, end)))
            if jaccard >= PASSAGE_JACCARD and (best is None or jaccard > best[3]):
                best = (other, start, end, jaccard)
        return best

    def _tokens(self, article_id: str) -> Tokens | None:
        entry = self._entry(article_id)
        return entry[0] if entry else None

    def _canonical(self, article_id: str) -> str | None:
        entry = self._entry(article_id)
        return entry[1] if entry else None

    def _entry(self, article_id: str) -> tuple[Tokens, str | None] | None:
        """(tokens, canonical id) of a stored or pending article."""
        if article_id in self._pending:
            return self._pending[article_id]
        if article_id in self._texts:
            self._texts.move_to_end(article_id)
            return self._texts[article_id]
        row = one(self.con, "SELECT text, canonical_id FROM articles WHERE id = ?", [article_id])
        if row is None:
            return None
        entry = (tokenize(str(row[0])), row[1])
        self._remember(article_id, entry)
        return entry

    def _remember(self, article_id: str, entry: tuple[Tokens, str | None]) -> None:
        self._texts[article_id] = entry
        self._texts.move_to_end(article_id)
        while len(self._texts) > self._cache_size:
            self._texts.popitem(last=False)


def _ranked(found: object, index: BandIndex, skip: str | None = None) -> list[tuple[tuple[object, ...], int]]:
    """Candidates by shared keys, then age (originals first), at most MAX_CHECKS; skipping one article's items."""
    items = [(item, votes) for item, votes in found.items() if skip is None or item[0] != skip]  # type: ignore[attr-defined]
    items.sort(key=lambda iv: (-iv[1], index.first_seen(iv[0])))
    return items[:MAX_CHECKS]
