"""Commitments: pledges, offers and refusals to give, read from the coded events."""

from __future__ import annotations

from collections.abc import Iterable

from wirecoder.records import CommitmentRecord, EventRecord, EvidenceRef

# Event types that promise or refuse to give something when they name what is given.
PLEDGE_TYPES = {"AGREE", "AID", "MOBILIZE", "REJECT"}
MODAL_CONTEXTS = ("negation", "hypothetical", "future")


def commitments_from(events: Iterable[EventRecord],
                     sentences: dict[int, str]) -> list[CommitmentRecord]:
    """One commitment per event that pledges, offers or refuses something nameable.

    A REJECT of giving ("refused to send troops") is a refusal: a commitment with
    `negation`. `sentences` maps sentence index to its text for the evidence."""
    found: dict[str, CommitmentRecord] = {}
    for event in events:
        if event.event_type not in PLEDGE_TYPES or not event.what or event.source is None:
            continue
        contexts = {c for c in event.context if c in MODAL_CONTEXTS}
        if event.event_type == "REJECT":
            contexts ^= {"negation"}
        record = CommitmentRecord(
            giver=event.source, receiver=event.recipient, what=event.what,
            mode=_mode_of(event), context=sorted(contexts), condition=event.condition,
            date=event.date,
            evidence=EvidenceRef(event.article_id, event.sentence,
                                 sentences.get(event.sentence, event.evidence.text)))
        found.setdefault(record.id, record)
    return list(found.values())


def _mode_of(event: EventRecord) -> str | None:
    if event.event_type == "AID" and event.mode:
        return event.mode
    military = {"troops", "air support", "naval support", "weapons", "security guarantees",
                "monitoring", "military training", "military equipment", "intelligence"}
    if event.what and any(word in event.what for word in ("money", "fund", "loan")):
        return "economic"
    if event.what in military or (event.what and event.what.endswith(("troops", "forces"))):
        return "military"
    return None
