"""Where a group is and whose kin it is, coded as CAMEO/ICEWS analysts do: a domestic group
takes the country it is in ("Rebel (Ivory Coast)"), an ethnic group is not its kin state,
anti-/pro- name no owner, a leader's administration is his state's government, and a
country before a name picks that country's namesake."""

from __future__ import annotations

import datetime

import pytest

D2003 = datetime.date(2003, 4, 2)
D2005 = datetime.date(2005, 11, 10)
D2010 = datetime.date(2010, 6, 1)


def country_sector(found, text):
    return found[text].country, found[text].sector


# a place complement of the noun ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Rebels in the Ivory Coast overran an army post.", "Rebels", ("CIV", "REB")),
        ("Security forces in Guinea dispersed a march.", "Security forces", ("GIN", "MIL")),
        ("Opposition groups in Zimbabwe rejected the result.", "Opposition groups", ("ZWE", "OPP")),
        ("The army in Myanmar bombed a village.", "The army", ("MMR", "MIL")),
        ("Workers from Bangladesh protested over unpaid wages.", "Workers", ("BGD", "LAB")),
    ],
)
def test_a_people_noun_with_a_place_complement_takes_the_places_country(
    resolve, text, mention, expected
):
    assert country_sector(resolve(text), mention) == expected


def test_police_in_a_capital_are_that_states_police(resolve):
    assert country_sector(resolve("Police in Conakry detained two union leaders."), "Police") == (
        "GIN",
        "COP",
    )


def test_demonstrators_in_a_gazetteer_city_take_the_citys_country(resolve):
    found = resolve("Demonstrators in Kandahar blocked the main road.")
    assert country_sector(found, "Demonstrators") == ("AFG", "CVL")


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Militants operating in Mali abducted three engineers.", "Militants", ("MLI", "REB")),
        ("Refugees living in Kenya staged a sit-in over rations.", "Refugees", ("KEN", "REF")),
    ],
)
def test_a_participle_complement_locates_the_people(resolve, text, mention, expected):
    assert country_sector(resolve(text), mention) == expected


def test_parties_to_the_conflict_in_a_country_take_that_country(resolve):
    found = resolve("The parties to the conflict in Sudan signed a ceasefire in Jeddah.")
    assert found["The parties"].country == "SDN"


def test_rebels_in_a_part_of_a_country_take_the_country(resolve):
    found = resolve("Rebels in the north of Mali shelled an army camp.")
    assert country_sector(found, "Rebels") == ("MLI", "REB")


def test_a_people_name_with_a_place_complement_is_coded_where_it_lives(resolve):
    found = resolve("Kurds in Syria buried their dead on Friday.")
    assert found["Kurds"].country == "SYR"
    assert found["their"].name == "Kurds"


def test_a_place_of_the_event_does_not_locate_the_actor(resolve):
    assert resolve("Rebels attacked in Mali on Sunday.")["Rebels"].country is None


def test_an_owner_adjective_wins_over_the_place(resolve):
    found = resolve("Russian forces in Ukraine shelled a power plant.")
    assert country_sector(found, "Russian forces") == ("RUS", "MIL")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Troops in Syria came under drone attack.", "Troops"),
        ("Diplomats in Moscow were told to leave within a week.", "Diplomats"),
        ("Foreign fighters in Syria surrendered their weapons.", "Foreign fighters"),
    ],
)
def test_people_often_posted_abroad_take_no_country_from_the_place(resolve, text, mention):
    assert resolve(text)[mention].country is None


def test_troops_from_a_country_are_of_that_country(resolve):
    found = resolve("Troops from Chad joined the offensive.")
    assert country_sector(found, "Troops") == ("TCD", "MIL")


def test_the_rebels_in_a_country_are_not_a_group_of_another_country_in_focus(resolve):
    found = resolve("Hamas fired rockets at Israel. The rebels in Mali seized a town.")
    assert country_sector(found, "The rebels") == ("MLI", "REB")


# ethnic groups are not their kin state --------------------------------------------------------
def test_ethnic_albanians_without_a_place_have_no_country(resolve):
    actor = resolve("Ethnic Albanians boycotted the census.")["Ethnic Albanians"]
    assert actor.country is None and actor.actor_id is None


def test_ethnic_albanians_in_a_country_take_that_country(resolve):
    found = resolve("Ethnic Albanians in Serbia boycotted the census.")
    assert found["Ethnic Albanians"].country == "SRB"


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Bosnian Serbs voted to leave the state institutions.", "Bosnian Serbs", "BIH"),
        ("Kosovo Albanians celebrated the anniversary.", "Kosovo Albanians", "XKX"),
        ("Iraqi Kurds said they would hold the vote.", "Iraqi Kurds", "IRQ"),
        ("Lebanese Druze mourned the sheikh.", "Lebanese Druze", "LBN"),
    ],
)
def test_a_state_adjective_before_an_ethnic_plural_gives_the_state_they_live_in(
    resolve, text, mention, country
):
    actor = resolve(text)[mention]
    assert (actor.country, actor.sector) == (country, "ETH")  # CAMEO's ethnic-group code


