"""International organisations: regional bodies, UN agencies, tribunals and missions by the
names wire copy gives them; a demonym or country inside an organisation's name; officials who
act for an organisation."""

from __future__ import annotations

import datetime

import pytest

D1995 = datetime.date(1995, 6, 1)
D2009 = datetime.date(2009, 7, 5)
D2012 = datetime.date(2012, 3, 1)
D2019 = datetime.date(2019, 6, 1)


@pytest.mark.parametrize(
    ("text", "phrase", "actor_id"),
    [
        ("The OAS condemned the coup in Tegucigalpa.", "The OAS", "OAS"),
        ("Mercosur suspended Paraguay after the impeachment.", "Mercosur", "MERCOSUR"),
        ("SADC leaders met in Windhoek on Friday.", "SADC leaders", "SADC"),
        ("IGAD mediators returned to Juba.", "IGAD mediators", "IGAD"),
        ("The East African Community sent troops to Goma.", "The East African Community", "EAC"),
        ("The EAC deployed a regional force.", "The EAC", "EAC"),
        ("The CSTO sent troops to Almaty.", "The CSTO", "CSTO"),
        ("The Commonwealth suspended Fiji.", "The Commonwealth", "COMMONWEALTH"),
        ("The Council of Europe expelled Russia.", "The Council of Europe", "COE"),
        ("The OECD cut its growth forecast.", "The OECD", "OECD"),
        ("CARICOM leaders urged calm in Haiti.", "CARICOM leaders", "CARICOM"),
        ("The Pacific Islands Forum met in Tonga.", "The Pacific Islands Forum", "PIF"),
        ("The UN Human Rights Council opened an inquiry.", "The UN Human Rights Council", "UNHRC"),
        ("The UNDP warned of famine in the region.", "The UNDP", "UNDP"),
        ("UNIFIL said its positions were hit.", "UNIFIL", "UNIFIL"),
        ("MINUSMA withdrew from its base in Kidal.", "MINUSMA", "MINUSMA"),
        ("UNMISS opened its gates to civilians.", "UNMISS", "UNMISS"),
        ("AMISOM troops retook the port.", "AMISOM troops", "AMISOM"),
        ("ATMIS handed over the base.", "ATMIS", "ATMIS"),
        (
            "The Yugoslav war crimes tribunal indicted Milosevic.",
            "The Yugoslav war crimes tribunal",
            "ICTY",
        ),
        ("The ICTR convicted the former mayor.", "The ICTR", "ICTR"),
        (
            "The Special Tribunal for Lebanon indicted four men.",
            "The Special Tribunal for Lebanon",
            "STL",
        ),
        (
            "The UN Mission in South Sudan sheltered civilians.",
            "The UN Mission in South Sudan",
            "UNMISS",
        ),
        ("The CIS summit opened in Minsk.", "The CIS summit", "CIS"),
        (
            "The Commonwealth of Independent States met in Minsk.",
            "The Commonwealth of Independent States",
            "CIS",
        ),
        ("UNASUR mediated between the two governments.", "UNASUR", "UNASUR"),
        ("The OPCW confirmed that sarin was used.", "The OPCW", "OPCW"),
        ("The CSCE sent monitors to Chechnya.", "The CSCE", "OSCE"),
    ],
)
def test_an_organisation_is_coded_by_its_names_and_abbreviations(resolve, text, phrase, actor_id):
    actor = resolve(text, on=D2012)[phrase]
    assert (actor.actor_id, actor.country) == (actor_id, "IGO")


def test_the_membership_count_before_an_organisation_keeps_it(resolve):
    found = resolve("The 35-member Organization of American States met in Washington.", on=D2009)
    actor = found["The 35-member Organization of American States"]
    assert (actor.actor_id, actor.country, actor.sector) == ("OAS", "IGO", "IGO")


