"""Accuracy on our article-level blind development set (benchmarks/articles/batch-*.jsonl).

Each batch was written, with its gold, by someone who never saw the coder's code or output
(benchmarks/articles/README.md). This script codes every batch with `wirecoder code ...
--format jsonl` (the benchmark contract), scores it with ../shared/benchmarks/score.py, and
prints per batch and overall: event P/R/F1 at the type, dyad and full levels, stances and
commitments, and recall of required events by phenomenon tag. Usage:

    .venv/bin/python benchmarks/articles.py [--show-errors] [--min-confidence X]
        [--rules-only] [BATCH ...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from wirecoder.events.confidence import DEFAULT_MIN_CONFIDENCE

REPO = Path(__file__).resolve().parents[1]
SCORE = REPO.parent / "shared" / "benchmarks" / "score.py"
ARTICLES = REPO / "benchmarks" / "articles"
LEVELS = ("type", "dyad", "full")


def code(gold: Path, out: Path, min_confidence: float, learned: bool = True) -> list[dict]:
    extra = [] if learned else ["--no-learned-triggers"]
    with out.open("w") as handle:
        subprocess.run([str(REPO / ".venv" / "bin" / "wirecoder"), "code", str(gold),
                        "--format", "jsonl", "--min-confidence", "0", *extra], stdout=handle,
                       stderr=subprocess.DEVNULL,
                       check=False)
    records = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
    kept = [r for r in records if r.get("kind") != "event"
            or r.get("confidence", 1.0) >= min_confidence]
    out.write_text("".join(json.dumps(r) + "\n" for r in kept))
    return kept


def score(gold: Path, system: Path, show_errors: bool) -> dict:
    args = [sys.executable, str(SCORE), str(gold), str(system), "--json"]
    result = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    if show_errors:
        args = [sys.executable, str(SCORE), str(gold), str(system), "--show-errors"]
        print(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    return result


def phenomenon_recall(gold: Path, records: list[dict]) -> dict[str, list[int]]:
    """Per phenomenon tag: [required gold events, found at type level, found at dyad level]
    (a simple overlap check, for orientation; score.py's matching is the number that counts)."""
    sys.path.insert(0, str(SCORE.parent))
    import score as scorer  # noqa: PLC0415  (the shared scorer, standard library only)

    by_article = defaultdict(list)
    for record in records:
        if record.get("kind") == "event":
            by_article[record["article_id"]].append(record)
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for article in (json.loads(line) for line in gold.read_text().splitlines() if line):
        for event in article["events"]:
            if not event.get("required", True):
                continue
            start = article["text"].index(event["evidence"])
            span = (start, start + len(event["evidence"]))
            found = [any(scorer.event_ok(event, span, r, level)
                         for r in by_article[article["id"]]) for level in ("type", "dyad")]
            for tag in event.get("phenomena") or ["none tagged"]:
                row = table[tag]
                row[0] += 1
                row[1] += found[0]
                row[2] += found[1]
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="*", type=Path)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE,
                        help="show events at or above this confidence (default: the coder's "
                             "operating point)")
    parser.add_argument("--rules-only", action="store_true",
                        help="code without the learned trigger model")
    args = parser.parse_args(argv)
    batches = args.batches or sorted(ARTICLES.glob("batch-*.jsonl"))
    totals = {level: [0, 0, 0] for level in LEVELS}
    stances, commitments = [0, 0], [0, 0]
    phenomena: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    with tempfile.TemporaryDirectory() as tmp:
        for gold in batches:
            system = Path(tmp) / gold.name
            records = code(gold, system, args.min_confidence, not args.rules_only)
            result = score(gold, system, args.show_errors)
            events = result["events"]
            line = "  ".join(f"{level} P/R/F1 {events[level]['precision']:.2f}/"
                             f"{events[level]['recall']:.2f}/{events[level]['f1']:.2f}"
                             for level in LEVELS)
            print(f"{gold.stem}: {line}  stances {result['stances']['correct']}/"
                  f"{result['stances']['total']}  commitments "
                  f"{result['commitments']['correct']}/{result['commitments']['total']}")
            for level in LEVELS:
                for i, key in enumerate(("tp", "fp", "fn")):
                    totals[level][i] += events[level][key]
            for pair, key in ((stances, "stances"), (commitments, "commitments")):
                pair[0] += result[key]["correct"]
                pair[1] += result[key]["total"]
            for tag, row in phenomenon_recall(gold, records).items():
                for i in range(3):
                    phenomena[tag][i] += row[i]
    parts = []
    for level in LEVELS:
        tp, fp, fn = totals[level]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        parts.append(f"{level} P/R/F1 {p:.2f}/{r:.2f}/{f:.2f}")
    print(f"ALL ({len(batches)} batches): {'  '.join(parts)}  stances {stances[0]}/{stances[1]}"
          f"  commitments {commitments[0]}/{commitments[1]}")
    print("\nrecall of required events by phenomenon (type / dyad):")
    for tag, (n, typed, dyad) in sorted(phenomena.items(), key=lambda kv: -kv[1][0]):
        print(f"  {tag:20s} {n:4d}  {typed / n:.2f}  {dyad / n:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
