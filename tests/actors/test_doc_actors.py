"""The interface the events coder uses: actor_for(token) and mentions."""

from __future__ import annotations

import datetime

from wirecoder.actors.resolver import ActorResolver


def test_actor_for_answers_on_subject_and_object_heads(nlp, kb):
    doc = nlp("Ukrainian forces attacked Russian positions near the border.")
    actors = ActorResolver(kb).resolve(doc, on=datetime.date(2025, 9, 5))
    subject = next(t for t in doc if t.dep_ == "nsubj")
    obj = next(t for t in doc if t.dep_ == "dobj")
    assert (actors.actor_for(subject).country, actors.actor_for(subject).sector) == ("UKR", "MIL")
    assert actors.actor_for(obj).country == "RUS"


def test_actor_for_a_word_that_is_no_actor_is_none(nlp, kb):
    doc = nlp("The weather was cold in the morning.")
    actors = ActorResolver(kb).resolve(doc, on=None)
    assert actors.actor_for(doc[1]) is None
    assert actors.mentions == []


def test_mentions_are_in_text_order_with_spans(nlp, kb):
    doc = nlp("Macron called Putin, and the Kremlin later confirmed it.")
    actors = ActorResolver(kb).resolve(doc, on=datetime.date(2025, 9, 5))
    starts = [m.start_token for m in actors.mentions]
    assert starts == sorted(starts)
    texts = [doc[m.start_token : m.end_token].text for m in actors.mentions]
    assert texts[:3] == ["Macron", "Putin", "the Kremlin"]


def test_place_capital_still_answers_actor_for_when_asked(nlp, kb):
    doc = nlp("The talks were held in Moscow.")
    actors = ActorResolver(kb).resolve(doc, on=None)
    moscow = next(t for t in doc if t.text == "Moscow")
    assert actors.actor_for(moscow).country == "RUS"


def test_no_date_uses_the_offices_held_now(nlp, kb):
    doc = nlp("The German chancellor arrived.")
    actors = ActorResolver(kb).resolve(doc, on=None)
    assert actors.actor_for(doc[2]).actor_id == "merz"
