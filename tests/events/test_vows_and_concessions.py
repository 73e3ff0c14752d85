"""A vow to attack is a threat; letting others act is a concession (refusing to is a
refusal); violating a ban defies it; forcing someone out expels them."""

from __future__ import annotations

import pytest


def _types(events):
    return {(e["event_type"], (e["source"] or {}).get("country")) for e in events}


def test_a_vow_to_attack_is_a_threat(code_events):
    events = code_events("Houthi leaders vowed to attack more ships in the Red Sea.")
    assert {e["event_type"] for e in events} == {"THREATEN"}


def test_a_vow_not_to_attack_is_no_threat(code_events):
    events = code_events("The rebels vowed not to attack civilians during the truce.")
    assert "THREATEN" not in {e["event_type"] for e in events}


def test_a_vow_to_help_stays_a_pledge(code_events):
    events = code_events("Japan vowed to provide more aid to Ukraine.")
    assert ("AGREE", "JPN") in _types(events)


def test_allowing_the_opposition_to_rally_is_a_concession(code_events):
    events = code_events("Tunisia allowed opposition leader Ali Larayedh to hold a rally.")
    assert ("CONCEDE", "TUN") in _types(events)


def test_refusing_to_allow_is_a_refusal(code_events):
    events = code_events("Belgrade refused to allow relief flights to land in Pristina.")
    assert ("REJECT", "SRB") in _types(events)


def test_violating_a_curfew_defies_it(code_events):
    events = code_events("Students in Dhaka violated the curfew on Friday night.")
    assert "REJECT" in {e["event_type"] for e in events}


def test_forcing_an_agency_out_of_the_country_expels_it(code_events):
    events = code_events("Myanmar forced the UN refugee agency out of Rakhine last year.")
    assert ("SANCTION", "MMR") in _types(events)


def test_a_side_announcing_it_would_blockade_threatens(code_events):
    events = code_events("Polish farmers said they would blockade the border crossings from "
                         "Monday.")
    assert {e["event_type"] for e in events} == {"THREATEN"}


def test_a_state_announcing_sanctions_threatens_their_target(code_events):
    events = code_events("Canada said it would impose new sanctions on Tehran.")
    threat = next(e for e in events if e["event_type"] == "THREATEN")
    assert (threat["source"]["country"], threat["recipient"]["country"]) == ("CAN", "IRN")


def test_saying_it_would_not_boycott_threatens_nothing(code_events):
    events = code_events("The Labour Party said it would not boycott the vote.")
    assert "THREATEN" not in {e["event_type"] for e in events}


def test_saying_one_will_not_comply_is_a_refusal(code_events):
    for text in ("Budapest said it would not accept the migration pact.",
                 "Quito will not pay the fine, the minister said.",
                 "Belgrade would never give up its claim to the province."):
        events = code_events(text, "2024-05-02")
        assert [e["event_type"] for e in events] == ["REJECT"], text
        assert "negation" not in events[0]["context"], text


def test_an_act_that_did_not_happen_is_negated_not_a_refusal(code_events):
    events = code_events("Lisbon did not accept the offer.", "2024-05-02")
    assert [(e["event_type"], "negation" in e["context"]) for e in events] == [("AGREE", True)]


def test_a_negated_act_is_no_offer_to_refer_back_to(code_events):
    events = code_events("Oslo did not accept the offer. Stockholm accepted the plan.",
                         "2024-05-02")
    accepted = [e for e in events if e["event_type"] == "AGREE" and
                "negation" not in e["context"]]
    assert accepted and accepted[0]["recipient"] is None


@pytest.mark.parametrize("text", [
    "Tokyo apologised to Seoul for the remarks of its vice-minister.",
    "The Dutch government formally apologized to Indonesia for the colonial-era killings.",
])
def test_an_apology_is_a_concession(code_events, text):
    assert "CONCEDE" in {e["event_type"] for e in code_events(text)}


def test_refusing_to_give_in_is_a_rejection(code_events):
    kinds = {e["event_type"] for e in code_events(
        "Vilnius will not give in to Beijing's trade pressure, the foreign minister said.")}
    assert "REJECT" in kinds and "CONCEDE" not in kinds


@pytest.mark.parametrize("text", [
    "Students burned an effigy of the Israeli prime minister outside the embassy in Amman.",
    "Demonstrators set fire to Chinese flags in front of the consulate.",
])
def test_burning_a_flag_or_an_effigy_is_a_protest_not_an_attack(code_events, text):
    kinds = {e["event_type"] for e in code_events(text)}
    assert "PROTEST" in kinds and "ASSAULT" not in kinds


def test_pleading_not_guilty_is_no_demand(code_events):
    assert code_events("The former minister pleaded not guilty to charges of treason.") == []


@pytest.mark.parametrize("text", [
    "Beijing vowed resolute countermeasures against the arms sale.",
    "The junta vowed on Sunday to retaliate at a time of its choosing.",
    "The interior minister promised that the bombers would be hunted down and punished.",
    "Seoul pledged a firm response to any further provocation.",
])
def test_a_vow_of_reprisal_is_a_threat(code_events, text):
    kinds = {e["event_type"] for e in code_events(text)}
    assert "THREATEN" in kinds and "AGREE" not in kinds


def test_a_vow_of_a_rapid_response_to_a_disaster_is_no_threat(code_events):
    kinds = {e["event_type"] for e in code_events(
        "Japan pledged a rapid response to the earthquake in Turkey.")}
    assert "THREATEN" not in kinds
