"""Accuracy gate on our labelled actor mentions: floors a change may raise, never lower.

Floors live in mention_floors.json (a little under the measured accuracy, so one parser
wobble does not fail the suite); `benchmarks/actors.py --show-errors` prints the numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.actors.evaluation import MentionScore, read_snippets, score_snippets
from wirecoder.actors.resolver import ActorResolver

MENTIONS = Path(__file__).resolve().parents[1] / "fixtures" / "actors" / "mentions.jsonl"
FLOORS = json.loads(Path(__file__).with_name("mention_floors.json").read_text())


@pytest.fixture(scope="module")
def mention_score(nlp, kb) -> MentionScore:
    return score_snippets(read_snippets(MENTIONS), nlp, ActorResolver(kb))


@pytest.mark.parametrize("phenomenon", sorted(FLOORS))
def test_phenomenon_accuracy_does_not_fall_below_its_floor(phenomenon, mention_score):
    tally = mention_score.by_phenomenon[phenomenon]
    for level, floor in FLOORS[phenomenon].items():
        accuracy = tally.accuracy(level)
        assert accuracy is not None and accuracy >= floor, (
            f"{phenomenon} {level} accuracy {accuracy} < floor {floor}:\n"
            + "\n".join(m for m in mention_score.misses if f"[{phenomenon}]" in m)
        )


def test_every_phenomenon_of_the_set_has_a_floor(mention_score):
    assert set(mention_score.by_phenomenon) == set(FLOORS)


def test_the_set_covers_each_phenomenon_with_fifteen_mentions(mention_score):
    small = {
        p: t.total["country"]
        for p, t in mention_score.by_phenomenon.items()
        if t.total["country"] < 15
    }
    assert not small