@pytest.mark.parametrize(
    ("text", "phrase", "actor_id", "inner"),
    [
        (
            "The Organization of American States suspended Honduras.",
            "The Organization of American States",
            "OAS",
            "American States",
        ),
        (
            "The Economic Community of West African States imposed sanctions on Mali.",
            "The Economic Community of West African States",
            "ECOWAS",
            "West African States",
        ),
        (
            "The League of Arab States suspended Syria.",
            "The League of Arab States",
            "ARABLEAGUE",
            "Arab States",
        ),
        (
            "The European Court of Human Rights ruled against Russia.",
            "The European Court of Human Rights",
            "ECTHR",
            "Human Rights",
        ),
        (
            "The Southern African Development Community sent troops.",
            "The Southern African Development Community",
            "SADC",
            "Southern African Development Community",
        ),
    ],
)
def test_a_demonym_inside_an_organisations_name_names_no_state(
    resolve, text, phrase, actor_id, inner
):
    found = resolve(text, on=D2009)
    assert (found[phrase].actor_id, found[phrase].country) == (actor_id, "IGO")
    # the words of the name are not a second actor of their own, least of all the state
    assert all(a.country == "IGO" for p, a in found.items() if p != phrase and inner.endswith(p))
    assert not [a for a in found.values() if a.country in ("USA", "WST", "ARB", "EUR", "ZAF")]


def test_a_country_named_inside_a_missions_name_is_not_an_actor(resolve):
    found = resolve("The UN Assistance Mission in Afghanistan criticised the Taliban.")
    assert found["The UN Assistance Mission in Afghanistan"].actor_id == "UNAMA"
    assert "Afghanistan" not in found


def test_a_state_beside_an_organisation_keeps_its_own_mention(resolve):
    found = resolve("The OAS and Mexico condemned the coup.", on=D2009)
    assert found["Mexico"].actor_id == "MEX"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The eac said nothing.", "eac"),
        ("They formed a quad of friendly states.", "quad"),
        ("The quad bike overturned.", "quad bike"),
        ("Gas prices rose in the commonwealth.", "commonwealth"),
    ],
)
def test_an_abbreviation_or_word_written_otherwise_is_no_organisation(resolve, text, phrase):
    found = resolve(text)
    assert all(a.country != "IGO" for a in found.values())


def test_an_organisation_with_a_demonym_in_its_name_acts_as_the_organisation(code_events):
    events = code_events("The Organization of American States suspended Honduras.", "2009-07-05")
    assert events
    assert {(e["source"]["actor_id"], e["source"]["country"]) for e in events} == {("OAS", "IGO")}
    assert all(e["source"]["country"] != "USA" for e in events)


@pytest.mark.parametrize(
    ("text", "phrase", "on"),
    [
        (
            "ICC Prosecutor Fatou Bensouda opened an investigation.",
            "ICC Prosecutor Fatou Bensouda",
            D2019,
        ),
        ("U.N. envoy Lakhdar Brahimi met Assad in Damascus.", "U.N. envoy Lakhdar Brahimi", D2012),
        (
            "NATO Secretary-General Anders Fogh Rasmussen warned Moscow.",
            "NATO Secretary-General Anders Fogh Rasmussen",
            D2012,
        ),
        (
            "AU Commission chairman Jean Ping flew to Abidjan.",
            "AU Commission chairman Jean Ping",
            D2012,
        ),
        (
            "UN human rights chief Michelle Bachelet criticised Caracas.",
            "UN human rights chief Michelle Bachelet",
            D2019,
        ),
        (
            "UN human rights chief Navi Pillay condemned the killings.",
            "UN human rights chief Navi Pillay",
            D2012,
        ),
        (
            "OAS Secretary General Luis Almagro urged new elections.",
            "OAS Secretary General Luis Almagro",
            D2019,
        ),
    ],
)
def test_an_official_named_with_the_organisations_office_acts_for_it(resolve, text, phrase, on):
    actor = resolve(text, on=on)[phrase]
    assert (actor.country, actor.sector) == ("IGO", "IGO")


@pytest.mark.parametrize(
    ("text", "phrase", "actor_id"),
    [
        ("Stefan Fule, the EU enlargement commissioner, visited Ankara.", "Stefan Fule", "fule"),
        ("Stefan Fule, the EU's enlargement commissioner, visited Ankara.", "Stefan Fule", "fule"),
        (
            "Lakhdar Brahimi, the UN envoy for Syria, arrived in Damascus.",
            "Lakhdar Brahimi",
            "brahimi",
        ),
    ],
)
def test_an_apposition_naming_an_organisations_office_makes_the_person_its_official(
    resolve, text, phrase, actor_id
):
    actor = resolve(text, on=D2012)[phrase]
    assert (actor.actor_id, actor.country, actor.sector) == (actor_id, "IGO", "IGO")


