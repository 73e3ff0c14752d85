"""Negation, hypothetical, future and condition cues around an event trigger."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should", "'d"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# Matrix verbs whose complement is an intended, not yet realised, event.
FUTURE_MATRIX = {"plan", "intend", "aim", "prepare", "expect", "seek", "hope", "want", "go"}
HYPOTHETICAL_MATRIX = {"consider", "weigh", "mull", "explore"}
NEGATION_WORDS = {"not", "n't", "never", "no"}
CONDITION_MARKS = {"if", "unless", "once", "provided", "providing", "as long as", "until",
                   "so long as", "whenever"}
HYPOTHETICAL_ADJ = {"potential", "possible", "eventual", "prospective", "hypothetical"}
CONDITION_NOUNS = {"event", "case"}  # "in the event of a ceasefire", "in case of attack"
# Relations up which a trigger shares the governing verb's auxiliaries ("would not send").
CHAIN_DEPS = {"xcomp", "dobj", "pcomp", "pobj", "prep", "oprd", "attr"}


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
    return False


def _verb_chain(trigger: Token) -> list[Token]:
    """The trigger and the verbs whose aspect it shares: xcomp/aux heads, a light verb."""
    chain = [trigger]
    current = trigger
    while current.dep_ in CHAIN_DEPS and current.head is not current:
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            chain.append(current)
            break
    return chain


def condition_text(tokens: Iterable[Token]) -> str | None:
    """The text of the first conditional clause or 'in the event of' phrase among tokens."""
    for tok in tokens:
        if tok.dep_ == "advcl":
            marks = [c for c in tok.children if c.dep_ in {"mark", "advmod"}
                     and c.lower_ in CONDITION_MARKS | {"as", "so"}]
            if marks and marks[0].lower_ in CONDITION_MARKS:
                return _span_text(tok)
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
        if auxes & HYPOTHETICAL_AUX:
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
    if trigger.dep_ == "pcomp" and head.lower_ == "without":
        found.contexts.add("negation")
    hedged = [trigger] + ([thing] if thing is not None else [])
    if any(c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_ADJ for t in hedged for c in t.children):
        found.contexts.add("hypothetical")
    found.condition = condition_text(scope)
    if found.condition:
        found.contexts.add("hypothetical")
    return found
