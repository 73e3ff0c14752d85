"""Stances: each actor's position on each issue, from the events of an article and over a corpus."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from wirecoder.records import Actor, EventRecord, EvidenceRef, StanceRecord

WEAK = {"hypothetical", "future"}


def _polarity_of(event: EventRecord) -> tuple[str, bool] | None:
    """(polarity, firm) an event shows for its source, or None if it shows none."""
    cue = event.stance_cue
    if cue is None:
        return None
    if "negation" in event.context:
        cue = {"support": "oppose", "oppose": "support"}.get(cue, cue)
    return cue, not (set(event.context) & WEAK)


def combine(observations: Iterable[tuple[str, bool]]) -> str:
    """One polarity from several observations of the same actor on the same issue."""
    seen = list(observations)
    firm = {p for p, f in seen if f}
    weak = {p for p, f in seen if not f}
    every = firm | weak
    if "support" in every and "oppose" in every:
        return "mixed"
    if "undecided" in every:
        return "support" if "support" in firm else "undecided"
    if firm:
        return next(iter(sorted(firm)))
    return next(iter(sorted(weak)))


def _actor_key(actor: Actor) -> str:
    return actor.actor_id or f"{actor.country}:{actor.name.lower()}"


def article_stances(events: list[EventRecord], sentences: dict[int, str]) -> list[StanceRecord]:
    """Stance observations of one article: per actor and issue, combined polarity with
    evidence. Events without an issue of their own take the article's main issue."""
    issues = Counter(e.issue for e in events if e.issue)
    main_issue = issues.most_common(1)[0][0] if issues else None
    grouped: dict[tuple[str, str], list[tuple[str, bool, EventRecord]]] = defaultdict(list)
    actors: dict[str, Actor] = {}
    for event in events:
        polarity = _polarity_of(event)
        issue = event.issue or main_issue
        if polarity is None or issue is None:
            continue
        holders = [event.source]
        if event.attributed_to is not None and polarity[0] == "support" and \
                event.event_type in {"AGREE", "AID", "MOBILIZE"}:
            holders.append(event.attributed_to)  # who announces a pledge backs it
        for actor in holders:
            if actor is None or not actor.country:
                continue
            key = _actor_key(actor)
            actors.setdefault(key, actor)
            grouped[(key, issue)].append((*polarity, event))
    records = []
    for (key, issue), seen in grouped.items():
        evidence: dict[int, EvidenceRef] = {}
        for _, _, event in seen:
            evidence.setdefault(event.sentence, EvidenceRef(
                event.article_id, event.sentence,
                sentences.get(event.sentence, event.evidence.text)))
        conditions = sorted({e.condition for _, _, e in seen if e.condition})
        dates = sorted(e.date for _, _, e in seen if e.date)
        records.append(StanceRecord(
            actor=actors[key], issue=issue, polarity=combine((p, f) for p, f, _ in seen),
            conditions=conditions, evidence=list(evidence.values()),
            date=dates[-1] if dates else None))
    return records


def aggregate(stances: Iterable[StanceRecord]) -> list[StanceRecord]:
    """Corpus-level stances: per actor and issue, the latest article's polarity, with all
    evidence and conditions (a shift over time shows in the store's timeline)."""
    latest: dict[tuple[str, str], StanceRecord] = {}
    evidence: dict[tuple[str, str], list[EvidenceRef]] = defaultdict(list)
    conditions: dict[tuple[str, str], set[str]] = defaultdict(set)
    for stance in stances:
        key = (_actor_key(stance.actor), stance.issue)
        evidence[key].extend(stance.evidence)
        conditions[key].update(stance.conditions)
        known = latest.get(key)
        if known is None or (stance.date or "") >= (known.date or ""):
            latest[key] = stance
    return [StanceRecord(actor=s.actor, issue=s.issue, polarity=s.polarity,
                         conditions=sorted(conditions[k]), evidence=evidence[k], date=s.date)
            for k, s in latest.items()]
