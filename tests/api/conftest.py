"""A real DuckDB store of hand-built records (our own sentences) and API clients over it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from wirecoder.api import ApiSettings, create_app
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
LATVIA = Actor("Riga", "Latvia", "LVA", "LVA", "GOV")
TALLINN = Location("Tallinn", "EST", 59.437, 24.7535)
RIGA = Location("Riga", "LVA", 56.946, 24.1059)

# (article id, date, text, event type, source, recipient, context, place, stance polarity)
ARTICLES = [
    ("patrol-1", "2025-03-02", "Norway pledged two patrol ships to Estonia on Sunday. "
     "Officials in Oslo said the ships would arrive in spring.", "AID", NORWAY, ESTONIA, [],
     TALLINN, "support"),
    ("patrol-2", "2025-03-09", "Norway refused to send patrol ships to Estonia. The cabinet "
     "cited costs.", "AID", NORWAY, ESTONIA, ["negation"], TALLINN, "oppose"),
    ("border-1", "2025-04-01", "Latvia accused Norway of delaying the 50% fuel delivery. "
     "Riga wants answers.", "ACCUSE", LATVIA, NORWAY, [], RIGA, None),
    ("talks-1", "2025-04-15", "Estonia met Latvia in Riga for border talks. Both sides "
     "praised the meeting.", "CONSULT", ESTONIA, LATVIA, [], RIGA, None),
    ("threat-1", "2025-05-20", "Latvia could expel Norway's envoy if talks fail. No date "
     "was set.", "THREATEN", LATVIA, NORWAY, ["hypothetical"], None, None),
]


def _result(article_id: str, date: str, text: str, event_type: str, source: Actor,
            recipient: Actor, context: list[str], place: Location | None,
            polarity: str | None) -> ArticleResult:
    end = text.find(".") + 1
    sentence = text[:end]
    trigger = sentence.split()[1]
    event = EventRecord(article_id=article_id, sentence=0, evidence=Span(0, end, sentence),
                        event_type=event_type, source=source, recipient=recipient,
                        context=list(context), issue="baltic naval patrols", date=date,
                        location=place, cameo="070" if event_type == "AID" else "112",
                        confidence=0.8, trigger=trigger)
    stances = []
    if polarity:
        stances.append(StanceRecord(actor=source, issue="baltic naval patrols",
                                    polarity=polarity,
                                    evidence=[EvidenceRef(article_id, 0, sentence)], date=date))
    commitments = []
    if event_type == "AID":
        commitments.append(CommitmentRecord(giver=source, receiver=recipient,
                                            what="patrol ships",
                                            evidence=EvidenceRef(article_id, 0, sentence),
                                            mode="military", context=list(context), date=date))
    return ArticleResult(article=Article(id=article_id, text=text, title=f"Title {article_id}",
                                         date=date, url=f"https://news.example/{article_id}"),
                         events=[event], stances=stances, commitments=commitments,
                         coder_version="test")


@pytest.fixture(scope="session")
def api_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file holding the five articles above, one event each."""
    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    with Store(path) as store:
        store.write_batch(_result(*row) for row in ARTICLES)
    return path


@pytest.fixture(scope="session")
def client(api_db: Path) -> Iterator[TestClient]:
    """The API over `api_db`, coding off."""
    with TestClient(create_app(ApiSettings(db=api_db))) as test_client:
        yield test_client


def _check_error_shape(body: dict, status: int, code: str) -> None:
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"status", "code", "message", "details"}, body
    assert body["error"]["status"] == status, body
    assert body["error"]["code"] == code, body
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


@pytest.fixture(scope="session")
def error_shape() -> Callable[[dict, int, str], None]:
    """Checks the one error shape: `{"error": {status, code, message, details}}`."""
    return _check_error_shape
