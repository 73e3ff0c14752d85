"""Reading like an analyst: context picks between namesakes, a state's institutions and
officials point back to what is in focus, dated offices and group sectors follow the date."""

from __future__ import annotations

import datetime

import pytest

D2003 = datetime.date(2003, 3, 10)
D2016 = datetime.date(2016, 5, 25)
D2023 = datetime.date(2023, 9, 20)


def test_congo_alone_is_the_democratic_republic(resolve):
    assert resolve("Congo accused its neighbour of backing the rebels.")["Congo"].country == "COD"


def test_congo_with_brazzaville_in_the_article_is_the_republic(resolve):
    found = resolve("Congo said it would keep its embassy open. Brazzaville denied the report.")
    assert found["Congo"].country == "COG"


def test_georgia_in_an_article_about_atlanta_is_the_us_state(resolve):
    found = resolve("Georgia certified its results after a recount in Atlanta.")
    assert found["Georgia"].country == "USA"


def test_georgia_without_us_cues_is_the_country(resolve):
    assert resolve("Georgia recalled its ambassador.")["Georgia"].country == "GEO"


def test_a_country_name_that_opens_a_persons_name_is_not_the_country(resolve):
    found = resolve("Jordan Bardella said he would not govern without a majority.")
    assert all(actor.country != "JOR" for actor in found.values())


@pytest.mark.parametrize(("on", "sector"), [(D2016, "REB"), (D2023, "GOV")])
def test_a_group_that_took_power_changes_sector_on_that_date(resolve, on, sector):
    actor = resolve("The Taliban rejected the demand.", on=on)["The Taliban"]
    assert (actor.country, actor.sector) == ("AFG", sector)


def test_a_capital_named_as_an_actor_is_that_states_government(resolve):
    actor = resolve("Caracas rejected the sanctions.")["Caracas"]
    assert (actor.country, actor.sector) == ("VEN", "GOV")


def test_brussels_as_an_actor_is_the_european_union(resolve):
    actor = resolve("Brussels proposed new tariffs on steel.")["Brussels"]
    assert (actor.actor_id, actor.country) == ("EU", "IGO")


def test_the_army_belongs_to_the_state_in_focus(resolve):
    found = resolve("A Sudanese general said the army would not negotiate.")
    assert (found["the army"].country, found["the army"].sector) == ("SDN", "MIL")


def test_the_minister_of_a_country_points_back_to_the_person_in_focus(resolve):
    found = resolve(
        "Lavrov accused Kuleba of lying. The Ukrainian minister said the talks had failed.",
        on=datetime.date(2022, 3, 4),
    )
    assert found["The Ukrainian minister"].actor_id == "kuleba"


def test_the_prime_minister_after_a_seat_of_power_is_that_states_holder(resolve):
    found = resolve(
        "Downing Street said the prime minister would travel to Kyiv.",
        on=datetime.date(2023, 10, 30),
    )
    assert found["the prime minister"].actor_id == "sunak"


def test_a_title_inside_a_complement_does_not_make_the_phrase_a_person(resolve):
    found = resolve("Hezbollah confirmed the death of its leader.", on=D2023)
    assert "the death of its leader" not in found
    assert found["its leader"].sector == "REB"


def test_a_rebel_leaders_forces_are_rebels(resolve):
    found = resolve(
        "Mohamed Hamdan Dagalo said his forces would hold the city.", on=datetime.date(2024, 12, 3)
    )
    assert (found["his forces"].country, found["his forces"].sector) == ("SDN", "REB")


@pytest.mark.parametrize(("phrase", "sector"), [("NATO allies", "IGO"), ("UN peacekeepers", "MIL")])
def test_an_organisations_agents_keep_the_organisation(resolve, phrase, sector):
    actor = resolve(f"{phrase} met on Friday.")[phrase]
    assert (actor.country, actor.sector) == ("IGO", sector)


def test_object_pronoun_skips_the_subject_of_a_coordinated_verb(resolve):
    found = resolve("Macron hosted Xi in Paris and pressed him on exports.")
    assert found["him"].actor_id == "xi"


@pytest.mark.parametrize(
    ("text", "on", "actor_id"),
    [
        ("The French president opposed the war in Iraq.", D2003, "chirac"),
        ("The British prime minister backed the invasion.", D2003, "blair"),
        ("Russia's foreign minister said the inspectors needed time.", D2003, "i-ivanov"),
        ("The Chinese premier met investors.", datetime.date(2008, 6, 1), "wen-jiabao"),
    ],
)
def test_titles_before_2014_find_the_holder_of_that_date(resolve, text, on, actor_id):
    actor = next(
        a
        for phrase, a in resolve(text, on=on).items()
        if phrase.endswith(("president", "minister", "premier"))
    )
    assert actor.actor_id == actor_id
