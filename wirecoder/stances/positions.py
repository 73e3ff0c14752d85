"""Stances: each actor's position on each issue, from the events and statements of an
article, and over a corpus."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from wirecoder.events.issues import place_issues_in_article
from wirecoder.records import Actor, EventRecord, EvidenceRef, StanceRecord
from wirecoder.stances.holders import StateName, holder_of
from wirecoder.stances.statements import Observation

WEAK = {"hypothetical", "future"}
# Event types whose announcer backs what is announced ("Macron said 26 nations pledged").
ANNOUNCED_SUPPORT = {"AGREE", "AID", "MOBILIZE"}


def _polarity_of(event: EventRecord) -> str | None:
    """The polarity an event shows for its source, or None if it shows none."""
    cue = event.stance_cue
    if cue is not None and "negation" in event.context:
        return {"support": "oppose", "oppose": "support"}.get(cue, cue)
    return cue


def event_observations(events: Iterable[EventRecord],
                       sentences: dict[int, str]) -> list[Observation]:
    """Observations of the source's position (and an announcer's) from coded events."""
    found = []
    for event in events:
        polarity = _polarity_of(event)
        if polarity is None:
            continue
        holders = [event.source]
        if event.attributed_to is not None and polarity == "support" and \
                event.event_type in ANNOUNCED_SUPPORT:
            holders.append(event.attributed_to)
        firm = not (set(event.context) & WEAK)
        for actor in holders:
            if actor is not None:
                found.append(Observation(
                    actor=actor, issue=event.issue, polarity=polarity, firm=firm,
                    article_id=event.article_id, sentence=event.sentence,
                    text=sentences.get(event.sentence, event.evidence.text),
                    condition=event.condition, date=event.date))
    return found


def combine(observations: Iterable[tuple[str, bool]]) -> str:
    """One polarity from several observations of the same actor on the same issue: support
    and opposition together are `mixed`; hedging without a firm commitment is `undecided`."""
    seen = list(observations)
    firm = {p for p, f in seen if f}
    every = {p for p, _ in seen}
    if "support" in every and "oppose" in every:
        return "mixed"
    if "undecided" in every:
        return "support" if "support" in firm else "oppose" if "oppose" in firm else "undecided"
    return sorted(firm or every)[0]


def _actor_key(actor: Actor) -> str:
    return actor.actor_id or f"{actor.country}:{actor.name.lower()}"


def article_stances(events: list[EventRecord], sentences: dict[int, str],
                    statements: Sequence[Observation] = (),
                    state_name: StateName | None = None) -> list[StanceRecord]:
    """Stance observations of one article: per holder and issue, the combined polarity with
    its evidence and conditions. Observations without an issue take the article's main one
    (the issue most of its events are about)."""
    observations = event_observations(events, sentences) + list(statements)
    placed = place_issues_in_article([o.issue for o in observations])
    observations = [replace(o, issue=issue) for o, issue in zip(observations, placed, strict=True)]
    issues = Counter(o.issue for o in observations if o.issue)
    issues.update(e.issue for e in events if e.issue)
    main_issue = issues.most_common(1)[0][0] if issues else None
    grouped: dict[tuple[str, str], list[Observation]] = defaultdict(list)
    holders: dict[str, Actor] = {}
    for observation in observations:
        holder = holder_of(observation.actor, state_name)
        issue = observation.issue or main_issue
        if not holder.country or issue is None:
            continue
        key = _actor_key(holder)
        holders.setdefault(key, holder)
        grouped[(key, issue)].append(observation)
    return [_stance(holders[key], issue, seen) for (key, issue), seen in grouped.items()]


def _stance(holder: Actor, issue: str, seen: list[Observation]) -> StanceRecord:
    evidence: dict[int, EvidenceRef] = {}
    for o in seen:
        evidence.setdefault(o.sentence, EvidenceRef(o.article_id, o.sentence, o.text))
    dates = sorted(o.date for o in seen if o.date)
    return StanceRecord(
        actor=holder, issue=issue, polarity=combine((o.polarity, o.firm) for o in seen),
        conditions=sorted({o.condition for o in seen if o.condition}),
        evidence=sorted(evidence.values(), key=lambda e: e.sentence),
        date=dates[-1] if dates else None)


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
