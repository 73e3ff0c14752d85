"""Typed output records: events, stances and commitments (see the output contract).

The field names are a public API (../shared/spec/records.md): extend, never rename.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# PLOVER's four classes (verbal/material cooperation/conflict).
PLOVER_CLASSES: dict[str, str] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal_cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material_cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), "verbal_conflict"),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "material_conflict"),
}
CLASS_ORDER: tuple[str, ...] = ("verbal_cooperation", "material_cooperation", "verbal_conflict",
                                "material_conflict")
CONTEXTS_MODAL: tuple[str, ...] = ("negation", "hypothetical", "future", "historical")
POLARITIES: tuple[str, ...] = ("support", "oppose", "mixed", "undecided")


@dataclass(frozen=True)
class Actor:
    """Who acts or is acted upon, as written and as resolved."""

    text: str
    name: str
    actor_id: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(text=str(data.get("text") or ""), name=str(data.get("name") or ""),
                   actor_id=data.get("actor_id"), country=data.get("country"),
                   sector=data.get("sector"), role=data.get("role"))


@dataclass(frozen=True)
class Span:
    """Character offsets into the article text, with the text itself."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EvidenceRef:
    """A sentence of an article that supports a stance or a commitment."""

    article_id: str
    sentence: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EventRecord:
    """One PLOVER event read from one sentence (or clause) of an article."""

    article_id: str
    sentence: int
    evidence: Span
    event_type: str
    source: Actor | None
    recipient: Actor | None
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    attributed_to: Actor | None = None
    issue: str | None = None
    condition: str | None = None
    date: str | None = None
    location: Location | None = None
    cameo: str | None = None
    confidence: float = 0.5
    trigger: str | None = None
    what: str | None = None
    id: str = ""
    # The trigger's lexicon stance cue (support/oppose/undecided): read by the stance stage,
    # not part of the output contract.
    stance_cue: str | None = field(default=None, repr=False)

    kind: Literal["event"] = "event"

    def __post_init__(self) -> None:
        if not self.id:
            self.id = stable_id("ev", self.article_id, self.evidence.start, self.evidence.end,
                                self.event_type, self.trigger or "",
                                self.source.name if self.source else "",
                                self.recipient.name if self.recipient else "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "evidence": self.evidence.to_dict(),
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "source": self.source.to_dict() if self.source else None,
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "issue": self.issue,
            "condition": self.condition,
            "date": self.date,
            "location": self.location.to_dict() if self.location else None,
            "cameo": self.cameo,
            "confidence": round(self.confidence, 3),
            "trigger": self.trigger,
            "what": self.what,
        }


@dataclass
class CommitmentRecord:
    """A pledge, offer or refusal to give: who promises what to whom, how firmly."""

    giver: Actor
    receiver: Actor | None
    what: str
    evidence: EvidenceRef
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    condition: str | None = None
    date: str | None = None
    id: str = ""

    kind: Literal["commitment"] = "commitment"

    def __post_init__(self) -> None:
        if not self.id:
            self.id = stable_id("cm", self.evidence.article_id, self.evidence.sentence,
                                self.giver.name, self.what, ",".join(self.context))

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "article_id": self.evidence.article_id,
            "sentence": self.evidence.sentence,
            "giver": self.giver.to_dict(),
            "receiver": self.receiver.to_dict() if self.receiver else None,
            "what": self.what,
            "mode": self.mode,
            "context": list(self.context),
            "condition": self.condition,
            "date": self.date,
            "evidence": self.evidence.to_dict(),
        }


@dataclass
class StanceRecord:
    """An actor's position on an issue, with the sentences that show it."""

    actor: Actor
    issue: str
    polarity: str
    conditions: list[str] = field(default_factory=list)
    evidence: list[EvidenceRef] = field(default_factory=list)
    date: str | None = None

    kind: Literal["stance"] = "stance"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "actor": self.actor.to_dict(),
            "issue": self.issue,
            "polarity": self.polarity,
            "conditions": list(self.conditions),
            "evidence": [e.to_dict() for e in self.evidence],
            "date": self.date,
        }


Record = EventRecord | CommitmentRecord | StanceRecord


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that is the same for the same parts on every machine and run."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:16]}"


def to_json(record: Record) -> str:
    """The one JSON serialiser for records (one line, UTF-8, no ASCII escaping)."""
    return json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=False)
