"""'Both sides', 'the two countries', 'the two leaders': the article's pair of states.

A phrase that counts two parties without naming them refers to the two states the article
is about: the two named most often up to the sentence it is in (first named first on a tie).
Each becomes a participant, and, with no other recipient, each is the other's recipient.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from wirecoder.events.arguments import ActorLookup
from wirecoder.records import Actor

PAIR_NOUNS = {"side", "country", "nation", "leader", "government", "capital", "neighbour",
              "neighbor", "rival", "state", "president", "delegation", "adversary", "foe",
              "power", "ally", "partner", "army", "military", "minister"}
PAIR_WORDS = {"two", "both"}
# Codes that are no state (CAMEO regions, international organisations).
NOT_STATES = {"IGO", "WST", "EUR", "AFR", "ASA", "MEA", "ARB", "GLF", "NGO"}


def is_pair_phrase(token: Token) -> bool:
    """"both sides", "the two countries", "both governments"."""
    return token.lemma_.lower() in PAIR_NOUNS and token.tag_ in {"NNS", "NNPS"} and any(
        c.lower_ in PAIR_WORDS and c.dep_ in {"nummod", "det", "predet", "amod", "preconj"}
        for c in token.children)


def article_pair(sent: Span, lookup: ActorLookup) -> list[Actor]:
    """The two states named most often in the article up to the end of `sent`."""
    counts: Counter[str] = Counter()
    first: dict[str, Actor] = {}
    for ent in sent.doc.ents:
        if ent.end > sent.end:
            break
        if ent.label_ not in {"GPE", "NORP", "ORG", "PERSON", "FAC"}:
            continue
        actor = lookup(ent.root)
        if actor is None or not actor.country or actor.country in NOT_STATES:
            continue
        counts[actor.country] += 1
        first.setdefault(actor.country, actor)
    order = list(first)
    ranked = sorted(counts, key=lambda c: (-counts[c], order.index(c)))
    if len(ranked) < 2 or (len(ranked) > 2 and counts[ranked[1]] == counts[ranked[2]]):
        return []  # no pair, or no clear second party
    return [first[c] for c in ranked[:2]]
