"""Auxiliary modes read off the clause (our own sentences)."""

from __future__ import annotations


def test_would_in_a_clause_reported_in_the_past_is_future(code_events):
    (event,) = code_events("The Elysee announced that Macron would travel to London next week.")
    assert "future" in event["context"] and "hypothetical" not in event["context"]


def test_would_without_a_report_stays_hypothetical(code_events):
    (event,) = code_events("Qatar would host talks between the two sides.")
    assert "hypothetical" in event["context"]


def test_inverted_should_clause_is_a_condition(code_events):
    events = code_events("Should the junta refuse, ECOWAS could impose new sanctions on Mali.")
    assert any(e["condition"] and e["condition"].startswith("Should") for e in events)


def test_failing_to_reach_a_deal_negates_it(code_events):
    events = code_events("Serbia and Kosovo failed to reach an agreement in Brussels.")
    assert events and all("negation" in e["context"] for e in events)


def test_raised_subject_of_set_to_acts(code_events):
    (event,) = code_events("The European Union is set to adopt new sanctions against Russia.")
    assert event["source"]["country"] == "IGO" and "future" in event["context"]
