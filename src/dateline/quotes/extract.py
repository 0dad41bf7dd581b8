"""All quotes of an article: quotations attributed to cues, reported speech, speakers resolved in text order."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..body import body_start
from ..doc import Doc, Quote, Speaker
from .attribution import Attribution, introduced, leading, trailing
from .cues import Cue
from .entities import EntityIndex
from .headline import headline_quote
from .indirect import all_cues, reported
from .mentions import Mention
from .quoted import Quoted, quotations, standalone
from .roles import find_bindings
from .speakers import PRONOUN_PARAGRAPHS, Resolver
from .tokens import TokenIndex

_SENTENCE_END = re.compile(r"""[.!?…]["'”’»]*\s+["'“‘«]*[A-Z]""")
MAX_QUOTE_CHARS = 100_000  # longer spans are not looked up by their start (see _covered)
UNCUED_WORDS = 5  # an uncued quotation with nobody before it is kept only when it is this long
INTERRUPTION_WORDS = 40  # '"...," the minister said on Monday. "..."' is one quotation around its attribution


@dataclass(slots=True)
class Found:
    """A quote while the article is being read: span, kind, cue, local speaker and how it was attributed."""

    start: int
    end: int
    kind: str
    cue: Cue | None
    mention: Mention | None
    paragraph: int
    via: str  # trailing | leading | intro | continued | reported | none
    close_at: int | None = None
    follows: Found | None = None


def _attributed(q: Quoted, att: Attribution, via: str) -> list[Found]:
    """The Founds of a quotation with its attribution: one per paragraph of a quotation running over several
    (each quoted paragraph is a quote of the same speaker); a partial quote spans the reported clause around it."""
    if att.mixed and att.content is not None:
        # The reported clause with the partial quote whole: its closing mark too when the opening one is in.
        close = q.close_at + 1 if q.close_at is not None else q.end
        start = min(att.content[0], q.start)
        end = max(att.content[1], close if start < q.start else q.end)
        return [Found(start, end, "mixed", att.cue, att.mention, q.last, via, q.close_at)]
    parts = q.parts or [(q.start, q.end)]
    return [Found(s, e, "direct", att.cue, att.mention, q.first + k, via, q.close_at if k == len(parts) - 1 else None)
            for k, (s, e) in enumerate(parts)]


def _interrupted(text: str, prev: Found | None, q: Quoted) -> bool:
    """True when q resumes prev right after its attribution in the same paragraph ('"A," he said. "B."').

    Between the two there may be the attribution and nothing else: at most one sentence end (the
    attribution's own), so that quotes far apart in a text that lost its paragraph breaks stay apart.
    """
    if prev is None or prev.kind != "direct" or prev.paragraph != q.first or prev.close_at is None:
        return False
    between = text[prev.close_at + 1:q.open_at]
    if prev.via == "trailing":
        return len(between.split()) <= INTERRUPTION_WORDS and len(_SENTENCE_END.findall(between)) <= 1
    return prev.via in ("leading", "intro", "continued") and not any(c.isalnum() for c in between)


def quoted_found(doc: Doc, tokens: TokenIndex, quoted: list[Quoted]) -> list[Found]:
    """The quotations of the article with their attributions (uncued ones marked for continuation)."""
    text, paras = doc.text, doc.paragraphs
    floor = body_start(doc)
    found: list[Found] = []
    for k, q in enumerate(quoted):
        para = paras[q.last]
        nxt = quoted[k + 1].open_at if k + 1 < len(quoted) and quoted[k + 1].first == q.last else para.end
        prev = quoted[k - 1] if k and quoted[k - 1].last == q.first else None
        lead_from = prev.close_at + 1 if prev is not None and prev.close_at is not None else paras[q.first].start
        lead_from = max(lead_from, floor) if floor <= q.open_at else lead_from
        embedded = not standalone(text, q, paras[q.first].start)
        att, via = trailing(tokens, q, nxt, embedded), "trailing"
        if att is None:
            att, via = leading(tokens, text, q, lead_from), "leading"
        if att is None and q.first > 0 and q.open_at == paras[q.first].start:
            p = paras[q.first - 1]
            att, via = introduced(tokens, text, q, (p.start, p.end)), "intro"
        if att is not None:
            fs = _attributed(q, att, via)
            last = found[-1] if found else None
            cue = fs[0].cue
            same_cue = last is not None and cue is not None and last.cue is not None and last.cue.start == cue.start
            if same_cue and fs[0].kind == "mixed":
                assert last is not None
                last.end = max(last.end, fs[0].end)  # several partial quotes in one reported clause
                continue
            if same_cue and via == "leading" and len(fs) == 1 and _interrupted(text, last, q):
                assert last is not None
                last.end, last.close_at = q.end, q.close_at  # '"A," Smith said, "B."': B leads on A's cue
                continue
            found.extend(fs)
            continue
        last = found[-1] if found else None
        if last is not None and _interrupted(text, last, q):
            last.end, last.close_at = q.end, q.close_at  # '"A," he said. "B."': one quotation around its cue
            continue
        if not embedded:
            found.append(Found(q.start, q.end, "direct", None, None, q.last, "none", q.close_at))
    return found


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """True when offset falls inside one of the spans (sorted by start and not overlapping)."""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when more than half of [start, end) lies in one of the spans (sorted by start)."""
    lo = bisect_left(spans, (start - MAX_QUOTE_CHARS, 0))
    hi = bisect_left(spans, (end, 0))
    return any(_overlap((start, end), s) * 2 > end - start for s in spans[lo:hi])


def collect(doc: Doc, tokens: TokenIndex, quoted: list[Quoted]) -> list[Found]:
    """Quotations and reported speech of the article in text order, uncued quotations tied to the speaker before."""
    found = quoted_found(doc, tokens, quoted)
    spans = sorted((f.start, f.end) for f in found)
    quote_spans = [(q.start, q.end) for q in quoted]
    cues = [c for c in all_cues(tokens) if not _inside(c.start, quote_spans)]
    by_cue: dict[int, list[Found]] = {}  # by the cue's offset: spaCy makes a new Token object on each access
    for f in found:
        if f.cue is not None:
            by_cue.setdefault(f.cue.start, []).append(f)
    seen: set[tuple[int, int]] = set(spans)
    for r in reported(doc, cues):
        same = [f for f in by_cue.get(r.cue.start, []) if _overlap((f.start, f.end), (r.start, r.end)) > 0]
        if same:
            _absorb(doc.text, same[0], r.start, r.end)
            continue
        if (r.start, r.end) in seen:
            continue
        if _covered(r.start, r.end, spans):
            continue
        seen.add((r.start, r.end))
        para = doc.paragraph_at(r.start)
        index = doc.paragraphs.index(para) if para is not None else 0
        found.append(Found(r.start, r.end, "indirect", r.cue, r.mention, index, "reported"))
    found.sort(key=lambda f: (f.start, f.end))
    return _continue_speakers(doc, found)


def _absorb(text: str, f: Found, start: int, end: int) -> None:
    """A quotation whose cue also reports a clause around it is a partial quote spanning that clause."""
    if f.kind == "direct":
        outside = text[start:f.start] + text[f.end:end] if start < f.start or end > f.end else ""
        if sum(c.isalnum() for c in outside) > 3:
            f.start, f.end, f.kind = min(f.start, start), max(f.end, end), "mixed"


def _continue_speakers(doc: Doc, found: list[Found]) -> list[Found]:
    """Uncued quotations take the speaker of the quote before them; those with nobody before are kept only if long."""
    out: list[Found] = []
    prev: Found | None = None  # the last quote with a speaker
    for f in found:
        if f.via != "none":
            out.append(f)
            if f.mention is not None:
                prev = f
            continue
        if prev is not None and f.paragraph - prev.paragraph <= PRONOUN_PARAGRAPHS:
            f.follows = prev.follows or prev
            f.via = "continued"
            out.append(f)
            prev = f
        elif len(doc.text[f.start:f.end].split()) >= UNCUED_WORDS:
            out.append(f)
    return out


def find_quotes(doc: Doc) -> list[Quote]:
    """The quotes of a parsed article with speakers resolved to its entities (ids Q1, Q2, ... in text order)."""
    tokens = TokenIndex(doc)
    entities = EntityIndex(doc)
    bindings = find_bindings(tokens, entities)
    for b in bindings:
        ent = doc.entity(b.entity)
        if ent is not None and ent.description is None and b.phrase:
            ent.description = b.phrase
    quoted = quotations(doc)
    found = collect(doc, tokens, quoted)
    resolver = Resolver(doc, entities, bindings, [(q.start, q.end) for q in quoted])
    quotes: list[Quote] = []
    headline = headline_quote(doc, [(f.start, f.end) for f in found])
    if headline is not None:
        quotes.append(headline)
    resolved: dict[int, Speaker] = {}
    for f in found:
        if f.follows is not None and id(f.follows) in resolved:
            speaker = resolved[id(f.follows)]
        elif f.mention is not None:
            ent = resolver.resolve(f.mention)
            resolver.remember(f.mention.start, ent)
            speaker = Speaker(doc.span(f.mention.start, f.mention.end), ent.id if ent else None,
                              ent.name if ent else None)
        else:
            speaker = Speaker()
        resolved[id(f)] = speaker
        cue = doc.span(*f.cue.span()) if f.cue is not None and f.via != "continued" else None
        quotes.append(Quote("", doc.span(f.start, f.end), f.kind, speaker, cue))
    quotes.sort(key=lambda q: (q.span.start, q.span.end))
    for i, q in enumerate(quotes, 1):
        q.id = f"Q{i}"
    return quotes
