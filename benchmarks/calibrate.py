"""Fit event confidence on our own phenomenon fixtures and our article-level development set
(benchmarks/articles, real-prose styles), and print how well it is calibrated.

Usage: .venv/bin/python benchmarks/calibrate.py [--write]   (--write updates the shipped table)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from wirecoder.coder import Coder
from wirecoder.datafiles import data_path
from wirecoder.evaluation.calibration import (
    Labelled,
    brier,
    cross_validated_brier,
    fit_table,
    label_events,
    write_table,
)
from wirecoder.events.confidence import bin_of_record
from wirecoder.ingest.article import Article

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "phenomena"
ARTICLES = Path(__file__).resolve().parents[1] / "benchmarks" / "articles"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
sys.path.insert(0, str(SHARED))
import score as scorer  # noqa: E402  (the shared scorer, standard library only)


def label_article_events(gold_files: Iterable[Path],
                         code_file: Callable[[Path], list[dict[str, Any]]]) -> list[Labelled]:
    """Every event coded from article-level gold files (benchmarks/articles), labelled right
    when it meets some gold event of its article at the dyad level (the scorer's test), wrong
    otherwise: real prose, where an event that is no event counts against the bin."""
    labelled: list[Labelled] = []
    for path in gold_files:
        articles = {a["id"]: a for a in (json.loads(line) for line in
                                         path.read_text(encoding="utf-8").splitlines() if line)}
        for event in code_file(path):
            if event.get("kind") != "event" or event["article_id"] not in articles:
                continue
            article = articles[event["article_id"]]
            right = False
            for gold in article["events"]:
                start = article["text"].index(gold["evidence"])
                if scorer.event_ok(gold, (start, start + len(gold["evidence"])), event, "dyad"):
                    right = True
                    break
            labelled.append(Labelled(bin_of_record(event), right, float(event["confidence"]),
                                     path.stem))
    return labelled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="write confidence.tsv")
    options = parser.parse_args()
    coder = Coder()

    def code(text: str, date: str) -> list[dict]:
        result = next(coder.code_articles([Article(id="x", text=text, date=date)]))
        return [e.to_dict() for e in result.events]

    def code_file(path: Path) -> list[dict]:
        items = [json.loads(line) for line in path.read_text().splitlines() if line]
        articles = [Article(id=i["id"], text=i["text"], date=i.get("date")) for i in items]
        return [e.to_dict() for result in coder.code_articles(articles) for e in result.events]

    labelled = label_events(FIXTURES, code) + label_article_events(
        sorted(ARTICLES.glob("batch-*.jsonl")), code_file)
    prior, table = fit_table(labelled)
    print(f"{len(labelled)} labelled events, {prior:.2f} right overall")
    print(f"Brier score of the shipped confidence: {brier(labelled, lambda r: r.confidence):.4f}")
    print(f"Brier score of a constant {prior:.2f}:      {brier(labelled, lambda r: prior):.4f}")
    print(f"Brier score of the fitted table:        "
          f"{brier(labelled, lambda r: table[r.bin][1]):.4f} (in-sample)")
    print(f"Brier score, table fitted without the file: {cross_validated_brier(labelled):.4f} "
          "(leave one fixture file or article batch out)")
    for name, (n, p) in sorted(table.items()):
        print(f"  {name:<40} n={n:<4} {p:.2f}")
    if options.write:
        write_table(data_path("lexicons", "confidence.tsv"), prior, table)
        print("wrote", data_path("lexicons", "confidence.tsv"))


if __name__ == "__main__":
    main()
