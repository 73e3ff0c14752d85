"""Stances from our own sentences: one test per polarity, holders, conditions, change."""

from __future__ import annotations

import wirecoder
from wirecoder.ingest.article import Article
from wirecoder.records import StanceRecord


def _stances(coder, text, date="2025-06-10"):
    return [r for r in wirecoder.code_text(text, date=date, coder=coder)
            if isinstance(r, StanceRecord)]


def _of(stances, country, word="troops"):
    return [s for s in stances if s.actor.country == country and word in s.issue]


def test_readiness_to_send_soldiers_is_support(coder):
    stances = _stances(coder, "Spain's prime minister said Madrid was ready to send soldiers "
                              "to a multinational force in Ukraine.")
    (spain,) = _of(stances, "ESP")
    assert spain.polarity == "support"
    assert spain.actor.name == "Spain"  # the prime minister speaks for the state


def test_refusal_to_send_troops_is_oppose(coder):
    (hungary,) = _of(_stances(coder, "Hungary refused to send troops to Ukraine."), "HUN")
    assert hungary.polarity == "oppose"


def test_air_support_rather_than_ground_troops_is_mixed(coder):
    stances = _stances(coder, "The American president offered air support rather than ground "
                              "troops for the force in Ukraine.")
    (usa,) = _of(stances, "USA")
    assert usa.polarity == "mixed"


def test_urging_caution_and_awaiting_a_mandate_is_undecided_with_its_condition(coder):
    text = ("European leaders met in Rome to discuss a force for Ukraine. Austria's chancellor "
            "urged caution on any deployment of troops, awaiting a clear mandate from the United "
            "Nations.")
    (austria,) = _of(_stances(coder, text), "AUT")
    assert austria.polarity == "undecided"
    assert any("mandate" in c for c in austria.conditions)


def test_evidence_names_the_sentence_the_stance_was_read_from(coder):
    (hungary,) = _of(_stances(coder, "Hungary refused to send troops to Ukraine."), "HUN")
    assert hungary.evidence[0].text == "Hungary refused to send troops to Ukraine."


def test_wordings_of_one_question_share_one_issue_across_actors(coder):
    text = ("Hungary refused to send troops to Ukraine. Spain said it was ready to deploy "
            "peacekeepers in Ukraine. Slovakia ruled out sending soldiers.")
    issues = {s.issue for s in _stances(coder, text) if s.actor.country in {"HUN", "ESP", "SVK"}}
    assert issues == {"foreign troops in Ukraine"}


def test_troops_and_sanctions_stay_apart(coder):
    text = ("Hungary refused to send troops to Ukraine. Hungary also opposed new sanctions on "
            "Russia.")
    issues = {s.issue for s in _stances(coder, text) if s.actor.country == "HUN"}
    assert len(issues) == 2 and any("sanction" in i for i in issues)


def test_corpus_stance_is_the_latest_articles_polarity(coder):
    articles = [
        Article(id="march", date="2025-03-01",
                text="Portugal refused to send troops to Ukraine."),
        Article(id="june", date="2025-06-01",
                text="Portugal pledged to send troops to Ukraine after a ceasefire."),
    ]
    stances = [r for r in wirecoder.code_articles(articles, coder=coder)
               if isinstance(r, StanceRecord) and r.actor.country == "PRT"]
    (portugal,) = stances
    assert portugal.polarity == "support"
    assert {e.article_id for e in portugal.evidence} == {"march", "june"}
