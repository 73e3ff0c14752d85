"""The learned trigger model (events/learned.py, on unless `--no-learned-triggers`) reads
words the lexicon lacks; it never changes what the lexicon finds, and the shipped weights
come from the versioned training sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.coder import Coder
from wirecoder.events.coder import EventCoder
from wirecoder.events.learned import load_trigger_model
from wirecoder.events.lexicon import load_lexicon
from wirecoder.events.places import load_gazetteer
from wirecoder.ingest.article import Article

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def learned(coder: Coder) -> Coder:
    """The session's coder: the learned trigger model is on by default."""
    assert coder.config.learned_triggers
    return coder


@pytest.fixture(scope="module")
def rules_only(coder: Coder) -> Coder:
    """The session's coder with the learned trigger model switched off."""
    plain = Coder.__new__(Coder)
    plain.__dict__.update(coder.__dict__)
    plain.events = EventCoder(load_lexicon(), load_gazetteer(), use_model=False)
    return plain


def _types(coder: Coder, text: str) -> list[str]:
    result = coder.code_chunk([Article(id="t", text=text, date="2024-01-01")])[0]
    return [e.event_type for e in result.events]


def test_words_the_lexicon_lacks_are_read_by_the_model(learned, rules_only):
    for text, kind in (("Opposition lawmakers walked out of parliament in Nairobi in protest.",
                        "PROTEST"),
                       ("Ankara brushed aside the appeal from Athens.", "REJECT"),
                       ("The IMF disbursed $300 million to Pakistan.", "AID")):
        assert kind not in _types(rules_only, text), text
        assert kind in _types(learned, text), text


def test_the_model_never_changes_what_the_lexicon_finds(learned, rules_only):
    for text in ("Beijing snubbed the invitation.", "Chad airlifted troops to Mali.",
                 "The junta rounded up dozens of students.",
                 "Police fired tear gas at the crowd in Nairobi."):
        assert _types(learned, text) == _types(rules_only, text), text


def test_an_unsure_reading_makes_no_event(learned):
    assert _types(learned, "Ministers discussed the weather over lunch in Rome.") == []


def test_the_command_line_can_switch_the_model_off(tmp_path):
    from typer.testing import CliRunner

    from wirecoder.cli import app

    article = tmp_path / "a.jsonl"
    article.write_text(json.dumps({"id": "imf", "date": "2024-02-01", "text":
                                   "The IMF disbursed $300 million to Pakistan."}) + "\n")
    runner = CliRunner()
    plain = runner.invoke(app, ["code", str(article), "--no-learned-triggers"])
    with_model = runner.invoke(app, ["code", str(article)])
    assert plain.exit_code == with_model.exit_code == 0
    assert '"AID"' not in plain.stdout and '"AID"' in with_model.stdout


def test_the_shipped_model_was_trained_on_the_sentences_in_the_repository():
    model_file = REPO / "wirecoder" / "data" / "models" / "trigger_model.tsv"
    header = model_file.read_text(encoding="utf-8").split("\nfeature\t", 1)[0]
    sentences = sum(1 for path in (REPO / "training" / "events").glob("*.jsonl")
                    for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    assert f"({sentences} sentences" in header.replace("\n# ", " "), \
        "training/events changed: run `make train` to refit the model"
    assert load_trigger_model() is not None


def test_every_training_trigger_occurs_in_its_sentence():
    for path in (REPO / "training" / "events").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            for event in item["events"]:
                assert event["trigger"] in item["text"], (path.name, item["id"])
