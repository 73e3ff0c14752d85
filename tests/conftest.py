"""Fixtures shared by the whole suite: one loaded coder per test session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from wirecoder.coder import Coder
from wirecoder.ingest.article import Article, article_id_for
from wirecoder.schemas import validation_errors

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def coder() -> Coder:
    """The default coder (spaCy pipeline, knowledge base, lexicons), loaded once."""
    return Coder()


@pytest.fixture(scope="session")
def code_events(coder: Coder) -> Callable[[str, str | None], list[dict[str, Any]]]:
    """Code one text on a date; returns its event dicts."""

    def run(text: str, date: str | None = "2025-09-05") -> list[dict[str, Any]]:
        article = Article(id=article_id_for(text), text=text, date=date)
        result = next(coder.code_articles([article]))
        records = [r.to_dict() for r in [*result.events, *result.commitments, *result.stances]]
        for record in records:  # every record a test produces must meet the contract
            assert validation_errors(record) == [], (record, validation_errors(record))
        return [r for r in records if r["kind"] == "event"]

    return run


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the repository (benchmarks, spec); skip when it is not there."""
    if not (SHARED / "benchmarks").is_dir():
        pytest.skip(f"{SHARED} not found: the benchmark sets live beside the repository")
    return SHARED
