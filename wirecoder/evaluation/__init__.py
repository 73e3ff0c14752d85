"""Scoring coded records against gold files (benchmarks/FORMAT.md), as benchmarks/score.py does."""

from wirecoder.evaluation.gold import GoldArticle, gold_articles_as_inputs, load_gold
from wirecoder.evaluation.run import coded_records, evaluate_gold
from wirecoder.evaluation.scoring import ScoreReport, read_records, score

__all__ = ["GoldArticle", "ScoreReport", "coded_records", "evaluate_gold",
           "gold_articles_as_inputs", "load_gold", "read_records", "score"]
