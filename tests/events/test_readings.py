"""How a trigger's context changes the event it codes: constructions, refusals, reports,
conditions and questions (our own sentences)."""

from __future__ import annotations


def _one(events, event_type):
    found = [e for e in events if e["event_type"] == event_type]
    assert found, [(e["event_type"], e["evidence"]["text"]) for e in events]
    return found[0]


def _country(actor):
    return actor["country"] if actor else None


def test_hunger_strike_is_protest_not_an_attack(code_events):
    events = code_events("Jailed Egyptian activists began a hunger strike in Cairo.")
    assert {e["event_type"] for e in events} == {"PROTEST"}
    assert _one(events, "PROTEST")["mode"] == "hunger"


def test_lifting_a_curfew_is_retreat_and_imposing_one_is_coerce(code_events):
    lifted = code_events("The Pakistani army lifted the curfew in Quetta.")
    imposed = code_events("The Pakistani army imposed a curfew in Quetta.")
    assert [e["event_type"] for e in lifted] == ["RETREAT"]
    assert _one(imposed, "COERCE")["mode"] == "curfew"
    assert _country(_one(imposed, "COERCE")["recipient"]) == "PAK"


def test_host_makes_the_visitor_the_source(code_events):
    event = _one(code_events("Macron hosted Zelensky at the Elysee on Monday."), "CONSULT")
    assert (_country(event["source"]), _country(event["recipient"])) == ("UKR", "FRA")


def test_denied_sending_troops_is_a_negated_sending_reported_by_the_denier(code_events):
    events = code_events("Rwanda denied sending soldiers into eastern Congo.")
    assert "REJECT" not in {e["event_type"] for e in events}
    sending = _one(events, "AID")
    assert "negation" in sending["context"] and _country(sending["source"]) == "RWA"


def test_statement_that_another_state_must_act_is_a_request_to_it(code_events):
    event = _one(code_events("Germany said that Iran must release the detained journalists."),
                 "REQUEST")
    assert (_country(event["source"]), _country(event["recipient"])) == ("DEU", "IRN")


def test_sanctions_announced_under_a_condition_are_a_threat(code_events):
    events = code_events("Unless Russia accepts a truce by Monday, the EU will adopt new "
                         "sanctions.")
    threat = _one(events, "THREATEN")
    assert _country(threat["recipient"]) == "RUS" and threat["condition"]
    assert "SANCTION" not in {e["event_type"] for e in events}


def test_warning_that_a_third_party_may_attack_is_no_threat_by_the_warner(code_events):
    events = code_events("The United States warned that Russia could attack Moldova.")
    attack = _one(events, "ASSAULT")
    assert _country(attack["source"]) == "RUS" and "hypothetical" in attack["context"]
    assert _country(attack["attributed_to"]) == "USA"


def test_meeting_a_deadline_is_no_meeting(code_events):
    assert code_events("The ministry met the deadline for its budget report.") == []


def test_a_question_reports_no_event(code_events):
    assert code_events("Would Spain join the coalition?") == []


def test_coordinated_participants_meet_each_other(code_events):
    events = code_events("Erdogan and Putin met in Sochi on Friday.")
    pairs = {(_country(e["source"]), _country(e["recipient"])) for e in events}
    assert ("TUR", "RUS") in pairs


def test_an_attack_on_a_place_is_aimed_at_its_state(code_events):
    event = _one(code_events("Russian drones struck an energy facility in Odesa."), "ASSAULT")
    assert _country(event["recipient"]) == "UKR" and event["mode"] == "drone"


def test_announced_future_aid_is_an_intent_to_aid(code_events):
    events = code_events("Norway said it will provide ambulances and medicine to Gaza.")
    assert _one(events, "AGREE")["context"] == ["future"]


def test_vowing_never_to_recognise_is_a_refusal(code_events):
    event = _one(code_events("Kyiv vowed never to recognise Russian control of Crimea."),
                 "REJECT")
    assert _country(event["source"]) == "UKR"
