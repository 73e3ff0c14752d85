"""Filtered reads: events, stances, the stance matrix and pledges."""

from __future__ import annotations

import pytest

from wirecoder.records import Actor
from wirecoder.store import Store

BALTIC = "baltic naval patrols"
BORDER = "border survey"
CHILE = Actor("the Chilean government", "Chile", "CHL", "CHL", "GOV")
PERU = Actor("Lima", "Peru", "PER", "PER", "GOV")
UN = Actor("the UN", "United Nations", "IGO_UN", "IGO", "IGO")


@pytest.fixture
def corpus(db_path, make_result):
    """Five articles; the oldest by date is ingested last, to prove date order wins."""
    coded_article = make_result
    articles = [
        coded_article("a1", "Norway pledged patrol ships to Estonia. Oslo said so.",
                      date="2025-03-02", context=["future"]),
        coded_article("a2", "Chile sent survey teams to Peru. Lima was pleased.",
                      date="2025-04-10", giver=CHILE, receiver=PERU, event_type="CONSULT",
                      event_date="2025-04", what="survey teams", issue=BORDER),
        coded_article("a3", "Norway would not send patrol ships to Estonia. It said no.",
                      date="2025-05-20", context=["negation"], polarity="oppose"),
        coded_article("a5", "The UN asked Chile for observers. Santiago is thinking.",
                      date=None, giver=UN, receiver=CHILE, event_type="REQUEST",
                      what="observers", issue=BORDER, polarity="undecided"),
    ]
    late_but_old = coded_article("a4", "Norway was unsure about patrol ships. It waited.",
                                 date="2025-01-15", polarity="undecided")
    with Store(db_path) as store:
        store.write_batch(articles)
        store.write_batch([late_but_old])
        yield store


def _article_ids(records: list[dict]) -> list[str]:
    return [r["article_id"] if "article_id" in r else r["evidence"]["article_id"]
            for r in records]


def test_events_actor_matches_source_or_recipient_name_case_insensitively(corpus):
    assert _article_ids(corpus.events(actor="norway")) == ["a4", "a1", "a3"]
    assert _article_ids(corpus.events(actor="ESTONIA")) == ["a4", "a1", "a3"]
    assert _article_ids(corpus.events(actor="chile")) == ["a2", "a5"]


def test_events_actor_matches_actor_id(corpus):
    assert _article_ids(corpus.events(actor="igo_un")) == ["a5"]


def test_events_country_matches_source_or_recipient_country(corpus):
    assert _article_ids(corpus.events(country="per")) == ["a2"]
    assert _article_ids(corpus.events(country="CHL")) == ["a2", "a5"]


def test_events_filter_by_type_and_context(corpus):
    assert _article_ids(corpus.events(type="consult")) == ["a2"]
    assert _article_ids(corpus.events(context="negation")) == ["a3"]
    assert _article_ids(corpus.events(type="AID", context="future")) == ["a1"]


def test_events_date_range_uses_article_date_when_the_event_has_none(corpus):
    assert _article_ids(corpus.events(since="2025-03-01", until="2025-03-31")) == ["a1"]


def test_month_precise_event_date_falls_inside_a_range_within_that_month(corpus):
    assert "a2" in _article_ids(corpus.events(since="2025-04-20"))
    assert "a2" in _article_ids(corpus.events(until="2025-04-02"))
    assert "a2" not in _article_ids(corpus.events(until="2025-03-31"))


def test_events_are_oldest_first_with_undated_last_and_limited(corpus):
    assert _article_ids(corpus.events()) == ["a4", "a1", "a2", "a3", "a5"]
    assert _article_ids(corpus.events(limit=2)) == ["a4", "a1"]


def test_stances_are_per_article_observations_with_their_article(corpus):
    norway = corpus.stances(actor="Norway")

    assert [(s["article_id"], s["polarity"]) for s in norway] == [
        ("a4", "undecided"), ("a1", "support"), ("a3", "oppose")]
    assert norway[0]["kind"] == "stance"
    assert norway[0]["evidence"][0]["article_id"] == "a4"


def test_stances_filter_by_country_and_issue(corpus):
    assert _article_ids(corpus.stances(country="chl")) == ["a2"]
    assert _article_ids(corpus.stances(issue="Border Survey")) == ["a2", "a5"]


def test_stance_matrix_keeps_the_latest_article_by_date_not_by_ingestion(corpus):
    matrix = {(row["actor"], row["issue"]): row for row in corpus.stance_matrix()}

    norway = matrix[("Norway", BALTIC)]
    assert (norway["polarity"], norway["article_id"], norway["observations"]) == (
        "oppose", "a3", 3)
    assert norway["country"] == "NOR" and norway["date"] == "2025-05-20"
    assert matrix[("Chile", BORDER)]["polarity"] == "support"
    assert len(matrix) == 3


def test_stance_matrix_for_one_issue(corpus):
    rows = corpus.stance_matrix(issue=BORDER)

    assert [(r["actor"], r["polarity"]) for r in rows] == [
        ("Chile", "support"), ("United Nations", "undecided")]


def test_pledges_filter_by_giver_receiver_what_and_dates(corpus):
    assert len(corpus.pledges(giver="norway")) == 3
    assert _article_ids(corpus.pledges(receiver="Chile")) == ["a5"]
    assert _article_ids(corpus.pledges(what="PATROL SHIPS", since="2025-03-01")) == [
        "a1", "a3"]
    assert _article_ids(corpus.pledges(giver="Norway", until="2025-02")) == ["a4"]


def test_pledge_totals_count_each_giver_and_thing_with_refusals_apart(corpus):
    totals = corpus.pledge_totals()

    assert totals[0] == {"giver": "Norway", "giver_country": "NOR", "what": "patrol ships",
                         "count": 3, "negated": 1}
    assert {(t["giver"], t["what"], t["count"]) for t in totals[1:]} == {
        ("Chile", "survey teams", 1), ("United Nations", "observers", 1)}


def test_counts_cover_every_table(corpus):
    assert corpus.counts() == {"articles": 5, "events": 5, "stances": 5, "commitments": 5,
                               "actors": 5}


def test_filters_that_match_nothing_return_empty_lists(corpus):
    assert corpus.events(actor="Atlantis") == []
    assert corpus.pledges(what="submarines") == []
    assert corpus.stance_matrix(issue="lunar mining") == []
