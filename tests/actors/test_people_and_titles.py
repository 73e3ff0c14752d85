"""People by name and by title, with the office held on the article's date."""

from __future__ import annotations

import datetime

import pytest

D2019 = datetime.date(2019, 6, 1)
D2022 = datetime.date(2022, 6, 1)
D2025 = datetime.date(2025, 9, 5)

CASES = [
    # (sentence, date, phrase, name, country, sector, role)
    (
        "Vladimir Putin arrived in Minsk for a summit.",
        D2025,
        "Vladimir Putin",
        "Vladimir Putin",
        "RUS",
        "GOV",
        "head of state",
    ),
    (
        "Putin refused to meet the envoy.",
        D2025,
        "Putin",
        "Vladimir Putin",
        "RUS",
        "GOV",
        "head of state",
    ),
    (
        "Russian President Vladimir Putin signed the decree.",
        D2025,
        "Russian President Vladimir Putin",
        "Vladimir Putin",
        "RUS",
        "GOV",
        "head of state",
    ),
    (
        "President Trump imposed tariffs on steel.",
        D2019,
        "President Trump",
        "Donald Trump",
        "USA",
        "GOV",
        "head of state",
    ),
    (
        "President Trump imposed tariffs on steel.",
        D2025,
        "President Trump",
        "Donald Trump",
        "USA",
        "GOV",
        "head of state",
    ),
    ("Trump criticised the ruling at a rally.", D2022, "Trump", "Donald Trump", "USA", None, None),
    (
        "The French president flew to Warsaw.",
        D2025,
        "The French president",
        "Emmanuel Macron",
        "FRA",
        "GOV",
        "head of state",
    ),
    (
        "Italy's prime minister rejected the proposal.",
        D2025,
        "Italy's prime minister",
        "Giorgia Meloni",
        "ITA",
        "GOV",
        "head of government",
    ),
    (
        "Italy's prime minister rejected the proposal.",
        D2019,
        "Italy's prime minister",
        "Giuseppe Conte",
        "ITA",
        "GOV",
        "head of government",
    ),
    (
        "Russia's foreign minister accused Kyiv of stalling.",
        D2025,
        "Russia's foreign minister",
        "Sergei Lavrov",
        "RUS",
        "GOV",
        "foreign minister",
    ),
    (
        "The German chancellor called for calm.",
        D2022,
        "The German chancellor",
        "Olaf Scholz",
        "DEU",
        "GOV",
        "head of government",
    ),
    (
        "The German chancellor called for calm.",
        D2025,
        "The German chancellor",
        "Friedrich Merz",
        "DEU",
        "GOV",
        "head of government",
    ),
    (
        "The British defence secretary visited the base.",
        D2025,
        "The British defence secretary",
        "John Healey",
        "GBR",
        "MIL",
        "defence minister",
    ),
    (
        "Secretary of State Marco Rubio spoke to reporters.",
        D2025,
        "Secretary of State Marco Rubio",
        "Marco Rubio",
        "USA",
        "GOV",
        "foreign minister",
    ),
    (
        "The president of France hosted the talks.",
        D2025,
        "The president of France",
        "Emmanuel Macron",
        "FRA",
        "GOV",
        "head of state",
    ),
    (
        "Iran's supreme leader condemned the strikes.",
        D2025,
        "Iran's supreme leader",
        "Ali Khamenei",
        "IRN",
        "GOV",
        "head of state",
    ),
    (
        "NATO Secretary General Mark Rutte urged members to spend more.",
        D2025,
        "NATO Secretary General Mark Rutte",
        "Mark Rutte",
        "IGO",
        "IGO",
        "secretary-general",
    ),
    (
        "The UN secretary-general appealed for a truce.",
        D2025,
        "The UN secretary-general",
        "Antonio Guterres",
        "IGO",
        "IGO",
        "secretary-general",
    ),
    (
        "Ukraine's foreign minister met his Polish counterpart.",
        D2022,
        "Ukraine's foreign minister",
        "Dmytro Kuleba",
        "UKR",
        "GOV",
        "foreign minister",
    ),
    (
        "Chinese President Xi Jinping received the delegation.",
        D2025,
        "Chinese President Xi Jinping",
        "Xi Jinping",
        "CHN",
        "GOV",
        "head of state",
    ),
]


@pytest.mark.parametrize(("text", "on", "phrase", "name", "country", "sector", "role"), CASES)
def test_person_resolves_to_the_office_holder_on_the_date(
    resolve, text, on, phrase, name, country, sector, role
):
    actor = resolve(text, on)[phrase]
    assert (actor.name, actor.country, actor.sector, actor.role) == (name, country, sector, role)


def test_unknown_person_with_a_demonym_gets_only_the_country_from_the_text(resolve):
    found = resolve("The Russian diplomat Ivanov denied the report.")
    assert found["Ivanov"].country == "RUS"
    assert found["Ivanov"].actor_id is None
    assert found["Ivanov"].name == "Ivanov"


def test_unknown_general_gets_country_and_military_sector(resolve):
    actor = resolve("A Sudanese general said the city had fallen.")["A Sudanese general"]
    assert (actor.country, actor.sector) == ("SDN", "MIL")


def test_person_outside_the_knowledge_base_without_a_cue_has_no_country(resolve):
    actor = resolve("Maria Okonkwo-Lindqvist said the shipment was late.")[
        "Maria Okonkwo-Lindqvist"
    ]
    assert actor.country is None and actor.actor_id is None


def test_surname_that_is_a_month_is_not_a_person(resolve):
    found = resolve("The talks resumed in May after a pause.")
    assert not any(a.actor_id == "may" for a in found.values())


def test_apposition_title_names_the_same_person(resolve):
    found = resolve("Sergei Lavrov, Russia's foreign minister, warned against escalation.")
    assert found["Russia's foreign minister"].actor_id == "lavrov"
    assert found["Sergei Lavrov"].role == "foreign minister"
