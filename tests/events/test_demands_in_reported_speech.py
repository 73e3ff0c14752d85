"""What a speaker says another side must do is the speaker's demand; what it says its own
side must do is no demand on anyone."""

from __future__ import annotations


def _dyads(events):
    return {(e["event_type"], (e["source"] or {}).get("country"),
             (e["recipient"] or {}).get("country")) for e in events}


def test_a_reiterated_must_is_a_demand_on_the_other_side(code_events):
    events = code_events("Washington reiterated that Caracas must free the detained "
                         "opposition leaders.")
    assert ("REQUEST", "USA", "VEN") in _dyads(events)
    assert "RETREAT" not in {e["event_type"] for e in events}


def test_has_to_in_reported_speech_is_a_demand(code_events):
    events = code_events("Lithuania said that Belarus has to withdraw its troops from the border.")
    assert ("REQUEST", "LTU", "BLR") in _dyads(events)


def test_what_ones_own_side_must_do_is_not_a_demand_on_it(code_events):
    events = code_events("Scholz said Germany must keep supporting Ukraine.")
    assert ("REQUEST", "DEU", "DEU") not in _dyads(events)


def test_a_threat_is_addressed_to_whoever_its_condition_names(code_events):
    events = code_events("Moscow threatened to quit the arms talks if Washington deploys new "
                         "missiles in Europe.")
    assert ("THREATEN", "RUS", "USA") in _dyads(events)


def test_a_government_accusing_its_own_rebels_has_them_as_recipient(code_events):
    events = code_events("The Ethiopian government accused Tigrayan rebels of breaking the "
                         "truce.")
    assert ("ACCUSE", "ETH", "ETH") in _dyads(events)


def test_a_state_recalling_its_own_envoy_is_not_its_own_recipient(code_events):
    events = code_events("Israel recalled its ambassador to Ankara for consultations.")
    assert all((e["recipient"] or {}).get("country") != "ISR" for e in events)


def test_farmers_threatening_their_own_capital_have_it_as_target(code_events):
    events = code_events("Polish farmers said they would blockade Warsaw from Monday.")
    assert ("THREATEN", "POL", "POL") in _dyads(events)
