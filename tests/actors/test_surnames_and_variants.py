"""People named by surname after a title, by a surname one person carries, or in a spelling
the knowledge base lacks (our own sentences; the rules are in data/actors/README.md)."""

from __future__ import annotations

import datetime
import shutil

import pytest

from wirecoder.actors.kb import KnowledgeBase
from wirecoder.actors.loader import DATA_DIR
from wirecoder.actors.surnames import skeleton, surname_keys
from wirecoder.errors import DataFileError

D1985 = datetime.date(1985, 5, 14)
D1990 = datetime.date(1990, 3, 2)
D1995 = datetime.date(1995, 6, 20)
D2005 = datetime.date(2005, 8, 9)
D2011 = datetime.date(2011, 5, 3)


def _people(found):
    return {text: actor for text, actor in found.items() if actor.actor_id}


# a title and a surname --------------------------------------------------------------------
def test_a_titled_surname_of_a_historical_leader_resolves_on_the_articles_date(resolve):
    found = resolve("President Mugabe opened the new session of parliament in Harare.", on=D1995)
    actor = found["President Mugabe"]
    assert (actor.actor_id, actor.country, actor.sector) == ("ph_robert_mugabe", "ZWE", "GOV")


def test_a_titled_surname_still_gives_the_country_when_the_date_is_unknown(resolve):
    found = resolve("President Mugabe opened the new session of parliament in Harare.", on=None)
    actor = found["President Mugabe"]
    assert (actor.actor_id, actor.country) == ("ph_robert_mugabe", "ZWE")


def test_an_honorific_before_a_short_surname_names_the_leader(resolve):
    found = resolve("Mr Moi told reporters that the election would go ahead.", on=D1990)
    assert (found["Mr Moi"].actor_id, found["Mr Moi"].country) == ("ph_daniel_arap_moi", "KEN")


def test_a_minister_title_before_a_surname_resolves_the_historical_premier(resolve):
    found = resolve("Prime Minister Shamir rejected the American proposal.", on=D1990)
    assert found["Prime Minister Shamir"].country == "ISR"


def test_the_date_picks_the_namesake_who_held_office(resolve):
    # two Musevenis in the knowledge base; only one held office in 1990
    found = resolve("President Museveni addressed the national assembly.", on=D1990)
    assert found["President Museveni"].actor_id == "ph_yoweri_museveni"


def test_namesakes_of_different_countries_stay_unresolved(resolve):
    # an Afghan and an Iranian official share the surname and both held office in 2011
    found = resolve("Mr Rahimi said the talks had failed.", on=D2011)
    actor = found["Mr Rahimi"]
    assert (actor.actor_id, actor.country) == (None, None)


def test_namesakes_stay_unresolved_without_a_date(resolve):
    found = resolve("President Kaunda criticised the sanctions.", on=None)
    assert found["President Kaunda"].actor_id is None


def test_namesakes_of_one_country_keep_that_country_when_unresolved(resolve):
    # "Mr", not "President": people_officials.jsonl knows which Museveni was president
    found = resolve("Mr Museveni addressed the national assembly.", on=None)
    actor = found["Mr Museveni"]
    assert (actor.actor_id, actor.country) == (None, "UGA")


def test_a_country_the_article_names_singles_out_a_namesake(resolve):
    found = resolve("Mr Rahimi told Iranian state television the talks had failed.", on=D2011)
    actor = found["Mr Rahimi"]
    assert (actor.actor_id, actor.country) == ("ph_mohammad_reza_rahimi", "IRN")


def test_a_hand_written_person_who_never_held_the_title_is_not_meant(resolve):
    # Ash Carter was a defence secretary, never a president
    found = resolve("President Carter welcomed the delegation.", on=datetime.date(2016, 2, 1))
    assert found["President Carter"].actor_id != "carter"


def test_a_title_that_fits_picks_the_hand_written_office_holder(resolve):
    found = resolve("Defense Secretary Carter visited the troops.", on=datetime.date(2016, 2, 1))
    assert found["Defense Secretary Carter"].actor_id == "carter"


def test_a_surname_that_is_an_english_word_is_not_taken(resolve):
    # a historical official is called Price, but "price" is an English word
    found = resolve("Mr Price rejected the offer.", on=D2005)
    assert found["Mr Price"].actor_id is None
    assert not _people(resolve("Price rose sharply in May.", on=D2005))


def test_a_word_after_a_title_is_not_a_surname_when_it_is_an_english_word(resolve):
    found = resolve("General Motors said it would cut jobs.", on=D2005)
    assert not _people(found)


