"""Unnamed police, courts, protesters and a state's army belong to the article's home state:
its dateline's state, or else the state it clearly names most; foreign troops do not."""

from __future__ import annotations


def _sides(events):
    return {(e["event_type"], (e["source"] or {}).get("country"),
             (e["recipient"] or {}).get("country")) for e in events}


def test_a_dateline_homes_unnamed_police_and_their_targets(code_events):
    events = code_events("DHAKA, Bangladesh (AP) -- Police arrested dozens of student "
                         "organisers overnight. Riot officers beat demonstrators outside "
                         "the university.", "2024-07-20")
    assert any(kind == "COERCE" and source == "BGD" for kind, source, _ in _sides(events))


def test_the_most_named_state_is_home_without_a_dateline(code_events):
    events = code_events("Peru's congress voted to remove the president on Wednesday. Lima "
                         "was calm. Peru's new leader was sworn in at night, and prosecutors "
                         "detained the former president.", "2022-12-08")
    assert any(e["event_type"] == "COERCE" and (e["source"] or {}).get("country") == "PER"
               for e in events)
    assert all(e["event_type"] != "AGREE" for e in events), "a swearing-in is no pledge"


def test_foreign_troops_keep_no_home(code_events):
    events = code_events("MOSCOW -- Russia warned that any foreign troops sent to Ukraine "
                         "would be legitimate targets.", "2025-09-05")
    for event in events:
        if event["event_type"] == "THREATEN":
            assert (event["recipient"] or {}).get("country") != "RUS"


def test_a_trigger_word_inside_a_name_is_no_event(code_events):
    events = code_events("The Movement for Democratic Change and the Patriotic Front met "
                         "diplomats in Harare.", "2008-05-02")
    assert all(e["trigger"] not in {"Change", "Front"} for e in events)
    events = code_events("Leaders of the Rally for Congolese Democracy met in Goma.",
                         "1999-05-02")
    assert "PROTEST" not in {e["event_type"] for e in events}


def test_unnamed_troops_firing_on_the_home_states_people_are_its_own(code_events):
    events = code_events("TEGUCIGALPA, July 5 (Reuters) - Soldiers opened fire on thousands of "
                         "opposition supporters near the airport on Sunday, and officers "
                         "beat protesters in Tegucigalpa.", "2009-07-05")
    sources = {(e["source"] or {}).get("country") for e in events
               if e["event_type"] in {"ASSAULT", "COERCE"}}
    assert sources == {"HND"}


def test_foreign_troops_at_home_stay_foreign(code_events):
    events = code_events("BAMAKO, Jan 12 (AFP) - Foreign troops shelled rebel positions near "
                         "Mopti on Saturday.", "2013-01-12")
    assert all((e["source"] or {}).get("country") != "MLI" for e in events)


def test_a_late_reaction_is_trusted_like_one_with_its_target_named(code_events):
    events = code_events("Syrian jets bombed a market in Idlib on Monday. Turkey condemned the "
                         "attack.", "2019-07-23")
    reaction = next(e for e in events if e["event_type"] == "ACCUSE")
    named = code_events("Turkey condemned Syria.", "2019-07-23")[0]
    assert reaction["recipient"]["country"] == "SYR"
    assert reaction["confidence"] == named["confidence"]


def test_a_demand_from_abroad_with_no_addressee_is_made_of_the_home_state(code_events):
    events = code_events("YANGON, March 3 (Reuters) - Security forces fired on protesters in "
                         "Yangon on Wednesday. The United Nations called for restraint, and "
                         "Britain demanded an investigation into the deaths.", "2021-03-03")
    assert {("REQUEST", "IGO", "MMR"), ("REQUEST", "GBR", "MMR")} <= _sides(events)


def test_a_home_demand_with_no_addressee_stays_open(code_events):
    events = code_events("QUITO, Ecuador (AP) -- Ecuador's president called for calm on "
                         "Sunday.", "2024-01-08")
    assert all(e["recipient"] is None for e in events if e["event_type"] == "REQUEST")


