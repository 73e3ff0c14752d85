"""Accuracy on the shared gold sets (seed, peer) and on our own phenomenon fixtures.

Codes each gold file with `wirecoder code ... --format jsonl` (the benchmark contract), scores it
with ../shared/benchmarks/score.py, and prints the numbers. Usage:
    .venv/bin/python benchmarks/accuracy.py [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "benchmarks"
OUT = REPO / "out"
SETS = {"seed": SHARED / "seed" / "gold.jsonl", "peer": SHARED / "peer" / "plover-gsr.jsonl"}


def run_gold(name: str, gold: Path, show_errors: bool) -> dict:
    OUT.mkdir(exist_ok=True)
    system = OUT / f"{name}.jsonl"
    started = time.perf_counter()
    with system.open("w") as handle:
        subprocess.run([str(REPO / ".venv" / "bin" / "wirecoder"), "code", str(gold),
                        "--format", "jsonl"], stdout=handle, check=False)
    seconds = time.perf_counter() - started
    args = [sys.executable, str(SHARED / "score.py"), str(gold), str(system), "--json"]
    scores = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    if show_errors:
        args = [sys.executable, str(SHARED / "score.py"), str(gold), str(system), "--show-errors"]
        print(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    scores["seconds"] = round(seconds, 1)
    return scores


def phenomena(show_errors: bool = False) -> list[str]:
    """Our phenomenon fixtures (tuned on: a regression gate), then the blind set
    (benchmarks/fixtures/fresh.jsonl: written without running the coder, never tuned on)."""
    from wirecoder.coder import Coder
    from wirecoder.evaluation.phenomena import score_file, score_folder, table_lines
    from wirecoder.ingest.article import Article

    coder = Coder()

    def code(text: str, date: str) -> list[dict]:
        result = next(coder.code_articles([Article(id="x", text=text, date=date)]))
        return [e.to_dict() for e in result.events]

    lines = table_lines(score_folder(REPO / "tests" / "fixtures" / "phenomena", code))
    fresh = score_file(REPO / "benchmarks" / "fixtures" / "fresh.jsonl", code)
    lines += ["", "Blind set (written before coding, not tuned on):", *table_lines([fresh])]
    if show_errors:
        lines += [f"  {miss}" for miss in fresh.misses]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show-errors", action="store_true")
    options = parser.parse_args()
    for name, gold in SETS.items():
        scores = run_gold(name, gold, options.show_errors)
        events = scores.get("events", {})
        line = "  ".join(f"{level} P/R/F1 {v['precision']:.2f}/{v['recall']:.2f}/{v['f1']:.2f}"
                         for level, v in events.items())
        print(f"{name}: {line}  ({scores['seconds']} s)")
        for part in ("stances", "commitments"):
            if part in scores and scores[part].get("total"):
                print(f"{name}: {part} {scores[part]['correct']}/{scores[part]['total']}")
    print("\nOur phenomenon fixtures (accuracy):")
    print("\n".join(phenomena(options.show_errors)))


if __name__ == "__main__":
    main()
