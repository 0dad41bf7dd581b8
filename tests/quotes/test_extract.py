"""Every quoting convention, end to end on invented articles: spans, kinds, cues, speakers and offsets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from support import assert_offsets

Analyse = Callable[[str], Any]


def quotes_of(analyse: Analyse, text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(kind, text, cue, speaker mention, speaker name) of every quote, offsets checked."""
    doc = analyse(text)
    assert_offsets(doc.to_record())
    return [(q.kind, q.span.text, q.cue.text if q.cue else None,
             q.speaker.mention.text if q.speaker.mention else None, q.speaker.name) for q in doc.quotes]


@pytest.mark.parametrize("text,quote", [
    ('"We will not give up the fight," John Smith said on Monday.', "We will not give up the fight,"),
    ("“We will not give up the fight,” John Smith said on Monday.", "We will not give up the fight,"),
    ("'We will not give up the fight,' John Smith said on Monday.", "We will not give up the fight,"),
    ("«We will not give up the fight», John Smith said on Monday.", "We will not give up the fight"),
    ("„We will not give up the fight“, John Smith said on Monday.", "We will not give up the fight"),
    ("John Smith said on Monday: \"We will not give up the fight.\"", "We will not give up the fight."),
    ('"We will not give up the fight," said John Smith, the head of the union.', "We will not give up the fight,"),
])
def test_extract_direct_quote_in_every_convention(analyse: Analyse, text: str, quote: str) -> None:
    found = quotes_of(analyse, text)
    direct = [q for q in found if q[0] == "direct"]
    assert [q[1] for q in direct] == [quote]
    assert direct[0][2] == "said" and direct[0][4] == "John Smith"


def test_extract_nested_quote_is_part_of_its_container(analyse: Analyse) -> None:
    found = quotes_of(analyse, "“There will be no talk of ‘a march on Idlib’ this year,” John Smith said.")
    assert [q[1] for q in found] == ["There will be no talk of ‘a march on Idlib’ this year,"]


def test_extract_quote_introduced_in_the_paragraph_before(analyse: Analyse) -> None:
    text = ('The talks will resume next month, John Smith said:\n\n'
            '"The ceasefire is holding and both sides have agreed to meet in Geneva."')
    found = quotes_of(analyse, text)
    direct = [q for q in found if q[0] == "direct"]
    assert direct == [("direct", "The ceasefire is holding and both sides have agreed to meet in Geneva.", "said",
                       "John Smith", "John Smith")]
    assert ("indirect", "The talks will resume next month") in [q[:2] for q in found]


def test_extract_multi_paragraph_quote_takes_its_attribution_from_the_last_paragraph(analyse: Analyse) -> None:
    text = ('Talks resumed in Geneva on Monday.\n\n"The first part of the statement goes on for a while.\n\n'
            '"The second part ends it," John Smith said.')
    found = quotes_of(analyse, text)
    assert [(q[0], q[1], q[2], q[4]) for q in found] == [
        ("direct", "The first part of the statement goes on for a while.", "said", "John Smith"),
        ("direct", "The second part ends it,", "said", "John Smith")]


@pytest.mark.parametrize("text,speaker", [
    ('GOMA, Congo (AP) — Aid agencies say they are running out of shelter for families.', "Aid agencies"),
    ('QUITO, Ecuador (AP) — The government said the army would patrol the coast.', "The government"),
])
def test_extract_dateline_is_no_speaker_and_no_content(analyse: Analyse, text: str, speaker: str) -> None:
    found = quotes_of(analyse, text)
    assert [q[3] for q in found] == [speaker]
    assert not any(q[1].startswith(("GOMA", "QUITO")) for q in found)


def test_extract_title_before_a_name_is_not_the_speaker(analyse: Analyse) -> None:
    text = ('The World Health Organization warned of a cholera outbreak.\n\n'
            '"The next two weeks are critical," WHO representative Ana Tembe said.')
    found = quotes_of(analyse, text)
    assert found[-1][3:] == ("Ana Tembe", "Ana Tembe")


def test_extract_statement_author_and_bare_organisation_role(analyse: Analyse) -> None:
    text = ('The World Food Programme said in a statement that the convoy reached El Fasher.\n\n'
            'The convoy left Port Sudan on July 3, the agency said.')
    found = quotes_of(analyse, text)
    assert [q[4] for q in found] == ["World Food Programme", "World Food Programme"]


def test_extract_continue_before_a_quotation_is_not_a_quotative(analyse: Analyse) -> None:
    text = 'Luis Ortega said the strike would continue "until the company comes to the table."'
    found = quotes_of(analyse, text)
    assert [(q[0], q[2], q[4]) for q in found] == [("mixed", "said", "Luis Ortega")]


@pytest.mark.parametrize("text,quote", [
    ('"We are ready," John Smith said. "The other side is not."',
     'We are ready," John Smith said. "The other side is not.'),
    ('"We are ready," John Smith said, "but the other side is not."',
     'We are ready," John Smith said, "but the other side is not.'),
])
def test_extract_interrupted_quote_is_one_quote(analyse: Analyse, text: str, quote: str) -> None:
    found = quotes_of(analyse, text)
    assert [(q[0], q[1], q[4]) for q in found] == [("direct", quote, "John Smith")]


