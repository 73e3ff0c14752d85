"""Code a gold file's articles with a coder and score the output (`wirecoder eval`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirecoder.evaluation.gold import gold_articles_as_inputs, load_gold
from wirecoder.evaluation.scoring import ScoreReport, score
from wirecoder.events.confidence import DEFAULT_MIN_CONFIDENCE

if TYPE_CHECKING:
    from wirecoder.coder import Coder


def coded_records(gold_path: str | Path, coder: Coder,
                  min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[dict[str, Any]]:
    """The records `wirecoder code` shows for a gold file's articles: events at or above
    `min_confidence`, commitments, then stances."""
    from wirecoder import code_articles

    articles = gold_articles_as_inputs(load_gold(gold_path))
    records = [record.to_dict() for record in code_articles(articles, coder=coder)]
    return [r for r in records if r["kind"] != "event" or r["confidence"] >= min_confidence]


def evaluate_gold(gold_path: str | Path, coder: Coder,
                  min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> ScoreReport:
    """Code the gold file's articles and score the records against its gold coding."""
    return score(load_gold(gold_path), coded_records(gold_path, coder, min_confidence))
