"""Archive text names states by former names and news names a region in place of its state:
both point to the state (a region two states claim points to neither)."""

from __future__ import annotations

import datetime

import pytest

D1988 = datetime.date(1988, 4, 12)
D2024 = datetime.date(2024, 2, 1)


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Zaire recalled its ambassador from Brussels.", "Zaire", "COD"),
        ("Ceylon signed a rice agreement with Peking.", "Ceylon", "LKA"),
        ("Kampuchean guerrillas ambushed a convoy.", "Kampuchean guerrillas", "KHM"),
        ("The Soviet Union protested the flight.", "The Soviet Union", "RUS"),
        ("Yugoslav officials denied the report.", "Yugoslav officials", "SRB"),
        ("West Germany offered credits to Poland.", "West Germany", "DEU"),
    ],
)
def test_a_former_state_name_is_its_state(resolve, text, phrase, country):
    assert resolve(text, on=D1988)[phrase].country == country


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Darfur militias looted the market.", "Darfur militias", "SDN"),
        ("Chechen separatists rejected the offer.", "Chechen separatists", "RUS"),
        ("Tigrayan forces accused the federal army of shelling.", "Tigrayan forces", "ETH"),
        ("Crimean Tatar leaders called for calm.", "Crimean Tatar leaders", "UKR"),
        ("Tibetan monks staged a sit-in.", "Tibetan monks", "CHN"),
    ],
)
def test_a_region_inside_one_state_points_to_that_state(resolve, text, phrase, country):
    assert resolve(text, on=D2024)[phrase].country == country


def test_a_region_two_states_claim_points_to_neither(resolve):
    found = resolve("Kashmiri groups called a general strike.", on=D2024)
    assert all(actor.country not in ("IND", "PAK") for actor in found.values())
