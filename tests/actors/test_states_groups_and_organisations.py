"""States, demonyms with agent words, seats of power, IGOs, armed groups, regions, collectives."""

from __future__ import annotations

import pytest

CASES = [
    # (sentence, phrase, name, country, sector)
    ("Russian forces shelled the town overnight.", "Russian forces", "Russia", "RUS", "MIL"),
    ("Ukrainian officials denied the claim.", "Ukrainian officials", "Ukraine", "UKR", "GOV"),
    ("Emirati troops left the port.", "Emirati troops", "United Arab Emirates", "ARE", "MIL"),
    ("Congolese soldiers clashed with rebels.", "Congolese soldiers", "DR Congo", "COD", "MIL"),
    ("British lawmakers debated the bill.", "British lawmakers", "United Kingdom", "GBR", "LEG"),
    ("Israeli police detained two men.", "Israeli police", "Israel", "ISR", "COP"),
    ("Moscow said the drills were routine.", "Moscow", "Russia", "RUS", "GOV"),
    ("The Kremlin dismissed the report.", "The Kremlin", "Russia", "RUS", "GOV"),
    ("The White House announced new sanctions.", "The White House", "United States", "USA", "GOV"),
    ("The Pentagon approved the transfer.", "The Pentagon", "United States", "USA", "MIL"),
    ("Downing Street declined to comment.", "Downing Street", "United Kingdom", "GBR", "GOV"),
    ("Beijing protested the arms sale.", "Beijing", "China", "CHN", "GOV"),
    ("Kyiv welcomed the decision.", "Kyiv", "Ukraine", "UKR", "GOV"),
    ("Poland closed its border crossing.", "Poland", "Poland", "POL", None),
    ("NATO will hold exercises in the Baltic.", "NATO", "NATO", "IGO", "IGO"),
    (
        "The European Commission proposed new tariffs.",
        "The European Commission",
        "European Commission",
        "IGO",
        "IGO",
    ),
    (
        "The UN Security Council met in emergency session.",
        "The UN Security Council",
        "UN Security Council",
        "IGO",
        "IGO",
    ),
    (
        "The African Union suspended the country.",
        "The African Union",
        "African Union",
        "IGO",
        "IGO",
    ),
    (
        "The IAEA sent inspectors to the plant.",
        "The IAEA",
        "International Atomic Energy Agency",
        "IGO",
        "IGO",
    ),
    ("Hamas released a statement on Sunday.", "Hamas", "Hamas", "PSE", "REB"),
    ("The Houthis fired a missile at a tanker.", "The Houthis", "Houthis", "YEM", "REB"),
    ("The RSF seized the airport.", "The RSF", "Rapid Support Forces", "SDN", "REB"),
    ("M23 rebels advanced on the city.", "M23 rebels", "M23", "COD", "REB"),
    (
        "The Sudanese Armed Forces retook the bridge.",
        "The Sudanese Armed Forces",
        "Sudanese Armed Forces",
        "SDN",
        "MIL",
    ),
    ("Al-Shabaab claimed the attack.", "Al-Shabaab", "al-Shabaab", "SOM", "REB"),
    ("The West must do more, the minister said.", "The West", "the West", "WST", None),
    ("Western leaders met in Rome.", "Western leaders", "the West", "WST", "GOV"),
    ("European leaders endorsed the plan.", "European leaders", "Europe", "EUR", "GOV"),
    (
        "The coalition of the willing pledged to monitor the ceasefire.",
        "The coalition of the willing",
        "the coalition of the willing",
        "WST",
        "GOV",
    ),
    ("Protesters gathered outside parliament.", "Protesters", "Protesters", None, "CVL"),
    ("The Ukrainians launched a counteroffensive.", "The Ukrainians", "Ukraine", "UKR", None),
]


@pytest.mark.parametrize(("text", "phrase", "name", "country", "sector"), CASES)
def test_phrase_resolves_to_state_group_or_organisation(
    resolve, text, phrase, name, country, sector
):
    actor = resolve(text)[phrase]
    assert (actor.name, actor.country, actor.sector) == (name, country, sector)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("26 countries signed the declaration.", "26 countries"),
        ("A group of nations offered mediation.", "A group of nations"),
        ("Several states abstained in the vote.", "Several states"),
    ],
)
def test_collective_mention_is_a_group_without_country(resolve, text, phrase):
    actor = resolve(text)[phrase]
    assert actor.country is None
    assert actor.name.lower().endswith(phrase.split()[-1].lower())


def test_nations_inside_a_group_phrase_is_not_a_second_mention(resolve):
    found = resolve("A group of nations offered mediation.")
    assert "nations" not in found


def test_capital_named_as_a_place_is_not_listed_as_an_actor(resolve):
    found = resolve("The two sides met for talks in Moscow.")
    assert "Moscow" not in found


def test_lowercase_us_pronoun_is_not_the_united_states(resolve):
    found = resolve("They told us that the convoy had left.")
    assert all(a.country != "USA" for a in found.values())


def test_a_states_agency_named_for_another_place_is_that_states(code_events):
    events = code_events("The Taiwan Affairs Office condemned Taipei's new defence budget, and "
                         "the Korean Central News Agency accused Seoul of provocations.",
                         "2024-01-15")
    sources = {(e["source"] or {}).get("country") for e in events if e["event_type"] == "ACCUSE"}
    assert sources == {"CHN", "PRK"}
