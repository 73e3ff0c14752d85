"""Accuracy gate on our own phenomenon fixtures: floors a change may raise, never lower.

Floors live in phenomena_floors.json; `benchmarks/accuracy.py` prints the current numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.evaluation.phenomena import LEVELS, score_file

FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "phenomena"
FLOORS = json.loads((Path(__file__).with_name("phenomena_floors.json")).read_text())


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_phenomenon_accuracy_does_not_fall_below_its_floor(name, code_events):
    score = score_file(FOLDER / f"{name}.jsonl", code_events)
    for level in LEVELS:
        floor = FLOORS[name][level]
        assert score.accuracy(level) >= floor, (
            f"{name} {level} accuracy {score.accuracy(level):.2f} < floor {floor}:\n"
            + "\n".join(score.misses))


def test_every_fixture_file_has_a_floor():
    assert {p.stem for p in FOLDER.glob("*.jsonl")} == set(FLOORS)
