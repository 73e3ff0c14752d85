"""What an actor issues speaks for it: "issued a statement condemning" is the issuer's
condemnation, and releasing a statement, a video or a press release frees nobody."""

from __future__ import annotations


def _summary(events):
    return {(e["event_type"], (e["source"] or {}).get("country")) for e in events}


def test_a_statement_condemning_is_the_issuers_condemnation(code_events):
    events = code_events("The Arab League issued a statement condemning the raid on the port.")
    assert ("ACCUSE", "IGO") in _summary(events)


def test_a_communique_calling_for_is_the_issuers_request(code_events):
    events = code_events("Hezbollah released a communique calling for a general strike.")
    assert _summary(events) == {("REQUEST", "LBN")}


def test_a_possessed_statement_speaks_for_its_owner(code_events):
    events = code_events("Egypt's statement rejecting the plan was read out on television.")
    assert ("REJECT", "EGY") in _summary(events)


def test_releasing_a_video_or_a_press_release_is_no_release(code_events):
    events = code_events("The militants released a video of the convoy on Friday.")
    assert all(e["event_type"] != "RETREAT" for e in events)
    events = code_events("A press release by the ministry gave no figures.")
    assert all(e["event_type"] != "RETREAT" for e in events)


def test_releasing_prisoners_or_a_ship_is_still_a_release(code_events):
    events = code_events("Azerbaijan released 15 Armenian detainees at the border.")
    assert ("RETREAT", "AZE") in _summary(events)
    events = code_events("Tehran released the Greek tanker after two months.")
    assert ("RETREAT", "IRN") in _summary(events)
