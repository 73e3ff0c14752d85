"""Negation, hypothetical, future and condition cues around an event trigger."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from wirecoder.events.arguments import speech_verbs

HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should", "'d"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# Matrix verbs whose complement is an intended, not yet realised, event.
FUTURE_MATRIX = {"plan", "intend", "aim", "prepare", "expect", "seek", "hope", "want", "go",
                 "set", "due", "poise", "schedule", "slate", "poised", "scheduled", "about"}
PENDING_VERBS = {"discuss", "debate", "propose", "study", "plan", "examine"}
PENDING_NOUNS = {"discussion", "consideration", "review", "negotiation", "study", "debate"}
FAILURE_MATRIX = {"fail", "neglect", "unable", "unwilling"}
# "is unlikely to accede": not done, and only a forecast that it will not be.
UNLIKELY_MATRIX = {"unlikely", "improbable"}
HYPOTHETICAL_MATRIX = {"consider", "weigh", "mull", "explore"}
NEGATION_WORDS = {"not", "n't", "never", "no"}
CONDITION_MARKS = {"if", "unless", "once", "provided", "providing", "as long as", "until",
                   "so long as", "whenever"}
HYPOTHETICAL_ADJ = {"potential", "possible", "eventual", "prospective", "hypothetical"}
INVERTED_CONDITION = {"should", "had", "were"}
CONDITION_NOUNS = {"event", "case"}  # "in the event of a ceasefire", "in case of attack"
# Relations up which a trigger shares the governing verb's auxiliaries ("would not send").
CHAIN_DEPS = {"xcomp", "dobj", "pcomp", "pobj", "prep", "oprd", "attr", "acomp"}
# Subjects that negate their clause ("Neither of them announced a ceasefire").
NEGATIVE_SUBJECTS = {"neither", "none", "nobody", "nothing", "no one"}


@dataclass
class Modality:
    """Auxiliary modes of one event, and the condition the text attaches to it."""

    contexts: set[str] = field(default_factory=set)
    condition: str | None = None


def _aux_lemmas(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}


def _negated(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ == "never"):
            return True
        if child.dep_ == "advmod" and child.lower_ == "longer" and any(
                g.lower_ == "no" for g in child.children):
            return True
        if child.dep_ == "det" and child.lower_ == "no" and token.pos_ == "NOUN":
            return True
        if child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ in NEGATIVE_SUBJECTS:
            return True
    return False


def _verb_chain(trigger: Token) -> list[Token]:
    """The trigger and the verbs whose aspect it shares: xcomp/aux heads, a light verb."""
    chain = [trigger]
    current = trigger
    while current.dep_ in CHAIN_DEPS and current.head != current:
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            chain.append(current)
            break
    return chain


def _pending(trigger: Token) -> bool:
    """An event named as the subject of a discussion, not as something done: "the
    deployment remains under discussion", "a visit is being considered"."""
    if trigger.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    head = trigger.head
    if trigger.dep_ == "nsubjpass" and head.lemma_ in HYPOTHETICAL_MATRIX | PENDING_VERBS:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(
        g.lemma_ in PENDING_NOUNS for g in c.children) for c in head.children)


def _reported_in_past(verb: Token) -> bool:
    """The verb heads a clause reported by a past-tense speech verb ("said that ... would")."""
    current = verb
    while current.dep_ in {"conj", "xcomp"} and current.head != current:
        current = current.head
    if current.dep_ != "ccomp":
        return False
    head = current.head
    return head.tag_ == "VBD" and head.lemma_.lower() in speech_verbs()


def condition_text(tokens: Iterable[Token]) -> str | None:
    """The text of the first conditional clause or 'in the event of' phrase among tokens."""
    for tok in tokens:
        if tok.dep_ == "advcl":
            marks = [c for c in tok.children if c.dep_ in {"mark", "advmod"}
                     and c.lower_ in CONDITION_MARKS | {"as", "so"}]
            if marks and marks[0].lower_ in CONDITION_MARKS:
                return _span_text(tok)
            first = tok.left_edge
            if first.lower_ in INVERTED_CONDITION and first.dep_ in {"aux", "auxpass"}:
                return _span_text(tok)  # "Should the junta refuse, ..."
        if tok.dep_ == "prep" and tok.lower_ == "in":
            objs = [c for c in tok.children if c.dep_ == "pobj" and c.lemma_ in CONDITION_NOUNS]
            if objs and any(c.dep_ == "prep" and c.lower_ == "of" for c in objs[0].children):
                return _span_text(tok)
    return None


def _span_text(head: Token) -> str:
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i
    span: Span = doc[left:right + 1]
    return span.text.strip(" ,.;")


def modality_of(trigger: Token, scope: Iterable[Token], thing: Token | None = None) -> Modality:
    """Contexts of an event whose trigger is `trigger`; `scope` is the clause read for a
    condition (the trigger, its complements and the verbs it inherits from)."""
    found = Modality()
    chain = _verb_chain(trigger)
    for verb in chain:
        auxes = _aux_lemmas(verb)
        if auxes & HYPOTHETICAL_AUX <= {"would", "'d"} and auxes & HYPOTHETICAL_AUX and \
                verb.lemma_ != "be" and _reported_in_past(verb):
            found.contexts.add("future")  # "announced that Macron would travel": future in past
        elif auxes & HYPOTHETICAL_AUX:
            found.contexts.add("hypothetical")
        if auxes & FUTURE_AUX:
            found.contexts.add("future")
        if _negated(verb):
            found.contexts.add("negation")
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.lemma_ in FUTURE_MATRIX:
        found.contexts.add("future")
        if _negated(head):
            found.contexts.add("negation")
    if trigger.dep_ == "xcomp" and head.lemma_ in HYPOTHETICAL_MATRIX:
        found.contexts.add("hypothetical")
    if _pending(trigger):
        found.contexts.add("hypothetical")
    if trigger.dep_ == "xcomp" and head.lemma_ in FAILURE_MATRIX:
        found.contexts.add("negation")  # "failed to reach agreement", "unable to accept"
    if trigger.dep_ == "xcomp" and head.lemma_.lower() in UNLIKELY_MATRIX:
        found.contexts.update({"negation", "hypothetical"})
    if trigger.dep_ == "pcomp" and head.lower_ == "without":
        found.contexts.add("negation")
    hedged = [trigger] + ([thing] if thing is not None else [])
    if any(c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_ADJ for t in hedged for c in t.children):
        found.contexts.add("hypothetical")
    # a conditional clause may hang on the trigger itself, outside its clause span
    side_clauses = [c for c in trigger.children if c.dep_ == "advcl"]
    found.condition = condition_text([*scope, *side_clauses])
    if found.condition:
        found.contexts.add("hypothetical")
    return found
