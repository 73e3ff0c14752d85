"""The public Python API: code_text / code_articles return typed, schema-valid records."""

from __future__ import annotations

import wirecoder
from wirecoder.ingest.article import Article
from wirecoder.records import CommitmentRecord, EventRecord, StanceRecord
from wirecoder.schemas import validation_errors


def test_code_text_returns_typed_records_that_validate(coder):
    records = wirecoder.code_text(
        "Poland ruled out sending troops to Ukraine but offered to host a logistics hub.",
        date="2025-09-05", coder=coder)
    assert any(isinstance(r, EventRecord) for r in records)
    for record in records:
        assert isinstance(record, EventRecord | CommitmentRecord | StanceRecord)
        assert validation_errors(record.to_dict()) == []


def test_same_text_and_version_give_the_same_event_ids(coder):
    text = "Russia accused Ukraine of shelling a border village on Monday."
    first = [r.id for r in wirecoder.code_text(text, date="2025-09-05", coder=coder)
             if isinstance(r, EventRecord)]
    second = [r.id for r in wirecoder.code_text(text, date="2025-09-05", coder=coder)
              if isinstance(r, EventRecord)]
    assert first and first == second


def test_code_articles_keeps_article_ids_and_aggregates_stances_last(coder):
    articles = [Article(id="one", text="Italy refused to send troops to Ukraine.",
                        date="2025-03-01"),
                Article(id="two", text="Italy offered to send troops to Ukraine.",
                        date="2025-06-01")]
    records = list(wirecoder.code_articles(articles, coder=coder))
    events = [r for r in records if isinstance(r, EventRecord)]
    assert {e.article_id for e in events} == {"one", "two"}
    stances = [r for r in records if isinstance(r, StanceRecord)]
    assert records[-len(stances):] == stances
    italy = [s for s in stances if s.actor.country == "ITA"]
    assert italy and italy[0].polarity == "support"  # the later article wins


def test_schema_rejects_a_record_with_an_unknown_event_type():
    record = {"kind": "event", "event_type": "HUG"}
    assert validation_errors(record)