def test_a_kin_nation_with_a_place_complement_takes_the_place(resolve):
    found = resolve("Albanians in Macedonia demanded that their language be official.")
    assert found["Albanians"].country == "MKD"


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Americans in Iraq were urged to leave.", "Americans", "USA"),
        ("Korean Americans donated to the campaign.", "Korean Americans", "USA"),
        ("Greek Cypriots rejected the reunification plan.", "Greek Cypriots", "CYP"),
    ],
)
def test_a_civic_demonym_stays_its_state(resolve, text, mention, country):
    assert resolve(text)[mention].country == country


# anti- and pro- --------------------------------------------------------------------------------
def test_a_country_after_anti_is_not_the_owner(resolve):
    actor = resolve("An anti-Syria journalist was shot dead in Beirut.")["An anti-Syria journalist"]
    assert (actor.country, actor.sector) == (None, "MED")


def test_pro_russian_separatists_in_ukraine_are_coded_in_ukraine(resolve):
    found = resolve("Pro-Russian separatists in Ukraine seized the town hall.")
    assert country_sector(found, "Pro-Russian separatists") == ("UKR", "REB")


def test_a_pro_iranian_militia_is_not_iranian(resolve):
    found = resolve("Pro-Iranian militia fired rockets at the base.")
    assert country_sector(found, "Pro-Iranian militia") == (None, "REB")


# a leader's administration ---------------------------------------------------------------------
def test_a_presidents_administration_is_his_states_government(resolve):
    actor = resolve("The Bush administration froze the assets.", on=D2003)[
        "The Bush administration"
    ]
    assert (actor.actor_id, actor.country, actor.sector) == ("USA", "USA", "GOV")


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("The Erdogan government detained dozens of journalists.", "The Erdogan government", "TUR"),
        ("Putin's government denied any role in the crash.", "Putin's government", "RUS"),
    ],
)
def test_a_leaders_government_is_his_states_government(resolve, text, mention, country):
    assert country_sector(resolve(text), mention) == (country, "GOV")


def test_a_former_leaders_government_without_a_date_is_his_country(resolve):
    found = resolve("The Blair government backed the invasion.", on=None)
    assert country_sector(found, "The Blair government") == ("GBR", "GOV")


def test_a_camp_named_for_a_place_is_not_a_government(resolve):
    found = resolve("The Jenin camp was raided overnight.")
    assert all(actor.sector != "GOV" for actor in found.values())


# a country before a name -----------------------------------------------------------------------
def test_a_possessor_country_picks_its_namesake_in_office(resolve):
    actor = resolve("Jordan's King Abdullah met the envoy.", on=D2005)["Jordan's King Abdullah"]
    assert actor.country == "JOR" and actor.actor_id != "king-abdullah-sau"


def test_a_country_adjective_picks_its_namesake_in_office(resolve):
    found = resolve("Jordanian King Abdullah met the envoy.", on=D2005)
    assert found["Jordanian King Abdullah"].country == "JOR"


def test_a_possessor_country_no_namesake_fits_gives_an_unnamed_person_of_it(resolve):
    actor = resolve("Jordan's King Abdullah met the envoy.")["Jordan's King Abdullah"]
    assert (actor.actor_id, actor.country, actor.sector) == (None, "JOR", "GOV")


def test_a_country_adjective_that_fits_keeps_the_person(resolve):
    found = resolve("Saudi King Abdullah met the envoy.", on=D2010)
    assert found["Saudi King Abdullah"].actor_id == "king-abdullah-sau"


def test_a_country_before_a_word_that_is_no_title_picks_no_namesake(resolve):
    found = resolve("Russia's ally Lukashenko offered to mediate.")
    assert found["Lukashenko"].country == "BLR"


# the lexicon -----------------------------------------------------------------------------------
def test_an_unknown_use_in_the_locatives_lexicon_names_the_line(tmp_path, monkeypatch):
    from wirecoder.actors import locatives
    from wirecoder.errors import DataFileError

    bad = tmp_path / "locatives.tsv"
    bad.write_text("# word\tuse\noperate\tparticiple\nrebel\thome\n", encoding="utf-8")
    monkeypatch.setattr(locatives, "LOCATIVES", bad)
    locatives.locatives.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"locatives.tsv:3: use 'home'"):
            locatives.locatives()
    finally:
        locatives.locatives.cache_clear()
