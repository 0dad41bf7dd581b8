"""Hypothesis strategies for hostile, news-like text: words, quote marks, datelines, dates, scripts that bite."""

from __future__ import annotations

from hypothesis import strategies as st

WORDS = ["The", "minister", "said", "on", "Monday", "that", "troops", "attacked", "Aleppo", "in", "Syria", "Putin",
         "told", "reporters", "police", "arrested", "protesters", "last", "week", "January", "2017", "March 3",
         "the", "United Nations", "yesterday", "at", "10 a.m.", "two", "years", "ago", "he", "added", "."]
MARKS = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "``", "''", ",", ":"]
ODD = ["\u200f", "\u202e", "\u0301", "\u0308", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627",
       "\U0001f600", "\U0001f469\u200d\U0001f52c", "\ufeff", "\u00a0", "\u2028", "\r\n", "\n\n", "\t", "\x00",
       "e\u0301", "\U00010348", "\ufffd"]
DATELINES = ["MOSCOW, February 7. /TASS/. ", "BEIRUT (Reuters) - ", "KYIV, Ukraine (AP) \u2014 ", "PARIS -- ",
             "March 3 (Reuters) - ", "SAO PAULO, Brazil, May 4 (AFP) \u2013 ", "UPDATE: "]

pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from(ODD),
                   st.text(max_size=6))


@st.composite
def news_text(draw: st.DrawFn, max_pieces: int = 60) -> str:
    """A news-like text: maybe a dateline, then words, quote marks, odd characters and random snippets."""
    head = draw(st.one_of(st.just(""), st.sampled_from(DATELINES)))
    parts = draw(st.lists(pieces, max_size=max_pieces))
    seps = draw(st.lists(st.sampled_from([" ", " ", " ", "\n", "\n\n", ""]), min_size=len(parts),
                         max_size=len(parts)))
    return head + "".join(p + s for p, s in zip(parts, seps, strict=True))
