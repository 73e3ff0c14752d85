"""How far to trust a coded event: the share of events like it (same PLOVER class, same kind
of source and recipient) that were right on our labelled fixtures, calibrated by
benchmarks/calibrate.py into wirecoder/data/lexicons/confidence.tsv."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from wirecoder.datafiles import data_path, read_tsv
from wirecoder.records import PLOVER_CLASSES, Actor

HEDGED = 0.9  # a hypothetical event is a weaker claim than a reported act
# The default operating point: events below it are kept in the store but not shown by
# `wirecoder code`, `wirecoder events` or /api/events unless asked (--min-confidence 0).
# Chosen on our article-level development set (README, "Confidence"): against 0.15 it raises
# dyad precision there from 0.38 to 0.45 and dyad F1 from 0.34 to 0.36, keeps the seed at
# 0.96 dyad F1 and the PLOVER GSR sentences at 0.56 dyad F1.
DEFAULT_MIN_CONFIDENCE = 0.25


def _side(actor: Actor | None, *, source: bool) -> str:
    if actor is None:
        return "none"
    return "country" if actor.country else ("actor" if source else "none")


def bin_of(event_type: str, source: Actor | None, recipient: Actor | None) -> str:
    """The calibration bin of an event: PLOVER class | source kind | recipient kind."""
    recipient_kind = "country" if recipient is not None and recipient.country else "none"
    return f"{PLOVER_CLASSES[event_type]}|{_side(source, source=True)}|{recipient_kind}"


def bin_of_record(event: dict[str, Any]) -> str:
    """The same bin, read off an event record of the output contract."""
    source = Actor.from_dict(event["source"]) if event.get("source") else None
    recipient = Actor.from_dict(event["recipient"]) if event.get("recipient") else None
    return bin_of(event["event_type"], source, recipient)


@lru_cache(maxsize=1)
def load_table() -> dict[str, float]:
    """The shipped calibration table: bin -> confidence, '*' the overall share."""
    path = data_path("lexicons", "confidence.tsv")
    return {row["bin"]: float(row["confidence"])
            for _, row in read_tsv(path, ("bin", "confidence"))}


def confidence_of(event_type: str, source: Actor | None, recipient: Actor | None,
                  contexts: set[str] | list[str]) -> float:
    """A 0..1 score: the calibrated share of right events in this event's bin, a little
    lower for hypothetical events."""
    table = load_table()
    score = table.get(bin_of(event_type, source, recipient), table.get("*", 0.5))
    if "hypothetical" in contexts:
        score *= HEDGED
    return max(0.05, min(0.99, score))
