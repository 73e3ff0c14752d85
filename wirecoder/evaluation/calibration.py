"""Calibrate event confidence on our own labelled fixtures (tests/fixtures/phenomena).

Each emitted event gets a label where the fixture decides it: right when it meets the item's
expected event (or one of its `also` events) at the dyad level, wrong when the item expects no
event, or when it is read from the expected trigger but gets the type or dyad wrong; other events
stay unlabelled. The share of right events per bin (PLOVER class x source x recipient),
smoothed towards the overall share, becomes the shipped table
(wirecoder/data/lexicons/confidence.tsv) that `events.confidence` reads.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirecoder.evaluation.phenomena import match_level
from wirecoder.events.confidence import bin_of_record

Code = Callable[[str, str], list[dict[str, Any]]]
SMOOTHING = 4.0  # pseudo-observations pulling a sparse bin towards the overall share


@dataclass(frozen=True)
class Labelled:
    bin: str
    right: bool
    confidence: float
    fixture: str = ""


def _expectations(item: dict[str, Any]) -> list[dict[str, Any]]:
    expect = item.get("expect")
    return [] if expect is None else [expect, *expect.get("also", [])]


def label_events(folder: Path, code: Code) -> list[Labelled]:
    """Every fixture event whose rightness the fixture decides, with its bin and confidence."""
    labelled: list[Labelled] = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            expected = _expectations(item)
            for event in code(item["text"], item["date"]):
                right = any(match_level(e, [event]) in {"dyad", "full"} for e in expected)
                targeted = any((e.get("trigger") or "").split()[:1] == [event.get("trigger")]
                               for e in expected)
                if right or not expected or targeted:
                    labelled.append(Labelled(bin_of_record(event), right,
                                             float(event["confidence"]), path.stem))
    return labelled


def fit_table(labelled: Iterable[Labelled]) -> tuple[float, dict[str, tuple[int, float]]]:
    """(overall share right, {bin: (events, smoothed share right)})."""
    rows = list(labelled)
    prior = sum(r.right for r in rows) / len(rows) if rows else 0.5
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        counts[row.bin][0] += 1
        counts[row.bin][1] += row.right
    table = {b: (n, (k + SMOOTHING * prior) / (n + SMOOTHING)) for b, (n, k) in counts.items()}
    return prior, table


def cross_validated_brier(labelled: Iterable[Labelled]) -> float:
    """Brier score with each fixture file predicted by a table fitted on the other files:
    an honest estimate of how the table does on sentences it was not fitted on."""
    rows = list(labelled)
    squared = 0.0
    for fixture in {r.fixture for r in rows}:
        prior, table = fit_table(r for r in rows if r.fixture != fixture)
        held_out = [r for r in rows if r.fixture == fixture]
        squared += sum((table.get(r.bin, (0, prior))[1] - r.right) ** 2 for r in held_out)
    return squared / len(rows) if rows else 0.0


def brier(labelled: Iterable[Labelled], predict: Callable[[Labelled], float]) -> float:
    """Mean squared gap between a predicted confidence and the 0/1 label (lower is better)."""
    rows = list(labelled)
    return sum((predict(r) - r.right) ** 2 for r in rows) / len(rows) if rows else 0.0


def write_table(path: Path, prior: float, table: dict[str, tuple[int, float]]) -> None:
    """Write the calibration table in the shipped TSV format."""
    lines = ["# Event confidence by bin, fitted by benchmarks/calibrate.py on our fixtures and",
             "# our article-level development set (benchmarks/articles).",
             "# Columns: bin (PLOVER class|source|recipient), events seen, share right.",
             "bin\tevents\tconfidence", f"*\t{sum(n for n, _ in table.values())}\t{prior:.3f}"]
    lines += [f"{b}\t{n}\t{p:.3f}" for b, (n, p) in sorted(table.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

