"""Single days and times within them: today/yesterday, weekdays, clock times, parts of day."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import find, spans

TUESDAY = date(2017, 2, 7)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The ministry said today that talks continue.", "today", "2017-02-07"),
    ("Rebels shelled the town yesterday.", "yesterday", "2017-02-06"),
    ("The envoy will arrive tomorrow.", "tomorrow", "2017-02-08"),
    ("The results came late yesterday.", "late yesterday", "2017-02-06"),
    ("He left the day before yesterday.", "the day before yesterday", "2017-02-05"),
    ("Today's vote was postponed.", "Today", "2017-02-07"),
])
def test_days_deictic_days(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase)
    assert (text[m.start:m.end], m.type, m.value) == (phrase if phrase != "Today" else "Today", "DATE", value)


@pytest.mark.parametrize(("text", "phrase", "tense_value", "value"), [
    ("The minister said on Tuesday that talks failed.", "Tuesday", "PAST", "2017-02-07"),
    ("The minister said on Monday that talks failed.", "Monday", "PAST", "2017-02-06"),
    ("Rebels attacked the town Friday.", "Friday", "PAST", "2017-02-03"),
    ("The leaders will meet on Thursday.", "Thursday", "FUTURE", "2017-02-09"),
    ("The leaders met last Wednesday.", "last Wednesday", "PAST", "2017-02-01"),
    ("The vote is next Tuesday.", "next Tuesday", None, "2017-02-14"),
    ("Earlier Sunday, police cleared the square.", "Earlier Sunday", "PAST", "2017-02-05"),
    ("The offer expires Friday.", "Friday", None, "2017-02-10"),
    ("The deadline is effective Friday, officials said.", "Friday", "PAST", "2017-02-10"),
])
def test_days_weekdays_follow_tense(text: str, phrase: str, tense_value: str | None, value: str) -> None:
    m = find(text, phrase, dct=TUESDAY, tense_value=tense_value)
    assert (text[m.start:m.end], m.type, m.value) == (phrase, "DATE", value)


@pytest.mark.parametrize("text", [
    "The Sunday Times carried the interview.",
    "Survivors remembered Bloody Sunday in Derry.",
    "Markets crashed on Black Monday years ago.",
])
def test_days_weekday_names_that_are_not_days(text: str) -> None:
    assert not [s for s in spans(text) if "Sunday" in s or "Monday" in s]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The blast occurred at about 10:35 a.m. Friday.", "10:35 a.m. Friday", "2017-02-03T10:35"),
    ("Police said he was seen at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2017-02-01T22:00"),
    ("Negotiations broke off at noon Thursday.", "noon Thursday", "2017-02-02T12:00"),
    ("The shop was robbed around 7:15 p.m., police said.", "7:15 p.m.", "2017-02-07T19:15"),
    ("The offer expires at midnight Friday.", "midnight Friday", "2017-02-03T24:00"),
    ("Talks resumed at 14:30 GMT in Geneva.", "14:30 GMT", "2017-02-07T14:30"),
])
def test_days_clock_times(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase, tense_value="PAST")
    assert phrase in text[m.start:m.end]
    assert (m.type, m.value) == ("TIME", value)


@pytest.mark.parametrize("text", ["The score was 2:1 at half time.", "Read John 3:16 aloud.", "High Noon is a film."])
def test_days_ratios_and_titles_are_not_clock_times(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The troops retreated on the night of December 11.", "the night of December 11", "2016-12-11TNI"),
    ("Rebels attacked Tuesday morning.", "Tuesday morning", "2017-02-07TMO"),
    ("CBS News first reported last night that the tomb was empty.", "last night", "2017-02-06TNI"),
    ("The lawyers stated this morning that he was innocent.", "this morning", "2017-02-07TMO"),
    ("Shares fell by mid-afternoon yesterday.", "mid-afternoon yesterday", "2017-02-06TAF"),
    ("He will speak tonight in the capital.", "tonight", "2017-02-07TNI"),
    ("The laundry worker was killed Thursday evening.", "Thursday evening", "2017-02-02TEV"),
])
def test_days_parts_of_day(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase, tense_value="PAST")
    assert (text[m.start:m.end], m.type, m.value) == (phrase, "TIME", value)


def test_days_weekday_without_publication_date_is_underspecified() -> None:
    assert find("Rebels attacked the town Friday.", "Friday", dct=None).value == "XXXX-WXX-5"


@pytest.mark.parametrize("text", [
    "The campaign speaks to today's youth and today's world.",
    "Chips like these power many of today's personal computers.",
    "\"I would choose the people of tomorrow,\" he said.",
    "This is the Nightly News Today.",
])
def test_days_era_and_title_uses_are_not_days(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The offer was advertised in today's editions of the paper.", "today", "2017-02-07"),
    ("Today, the council meets.", "Today", "2017-02-07"),
    ("On the evening of today the polls close.", "the evening of today", "2017-02-07TEV"),
])
def test_days_today_as_a_day_is_kept(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The day before last Tuesday's hearing, the lawyer flew in.", "The day before last Tuesday", "2017-01-30"),
    ("Talks resumed the day after Jan. 5.", "the day after Jan. 5", "2017-01-06"),
    ("Two days after Friday, the talks ended.", "Two days after Friday", "2017-02-05"),
])
def test_days_a_day_counted_from_a_named_day(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase, dct=TUESDAY, tense_value="PAST")
    assert (text[m.start:m.end], m.value) == (phrase, value)


@pytest.mark.parametrize(("text", "phrase"), [
    ("In the capital, today is the eighth day of the siege.", "the eighth day"),
    ("It's the second day of the offensive.", "the second day"),
])
def test_days_today_is_the_nth_day(text: str, phrase: str) -> None:
    m = find(text, phrase)
    assert (text[m.start:m.end], m.value) == (phrase, "2017-02-07")
    assert "today" not in text or find(text, "today").value == "2017-02-07"


@pytest.mark.parametrize("text", ["Traders who sell that day lose money.", "He spent the second day of the trip at home."])
def test_days_generic_days_are_not_dated(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The curfew runs from 10 p.m. to 5 a.m. local time.", "5 a.m. local time", "2017-02-08T05:00"),
    ("Polls open from 7 a.m. to 8 p.m. on Sunday.", "7 a.m.", "2017-02-05T07:00"),
    ("The curfew ran from 10 p.m. to 5 a.m. Sunday.", "10 p.m.", "2017-02-04T22:00"),
    ("Shops open at 9 a.m. and close at 6 p.m.", "6 p.m.", "2017-02-07T18:00"),
])
def test_days_clock_ranges_share_and_cross_days(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase, dct=TUESDAY, tense_value="PAST")
    assert (text[m.start:m.end], m.value) == (phrase, value)
