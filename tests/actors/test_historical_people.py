"""Historical office holders from the Phoenix dictionaries (people_historical.jsonl)."""

from __future__ import annotations

import datetime
import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from wirecoder.actors.kb import KnowledgeBase
from wirecoder.actors.loader import DATA_DIR, fold, read_entries
from wirecoder.errors import DataFileError

ROOT = Path(__file__).resolve().parents[2]
HISTORICAL = DATA_DIR / "people_historical.jsonl"


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_historical_people", ROOT / "tools" / "build_historical_people.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


CASES = [
    # (sentence, date, phrase, actor id, country, sector, role)
    (
        "President Yeltsin flew to Grozny on a surprise visit.",
        datetime.date(1995, 3, 1),
        "President Yeltsin",
        "yeltsin",
        "RUS",
        "GOV",
        "head of state",
    ),
    (
        "Mikhail Gorbachev told party delegates that reform would continue.",
        datetime.date(1990, 7, 3),
        "Mikhail Gorbachev",
        "ph_mikhail_gorbachev",
        "RUS",
        "GOV",
        "head of state",
    ),
    (
        "Ronald Reagan warned Tripoli against new attacks.",
        datetime.date(1986, 4, 10),
        "Ronald Reagan",
        "ph_ronald_reagan",
        "USA",
        "GOV",
        "head of state",
    ),
    (
        "Yuliya Tymoshenko accused her rivals of sabotaging the gas deal.",
        datetime.date(2009, 1, 20),
        "Yuliya Tymoshenko",
        "ph_yuliya_tymoshenko",
        "UKR",
        "GOV",
        "head of government",
    ),
    (
        "Saeb Erekat said the talks had reached a dead end.",
        datetime.date(2001, 1, 27),
        "Saeb Erekat",
        "ph_saeb_erekat",
        "PSE",
        "GOV",
        "government official",
    ),
]


@pytest.mark.parametrize("text,on,phrase,actor_id,country,sector,role", CASES)
def test_dated_role_resolves_on_the_article_date(
    resolve, text, on, phrase, actor_id, country, sector, role
):
    actor = resolve(text, on)[phrase]
    assert (actor.actor_id, actor.country, actor.sector, actor.role) == (
        actor_id,
        country,
        sector,
        role,
    )


def test_office_ends_at_the_dictionary_date_so_later_mentions_hold_no_office(resolve):
    actor = resolve("Pervez Musharraf returned from exile.", datetime.date(2024, 5, 1))[
        "Pervez Musharraf"
    ]
    assert (actor.country, actor.sector, actor.role) == ("PAK", None, None)


def test_every_line_of_the_historical_file_validates():
    entries = list(read_entries(HISTORICAL, "person"))
    assert len(entries) > 10_000
    assert all(e.data["roles"] for e in entries)


def test_hand_written_people_are_not_duplicated():
    hand = {fold(e.data["name"]) for e in read_entries(DATA_DIR / "people.jsonl")}
    for e in read_entries(DATA_DIR / "people.jsonl"):
        hand.update(fold(a) for a in e.data.get("aliases", ()))
    historical = {fold(e.data["name"]) for e in read_entries(HISTORICAL, "person")}
    assert not hand & historical


def test_a_bad_line_in_the_historical_file_is_reported_with_its_number(tmp_path):
    data = tmp_path / "actors"
    shutil.copytree(DATA_DIR, data)
    (data / "people_historical.jsonl").write_text(
        '{"id":"ph_a","name":"Anna Example","aliases":[],"roles":[]}\n{"name": "broken"}\n',
        encoding="utf-8",
    )
    kb = KnowledgeBase.from_files([], data)
    with pytest.raises(DataFileError, match=r"people_historical.jsonl:2"):
        kb.lookup("Anna Example")


def test_reader_groups_name_lines_synonyms_and_codes(tmp_path):
    builder = _builder()
    text = (
        "# a comment\n"
        "JANE_Q._EXAMPLE_  # note\n+JANE_EXAMPLE\nPRIME_MINISTER_EXAMPLE\n"
        "\t[JAPGOV 950101-980630]\n\t[JAPELI]\n"
        "JOHN_SAMPLE_\t[FRALEG >120301]\n"
    )
    path = tmp_path / "sample.actors.txt"
    path.write_text(text, encoding="utf-8")
    blocks = builder.read_blocks(path)
    assert [b.names for b in blocks] == [
        ["JANE_Q._EXAMPLE", "JANE_EXAMPLE", "PRIME_MINISTER_EXAMPLE"],
        ["JOHN_SAMPLE"],
    ]
    roles, nationality = builder.roles_of(blocks[0], {"JPN", "FRA"})
    assert nationality == "JPN"  # CAMEO JAP is ISO JPN
    assert [(r["country"], r["start"], r["end"]) for r in roles] == [
        ("JPN", "1995-01-01", "1998-06-30")
    ]
    builder.titled_role(blocks[0], roles, set(builder.tokens(blocks[0].names[0])))
    assert (roles[0]["office"], roles[0]["title"]) == ("head of government", "prime minister")
    open_role, _ = builder.roles_of(blocks[1], {"FRA"})
    assert open_role[0]["end"] == builder.INFO_DATE


def test_no_head_title_is_invented_without_the_dictionary_saying_so():
    builder = _builder()
    block = builder.Block(["PAT_EXAMPLE", "PAT_Q._EXAMPLE"], [("FRA", "GOV", "", "990101", None)])
    roles, _ = builder.roles_of(block, {"FRA"})
    builder.titled_role(block, roles, {"PAT", "EXAMPLE"})
    assert (roles[0]["office"], roles[0]["title"]) == ("government official", "official")


def test_one_word_aliases_must_be_distinctive():
    builder = _builder()

    def person(name: str, *aliases: str):
        return builder.Candidate(name, list(aliases), [], "FRA")

    people = [
        person("Anna Brown", "Brown"),  # an English word
        person("Marek Zbigniewski", "Marek", "Zbigniewski"),  # a first name; a rare surname
        person("Olek Kowalczykowski", "Kowalczykowski"),
        person("Piotr Kowalczykowski", "Kowalczykowski"),  # two people claim it
        person("Marek Nowakowski", "Nowakowski"),  # taken by an existing entry
    ]
    builder.select_aliases(people, {"nowakowski"}, frozenset({"brown"}))
    assert [p.aliases for p in people] == [[], ["Zbigniewski"], [], [], []]
