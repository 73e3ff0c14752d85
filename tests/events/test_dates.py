import datetime as dt

import pytest

from wirecoder.events.dates import resolve_date

FRIDAY = dt.date(2025, 9, 5)


@pytest.mark.parametrize(("expression", "future", "expected"), [
    ("last month", False, "2025-08"),
    ("on Tuesday", False, "2025-09-02"),
    ("on Tuesday", True, "2025-09-09"),
    ("on Friday", False, "2025-09-05"),
    ("in March", False, "2025-03"),
    ("in March", True, "2026-03"),
    ("in October", False, "2025-10"),  # no tense: the coming month is this year's
    ("in December", False, "2024-12"),
    ("next week", False, "2025-W37"),
    ("yesterday", False, "2025-09-04"),
    ("in 2014", False, "2014"),
    ("two days ago", False, "2025-09-03"),
    ("3 September 2025", False, "2025-09-03"),
    ("March 3", False, "2025-03-03"),
    ("earlier this month", False, "2025-09"),
    ("next year", False, "2026"),
])
def test_relative_dates_resolve_against_the_article_date(expression, future, expected):
    resolved = resolve_date(expression, FRIDAY, future=future)
    assert resolved is not None
    assert resolved.value == expected


def test_a_month_told_in_the_past_tense_is_last_years():
    assert resolve_date("in October", FRIDAY, past=True).value == "2024-10"


def test_a_deadline_in_a_january_article_lies_ahead(code_events):
    events = code_events("The European Union told Belgrade to recognise the results by "
                         "March 1.", "2019-01-15")
    assert events and all(e["date"].startswith("2019") for e in events)


def test_background_more_than_a_month_old_is_historical(code_events):
    events = code_events("Hungary vetoed the aid package in 2023.", "2025-09-05")
    assert events and all("historical" in e["context"] for e in events)
    events = code_events("Hungary vetoed the aid package last week.", "2025-09-05")
    assert events and all("historical" not in e["context"] for e in events)


def test_tuesday_reaches_back_across_a_year_boundary():
    assert resolve_date("on Tuesday", dt.date(2026, 1, 2)).value == "2025-12-30"


def test_words_that_are_no_date_resolve_to_nothing():
    assert resolve_date("the recent past", FRIDAY) is None
    assert resolve_date("", FRIDAY) is None


def test_a_year_that_names_a_treaty_or_an_election_does_not_date_the_event(code_events):
    for text in ("Kenya rejected the 2008 power-sharing deal on Monday.",
                 "Fiji asked New Zealand for help under a 2017 policing agreement.",
                 "Iran threatened to quit the 2015 nuclear accord."):
        events = code_events(text, "2021-11-26")
        assert events and all(e["date"].startswith("2021") for e in events), text
        assert all("historical" not in e["context"] for e in events), text


def test_a_time_clause_and_a_participle_share_the_date_of_their_clause(code_events):
    events = code_events("In March 2014, Moscow annexed Crimea after its troops seized the "
                         "peninsula's parliament, accusing Kyiv of persecuting Russian speakers.",
                         "2022-02-24")
    dated = {e["event_type"]: (e["date"], e["context"]) for e in events}
    assert dated["ACCUSE"][0] == "2014-03" and "historical" in dated["ACCUSE"][1]
    assert all(date == "2014-03" for date, _ in dated.values())


def test_a_when_clause_on_a_date_takes_that_date(code_events):
    events = code_events("Since August 2021, when the Taliban seized Kabul, donors have frozen "
                         "most aid.", "2023-08-15")
    seized = [e for e in events if e["evidence"]["text"].startswith("when the Taliban")]
    assert seized and seized[0]["date"] == "2021-08"


def test_a_month_the_tagger_runs_into_a_name_still_resolves():
    resolved = resolve_date("February Sudan's", dt.date(2024, 9, 6), past=True)
    assert resolved is not None and resolved.value == "2024-02"


def test_an_undated_sentence_in_a_background_paragraph_is_background(code_events):
    events = code_events("Thailand's army seized power in May 2014. The junta then banned "
                         "political gatherings and detained dozens of politicians.\n"
                         "On Monday, the election commission announced the results.",
                         "2019-03-25")
    banned = [e for e in events if e["evidence"]["text"].startswith("The junta then banned")]
    assert banned and "historical" in banned[0]["context"]
