"""Whose position a statement shows: a government's officials speak for their state."""

from __future__ import annotations

from collections.abc import Callable

from wirecoder.records import Actor

StateName = Callable[[str], str | None]
# Sectors whose members speak for the state when they hold an office (CAMEO: government).
STATE_SECTORS = {None, "GOV"}


def default_state_names() -> StateName:
    """Names of the states in the shipped knowledge base, by ISO code."""
    from wirecoder.actors.kb import KnowledgeBase

    return KnowledgeBase.load().state_name


def holder_of(actor: Actor, state_name: StateName | None = None) -> Actor:
    """The stance holder for an actor: the state for its government, its leaders and its
    capital ("Macron said", "Paris said", "the French government"); anyone else (the
    army, rebels, IGOs, former leaders, unnamed people) holds a stance of their own."""
    name_of = state_name or default_state_names()
    code = actor.country
    if not code or actor.sector not in STATE_SECTORS:
        return actor
    state = name_of(code)
    if state is None:
        return actor  # a region (the West) or an IGO is not a state
    is_state_itself = actor.actor_id == code or actor.name == state
    if not (is_state_itself or actor.role or actor.sector == "GOV"):
        return actor
    return Actor(text=actor.text, name=state, actor_id=code, country=code, sector="GOV",
                 role=None)
