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