def test_an_arrest_nobody_is_named_for_is_the_home_authorities(code_events):
    events = code_events("MINSK, Aug 12 (Reuters) - Nearly 300 people have been detained since "
                         "the vote, and two opposition leaders were jailed.", "2020-08-12")
    arrests = [e for e in events if e["event_type"] == "COERCE"]
    assert len(arrests) == 2
    for event in arrests:
        assert event["source"]["country"] == "BLR" and event["source"]["sector"] == "COP"
        assert event["source"]["text"] == ""  # the article names no one
        assert event["recipient"]["country"] == "BLR"


def test_a_foreigner_arrested_keeps_the_arrest_open(code_events):
    events = code_events("MINSK, Aug 12 (Reuters) - A Russian journalist was detained.",
                         "2020-08-12")
    assert all(e["source"] is None for e in events if e["event_type"] == "COERCE")


def test_an_unnamed_states_foreign_minister_is_the_home_states_own(code_events):
    events = code_events("MANILA, March 2 (Reuters) - Deputy Foreign Minister Maria Santos "
                         "accused Beijing of harassing fishermen.", "2024-03-02")
    assert ("ACCUSE", "PHL", "CHN") in _sides(events)


def test_people_arrested_by_no_one_named_are_held_by_the_state_of_the_place(code_events):
    events = code_events("HARARE, Zimbabwe (Reuters) - Zimbabwe's opposition called on "
                         "Britain to press for reforms. One of the rally's organizers was "
                         "held by police overnight, and a well-known blogger was detained in "
                         "Bulawayo on Friday.", "2019-08-17")
    sides = _sides(events)
    assert ("COERCE", "ZWE", "ZWE") in sides
    assert not any(kind == "COERCE" and "GBR" in (source, target)
                   for kind, source, target in sides), "an arrest at home is not aimed abroad"


def test_a_quantified_patient_is_who_it_quantifies_over(code_events):
    events = code_events("Two of the protest's organizers were arrested by police in Minsk "
                         "on Tuesday.", "2021-03-02")
    arrest = next(e for e in events if e["event_type"] == "COERCE")
    assert "organizers" in arrest["recipient"]["text"]
    assert arrest["recipient"]["country"] == "BLR"


def test_a_ban_on_another_states_officials_is_a_sanction(code_events):
    events = code_events("Canada barred eleven Iranian officials from entering the country, "
                         "and Australia imposed a travel ban on Belarus's president.",
                         "2023-02-01")
    kinds = {(e["event_type"], (e["source"] or {}).get("country")) for e in events}
    assert ("SANCTION", "CAN") in kinds and ("SANCTION", "AUS") in kinds


def test_a_ban_at_home_stays_coercion(code_events):
    events = code_events("Myanmar's military government banned all opposition rallies in Yangon.",
                         "2023-02-01")
    assert "COERCE" in {e["event_type"] for e in events}


def test_a_blockade_of_a_foreign_territory_stays_coercion(code_events):
    events = code_events("Israel reimposed a blockade on the Gaza Strip on Friday.", "2008-01-18")
    assert "SANCTION" not in {e["event_type"] for e in events}


def test_troops_sent_within_the_senders_own_state_are_a_mobilisation(code_events):
    events = code_events("Nigeria sent 2,000 extra troops to Maiduguri after the attack.",
                         "2014-05-20")
    kinds = {e["event_type"] for e in events}
    assert "MOBILIZE" in kinds and "AID" not in kinds


def test_troops_sent_to_another_state_stay_military_aid(code_events):
    events = code_events("Chad sent 2,000 troops to Cameroon to fight Boko Haram.", "2015-01-20")
    assert "AID" in {e["event_type"] for e in events}


def test_unnamed_troops_firing_on_a_states_people_are_that_states(code_events):
    events = code_events("Soldiers fired on protesters in Mandalay on Saturday.", "2021-03-01")
    assert any(e["event_type"] == "ASSAULT" and (e["source"] or {}).get("country") == "MMR"
               for e in events)


def test_someone_the_police_take_is_of_the_polices_state(code_events):
    events = code_events("TBILISI, Georgia (AP) - Nika Gvaramia was dragged from a car and "
                         "detained by riot police on Sunday.", "2024-12-02")
    held = [e for e in events if e["event_type"] in {"COERCE", "ASSAULT"}
            and (e["source"] or {}).get("country") == "GEO"]
    assert held and all((e["recipient"] or {}).get("country") == "GEO" for e in held)
