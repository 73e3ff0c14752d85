"""Wire-copy verbs of attack, repression, posture, rebuke and sanction ("pounded", "strafed",
"cracked down on", "scrambled jets", "lashed out at", "slapped sanctions on") code their
event; the same verbs in sports, markets, weather, business and idioms code none. The rows
come from triggers.tsv and from the reviewed verbs of the CAMEO import."""

from __future__ import annotations

import pytest


def _found(events):
    return {(e["event_type"], (e["source"] or {}).get("country"),
             (e["recipient"] or {}).get("country")) for e in events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian artillery pounded Ukrainian positions near Bakhmut.", ("ASSAULT", "RUS", "UKR")),
    ("Russia pounded Ukraine's energy grid with missiles and drones overnight.",
     ("ASSAULT", "RUS", "UKR")),
    ("Israeli warplanes pummelled the Gaza Strip on Tuesday.", ("ASSAULT", "ISR", "PSE")),
    ("Russian drones battered the port of Odesa.", ("ASSAULT", "RUS", "UKR")),
    ("Houthi rebels rocketed Saudi border towns on Sunday.", ("ASSAULT", "YEM", "SAU")),
    ("Iranian air defences downed an Israeli drone over Isfahan.", ("ASSAULT", "IRN", "ISR")),
    ("Ukrainian troops repelled a Russian assault near Pokrovsk.", ("ASSAULT", "UKR", "RUS")),
    ("Pakistani troops lobbed mortar shells into Afghan territory.",
     ("ASSAULT", "PAK", "AFG")),
])
def test_bombardment_verbs_with_a_weapon_or_military_target_are_assaults(code_events, text,
                                                                       expected):
    assert expected in _found(code_events(text))


@pytest.mark.parametrize("text", [
    "Syrian government helicopters strafed rebel-held villages near Idlib.",
    "Gunmen raked the convoy with machine-gun fire near Gao.",
    "Government forces retook the town of Tal Abyad from Kurdish fighters.",
    "Russian troops laid siege to the port city in March.",
    "Militants blasted a police checkpoint in Peshawar with a car bomb.",
    "Gunmen slew eleven villagers in Plateau state.",
])
def test_attack_verbs_of_wire_copy_are_assaults(code_events, text):
    assert "ASSAULT" in {e["event_type"] for e in code_events(text)}


@pytest.mark.parametrize("text", [
    "Spain hammered Germany 4-0 in the Euro quarter-final.",
    "Real Madrid pummelled Barcelona 5-1 at the Bernabeu.",
    "The goalkeeper repelled every Brazilian attack in the second half.",
    "Ghana's striker blasted the ball past the Nigerian goalkeeper.",
    "Shares of Tesla were pounded after the earnings report.",
    "Inflation rocketed to 9 percent in Turkey.",
    "The storm pounded the city of Da Nang for two days.",
    "A powerful storm battered the coast of Mozambique.",
    "The band blasted music until dawn.",
    "The company laid off 200 workers in Ohio.",
    "Officials raked in millions from the contract.",
])
def test_the_same_verbs_in_sports_markets_and_weather_are_no_events(code_events, text):
    assert code_events(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan shut its border with Afghanistan on Sunday.", ("COERCE", "PAK", "AFG")),
    ("Israel redeployed troops to the northern border with Lebanon.",
     ("MOBILIZE", "ISR", "LBN")),
    ("Poland beefed up its forces on the Belarusian border.", ("MOBILIZE", "POL", "BLR")),
    ("Iran's government cracked down on protesters in Zahedan.", ("COERCE", "IRN", "IRN")),
])
def test_closures_crackdowns_and_troop_moves_code_their_dyad(code_events, text, expected):
    assert expected in _found(code_events(text))


def test_scrambled_jets_are_a_mobilization(code_events):
    events = code_events("Japan scrambled fighter jets to shadow two Chinese drones near Okinawa.")
    assert ("MOBILIZE", "JPN") in {(t, s) for t, s, _ in _found(events)}


@pytest.mark.parametrize("text", [
    "Bakeries scrambled to meet demand before the holiday.",
    "The city shut its schools because of the heat.",
    "The tax office cracked down on tax evasion.",
    "The start-up bolstered its sales team in Berlin.",
    "The government crushed inflation in two years.",
])
def test_everyday_closures_and_scrambles_are_no_events(code_events, text):
    assert code_events(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("China blasted the U.S. decision to sell arms to Taiwan.", ("ACCUSE", "CHN", "USA")),
    ("Erdogan lashed out at Sweden over the Koran burning.", ("ACCUSE", "TUR", "SWE")),
    ("Venezuela's foreign minister assailed the U.S. sanctions.", ("ACCUSE", "VEN", "USA")),
    ("Merz chided Washington for its tariffs.", ("ACCUSE", "DEU", "USA")),
    ("Trump tore up the nuclear accord with Iran.", ("REJECT", "USA", "IRN")),
    ("Putin sat down with Xi in Beijing on Tuesday.", ("CONSULT", "RUS", "CHN")),
])
def test_rebukes_rejections_and_sit_downs_code_their_dyad(code_events, text, expected):
    assert expected in _found(code_events(text))


