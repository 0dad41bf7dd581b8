"""Which cue a quotation hangs on: after it, before it, embedded in reported speech, or in the paragraph before."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.quotes.attribution import introduced, leading, trailing
from dateline.quotes.quoted import quotations, standalone
from dateline.quotes.tokens import TokenIndex


def first_quote(analyse: Any, text: str) -> tuple[Any, Any, Any]:
    doc = analyse(text)
    return doc, TokenIndex(doc), quotations(doc)[0]


@pytest.mark.parametrize("text,cue,speaker", [
    ('"We will win," John Smith, the head of the union, said on Monday.', "said", "John Smith"),
    ('"We will win," said the union leader.', "said", "the union leader"),
    ('"Do we win?" he asked.', "asked", "he"),
])
def test_attribution_trailing(analyse: Any, text: str, cue: str, speaker: str) -> None:
    doc, tokens, q = first_quote(analyse, text)
    att = trailing(tokens, q, len(text), not standalone(text, q, 0))
    assert att is not None and att.cue is not None and att.mention is not None
    assert (att.cue.token.text, text[att.mention.start:att.mention.end]) == (cue, speaker)


@pytest.mark.parametrize("text", [
    'He called the plan "crazy" and said it would fail.',
    'He read "The Art of the Deal." Mr. Smith said it was good.',
    '"We will win." The crowd cheered and Smith said nothing.',
])
def test_attribution_no_trailing_cue(analyse: Any, text: str) -> None:
    doc, tokens, q = first_quote(analyse, text)
    assert trailing(tokens, q, len(text), not standalone(text, q, 0)) is None


@pytest.mark.parametrize("text,mixed", [
    ('John Smith said on Monday: "We will win."', False),
    ('John Smith said the union would "fight to the end" this year.', True),
])
def test_attribution_leading(analyse: Any, text: str, mixed: bool) -> None:
    doc, tokens, q = first_quote(analyse, text)
    att = leading(tokens, text, q, 0)
    assert att is not None and att.cue is not None and att.cue.token.text == "said" and att.mixed is mixed


def test_attribution_name_and_colon_without_verb(analyse: Any) -> None:
    text = 'The surge does not surprise pollster John Smith: "Lesser-known candidates often gain."'
    doc, tokens, q = first_quote(analyse, text)
    att = leading(tokens, text, q, 0)
    assert att is not None and att.cue is None and att.mention is not None
    assert text[att.mention.start:att.mention.end] == "pollster John Smith"


def test_attribution_introduced_by_the_paragraph_before(analyse: Any) -> None:
    text = 'He said:\n\n"We will win."'
    doc = analyse(text)
    tokens = TokenIndex(doc)
    q = quotations(doc)[0]
    p = doc.paragraphs[0]
    att = introduced(tokens, text, q, (p.start, p.end))
    assert att is not None and att.cue is not None and att.cue.token.text == "said"
    assert introduced(tokens, text, q, (q.open_at, len(text))) is None
