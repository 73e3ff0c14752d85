"""Words, not blows: a clash over a topic is criticism, a traded insult an accusation;
a warning of grave consequences or a heavy price is a threat to whoever must face it;
"called the accusations baseless" rejects them; unable/unlikely negate."""

from __future__ import annotations


def _found(events):
    return {(e["event_type"], (e["source"] or {}).get("country"),
             (e["recipient"] or {}).get("country")) for e in events}


def test_a_clash_over_a_topic_is_criticism(code_events):
    events = code_events("Canada and India clashed over the extradition request on Monday.")
    assert {e["event_type"] for e in events} <= {"ACCUSE"}
    assert events


def test_a_clash_with_troops_and_dead_stays_violence(code_events):
    events = code_events("Soldiers clashed with separatists outside Bamenda, leaving four dead.")
    assert "ASSAULT" in {e["event_type"] for e in events}


def test_traded_insults_are_accusations(code_events):
    events = code_events("Athens and Ankara exchanged accusations over the drilling ship.")
    assert "ACCUSE" in {e["event_type"] for e in events}
    assert "COOPERATE" not in {e["event_type"] for e in events}


def test_grave_consequences_foretold_are_a_threat_to_who_must_face_them(code_events):
    events = code_events("Beijing warned that Manila would face severe consequences if it "
                         "towed the grounded ship away.")
    assert ("THREATEN", "CHN", "PHL") in _found(events)


def test_paying_a_price_foretold_is_a_threat(code_events):
    events = code_events("Pakistan's army chief said India will pay a heavy price for any "
                         "incursion.")
    assert ("THREATEN", "PAK", "IND") in _found(events)


def test_calling_accusations_baseless_rejects_them(code_events):
    events = code_events("Caracas called the charges baseless and politically motivated.")
    assert "REJECT" in {e["event_type"] for e in events}


def test_unable_and_unlikely_negate(code_events):
    events = code_events("Warsaw was unable to accept the compromise on migrants.")
    assert all("negation" in e["context"] for e in events if e["event_type"] == "AGREE")
    events = code_events("Ankara is unlikely to agree to the request, diplomats said.")
    assert all("negation" in e["context"] for e in events if e["event_type"] == "AGREE")


def test_a_vow_to_avenge_is_a_threat(code_events):
    events = code_events("The militia's commander vowed to avenge the fighters killed in the "
                         "raid.")
    assert "THREATEN" in {e["event_type"] for e in events}
    assert "AGREE" not in {e["event_type"] for e in events}


def test_calling_an_act_by_a_damning_name_is_criticism(code_events):
    events = code_events("Indian troops shelled posts near Kupwara on Sunday. Islamabad called "
                         "the shelling a cowardly provocation.", "2019-03-04")
    assert any(e["event_type"] == "ACCUSE" and (e["source"] or {}).get("country") == "PAK"
               for e in events)


def test_calling_an_accord_historic_is_praise(code_events):
    events = code_events("Armenia and Azerbaijan signed the accord in Washington. Kazakhstan's "
                         "foreign ministry called it a historic breakthrough.", "2025-08-09")
    assert any(e["event_type"] == "SUPPORT" and (e["source"] or {}).get("country") == "KAZ"
               for e in events)


def test_calling_a_storm_the_worst_in_decades_is_no_event(code_events):
    assert code_events("Farmers called the drought the worst in living memory.") == []


def test_charges_brought_are_an_accusation(code_events):
    events = code_events("Prosecutors in Lima charged the former president with money "
                         "laundering on Tuesday.", "2023-04-12")
    assert [e["event_type"] for e in events] == ["ACCUSE"]


def test_warning_of_what_ones_own_state_may_suffer_is_no_threat(code_events):
    assert code_events("The French defence minister warned that France could face a wave of "
                       "cyberattacks.", "2023-01-10") == []
    events = code_events("French police warned protesters in Paris to disperse.", "2023-01-10")
    assert [e["event_type"] for e in events] == ["THREATEN"]


def test_tear_gas_fired_at_people_is_violent_repression(code_events):
    events = code_events("Kenyan police fired tear gas and rubber bullets at protesters in "
                         "Nairobi.", "2024-06-25")
    assert [e["event_type"] for e in events] == ["ASSAULT"]


def test_police_charging_a_crowd_is_no_indictment(code_events):
    events = code_events("Georgian riot police charged the protesters outside parliament.",
                         "2024-12-01")
    assert [e["event_type"] for e in events] == ["ASSAULT"]