def test_extract_quotes_far_apart_in_one_paragraph_stay_apart(analyse: Analyse) -> None:
    text = ('"We are ready," John Smith said. The talks began on Monday. Delegates arrived late. '
            '"The other side is not ready at all."')
    found = quotes_of(analyse, text)
    assert [q[1] for q in found if q[0] == "direct"] == ["We are ready,", "The other side is not ready at all."]


@pytest.mark.parametrize("text,content,cue", [
    ("John Smith said on Monday that the talks would resume in Geneva.", "the talks would resume in Geneva", "said"),
    ("The talks are premature at this moment, the Russian ambassador to Syria has warned.",
     "The talks are premature at this moment", "has warned"),
    ("The talks will resume in Geneva next week, according to the Defence Ministry.",
     "The talks will resume in Geneva next week", "according to"),
    ("John Smith told reporters the talks would resume in Geneva.", "the talks would resume in Geneva", "told"),
    ("Many of the closures, he said, have involved public golf courses.",
     "Many of the closures, he said, have involved public golf courses", "said"),
])
def test_extract_indirect_speech(analyse: Analyse, text: str, content: str, cue: str) -> None:
    found = quotes_of(analyse, text)
    assert [(q[0], q[1], q[2]) for q in found] == [("indirect", content, cue)]


def test_extract_partial_quote_inside_reported_speech_is_mixed(analyse: Analyse) -> None:
    text = ('John Smith arrived in Geneva on Monday.\n\n'
            'The minister stressed that the goal remains the same - to "encourage both sides to talk."')
    found = quotes_of(analyse, text)
    mixed = [q for q in found if q[0] == "mixed"]
    assert [q[1] for q in mixed] == ['the goal remains the same - to "encourage both sides to talk."']
    assert mixed[0][2] == "stressed" and mixed[0][3] == "The minister"


def test_extract_pronoun_speaker_resolves_to_the_person_before(analyse: Analyse) -> None:
    text = 'John Smith arrived in Geneva on Monday.\n\n"We are ready for the talks," he said.'
    assert quotes_of(analyse, text) == [("direct", "We are ready for the talks,", "said", "he", "John Smith")]


def test_extract_role_noun_resolves_through_the_apposition(analyse: Analyse) -> None:
    text = ('The talks will resume soon, the Russian ambassador to Syria, Alexander Petrov, told reporters.\n\n'
            '"The ceasefire is holding," the diplomat said.')
    doc = analyse(text)
    names = [(q.speaker.mention.text if q.speaker.mention else None, q.speaker.name) for q in doc.quotes]
    assert ("the diplomat", "Alexander Petrov") in names
    petrov = next(e for e in doc.entities if e.name == "Alexander Petrov")
    assert petrov.description == "Russian ambassador to Syria"


def test_extract_role_noun_without_a_name_keeps_its_mention(analyse: Analyse) -> None:
    found = quotes_of(analyse, '"The ceasefire is holding," an official said.')
    assert found == [("direct", "The ceasefire is holding,", "said", "an official", None)]


def test_extract_uncued_quote_continues_the_previous_speaker(analyse: Analyse) -> None:
    text = ('"We are ready for the talks," John Smith said.\n\n'
            '"The other side must now show that it is ready too."')
    found = quotes_of(analyse, text)
    assert found[1] == ("direct", "The other side must now show that it is ready too.", None, "John Smith",
                        "John Smith")


def test_extract_organisation_speaker(analyse: Analyse) -> None:
    text = ('The Russian Defence Ministry said on Monday that the convoy had reached the city.\n\n'
            'The ministry added that the road remained open.')
    doc = analyse(text)
    assert [q.speaker.name for q in doc.quotes] == ["Russian Defence Ministry", "Russian Defence Ministry"]
    assert [q.speaker.mention.text for q in doc.quotes if q.speaker.mention] == ["The Russian Defence Ministry",
                                                                               "The ministry"]


def test_extract_scare_quotes_and_titles_are_not_quotes(analyse: Analyse) -> None:
    text = 'The so-called "experts" watched "Fox News Sunday" before the vote.'
    assert quotes_of(analyse, text) == []


@pytest.mark.parametrize("text", [
    '"Unclosed quote about the war, he said.\n\nAnother " stray " mark "',
    '" ' * 2000,
    "“‘«„»’”" * 300,
    "😀 “emoji” 😀 said 😀",
    "\u05e9\u05dc\u05d5\u05dd \"\u05e2\u05d5\u05dc\u05dd\" he said",
    "e\u0301\u0301 \"combining\u0301 marks\" she said",
])
def test_extract_odd_input_never_fails(analyse: Analyse, text: str) -> None:
    for kind, quoted, *_ in quotes_of(analyse, text):
        assert kind in ("direct", "indirect", "mixed") and quoted
