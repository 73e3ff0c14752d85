"""Code a gold file's articles with a coder and score the output (`wirecoder eval`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirecoder.evaluation.gold import gold_articles_as_inputs, load_gold
from wirecoder.evaluation.scoring import ScoreReport, score

if TYPE_CHECKING:
    from wirecoder.coder import Coder


def coded_records(gold_path: str | Path, coder: Coder) -> list[dict[str, Any]]:
    """Every record (events, commitments, then stances) coded from a gold file's articles."""
    from wirecoder import code_articles

    articles = gold_articles_as_inputs(load_gold(gold_path))
    return [record.to_dict() for record in code_articles(articles, coder=coder)]


def evaluate_gold(gold_path: str | Path, coder: Coder) -> ScoreReport:
    """Code the gold file's articles and score the records against its gold coding."""
    return score(load_gold(gold_path), coded_records(gold_path, coder))
