"""Stance timelines: an actor's observations on an issue in date order, with the changes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def _key(observation: dict[str, Any]) -> tuple[str, str]:
    actor = observation.get("actor") or {}
    who = actor.get("actor_id") or f"{actor.get('country')}:{actor.get('name', '').lower()}"
    return who, str(observation.get("issue", "")).lower()


def mark_changes(observations: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The observations in date order, each with `previous` (the actor's polarity on that
    issue before it, or None) and `changed` (True when the polarity moved)."""
    ordered = sorted(observations, key=lambda o: (str(o.get("date") or ""),
                                                  str(o.get("article_id") or "")))
    last: dict[tuple[str, str], str] = {}
    marked = []
    for observation in ordered:
        key = _key(observation)
        previous = last.get(key)
        marked.append({**observation, "previous": previous,
                       "changed": previous is not None and previous != observation["polarity"]})
        last[key] = observation["polarity"]
    return marked


def changes_only(observations: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Only the observations where an actor's polarity on an issue moved."""
    return [o for o in mark_changes(observations) if o["changed"]]
