"""Events below the operating point stay out of `code` and `events` unless asked for with
--min-confidence 0; the API takes the same filter."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from wirecoder.cli import app
from wirecoder.events.confidence import DEFAULT_MIN_CONFIDENCE

runner = CliRunner()
# A sourceless attack and a clear one: the first falls in a bin right about one time in ten.
TEXT = ("Gunmen attacked a bus on the highway on Sunday. Ethiopian troops shelled rebel "
        "positions near Gondar, the army said.")


def _events(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return [r for r in (json.loads(line) for line in result.stdout.splitlines() if line)
            if r["kind"] == "event"]


def test_code_hides_events_below_the_operating_point_unless_asked(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "date": "2024-03-04", "text": TEXT}) + "\n")
    shown = _events(["code", str(path)])
    everything = _events(["code", str(path), "--min-confidence", "0"])
    assert all(e["confidence"] >= DEFAULT_MIN_CONFIDENCE for e in shown)
    assert len(everything) >= len(shown)
    assert any(e["confidence"] < DEFAULT_MIN_CONFIDENCE for e in everything) or \
        len(everything) == len(shown)
    strict = _events(["code", str(path), "--min-confidence", "0.99"])
    assert strict == []


def test_a_confidence_outside_zero_to_one_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    result = runner.invoke(app, ["code", str(path), "--min-confidence", "1.5"])
    assert result.exit_code != 0
