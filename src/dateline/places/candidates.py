"""Toponym candidates: runs of capitalised tokens and their sub-spans, each with the context evidence around it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..doc import Doc
from ..gazetteer.names import name_key
from ..nlp import parses
from .lexicon import Keyword, Lexicon

MAX_TOKENS = 8
# Lower-case words allowed inside a name ("Bosnia and Herzegovina", "Rostov-on-Don", "Bab al-Hawa").
CONNECTORS = frozenset("of de del della di da do dos das du des la le les el al an ad ar as ash az ed en and upon "
                       "on the y - ’s 's".split())
# Arabic articles that may open a name in lower case ("al-Hol", "el-Arish").
ARTICLES = frozenset("al el ad ar as ash az an".split())
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})


@dataclass(slots=True)
class Candidate:
    """A span that may name a place, with what the text around it says."""

    start: int
    end: int  # end of the name itself
    text: str
    key: str
    tokens: int
    ner: str | None = None  # NER label of an entity with exactly this span
    inside: str | None = None  # NER label of a longer entity containing it
    propn: bool = False  # every capitalised token tagged as a proper noun
    sent_start: bool = False
    prev: str = ""  # the word before it (past a determiner), lower case
    keyword: Keyword | None = None  # a place-kind word right after or before ("X province", "the city of X")
    mention_end: int = 0  # end including a joining keyword ("T-4 airbase")
    all_caps: bool = False
    qualifier_start: int = -1  # start of a ", Name" right after it ("Springfield, Ill.")
    run_before: bool = False  # capitalised words of the same name-like run come before it ("Bank of Valletta")
    run_after: bool = False  # capitalised words of the same run follow it ("Michael O'Leary", "Maui Divers")
    possessive: bool = False  # followed by 's ("Hawaii's economy")
    qualified: bool = False  # followed by ", <division or country>" ("Palmyra, New York")
    qualifies: bool = False  # is that division or country
    shouting: bool = False  # its sentence is written in capitals (a headline), so capitals say little

    def __post_init__(self) -> None:
        if not self.mention_end:
            self.mention_end = self.end


def _capitalised(text: str) -> bool:
    """True for a token that can open or close a name: upper-case initial ("Palmyra", "T-4", "U.S.")."""
    return text[:1].isupper()


def candidates(doc: Doc, lex: Lexicon) -> Iterator[Candidate]:
    """Every candidate span of the document (overlapping: callers choose among them)."""
    for parsed in parses(doc):
        sdoc, off = parsed.sdoc, parsed.offset
        toks = list(sdoc)
        ents: list = [None] * len(toks)  # token index -> the entity span it lies in
        for e in sdoc.ents:
            ents[e.start:e.end] = [e] * (e.end - e.start)
        shouting = _shouting(sdoc)
        runs = list(_runs(toks))
        for n, (first, last) in enumerate(runs):
            for i in range(first, last + 1):
                if not (_capitalised(toks[i].text) or _article_start(toks, i)):
                    continue
                for j in range(i, min(last + 1, i + MAX_TOKENS)):
                    if not _capitalised(toks[j].text):
                        continue
                    cand = _candidate(doc, toks, i, j, off, ents, lex)
                    if cand is not None:
                        cand.shouting = shouting[i]
                        cand.run_before = any(_capitalised(t.text) for t in toks[first:i]) and not (
                            i - first == 1 and toks[first].lower_ == "the")
                        cand.run_after = any(_capitalised(t.text) for t in toks[j + 1:last + 1])
                        yield cand
                # "Washington, D.C.": a name whose comma is part of it (kept only when the gazetteer knows it).
                if n + 1 < len(runs) and runs[n + 1][0] == last + 2 and toks[last + 1].text == ",":
                    nxt_first, nxt_last = runs[n + 1]
                    for j in range(nxt_first, min(nxt_last, nxt_first + 2) + 1):
                        cand = _candidate(doc, toks, i, j, off, ents, lex)
                        if cand is not None:
                            cand.qualifier_start = -1
                            yield cand


def _shouting(sdoc: object) -> list[bool]:
    """Per token: is its sentence written mostly in capitals (a headline or a dateline)?"""
    out: list[bool] = []
    for sent in sdoc.sents:  # type: ignore[attr-defined]
        words = [t for t in sent if t.is_alpha]
        flag = len(words) > 2 and sum(t.is_upper for t in words) > len(words) / 2
        out.extend([flag] * len(sent))
    return out


def _article_start(toks: list, i: int) -> bool:
    """True when token i is a lower-case Arabic article joined by a hyphen to a capitalised word ("al-Hol")."""
    return (toks[i].lower_ in ARTICLES and i + 2 < len(toks) and toks[i + 1].text == "-"
            and not toks[i].whitespace_ and _capitalised(toks[i + 2].text))


def _runs(toks: list) -> Iterator[tuple[int, int]]:
    """(first, last) token indexes of maximal runs of capitalised tokens joined by connectors."""
    i, n = 0, len(toks)
    while i < n:
        if not (_capitalised(toks[i].text) or _article_start(toks, i)):
            i += 1
            continue
        last = i
        j = i + 1
        while j < n and not toks[j].is_sent_start and "\n" not in toks[j - 1].whitespace_:
            t = toks[j]
            if _capitalised(t.text):
                last = j
            elif t.lower_ not in CONNECTORS and not (t.lower_ in ARTICLES):
                break
            if t.text == "-" and (toks[j - 1].whitespace_ or t.whitespace_):
                break  # a dash between words, not a hyphen inside a name
            j += 1
        yield i, last
        i = last + 1


def _candidate(doc: Doc, toks: list, i: int, j: int, off: int, ents: list, lex: Lexicon) -> Candidate | None:
    """The candidate for tokens i..j (inclusive), with its context."""
    start, end = off + toks[i].idx, off + toks[j].idx + len(toks[j].text)
    text = doc.text[start:end]
    key = name_key(text)
    if not key:
        return None
    if text in lex.demonyms:
        return None  # "Syrian" is evidence of Syria (see evidence.py), never a place mention itself
    cand = Candidate(start, end, text, key, j - i + 1)
    ent = ents[i]
    if ent is not None and ent is ents[j]:
        first = ent.start + (1 if toks[ent.start].lower_ == "the" else 0)
        if first == i and ent.end == j + 1:
            cand.ner = ent.label_
        else:
            cand.inside = ent.label_
    caps = [t for t in toks[i:j + 1] if _capitalised(t.text)]
    cand.propn = all(t.tag_ in ("NNP", "NNPS") for t in caps)
    cand.all_caps = all(t.text.isupper() for t in caps)
    cand.sent_start = toks[i].is_sent_start or i == 0 or toks[i - 1].text in ('"', "“", "'", "‘", "(", "-", "—")
    k = i - 1
    while k >= 0 and toks[k].lower_ in _DETERMINERS:
        k -= 1
    cand.prev = toks[k].lower_ if k >= 0 else ""
    after = [t.lower_ for t in toks[j + 1:j + 3]]
    cand.possessive = bool(after) and after[0] in ("'s", "’s")
    kw = lex.keyword_at(after)
    if kw is not None:
        cand.keyword = kw
        if kw.joins:
            last = toks[j + len(kw.word.split())]
            cand.mention_end = off + last.idx + len(last.text)
    elif k >= 1 and toks[k].lower_ == "of" and toks[k - 1].lower_ in lex.keywords:
        cand.keyword = lex.keywords[toks[k - 1].lower_]  # "the city of X", "the province of X"
    if j + 2 < len(toks) and toks[j + 1].text == "," and _capitalised(toks[j + 2].text):
        cand.qualifier_start = off + toks[j + 2].idx
    return cand
