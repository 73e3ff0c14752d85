"""Short names, demonym variants and former blocs that news uses (our own sentences)."""

import datetime

PAST = datetime.date(1992, 6, 1)


def test_bosnia_alone_names_bosnia_and_herzegovina(resolve):
    found = resolve("Bosnia asked its neighbours for fuel.", on=PAST)
    assert found["Bosnia"].country == "BIH"


def test_central_asian_demonyms_give_the_state(resolve):
    found = resolve("A Kyrgyz official met Uzbek border guards.", on=PAST)
    assert found["A Kyrgyz official"].country == "KGZ"
    assert found["Uzbek border guards"].country == "UZB"


def test_serb_and_croat_forces_are_their_states_militaries(resolve):
    found = resolve("Serb forces and Croat militiamen exchanged fire.", on=PAST)
    assert (found["Serb forces"].country, found["Serb forces"].sector) == ("SRB", "MIL")
    assert found["Croat militiamen"].country == "HRV"


def test_the_european_community_is_an_international_organisation(resolve):
    found = resolve("European Community ministers froze trade with the regime.", on=PAST)
    actor = found["European Community ministers"]
    assert actor.country == "IGO" and actor.name == "European Community"



def test_the_west_bank_is_palestinian_not_the_west(code_events):
    events = code_events("Israeli troops raided a village in the occupied West Bank.", "2002-04-02")
    assert any((e["recipient"] or {}).get("country") == "PSE" for e in events)
    assert all((e["recipient"] or {}).get("country") != "WST" for e in events)


def test_northern_ireland_is_part_of_the_united_kingdom(code_events):
    events = code_events("Gunmen attacked a police station in Northern Ireland.", "1998-03-02")
    assert any((e["recipient"] or {}).get("country") == "GBR" for e in events)


def test_an_ethnic_group_is_not_the_state_of_the_same_name(resolve):
    found = resolve("Police detained ethnic Albanian activists near the border.", on=PAST)
    actor = found["ethnic Albanian activists"]
    assert actor.country is None and actor.sector == "OPP"


def test_a_namesake_with_another_given_name_is_not_the_known_person(resolve):
    found = resolve("Senator Joseph Lieberman met Governor Lázaro Cárdenas Batel.",
                    on=datetime.date(2008, 5, 1))
    assert found["Senator Joseph Lieberman"].country != "ISR"
    assert found["Governor Lázaro Cárdenas Batel"].country != "PHL"


def test_the_known_person_keeps_the_surname_after_the_full_name(resolve):
    found = resolve("Avigdor Lieberman warned Hamas. Lieberman later met the mayor.",
                    on=datetime.date(2010, 5, 1))
    assert found["Lieberman"].country == "ISR"


def test_state_agencies_and_companies_stand_for_their_state(resolve):
    found = resolve("The Justice Department indicted two Gazprom managers and a Naftogaz "
                    "lawyer.", on=datetime.date(2019, 5, 1))
    assert found["The Justice Department"].country == "USA"
    assert found["two Gazprom managers"].country == "RUS"