def test_a_person_the_kb_knows_only_by_an_old_national_office_acts_for_the_organisation(resolve):
    # the knowledge base has Eliasson only as a Swedish official of 2003-2006
    found = resolve(
        "Jan Eliasson, the UN deputy secretary-general, visited Juba.", on=datetime.date(2015, 3, 1)
    )
    actor = found["Jan Eliasson"]
    assert (actor.actor_id, actor.country, actor.sector) == ("ph_jan_eliasson", "IGO", "IGO")


def test_a_description_of_another_kind_leaves_the_person_with_the_state(resolve):
    found = resolve(
        "Jan Eliasson, a veteran Swedish diplomat, visited Juba.", on=datetime.date(2015, 3, 1)
    )
    assert found["Jan Eliasson"].country == "SWE"


@pytest.mark.parametrize(
    ("text", "phrase", "actor_id", "on"),
    [
        ("The IAEA chief said Iran had not cooperated.", "The IAEA chief", "amano", D2012),
        ("The NATO chief warned Moscow.", "The NATO chief", "rasmussen", D2012),
        (
            "The OAS secretary-general criticised the vote.",
            "The OAS secretary-general",
            "almagro",
            D2019,
        ),
        ("The IMF chief praised the reforms.", "The IMF chief", "lagarde", D2012),
        ("The ICC prosecutor opened an inquiry.", "The ICC prosecutor", "bensouda", D2019),
    ],
)
def test_the_head_of_an_organisation_is_whoever_holds_the_office_on_the_date(
    resolve, text, phrase, actor_id, on
):
    actor = resolve(text, on=on)[phrase]
    assert (actor.actor_id, actor.country, actor.sector) == (actor_id, "IGO", "IGO")


def test_a_head_of_state_before_and_after_an_organisations_office_keeps_the_state(resolve):
    found = resolve("Chilean President Michelle Bachelet met Xi.", on=datetime.date(2015, 6, 1))
    actor = found["Chilean President Michelle Bachelet"]
    assert (actor.actor_id, actor.country, actor.sector) == ("bachelet", "CHL", "GOV")


def test_a_foreign_minister_who_later_served_an_organisation_keeps_his_state(resolve):
    found = resolve(
        "Bulgarian Foreign Minister Nickolay Mladenov met his Serbian counterpart.",
        on=datetime.date(2011, 5, 1),
    )
    actor = found["Bulgarian Foreign Minister Nickolay Mladenov"]
    assert (actor.country, actor.sector, actor.role) == ("BGR", "GOV", "foreign minister")


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        (
            "Russia's UN envoy Vitaly Churkin vetoed the draft.",
            "Russia's UN envoy Vitaly Churkin",
            "RUS",
        ),
        (
            "Russia's NATO envoy Peter Ivanov warned the alliance.",
            "Russia's NATO envoy Peter Ivanov",
            "RUS",
        ),
        ("China's UN ambassador Zhang Lin abstained.", "China's UN ambassador Zhang Lin", "CHN"),
        (
            "French Foreign Minister Alain Juppe met the NATO chief.",
            "French Foreign Minister Alain Juppe",
            "FRA",
        ),
    ],
)
def test_a_states_diplomat_posted_to_an_organisation_stays_with_the_state(
    resolve, text, phrase, country
):
    actor = resolve(text, on=D2012)[phrase]
    assert actor.country == country
    assert actor.sector != "IGO"


def test_an_apposition_naming_a_states_post_at_an_organisation_keeps_the_state(resolve):
    found = resolve(
        "Susan Rice, the U.S. ambassador to the United Nations, criticised Moscow.", on=D2012
    )
    assert found["Susan Rice"].country == "USA"


def test_an_organisations_official_in_focus_is_not_taken_for_another_organisations(resolve):
    found = resolve(
        "Ban Ki-moon spoke first. Later the NATO official said talks would go on.", on=D2012
    )
    actor = found["the NATO official"]
    assert actor.actor_id != "ban"
    assert actor.country == "IGO"


def test_an_officials_act_is_coded_with_the_organisation(code_events):
    events = code_events(
        "Stefan Fule, the EU's enlargement commissioner, criticised Turkey over press freedom.",
        "2012-03-01",
    )
    sources = {(e["source"]["name"], e["source"]["country"]) for e in events if e["source"]}
    assert ("Stefan Fule", "IGO") in sources
    assert all(country != "CZE" for _, country in sources)
