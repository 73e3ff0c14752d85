"""Issue grouping on our labelled pairs: same-question and different-question accuracy.

Usage: .venv/bin/python benchmarks/issues.py
"""

from pathlib import Path

from wirecoder.evaluation.issue_pairs import score_pairs
from wirecoder.nlp.pipeline import load_pipeline

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "issues" / "pairs.tsv"

if __name__ == "__main__":
    score = score_pairs(load_pipeline(), PAIRS)
    print(f"same question grouped:     {score.same_right}/{score.same_total}")
    print(f"different questions apart: {score.different_right}/{score.different_total}")
    print(f"accuracy: {score.accuracy:.3f}")
    for line in score.wrong:
        print("  wrong:", line)
