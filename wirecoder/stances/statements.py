"""Stance observations read from statements that are no PLOVER event of their own:
attitude words ("urging caution", "is sceptical of", "awaiting clearer conditions") and
contrasts ("air support rather than ground troops")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from wirecoder.datafiles import data_path, read_tsv
from wirecoder.events.arguments import subject_of
from wirecoder.events.issues import issue_for
from wirecoder.records import Actor

ActorLookup = Callable[[Token], Actor | None]
POS = {"V": {"VERB"}, "N": {"NOUN"}, "A": {"ADJ"}, "P": {"ADP"}}
FLIP = {"support": "oppose", "oppose": "support", "undecided": "undecided"}
CONTRAST_HEADS = {("rather", "than"), ("instead", "of")}
# A noun cue shows a stance only when it is voiced ("urged caution", "expressed support for"),
# not when it names a thing ("air support").
VOICING_VERBS = {"urge", "express", "voice", "show", "signal", "raise", "have", "register",
                 "reiterate", "repeat", "stress", "declare", "pledge", "counsel", "advise"}
TOPIC_PREPS = {"for", "to", "about", "over", "against", "toward", "towards", "regarding"}
# Attitudes whose object states what the holder is waiting for: their condition.
AWAITING = {"await", "wait"}


@dataclass(frozen=True)
class Cue:
    lemma: str
    pos: str
    polarity: str


@dataclass(frozen=True)
class Observation:
    """One sighting of an actor's position on an issue, with the sentence that shows it."""

    actor: Actor
    issue: str | None
    polarity: str
    firm: bool
    article_id: str
    sentence: int
    text: str
    condition: str | None = None
    date: str | None = None


@lru_cache(maxsize=1)
def load_cues() -> dict[tuple[str, str], Cue]:
    """The shipped stance cues, by (lemma, spaCy coarse POS)."""
    cues: dict[tuple[str, str], Cue] = {}
    for _, row in read_tsv(data_path("lexicons", "stance_cues.tsv"),
                           ("lemma", "pos", "polarity")):
        for pos in POS[row["pos"]]:
            cues[(row["lemma"], pos)] = Cue(row["lemma"], row["pos"], row["polarity"])
    return cues


def _clause_verb(token: Token) -> Token:
    current = token
    for _ in range(6):
        if current.pos_ in {"VERB", "AUX"} or current.head == current:
            return current
        current = current.head
    return current


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in verb.head.children if verb.dep_ in {"acomp", "xcomp"})


def _hedged(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in {"could", "might", "may", "would"}
               for c in verb.children)


def holder_token(verb: Token) -> Token | None:
    """Who holds the attitude of a clause: its subject, or the noun a participle clause
    describes ("Merz, urging caution and awaiting ...")."""
    subject = subject_of(verb)
    if subject is not None:
        return subject
    current = verb
    while current.dep_ == "conj" and current.head != current:
        current = current.head
    if current.dep_ == "acl" and current.tag_ == "VBG":
        return current.head
    return None


def _voiced(noun: Token) -> bool:
    if any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for c in noun.children):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in VOICING_VERBS


def _attitudes(doc: Doc, lookup: ActorLookup) -> Iterator[tuple[Token, Actor, str, Token]]:
    """(cue token, holder, polarity, clause verb) for each attitude word with a holder."""
    cues = load_cues()
    for token in doc:
        cue = cues.get((token.lemma_.lower(), token.pos_))
        if cue is None or (token.pos_ == "NOUN" and not _voiced(token)):
            continue
        verb = _clause_verb(token) if token.pos_ != "VERB" else token
        subject = holder_token(verb)
        holder = lookup(subject) if subject is not None else None
        if holder is None:
            continue
        polarity = FLIP[cue.polarity] if _negated(verb) else cue.polarity
        yield token, holder, polarity, verb


def _contrasted(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """(rejected noun, clause verb) for "X rather than Y" and "X instead of Y"."""
    for token in doc[1:]:
        pair = (token.nbor(-1).lower_, token.lower_)
        if pair not in CONTRAST_HEADS:
            continue
        if token.dep_ == "cc":  # "air support rather than ground troops": Y is a conjunct
            rejected = [c for c in token.head.children if c.dep_ == "conj" and c.i > token.i]
        else:
            rejected = [c for c in token.children if c.dep_ in {"pobj", "dobj"}]
        for noun in rejected:
            if noun.pos_ == "NOUN":
                yield noun, _clause_verb(token)


def statement_observations(doc: Doc, lookup: ActorLookup, article_id: str,
                           date: str | None = None) -> list[Observation]:
    """Stance observations from attitude words and contrasts in a parsed article."""
    sentence_of = {s.start: n for n, s in enumerate(doc.sents)}
    found: list[Observation] = []

    def observe(token: Token, holder: Actor, polarity: str, verb: Token,
                scope: list[Token], condition: str | None = None) -> None:
        sent = token.sent
        found.append(Observation(
            actor=holder, issue=issue_for(scope), polarity=polarity,
            firm=not _hedged(verb), article_id=article_id,
            sentence=sentence_of[sent.start], text=sent.text.strip(),
            condition=condition, date=date))

    for token, holder, polarity, verb in _attitudes(doc, lookup):
        subject = holder_token(verb)
        outside = set(subject.subtree) if subject is not None and subject.head is verb else set()
        scope = [t for t in verb.subtree if t not in outside]
        observe(token, holder, polarity, verb, scope, _awaited(token))
    for noun, verb in _contrasted(doc):
        subject = holder_token(verb)
        contrasting = lookup(subject) if subject is not None else None
        if contrasting is not None:
            observe(noun, contrasting, "oppose", verb, list(noun.subtree))
    return found


def _awaited(token: Token) -> str | None:
    """What an actor says it is waiting for: "awaiting clearer conditions" -> its condition."""
    if token.lemma_.lower() not in AWAITING:
        return None
    for child in token.children:
        if child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ == "for"):
            words = [t for t in child.subtree if t.dep_ != "prep" or t != child]
            return " ".join(t.text for t in words).strip(" ,.")
    return None
