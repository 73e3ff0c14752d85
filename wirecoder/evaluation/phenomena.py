"""Accuracy on our own phenomenon fixtures (tests/fixtures/phenomena): one file of hand-
written sentences per linguistic phenomenon, each labelled with the event it should yield."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Types that already imply an auxiliary mode, which a coder may then leave out.
IMPLIED = {"REJECT": {"negation"}, "AGREE": {"future"}, "THREATEN": {"hypothetical"}}
LEVELS = ("type", "dyad", "full")


@dataclass
class PhenomenonScore:
    """Per-level hits over a fixture file's items."""

    name: str
    total: int = 0
    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    misses: list[str] = field(default_factory=list)

    def accuracy(self, level: str) -> float:
        return self.hits[level] / self.total if self.total else 0.0


def _types(expect: dict[str, Any]) -> set[str]:
    return set(expect.get("event_type_options") or [expect["event_type"]])


def _country(actor: dict[str, Any] | None) -> str | None:
    return actor.get("country") if actor else None


def match_level(expect: dict[str, Any], events: list[dict[str, Any]]) -> str | None:
    """The highest level ('type', 'dyad', 'full') at which some event meets `expect`."""
    best = None
    for event in events:
        if event["event_type"] not in _types(expect):
            continue
        best = best or "type"
        sources = set(expect.get("source_countries") or [expect.get("source_country")])
        if _country(event.get("source")) not in sources:
            continue
        wanted_recipient = expect.get("recipient_country")
        if wanted_recipient is not None and _country(event.get("recipient")) != wanted_recipient:
            continue
        best = "dyad"
        contexts = set(event.get("context") or [])
        expected = set(expect.get("context") or [])
        wanted = expected - IMPLIED.get(event["event_type"], set())
        # full: every expected mode present, and no negation the text does not have
        if wanted <= contexts and ("negation" not in contexts or "negation" in expected) \
                and _date_and_place_match(expect, event):
            return "full"
    return best


def _date_and_place_match(expect: dict[str, Any], event: dict[str, Any]) -> bool:
    if expect.get("date_value") and event.get("date") != expect["date_value"]:
        return False
    if expect.get("location_name"):
        location = event.get("location") or {}
        if (location.get("name") or "").lower() != expect["location_name"].lower():
            return False
        if expect.get("location_country") and location.get("country") != \
                expect["location_country"]:
            return False
    return True


def score_file(path: Path, code: Callable[[str, str], list[dict[str, Any]]]) -> PhenomenonScore:
    """Score one fixture file; `code(text, date)` returns event dicts of the output contract."""
    score = PhenomenonScore(path.stem)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        events = code(item["text"], item["date"])
        score.total += 1
        expect = item.get("expect")
        if expect is None:
            if not events:
                for each in LEVELS:
                    score.hits[each] += 1
            else:
                score.misses.append(f"{item['id']}: expected no event, got "
                                    f"{[e['event_type'] for e in events]}")
            continue
        level: str | None = match_level(expect, events)
        reached = LEVELS.index(level) + 1 if level else 0
        for achieved in LEVELS[:reached]:
            score.hits[achieved] += 1
        if level != "full":
            got = [(e["event_type"], _country(e.get("source")), _country(e.get("recipient")),
                    e.get("context")) for e in events]
            score.misses.append(f"{item['id']}: reached {level}; want {sorted(_types(expect))} "
                                f"{expect.get('source_country')}->"
                                f"{expect.get('recipient_country')} "
                                f"{expect.get('context')}; got {got}")
    return score


def score_folder(folder: Path, code: Callable[[str, str], list[dict[str, Any]]]
                 ) -> list[PhenomenonScore]:
    """Scores of every fixture file in a folder, by file name."""
    return [score_file(p, code) for p in sorted(folder.glob("*.jsonl"))]


def table_lines(scores: Iterable[PhenomenonScore]) -> list[str]:
    """A plain-text table of per-phenomenon accuracy."""
    lines = [f"{'phenomenon':<16}{'n':>4}  {'type':>6}{'dyad':>6}{'full':>6}"]
    for s in scores:
        lines.append(f"{s.name:<16}{s.total:>4}  " + "".join(
            f"{s.accuracy(level):>6.2f}" for level in LEVELS))
    return lines
