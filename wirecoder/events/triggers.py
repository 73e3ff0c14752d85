"""Find event triggers in a sentence and keep the ones that code an event of their own."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirecoder.events.arguments import ActorLookup, prep_objects, subject_of
from wirecoder.events.lexicon import AidNoun, Lexicon, Trigger

OBJECT_CLASSES = {"obj:aid": {"aid", "force", "guarantee", "weapon"},
                  "obj:sanction": {"sanction"}, "obj:relations": {"relations"},
                  "obj:weapon": {"weapon"}}
# Complement relations: a trigger inside another trigger's complement is part of that
# event ("pledged to provide troops" is one AGREE, PLOVER's single-category rule).
COMPLEMENT_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "oprd", "attr",
                   "nsubjpass", "dative"}


@dataclass(frozen=True)
class Candidate:
    """A token that matched a lexicon trigger, with the object that licensed it."""

    token: Token
    trigger: Trigger
    aid: AidNoun | None = None
    aid_token: Token | None = None


def objects_of(token: Token) -> Iterator[Token]:
    """Direct objects and prepositional objects of a verb or noun, and coordinated ones."""
    for child in token.children:
        if child.dep_ in {"dobj", "attr", "oprd", "nsubjpass"}:
            yield child
            yield from (c for c in child.children if c.dep_ == "conj")
        if child.dep_ == "prep" and child.lower_ in {"in", "with", "of", "for", "on"}:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    yield grandchild
                if grandchild.dep_ == "pcomp":
                    yield grandchild  # "assist in monitoring": the gerund names the help
                    yield from objects_of(grandchild)


def aid_object(token: Token, lexicon: Lexicon, classes: set[str]) -> tuple[AidNoun, Token] | None:
    """The aid/force/sanction noun a verb governs, looking through "sending of" and
    complements ("commit to deploying troops")."""
    for obj in objects_of(token):
        noun = lexicon.aid_nouns.get(obj.lemma_.lower()) or lexicon.aid_nouns.get(obj.lower_)
        if noun and noun.cls in classes:
            return noun, obj
    for child in token.children:
        if child.dep_ in {"xcomp", "pcomp"}:
            # "help monitor a truce": the complement verb itself can name the help
            noun = lexicon.aid_nouns.get(child.lemma_.lower())
            if noun and noun.cls in classes and child.pos_ == "VERB":
                return noun, child
            found = aid_object(child, lexicon, classes)
            if found:
                return found
    return None


def _has_particle(token: Token, particle: str) -> bool:
    return any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == particle
               for c in token.children)


def _licensed(token: Token, trig: Trigger, lexicon: Lexicon,
              lookup: ActorLookup) -> Candidate | None:
    if trig.particle and not _has_particle(token, trig.particle):
        return None
    req = trig.requires
    if req in OBJECT_CLASSES:
        if any(c.dep_ == "oprd" for c in token.children):
            return None  # "troops would be considered targets" offers nothing
        found = aid_object(token, lexicon, OBJECT_CLASSES[req])
        return Candidate(token, trig, *found) if found else None
    if req == "with:actor":
        if any(lookup(o) for o in prep_objects(token, {"with"})):
            return Candidate(token, trig)
        return None
    if req == "pred":
        return Candidate(token, trig) if token.dep_ in {"attr", "oprd"} else None
    if req == "actor":
        has_actor = any(c.dep_ == "poss" and lookup(c) for c in token.children) or any(
            lookup(o) for o in prep_objects(token, {"by", "with", "to", "from", "between",
                                                    "against", "on"}))
        if not has_actor and token.dep_ == "dobj" and token.head.pos_ == "VERB":
            # light verbs: "issued a warning", "held talks", "made a pledge"
            subject = subject_of(token.head)
            has_actor = subject is not None and lookup(subject) is not None
        return Candidate(token, trig) if has_actor else None
    found = aid_object(token, lexicon, OBJECT_CLASSES["obj:aid"])
    return Candidate(token, trig, *found) if found else Candidate(token, trig)


def find_candidates(sent: Span, lexicon: Lexicon, lookup: ActorLookup) -> list[Candidate]:
    """Every token of the sentence that a lexicon trigger matches, licensed by its context."""
    found: list[Candidate] = []
    for token in sent:
        if token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"}:
            pos = "V"
        elif token.pos_ in {"NOUN", "PROPN"}:
            pos = "N"
        else:
            continue
        for trig in lexicon.triggers_for(token.lemma_.lower(), pos):
            candidate = _licensed(token, trig, lexicon, lookup)
            if candidate:
                found.append(candidate)
                break
    return found


def _is_purpose_clause(token: Token) -> bool:
    return token.dep_ == "advcl" and any(c.tag_ == "TO" for c in token.children)


def _governing(candidate: Candidate, by_index: dict[int, Candidate]) -> Candidate | None:
    current = candidate.token
    for _ in range(8):
        in_complement = current.dep_ in COMPLEMENT_DEPS or _is_purpose_clause(current)
        if not in_complement or current.head is current:
            return None
        current = current.head
        if current.i in by_index:
            return by_index[current.i]
    return None


def keep_outermost(candidates: list[Candidate]) -> list[Candidate]:
    """Drop triggers that sit in the complement of another trigger: the governing one codes
    the event ("rejected proposals to deploy" is REJECT, "warned that ... would be
    targeted" is THREATEN)."""
    by_index = {c.token.i: c for c in candidates}
    return [c for c in candidates if _governing(c, by_index) is None]
