"""Accuracy gate on our labelled issue pairs (benchmarks/issues.py prints the details)."""

from pathlib import Path

from wirecoder.evaluation.issue_pairs import score_pairs

PAIRS = Path(__file__).resolve().parents[1] / "fixtures" / "issues" / "pairs.tsv"
FLOOR_SAME = 26 / 27
FLOOR_DIFFERENT = 1.0


def test_issue_grouping_keeps_its_accuracy_on_labelled_pairs(coder):
    score = score_pairs(coder.nlp, PAIRS)
    assert score.same_right / score.same_total >= FLOOR_SAME, score.wrong
    assert score.different_right / score.different_total >= FLOOR_DIFFERENT, score.wrong