# a surname alone ------------------------------------------------------------------------------
def test_a_bare_surname_only_one_historical_person_carries_resolves(resolve):
    found = resolve("Rawlings said the vote had been fair.", on=datetime.date(1996, 12, 10))
    actor = found["Rawlings"]
    assert (actor.actor_id, actor.country) == ("ph_jerry_john_rawlings", "GHA")


def test_a_bare_surname_two_people_carry_is_left_alone(resolve):
    found = resolve("Rahimi said the talks had failed.", on=D2011)
    assert not _people(found)


def test_a_place_spelt_like_a_historical_surname_is_not_a_person(resolve):
    found = resolve("Delegates gathered in Turku for the summit.", on=D2005)
    assert not _people(found)


# spelling variants -----------------------------------------------------------------------------
def test_a_one_letter_misspelling_after_a_title_resolves(resolve):
    found = resolve("President Obasnjo promised to fight corruption.", on=D2005)
    actor = found["President Obasnjo"]
    assert (actor.actor_id, actor.country) == ("ph_olusegun_obasanjo", "NGA")


@pytest.mark.parametrize("written", ["Colonel Gadhafi", "Colonel Gadafy"])
def test_a_transliteration_variant_after_a_title_resolves(resolve, written):
    found = resolve(f"{written} denounced the air strikes.", on=D1985)
    assert (found[written].actor_id, found[written].country) == ("gaddafi", "LBY")


def test_a_transliteration_variant_of_a_soviet_leader_resolves(resolve):
    found = resolve("Premier Kruschev visited the exhibition.", on=datetime.date(1959, 7, 24))
    assert found["Premier Kruschev"].actor_id == "ph_nikita_khrushchev"


def test_a_full_name_with_its_surname_spelt_otherwise_resolves(resolve):
    found = resolve("Muammar Gadhafi denounced the air strikes.", on=D1985)
    assert found["Muammar Gadhafi"].actor_id == "gaddafi"


def test_a_misspelling_that_fits_two_people_does_not_resolve(resolve):
    # one letter from both Karami (Lebanon) and Karimi (Afghanistan)
    found = resolve("Mr Karomi said the cabinet would resign.", on=D2005)
    assert found["Mr Karomi"].actor_id is None


def test_a_variant_with_another_first_letter_does_not_resolve(resolve):
    found = resolve("President Tobasanjo promised to fight corruption.", on=D2005)
    assert found["President Tobasanjo"].actor_id is None


# hand-written people and their aliases win ---------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "phrase", "actor_id"),
    [
        ("President Putin met the governors.", "President Putin", "putin"),
        ("Chancellor Merkel addressed the Bundestag.", "Chancellor Merkel", "merkel"),
        ("President Zelenskyy thanked the allies.", "President Zelenskyy", "zelensky"),
    ],
)
def test_hand_written_people_keep_their_aliases(resolve, sentence, phrase, actor_id):
    found = resolve(sentence, on=datetime.date(2019, 6, 1))
    assert found[phrase].actor_id == actor_id


def test_a_misspelt_hand_written_surname_after_a_title_resolves(resolve):
    found = resolve("President Zelenskiyy thanked the allies.", on=datetime.date(2023, 6, 1))
    assert found["President Zelenskiyy"].actor_id == "zelensky"


# the pieces ------------------------------------------------------------------------------------
def test_surname_keys_skip_particles_suffixes_and_hyphenated_particles():
    assert surname_keys("f. w. de klerk") == ["klerk", "de klerk"]
    assert surname_keys("awn shawkat al-khasawneh") == ["al-khasawneh", "khasawneh"]
    assert surname_keys("martin luther king jr.") == ["king"]
    assert surname_keys("abdullah ii") == []


def test_transliteration_folds_bring_common_spellings_together():
    assert skeleton("gaddafi") == skeleton("gadhafi")
    assert skeleton("khrushchev") == skeleton("kruschev")
    assert skeleton("zelenskyy") == skeleton("zelenskiy")


def test_an_honorific_with_an_unknown_style_is_reported_with_its_line(tmp_path):
    data = tmp_path / "actors"
    shutil.copytree(DATA_DIR, data)
    with (data / "honorifics.tsv").open("a", encoding="utf-8") as handle:
        handle.write("viceroy\tsometimes\n")
    with pytest.raises(DataFileError, match="honorifics.tsv:\\d+"):
        KnowledgeBase.from_files([], data)


def test_a_spanish_name_is_called_by_the_fathers_surname(resolve):
    found = resolve("Colombian President Alvaro Uribe Velez met Chavez. Later, President Uribe "
                    "flew home.", on=datetime.date(2008, 3, 4))
    assert found["President Uribe"].country == "COL"
