"""Reactions aimed across sentences: "Seoul offered talks. Pyongyang dismissed the offer."
gives the dismissal Seoul as recipient; "Kyiv accused Moscow of the strike. Moscow denied
it." gives the denial Kyiv.

A reaction with no recipient of its own takes one only when the article makes it plain:
its object is a definite noun that names an earlier kind of act (referring_nouns.tsv), or
it has no object and the act just before was aimed at the reacting side.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from wirecoder.datafiles import data_path, read_tsv
from wirecoder.events.evaluations import evaluation_of
from wirecoder.records import Actor, EventRecord

REACTION_TYPES = {"REJECT", "ACCUSE", "SUPPORT", "AGREE", "CONCEDE", "REQUEST", "PROTEST"}
DEFINITE = {"the", "this", "that", "these", "those", "such"}
# How far back a reference reaches, in sentences.
REFERENCE_WINDOW = 6
# Beyond the window, a definite reference ("the attack") is to the act the lead reports:
# the article's first sentences.
LEAD_SENTENCES = 3
BARE_WINDOW = 4
# What a bare denial or rejection answers: an act aimed at the one who denies.
ANSWERED_TYPES = frozenset(
    {"ACCUSE", "REQUEST", "THREATEN", "AGREE", "SANCTION", "COERCE", "ASSAULT"}
)
BARE = "-"
# A criticism with no target of its own ("Japan expressed concern", "the EU condemned the
# violence") is aimed at whoever just did something hostile, other than the critic's side.
HOSTILE = "hostile"
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE"})
# What a denial denies, when it names no act: the part the denier is said to have had.
DENIED_NOUNS = {"role", "involvement", "responsibility", "link", "part", "hand", "complicity",
                "suggestion", "account", "allegation", "accusation", "charge", "claim",
                "report", "wrongdoing", "connection", "knowledge", "presence"}
# Reactions that can stand without an object ("Moscow denied it", "Kyiv refused").
BARE_REACTIONS = {"deny", "reject", "dismiss", "refuse", "decline", "rebuff"}


@lru_cache(maxsize=1)
def referring_nouns() -> dict[str, frozenset[str]]:
    """referring_nouns.tsv: noun lemma -> the PLOVER types of the acts it can refer to."""
    path = data_path("lexicons", "referring_nouns.tsv")
    return {row["noun"]: frozenset(t.strip() for t in row["event_types"].split(","))
            for _, row in read_tsv(path, ("noun", "event_types"))}


def reference_of(trigger: Token, event_type: str) -> str | None:
    """The referring noun a reaction's object is ("the offer"), BARE when it has no object,
    HOSTILE for a criticism that refers to nothing else, or None when it names its own
    target or is no reaction."""
    reference = _reference_of(trigger, event_type)
    return HOSTILE if reference is None and event_type == "ACCUSE" else reference


def _reference_of(trigger: Token, event_type: str) -> str | None:
    if event_type not in REACTION_TYPES:
        return None
    evaluation = evaluation_of(trigger)
    if evaluation is not None:
        # "said the sentence was a farce", "called the move a provocation": the thing judged
        return next((lemma for lemma in map(_referring, evaluation.targets) if lemma), None)
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"to", "of"}
                for g in c.children if g.dep_ == "pobj"]
    if not objects:
        return BARE if trigger.pos_ == "VERB" and trigger.lemma_.lower() in BARE_REACTIONS \
            else None
    noun = objects[0]
    if trigger.lemma_.lower() in BARE_REACTIONS and (
            noun.lower_ in {"it", "this", "that"} or noun.lemma_.lower() in DENIED_NOUNS):
        return BARE  # "Moscow denied it", "Islamabad denies any role", "rejected that account"
    return _referring(noun)


def _referring(noun: Token) -> str | None:
    """The noun's lemma, when it is a definite noun that refers back to an earlier act."""
    lemma = noun.lemma_.lower()
    if lemma not in referring_nouns():
        return None
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    owned = any(c.dep_ in {"poss", "prep", "acl", "relcl", "compound", "amod"}
                and c.pos_ in {"PROPN", "ADP", "VERB", "PRON"} for c in noun.children)
    return lemma if determiners & DEFINITE and not owned else None


def link_references(events: list[EventRecord], references: list[str | None],
                    home: Actor | None = None) -> None:
    """Give each reaction that refers back the source of the act it reacts to (in place);
    an act by coordinated sources ("Britain and France pledged") gives one reaction each. A
    criticism from abroad that answers no act ("Lithuania said it was appalled") is of the
    home state; one whose act is named but not found ("condemned the attack") stays open."""
    linked: list[EventRecord] = []
    for index, (event, reference) in enumerate(zip(events, references, strict=True)):
        if reference is None or event.recipient is not None or event.source is None:
            linked.append(event)
            continue
        targets = _referents(events[:index], event, reference)
        if not targets and reference == HOSTILE and home is not None and \
                event.source.country not in {None, home.country}:
            targets = [home]
        linked.extend([replace(event, recipient=t, id="") for t in targets] or [event])
    events[:] = linked


def _referents(earlier: list[EventRecord], event: EventRecord, reference: str) -> list[Actor]:
    own = event.source.country if event.source else None
    window = BARE_WINDOW if reference == BARE else REFERENCE_WINDOW
    kinds = ANSWERED_TYPES if reference == BARE else HOSTILE_ACTS if reference == HOSTILE \
        else referring_nouns()[reference]
    for before in reversed(earlier):
        if event.sentence - before.sentence > window:
            break
        if _answers(before, kinds, own, reference):
            return _makers(earlier, before, own)
    if reference not in {BARE, HOSTILE}:
        # "... The G7 condemned the attack" ten paragraphs on: the act the lead reports
        lead = [e for e in earlier if e.sentence < LEAD_SENTENCES]
        found = next((e for e in lead if _answers(e, kinds, own, reference)), None)
        if found is not None:
            return _makers(earlier, found, own)
    return []


def _answers(before: EventRecord, kinds: set[str] | frozenset[str], own: str | None,
             reference: str) -> bool:
    """The earlier event is an act of a kind the reference names, by someone else."""
    if before.event_type not in kinds or before.source is None or \
            before.source.country in {None, own} or "negation" in before.context:
        return False  # an act that did not happen is no one's "offer" or "attack"
    return reference != BARE or (before.recipient is not None
                                 and before.recipient.country == own)


def _makers(earlier: list[EventRecord], act: EventRecord, own: str | None) -> list[Actor]:
    """Everyone coded as making the act (coordinated makers each), other than the reactor."""
    unique: dict[str, Actor] = {}
    for e in earlier:
        if e.evidence == act.evidence and e.event_type == act.event_type and \
                e.source is not None and e.source.country not in {None, own}:
            unique.setdefault(e.source.name, e.source)
    return list(unique.values())
