"""Where the people a noun names are: the country of a place complement ("rebels in the
Ivory Coast", "the Kurds of northern Iraq", "militants operating in Mali").

In CAMEO/ICEWS coding a domestic group takes the country it is in ("Rebel (Ivory Coast)",
"Police (Guinea)"). Pure functions over spaCy tokens and the knowledge base; the words that
steer them are data (wirecoder/data/actors/locatives.tsv).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from wirecoder.actors.kb import ActorEntry, KnowledgeBase, Term
from wirecoder.actors.loader import DATA_DIR, fold, read_tsv_lines
from wirecoder.actors.phrases import PhraseReading, read_phrase
from wirecoder.errors import DataFileError, Errors

LOCATIVES = DATA_DIR / "locatives.tsv"
LOCATIVE_USES = ("participle", "area", "dispute", "abroad", "outsider", "kin", "people")
PLACE_PREPS = frozenset({"in", "of", "from", "inside", "across", "throughout", "within"})
PLACE_ENTS = frozenset({"GPE", "LOC"})
ORIGIN_PREPS = frozenset({"from", "of"})


@dataclass(frozen=True)
class Place:
    """The country a complement places a noun in; `origin` for 'from'/'of' (where they come
    from or whose they are: 'troops from Chad') rather than where they are ('troops in Mali')."""

    country: ActorEntry
    origin: bool = False


@lru_cache(maxsize=1)
def locatives() -> dict[str, frozenset[str]]:
    """The words of locatives.tsv by use (participle, area, dispute, abroad, outsider, kin)."""
    found: dict[str, set[str]] = {use: set() for use in LOCATIVE_USES}
    for line, (word, use) in read_tsv_lines(LOCATIVES, 2):
        if use not in found:
            detail = f"use {use!r} is not one of {', '.join(LOCATIVE_USES)}"
            raise DataFileError(Errors.E060.format(path=LOCATIVES, line=line, detail=detail))
        found[use].add(fold(word))
    return {use: frozenset(words) for use, words in found.items()}


def place_of_noun(head: Token, kb: KnowledgeBase) -> Place | None:
    """Where a place complement of a noun puts it: 'rebels in the Ivory Coast', 'the Kurds
    of northern Iraq', 'militants operating in Mali', 'parties to the conflict in Sudan'.
    Only a complement of the noun counts: in 'rebels attacked in Mali' it modifies the verb;
    coordinated places ('officials from France and Iran') say no one country."""
    for prep in _place_preps(head, locatives()):
        for obj in prep.children:
            if obj.dep_ != "pobj" or any(c.dep_ == "conj" for c in obj.children):
                continue
            found = _place_of(obj, kb, depth=1)
            if found is not None:
                origin = prep.head.i == head.i and prep.lower_ in ORIGIN_PREPS
                return Place(found, origin)
    return None


def _place_preps(head: Token, words: dict[str, frozenset[str]]) -> Iterator[Token]:
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
            yield child
        elif child.dep_ == "prep" and child.lower_ == "to":
            for obj in child.children:
                if obj.dep_ == "pobj" and fold(obj.lemma_) in words["dispute"]:
                    yield from (p for p in obj.rights if p.dep_ == "prep" and p.lower_ == "in")
        elif child.dep_ in ("acl", "amod") and fold(child.lemma_) in words["participle"]:
            yield from (
                p for p in child.rights if p.dep_ == "prep" and p.lower_ in PLACE_PREPS - {"of"}
            )


def _place_of(obj: Token, kb: KnowledgeBase, depth: int) -> ActorEntry | None:
    """The country a place name stands for: a state, a capital or seat, a gazetteer city;
    through one part of a place ('the north of Mali', 'Syria's Idlib province')."""
    reading = read_phrase(obj, kb)
    hit = reading.head_hit()
    if hit is not None:
        entry = hit.alias.entry
        if entry.kind == "country" and hit.alias.form != "demonym":
            return entry
        if entry.kind == "seat" and entry.stands_for is None:
            return kb.country(entry.country)
        return None
    if obj.pos_ == "PROPN" and obj.ent_type_ in PLACE_ENTS:
        from wirecoder.events.places import load_gazetteer  # built on first use only

        name = next((e.text for e in obj.doc.ents if e.start <= obj.i < e.end), obj.text)
        found = load_gazetteer().lookup(name)
        state = kb.country(found.country) if found is not None else None
        return state if state is not None and state.kind == "country" else None
    if depth and obj.pos_ == "NOUN" and fold(obj.lemma_) in locatives()["area"]:
        owners = reading.cue_hits("country")
        if owners:
            return owners[0].alias.entry
        for prep in obj.rights:
            for inner in prep.children if prep.lower_ in ("of", "in") else ():
                if inner.dep_ == "pobj":
                    return _place_of(inner, kb, depth - 1)
    return None


def is_people(r: PhraseReading) -> bool:
    """'Kurds', 'Druze': a plural name of a people (not a person the KB lacks)."""
    head = r.head
    plural = head.tag_ == "NNPS" or (head.ent_type_ == "NORP" and head.tag_ != "NNP")
    return plural and head.ent_type_ != "PERSON" and not has_outsider(r)


def has_outsider(r: PhraseReading, own: str = "") -> bool:
    """'foreign fighters', 'world leaders': a modifier that says they are not of the place
    (but the words of the agent's own name are not: 'the Foreign Ministry in Tallinn')."""
    outsiders = locatives()["outsider"] - set(own.split())
    return any(fold(t.lower_) in outsiders for t in r.head.doc[r.start : r.head.i])


def is_placed(r: PhraseReading, agent: Term, place: Place) -> bool:
    """Whether a place complement gives an agent word its country: people and state bodies
    of the place yes ('rebels in Mali', 'the army in Myanmar'); troops, diplomats and
    outsiders only from a place ('troops from Chad', not 'troops in Mali'); IGO and NGO
    agents and sets of states ('countries in Africa') never."""
    if agent.value == "collective" or agent.sector in ("IGO", "NGO"):
        return False
    if place.origin:
        return True
    if agent.sector == "MIL" and agent.value != "institution":
        return False
    return agent.phrase not in locatives()["abroad"] and not has_outsider(r, agent.phrase)