def test_blasting_a_decision_is_criticism_not_an_attack(code_events):
    types = {e["event_type"] for e in code_events("Trump blasted the Federal Reserve over "
                                                  "interest rates.")}
    assert types == {"ACCUSE"}


@pytest.mark.parametrize("text", [
    "The child sat down with her grandmother.",
    "The singer hit out at critics of her new album.",
    "The coach blasted his players after the defeat.",
])
def test_rebukes_and_sit_downs_without_a_political_actor_are_no_events(code_events, text):
    assert code_events(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington slapped new sanctions on Iranian oil exports.", ("SANCTION", "USA", "IRN")),
    ("Britain announced sanctions against Russian oil traders.", ("SANCTION", "GBR", "RUS")),
    ("The EU tightened sanctions on Belarus.", ("SANCTION", "IGO", "BLR")),
])
def test_sanctions_slapped_announced_or_tightened_are_sanctions(code_events, text, expected):
    assert expected in _found(code_events(text))


def test_an_agreement_hammered_out_is_an_agreement(code_events):
    events = code_events("Negotiators hammered out an agreement on the ceasefire in Doha.")
    assert "AGREE" in {e["event_type"] for e in events}


@pytest.mark.parametrize("text", [
    "Apple sealed a deal with a chip supplier.",
    "The bakery inked a lease for a second shop.",
    "Chelsea clinched a deal for the Brazilian midfielder.",
    "The chef slapped butter on the bread.",
    "The senator tightened her grip on the committee.",
])
def test_business_and_sports_deals_and_idioms_are_no_events(code_events, text):
    assert code_events(text) == []


def test_an_overthrown_president_is_an_assault_on_him(code_events):
    events = code_events("The army overthrew President Bazoum in July 2023.")
    assert "ASSAULT" in {e["event_type"] for e in events}


@pytest.mark.parametrize("text", [
    "Italy toppled France 2-1 to reach the final.",
    "India hit Pakistan hard in the semi-final in Dubai.",
    "Argentina stormed past Croatia in the World Cup semi-final.",
])
def test_a_score_or_a_match_noun_makes_a_verb_of_battle_a_sports_result(code_events, text):
    assert code_events(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel struck Hezbollah targets in the final hours before the truce.", "ASSAULT"),
    ("The Security Council voted 13-2 to impose sanctions on Mali.", "SANCTION"),
])
def test_a_final_hour_or_a_vote_count_is_no_sports_result(code_events, text, expected):
    assert expected in {e["event_type"] for e in code_events(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Riot police beat students with batons outside the university in Dhaka.",
     ("ASSAULT", "BGD")),
    ("Several reporters were beaten in custody in Minsk, their union said.", ("ASSAULT", "BLR")),
    ("A mob dragged the Pakistani diplomat from his car in Kabul.", ("ASSAULT", None)),
    ("Turkish troops fired on Kurdish positions near Kobani.", ("ASSAULT", "TUR")),
    ("Gunmen fired into a crowd of worshippers in Maiduguri.", ("ASSAULT", None)),
])
def test_verbs_of_bodily_harm_and_firing_on_are_assaults(code_events, text, expected):
    kind, country = expected
    events = [e for e in code_events(text) if e["event_type"] == kind]
    assert events, text
    if country is not None:
        assert any(country in {(e["source"] or {}).get("country"),
                               (e["recipient"] or {}).get("country")} for e in events)


@pytest.mark.parametrize("text", [
    "Lula beat Bolsonaro in the runoff by less than two points.",
    "Brazil beat Argentina 2-1 in Buenos Aires on Tuesday.",
    "The ruling party beat expectations in the northern provinces.",
    "The negotiators dragged their feet for weeks.",
])
def test_beating_a_rival_or_expectations_is_no_assault(code_events, text):
    assert "ASSAULT" not in {e["event_type"] for e in code_events(text)}


def test_ships_blocking_a_route_coerce(code_events):
    events = code_events("Chinese coast guard ships blocked the route of two Philippine "
                         "supply boats near the shoal.", "2024-06-17")
    assert any(e["event_type"] == "COERCE" and (e["source"] or {}).get("country") == "CHN"
               for e in events)


@pytest.mark.parametrize("text", [
    "Malawi's Constitutional Court annulled the presidential election in February.",
    "Israel's Supreme Court struck down the government's law on judicial appointments.",
    "Brazil's top court overturned the conviction of the former president.",
])
def test_courts_voiding_a_vote_a_law_or_a_verdict_reject_it(code_events, text):
    assert "REJECT" in {e["event_type"] for e in code_events(text, "2020-02-03")}
