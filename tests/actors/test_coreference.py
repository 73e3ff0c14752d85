"""Pronouns and definite descriptions point back to the actor in focus."""

from __future__ import annotations

import datetime


def test_he_after_a_named_leader_is_that_leader(resolve):
    found = resolve("Macron spoke to reporters in Paris. He said Europe must rearm.")
    assert found["He"].actor_id == "macron"


def test_she_skips_a_male_antecedent(resolve):
    found = resolve("Meloni met Starmer in Rome, and she said the meeting went well.")
    assert found["she"].actor_id == "meloni"


def test_pronoun_prefers_the_subject_of_the_previous_sentence(resolve):
    found = resolve("Erdogan hosted Zelensky in Ankara. He promised to keep mediating.")
    assert found["He"].actor_id == "erdogan"


def test_object_pronoun_is_not_the_subject_of_its_own_verb(resolve):
    found = resolve("Trump called Zelensky on Monday. Trump praised him.")
    assert found["him"].actor_id == "zelensky"


def test_her_country_is_the_country_of_the_person(resolve):
    found = resolve("Italy's prime minister said her country would not send troops.")
    actor = found["her country"]
    assert (actor.name, actor.country) == ("Italy", "ITA")


def test_his_government_gets_country_and_government_sector(resolve):
    found = resolve("Orban said his government would veto the package.")
    assert (found["his government"].country, found["his government"].sector) == ("HUN", "GOV")


def test_its_points_to_the_organisation(resolve):
    found = resolve("NATO said its air defences were on alert.")
    assert found["its"].actor_id == "NATO"


def test_they_points_to_a_plural_group(resolve):
    found = resolve("The Houthis said they had targeted a ship.")
    assert found["they"].actor_id == "houthis"


def test_expletive_it_is_not_an_actor(resolve):
    found = resolve("Iran met the envoys. It is unclear whether talks will resume.")
    assert "It" not in found


def test_the_bloc_is_the_eu_when_no_other_bloc_is_in_focus(resolve):
    found = resolve("Ministers met in Brussels. The bloc agreed a new package.")
    assert found["The bloc"].actor_id == "EU"


def test_the_bloc_prefers_the_bloc_in_focus(resolve):
    found = resolve("ASEAN leaders met in Jakarta. The bloc called for restraint.")
    assert found["The bloc"].actor_id == "ASEAN"


def test_the_alliance_is_nato(resolve):
    found = resolve("The summit ended on Tuesday. The alliance agreed to raise spending.")
    assert found["The alliance"].actor_id == "NATO"


def test_the_group_is_the_armed_group_in_focus(resolve):
    found = resolve("Hezbollah fired rockets at the north. The group said it was retaliating.")
    assert found["The group"].actor_id == "hezbollah"


def test_the_country_is_the_state_in_focus(resolve):
    found = resolve("Mali expelled the ambassador. The country also left the bloc.")
    assert found["The country"].country == "MLI"


def test_the_two_leaders_joins_the_last_two_people(resolve):
    found = resolve("Trump met Putin in Alaska. The two leaders spoke for three hours.")
    actor = found["The two leaders"]
    assert actor.name == "Donald Trump and Vladimir Putin"
    assert actor.country is None


def test_bare_title_points_to_the_named_holder(resolve):
    found = resolve("Macron met Starmer. The president said he was hopeful.")
    assert found["The president"].actor_id == "macron"


def test_its_points_to_a_group_named_in_the_plural(resolve):
    found = resolve("The RSF encircled the town for months. Its fighters stormed it on Sunday.")
    assert (found["Its fighters"].country, found["Its fighters"].sector) == ("SDN", "REB")


def test_the_north_and_the_south_are_the_halves_the_article_named(code_events):
    events = code_events("North Korea fired two missiles into the sea, and South Korea put its "
                         "troops on alert. Seoul accused the North of a grave provocation, and "
                         "the North's army warned the South against any response.", "2023-03-14")
    dyads = {((e["source"] or {}).get("country"), (e["recipient"] or {}).get("country"))
             for e in events if e["event_type"] in {"ACCUSE", "THREATEN"}}
    assert ("KOR", "PRK") in dyads and ("PRK", "KOR") in dyads


def test_the_north_with_no_divided_state_named_is_no_state(code_events):
    events = code_events("Mali's army said jihadists attacked the north on Sunday.", "2023-03-14")
    assert all((e["recipient"] or {}).get("country") in {None, "MLI"} for e in events)


def test_a_person_or_description_as_possessor_gives_the_state(code_events):
    events = code_events("Erdogan's spokesman rejected the report on Monday.", "2023-03-14")
    assert [(e["source"] or {}).get("country") for e in events] == ["TUR"]


def test_a_description_in_the_object_is_none_of_its_own_subjects(code_events):
    events = code_events("Soldiers seized power in Guinea on Sunday. Senegal and Mali suspended "
                         "flights to the country on Monday.", "2021-09-06")
    dyads = {((e["source"] or {}).get("country"), (e["recipient"] or {}).get("country"))
             for e in events if e["event_type"] == "SANCTION"}
    assert dyads == {("SEN", "GIN"), ("MLI", "GIN")}


def test_the_island_state_and_the_emirate_are_countries_in_focus(code_events):
    events = code_events("Fiji's army seized power on Tuesday. Australia suspended military ties "
                         "with the island state.", "2006-12-06")
    assert any((e["recipient"] or {}).get("country") == "FJI" for e in events
               if e["event_type"] == "SANCTION")


def test_the_administration_is_washington_once_the_united_states_is_named(resolve):
    found = resolve("Mexico's foreign minister flew to Washington on Monday. Officials in "
                    "Mexico City said the administration had asked for more checkpoints.",
                    on=datetime.date(2019, 6, 3))
    assert found["the administration"].country == "USA"


def test_the_administration_elsewhere_is_the_government_in_focus(resolve):
    found = resolve("Kenya's president spoke on Monday. The administration said it would "
                    "appeal.", on=datetime.date(2019, 6, 3))
    assert found["The administration"].country == "KEN"


def test_the_government_of_a_named_leader_is_that_leaders_state(resolve):
    found = resolve("Cuban officials met in Havana. The government of Prime Minister Shehbaz "
                    "Sharif protested.", on=datetime.date(2023, 6, 3))
    assert found["The government of Prime Minister Shehbaz Sharif"].country == "PAK"


def test_the_government_is_the_state_named_not_a_mediators_country(resolve):
    found = resolve("Kenya's electoral commission declared Kibaki the winner. Kofi Annan urged "
                    "calm. The opposition accused the government of rigging the vote.",
                    on=datetime.date(2008, 1, 25))
    assert found["the government"].country == "KEN"
