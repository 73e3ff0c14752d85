"""Hand-built coded articles for the store tests (our own sentences, real DuckDB files)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from wirecoder.ingest.article import Article
from wirecoder.records import (
    Actor,
    CommitmentRecord,
    EventRecord,
    EvidenceRef,
    Location,
    Span,
    StanceRecord,
)
from wirecoder.results import ArticleResult
from wirecoder.store import Store

NORWAY = Actor("Oslo", "Norway", "NOR", "NOR", "GOV")
ESTONIA = Actor("Estonia", "Estonia", "EST", "EST", "GOV")


def coded_article(article_id: str, text: str, *, date: str | None = "2025-03-02",
                  giver: Actor = NORWAY, receiver: Actor = ESTONIA,
                  event_type: str = "AID", event_date: str | None = None,
                  context: list[str] | None = None, what: str = "patrol ships",
                  issue: str = "baltic naval patrols", polarity: str = "support",
                  confidence: float = 0.8) -> ArticleResult:
    """One article with one event, one commitment and one stance read from its first sentence."""
    sentence_end = text.find(".") + 1 or len(text)
    sentence = text[:sentence_end]
    evidence = EvidenceRef(article_id, 0, sentence)
    event = EventRecord(
        article_id=article_id, sentence=0, evidence=Span(0, sentence_end, sentence),
        event_type=event_type, source=giver, recipient=receiver, mode="military",
        context=list(context or []), issue=issue, date=event_date,
        location=Location("Tallinn", "EST", 59.437, 24.7535), cameo="07",
        confidence=confidence, trigger="pledged")
    commitment = CommitmentRecord(giver=giver, receiver=receiver, what=what,
                                  evidence=evidence, mode="military",
                                  context=list(context or []), date=event_date)
    stance = StanceRecord(actor=giver, issue=issue, polarity=polarity,
                          conditions=["if parliament approves"], evidence=[evidence],
                          date=event_date)
    return ArticleResult(article=Article(id=article_id, text=text, title="Patrols", date=date,
                                         url=f"https://news.example/{article_id}",
                                         source="Example Wire"),
                         events=[event], commitments=[commitment], stances=[stance],
                         coder_version="0.1.0")


@pytest.fixture
def make_result() -> Callable[..., ArticleResult]:
    return coded_article


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "wirecoder.duckdb"


@pytest.fixture
def store(db_path: Path):
    with Store(db_path) as opened:
        yield opened
