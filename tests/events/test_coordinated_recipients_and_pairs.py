"""Every coordinated recipient gets its own event; 'both sides' and 'the two countries'
are the article's two states, each the other's party when no one else is named."""

from __future__ import annotations

import pytest


def _dyads(events, event_type):
    return {((e["source"] or {}).get("country"), (e["recipient"] or {}).get("country"))
            for e in events if e["event_type"] == event_type}


def test_each_coordinated_recipient_gets_an_event(code_events):
    events = code_events("Brazil's foreign minister held talks with Argentina, Chile and "
                         "Uruguay in Montevideo on Friday.", "2024-08-10")
    assert {("BRA", "ARG"), ("BRA", "CHL"), ("BRA", "URY")} <= _dyads(events, "CONSULT")


def test_coordinated_targets_of_a_threat_are_each_threatened(code_events):
    events = code_events("Turkey threatened to impose sanctions on Sweden and Norway.")
    assert {("TUR", "SWE"), ("TUR", "NOR")} <= _dyads(events, "THREATEN")


ARTICLE = ("Armenia and Azerbaijan accused each other on Tuesday of shelling border villages. "
           "Baku said Armenian forces fired first; Yerevan denied it. Azerbaijan later "
           "reported two soldiers wounded. Both sides agreed to let Russian mediators visit "
           "the area. The two countries will resume talks in Moscow next week.")


def test_both_sides_are_the_articles_two_states(code_events):
    events = code_events(ARTICLE, "2023-06-14")
    agreed = _dyads(events, "AGREE") | _dyads(events, "CONCEDE")
    assert ("ARM", "AZE") in agreed or ("ARM", None) in agreed
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= _dyads(events, "CONSULT")


def test_the_two_countries_stay_unresolved_when_the_article_names_many(code_events):
    events = code_events("Chile, Peru, Bolivia and Ecuador met in Lima. Chile and Peru "
                         "signed a port deal; Bolivia and Ecuador did not. The two countries "
                         "will meet again in May.", "2024-03-01")
    pairs = [e for e in events if (e["source"] or {}).get("text", "").startswith("The two")]
    assert pairs and all(e["source"]["country"] is None for e in pairs)


def test_the_leaders_of_several_states_each_act(code_events):
    events = code_events("The foreign ministers of Kenya, Uganda and Tanzania signed a "
                         "customs accord in Arusha.", "2019-04-02")
    sources = {(e["source"] or {}).get("country") for e in events}
    assert {"KEN", "UGA", "TZA"} <= sources


def test_an_apposition_to_the_source_is_not_its_target(code_events):
    events = code_events("China, Pakistan's closest ally, condemned the decision.",
                         "2019-08-08")
    assert all((e["recipient"] or {}).get("country") != "PAK" for e in events)


def test_both_sides_addressed_are_each_of_the_articles_two_states(code_events):
    events = code_events("Sudanese army jets bombed RSF positions near Omdurman, and South "
                         "Sudan accused Sudan of arming militias. Sudan denied the charge. On "
                         "Friday Kenya called on both sides to return to the table, and the "
                         "African Union urged the two governments to show restraint.",
                         "2024-03-02")
    assert {("KEN", "SDN"), ("KEN", "SSD")} <= _dyads(events, "REQUEST")
    assert {("IGO", "SDN"), ("IGO", "SSD")} <= _dyads(events, "REQUEST")


def test_a_party_that_urges_both_sides_is_not_its_own_recipient(code_events):
    events = code_events("Thai and Cambodian troops exchanged fire at the temple. Thailand "
                         "blamed Cambodia for the clash, and Cambodia blamed Thailand. Phnom "
                         "Penh then urged both sides to hold their fire.", "2011-02-06")
    assert ("KHM", "KHM") not in _dyads(events, "REQUEST")
    assert ("KHM", "THA") in _dyads(events, "REQUEST")


def test_a_hostile_act_of_one_of_the_pair_with_no_target_is_aimed_at_the_other(code_events):
    events = code_events("Armenia and Azerbaijan blamed each other on Tuesday for the worst "
                         "fighting since 2020. Yerevan said Azerbaijani forces had shelled "
                         "three towns overnight, and Baku said Armenian units opened fire with "
                         "mortars.", "2022-09-13")
    assert {("AZE", "ARM"), ("ARM", "AZE")} <= _dyads(events, "ASSAULT")


def test_rebels_of_one_of_the_pair_are_not_aimed_at_the_other(code_events):
    events = code_events("Ethiopia and Eritrea traded accusations on Monday. Eritrea accused "
                         "Ethiopia of massing troops, and Ethiopia accused Eritrea of arming "
                         "rebels. Tigrayan rebels shelled a town in the north.", "2021-03-01")
    rebels = [e for e in events if e["event_type"] == "ASSAULT"
              and "rebels" in (e["source"] or {}).get("text", "")]
    assert all((e["recipient"] or {}).get("country") != "ERI" for e in rebels)


def test_an_untargeted_condemnation_in_a_two_state_story_is_aimed_at_the_other(code_events):
    events = code_events("India and Pakistan exchanged fire along the Line of Control on "
                         "Monday. Pakistan accused India of violating the truce. On Tuesday "
                         "India's foreign ministry condemned the shelling of civilian areas.",
                         "2019-03-05")
    assert ("IND", "PAK") in _dyads(events, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Kyrgyzstan and Tajikistan accused each other on Saturday of breaking the truce.",
    "Armenia and Azerbaijan blamed one another for the clashes.",
])
def test_coordinated_sources_acting_on_each_other_are_each_others_recipients(code_events,
                                                                            text):
    events = code_events(text, "2021-05-01")
    pairs = {((e["source"] or {}).get("country"), (e["recipient"] or {}).get("country"))
             for e in events if e["event_type"] == "ACCUSE"}
    assert len(pairs) == 2 and all(s and r and s != r for s, r in pairs)


def test_talks_that_set_the_scene_are_held_by_the_clauses_subjects(code_events):
    events = code_events("After two days of negotiations, Washington and the Taliban signed "
                         "a deal in Doha.", "2020-02-29")
    consults = {((e["source"] or {}).get("country"), (e["recipient"] or {}).get("country"))
                for e in events if e["event_type"] == "CONSULT"}
    assert ("USA", "AFG") in consults


def test_shelling_that_sets_the_scene_is_not_coded_again(code_events):
    events = code_events("After days of shelling, the rebels withdrew from Kidal.", "2020-02-29")
    assert "ASSAULT" not in {e["event_type"] for e in events}


def test_a_meeting_named_again_in_passing_is_not_coded_again(code_events):
    events = code_events("After the summit, Washington and the Taliban signed a deal in Doha.",
                         "2020-02-29")
    assert "CONSULT" not in {e["event_type"] for e in events}
