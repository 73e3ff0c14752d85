"""Loading gold files: typed objects, located evidence, and clear errors on bad lines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wirecoder.errors import GoldFileError
from wirecoder.evaluation.gold import gold_articles_as_inputs, load_gold

TEXT = "Kenya hosted talks between the rival factions on Friday. Both sides agreed to a truce."


def gold_line(**changes: Any) -> dict[str, Any]:
    line: dict[str, Any] = {
        "id": "kenya-talks", "date": "2024-05-10", "title": "Talks in Nairobi", "text": TEXT,
        "events": [{"evidence": "Kenya hosted talks", "options": [{"event_type": "CONSULT"}],
                    "source": {"country": ["KEN"]}, "recipient": {"country": [None, "KEN"]},
                    "required": True, "note": "host"},
                   {"evidence": "agreed to a truce",
                    "options": [{"event_type": "AGREE", "modality": ["future"]},
                                {"event_type": "RETREAT", "negated": True}],
                    "source": {"country": [None]}, "recipient": None, "required": False}],
        "stances": [{"actor": {"country": ["KEN"]}, "issue_keywords": ["truce"],
                     "polarity": ["support"], "required": True}],
        "commitments": [{"giver": {"country": ["KEN"]}, "receiver": {"country": [None]},
                         "what_keywords": ["mediat"], "negated": False}],
    }
    line.update(changes)
    return line


def write(tmp_path: Path, *lines: object) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
                    encoding="utf-8")
    return path


def test_gold_line_loads_into_typed_objects_with_located_evidence(tmp_path: Path) -> None:
    (art,) = load_gold(write(tmp_path, gold_line()))
    first, second = art.events
    assert (art.id, art.date, art.title) == ("kenya-talks", "2024-05-10", "Talks in Nairobi")
    assert TEXT[first.start:first.end] == "Kenya hosted talks"
    assert first.recipient is not None and first.recipient.countries == (None, "KEN")
    assert second.recipient is None and not second.required
    assert second.options[0].modality == ("future",) and second.options[1].negated
    assert art.stances[0].polarity == ("support",)
    assert art.commitments[0].required and not art.commitments[0].negated
    assert art.origin == f"{tmp_path / 'gold.jsonl'}:1"


def test_article_without_stances_or_commitments_loads_with_empty_tuples(tmp_path: Path) -> None:
    line = gold_line()
    del line["stances"], line["commitments"]
    (art,) = load_gold(write(tmp_path, line, ""))
    assert art.stances == () and art.commitments == ()


def test_gold_articles_become_coder_inputs_without_their_coding(tmp_path: Path) -> None:
    (inp,) = gold_articles_as_inputs(load_gold(write(tmp_path, gold_line(date=None))))
    assert (inp.id, inp.text, inp.title, inp.date) == ("kenya-talks", TEXT, "Talks in Nairobi",
                                                       None)


def test_missing_file_is_rejected_with_its_name(tmp_path: Path) -> None:
    with pytest.raises(GoldFileError, match=r"Gold file '.*nowhere.jsonl': file does not exist"):
        load_gold(tmp_path / "nowhere.jsonl")


def test_empty_file_is_rejected_with_its_name(tmp_path: Path) -> None:
    with pytest.raises(GoldFileError, match=r"gold.jsonl': no articles"):
        load_gold(write(tmp_path, ""))


def test_broken_json_is_reported_with_its_line_number(tmp_path: Path) -> None:
    with pytest.raises(GoldFileError, match=r"line 2: not valid JSON"):
        load_gold(write(tmp_path, gold_line(), '{"id": "x", "text": '))


def test_line_that_is_not_utf8_is_reported_with_its_number(tmp_path: Path) -> None:
    path = write(tmp_path, gold_line())
    path.write_bytes(path.read_bytes() + b'{"id": "caf\xe9"}\n')
    with pytest.raises(GoldFileError, match=r"line 2: not valid UTF-8 at byte 11"):
        load_gold(path)


def test_evidence_missing_from_text_is_reported_with_the_article(tmp_path: Path) -> None:
    line = gold_line()
    line["events"][0]["evidence"] = "Kenya hosted summit"
    with pytest.raises(GoldFileError, match=r"line 1: article 'kenya-talks': evidence "
                                            r"'Kenya hosted summit' is not a substring"):
        load_gold(write(tmp_path, line))


def test_evidence_found_twice_is_rejected_as_ambiguous(tmp_path: Path) -> None:
    line = gold_line()
    line["events"][0]["evidence"] = "ri"
    with pytest.raises(GoldFileError, match=r"found more than once"):
        load_gold(write(tmp_path, line))


def test_unknown_event_type_names_the_field_and_the_allowed_types(tmp_path: Path) -> None:
    line = gold_line()
    line["events"][1]["options"][0]["event_type"] = "DEMAND"
    with pytest.raises(GoldFileError, match=r"line 1: article 'kenya-talks' events\[1\] "
                       r"options\[0\] event_type 'DEMAND' is unknown; use one of: AGREE, "):
        load_gold(write(tmp_path, line))


@pytest.mark.parametrize("change, where", [
    ({"id": 7}, r"'id' must be a non-empty string, got int"),
    ({"text": ""}, r"must be non-empty strings"),
    ({"events": {"evidence": "x"}}, r"'events' must be a list, got dict"),
    ({"stances": [{"actor": {"country": ["KEN"]}, "issue_keywords": [],
                   "polarity": ["support"]}]}, r"stances\[0\] 'issue_keywords' must be a non-"),
    ({"stances": [{"actor": {"country": "KEN"}, "issue_keywords": ["a"],
                   "polarity": ["support"]}]}, r"'actor.country' must be a non-empty list"),
    ({"stances": [{"actor": {"country": ["KEN"]}, "issue_keywords": ["a"],
                   "polarity": ["keen"]}]}, r"stances\[0\] polarity 'keen' is unknown"),
    ({"commitments": [{"giver": {"country": ["KEN"]}, "receiver": {"country": [None]},
                       "what_keywords": ["x"], "negated": "no"}]},
     r"commitments\[0\] 'negated' must be true or false, got str"),
])
def test_malformed_field_is_reported_with_line_and_field(tmp_path: Path, change: dict[str, Any],
                                                         where: str) -> None:
    with pytest.raises(GoldFileError, match=r"Gold file '.*gold.jsonl': line 2: .*" + f"({where})"):
        load_gold(write(tmp_path, gold_line(id="ok"), gold_line(**change)))


def test_repeated_article_id_is_kept_with_a_warning(tmp_path: Path,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    assert len(load_gold(write(tmp_path, gold_line(), gold_line()))) == 2
    assert "repeats article ids kenya-talks" in caplog.text
