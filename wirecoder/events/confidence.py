"""How far to trust a coded event: the trigger's measured reliability, adjusted for what
the coder could and could not resolve."""

from __future__ import annotations

from wirecoder.events.triggers import Candidate
from wirecoder.records import Actor


def confidence_of(cand: Candidate, event_type: str, source: Actor | None,
                  recipient: Actor | None, contexts: set[str]) -> float:
    """A 0..1 score: higher with a resolved source and recipient and a trigger that needs
    no licensing object, lower for hedged events."""
    score = 0.45
    score += 0.2 if source is not None and source.country else 0.0
    score += 0.1 if recipient is not None else 0.0
    score += 0.1 if cand.trigger.requires in {"-", "obj:aid"} else 0.0
    score -= 0.05 if contexts & {"hypothetical"} else 0.0
    return max(0.05, min(0.95, score))
