"""The knowledge-base loader: validation with file:line, user files, speed."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from wirecoder.actors.kb import KnowledgeBase
from wirecoder.actors.loader import DATA_DIR
from wirecoder.errors import DataFileError


def write_lines(path: Path, *rows: object) -> Path:
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8"
    )
    return path


PERSON = {
    "kind": "person",
    "id": "okafor",
    "name": "Amara Okafor",
    "aliases": ["Okafor"],
    "gender": "f",
    "country": "NGA",
    "roles": [
        {
            "country": "NGA",
            "office": "foreign minister",
            "title": "foreign minister",
            "sector": "GOV",
            "start": "2025-01-10",
            "end": None,
        }
    ],
}


def test_bad_json_line_is_reported_with_file_and_line(tmp_path):
    path = write_lines(tmp_path / "mine.jsonl", PERSON, "{not json")
    with pytest.raises(DataFileError, match=r"mine\.jsonl:2: not valid JSON"):
        KnowledgeBase.from_files([path])


def test_role_with_a_bad_date_is_reported_with_its_line(tmp_path):
    bad = {**PERSON, "id": "x", "roles": [{**PERSON["roles"][0], "start": "10/01/2025"}]}
    path = write_lines(tmp_path / "people.jsonl", PERSON, bad)
    with pytest.raises(DataFileError, match=r"people\.jsonl:2: 'role 0 start' must be an ISO date"):
        KnowledgeBase.from_files([path])


def test_unknown_sector_is_rejected(tmp_path):
    path = write_lines(
        tmp_path / "groups.jsonl",
        {"id": "g", "name": "Some Front", "country": "MLI", "sector": "XXX"},
    )
    with pytest.raises(DataFileError, match=r"groups\.jsonl:1: 'sector' 'XXX' is not a known"):
        KnowledgeBase.from_files([path])


def test_line_without_a_kind_in_a_file_of_no_known_name_is_rejected(tmp_path):
    path = write_lines(tmp_path / "extra.jsonl", {"id": "g", "name": "Some Front"})
    with pytest.raises(DataFileError, match=r"extra\.jsonl:1: unknown kind"):
        KnowledgeBase.from_files([path])


def test_duplicate_id_in_one_file_names_both_lines(tmp_path):
    path = write_lines(tmp_path / "mine.jsonl", PERSON, PERSON)
    with pytest.raises(DataFileError, match=r"mine\.jsonl:2: duplicate id 'okafor' .*line 1"):
        KnowledgeBase.from_files([path])


def test_missing_user_file_is_reported(tmp_path):
    with pytest.raises(DataFileError, match="does not exist"):
        KnowledgeBase.from_files([tmp_path / "nope.jsonl"])


def test_user_file_adds_a_person_the_resolver_finds(tmp_path, nlp):
    from wirecoder.actors.resolver import ActorResolver

    path = write_lines(tmp_path / "my_actors.jsonl", PERSON)
    kb = KnowledgeBase.load(extra=[path])
    doc = nlp("Foreign Minister Amara Okafor flew to Accra.")
    actors = ActorResolver(kb).resolve(doc, on=datetime.date(2025, 9, 5))
    head = next(t for t in doc if t.text == "Okafor")
    actor = actors.actor_for(head)
    assert (actor.actor_id, actor.country, actor.role) == ("okafor", "NGA", "foreign minister")


def test_builtin_files_cover_un_members_and_the_three_extra_states(kb):
    countries = [e for e in kb.entries.values() if e.kind == "country"]
    assert len(countries) >= 196
    assert {"XKX", "TWN", "PSE"} <= {c.id for c in countries}


def test_load_is_cached_per_process():
    # its speed is measured in benchmarks/actors.py, not here
    assert KnowledgeBase.load() is KnowledgeBase.load()


def test_group_period_with_an_unknown_sector_is_reported_with_its_line(tmp_path):
    group = {
        "kind": "group",
        "id": "g",
        "name": "G",
        "country": "AFG",
        "sector": "REB",
        "periods": [{"sector": "RULERS", "start": "2021-08-15"}],
    }
    path = write_lines(tmp_path / "mine.jsonl", group)
    with pytest.raises(DataFileError, match=r"mine.jsonl:1: 'period 0 sector'"):
        KnowledgeBase.from_files([path])


def test_ambiguous_alias_naming_an_unknown_id_is_reported(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for source in DATA_DIR.iterdir():
        (data / source.name).write_bytes(source.read_bytes())
    (data / "ambiguous.tsv").write_text("congo\tCOD\tZZZ\tbrazzaville\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"ambiguous.tsv:1: alternative 'ZZZ'"):
        KnowledgeBase.from_files([], data_dir=data)


def test_group_sector_follows_its_dated_periods(kb):
    taliban = kb.entries["taliban"]
    assert taliban.sector_on(datetime.date(2016, 5, 25)) == ("AFG", "REB")
    assert taliban.sector_on(datetime.date(2023, 9, 20)) == ("AFG", "GOV")
