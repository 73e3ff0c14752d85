"""The states an article is about: its pair ("both sides", "the two countries") and its
home (where unnamed police, protesters, courts and armies belong).

A phrase that counts two parties without naming them refers to the two states the article
is about: the two named most often up to the sentence it is in (first named first on a tie).
Each becomes a participant, and, with no other recipient, each is the other's recipient.
An article's home is its dateline's state, or else the state it names clearly most often.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from wirecoder.events.arguments import ActorLookup
from wirecoder.events.placement import CIVIL_SECTORS, PEOPLE_SECTORS
from wirecoder.records import Actor, EventRecord

PAIR_NOUNS = {"side", "country", "nation", "leader", "government", "capital", "neighbour",
              "neighbor", "rival", "state", "president", "delegation", "adversary", "foe",
              "power", "ally", "partner", "army", "military", "minister"}
PAIR_WORDS = {"two", "both"}
# Codes that are no state (CAMEO regions, international organisations).
# Entity labels under which a state is named (its name, people, capital, bodies).
NAMING_LABELS = {"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"}
NOT_STATES = {"IGO", "WST", "EUR", "AFR", "ASA", "MEA", "ARB", "GLF", "NGO"}


def is_pair_phrase(token: Token) -> bool:
    """"both sides", "the two countries", "both governments"."""
    return token.lemma_.lower() in PAIR_NOUNS and token.tag_ in {"NNS", "NNPS"} and any(
        c.lower_ in PAIR_WORDS and c.dep_ in {"nummod", "det", "predet", "amod", "preconj"}
        for c in token.children)


def named_states(doc: Doc, lookup: ActorLookup, end: int | None = None
                 ) -> tuple[Counter[str], dict[str, Actor]]:
    """How often each state is named in the article (up to token `end`), and the actor of
    its first naming, in order of first naming."""
    counts: Counter[str] = Counter()
    first: dict[str, Actor] = {}
    for ent in doc.ents:
        if end is not None and ent.end > end:
            break
        if ent.label_ not in NAMING_LABELS:
            continue
        actor = lookup(ent.root)
        if actor is None or not actor.country or actor.country in NOT_STATES:
            continue
        counts[actor.country] += 1
        first.setdefault(actor.country, actor)
    return counts, first


def article_pair(sent: Span, lookup: ActorLookup, before_only: bool = False) -> list[Actor]:
    """The two states named most often in the article before `sent` ("both sides" points
    back), or (unless `before_only`) up to its end when the sentence itself names them."""
    for end in (sent.start,) if before_only else (sent.start, sent.end):
        counts, first = named_states(sent.doc, lookup, end)
        order = list(first)
        ranked = sorted(counts, key=lambda c: (-counts[c], order.index(c)))
        if len(ranked) >= 2 and not (len(ranked) > 2 and counts[ranked[1]] == counts[ranked[2]]):
            return [first[c] for c in ranked[:2]]
    return []  # no pair, or no clear second party


# Sectors whose unnamed members belong to the article's home state when nothing else places
# them ("Police banned the rallies", "the army deployed", "prosecutors charged").
HOME_SECTORS = frozenset({"COP", "JUD", "GOV", "LEG", "OPP", "CVL", "LAB", "EDU",
                          "REL", "MED", "BUS", "AGR", "REB"})
# Troops may be anyone's ("any foreign troops"); a state's own army is named as an
# institution ("the army", "the military").
HOME_ARMY_WORDS = {"army", "military", "armed forces", "junta", "navy", "air force"}
FOREIGN_WORDS = {"foreign", "western", "international", "multinational", "allied",
                 "peacekeeping", "peacekeepers", "coalition", "european", "african"}


def article_home(doc: Doc, lookup: ActorLookup, dateline: str | None) -> str | None:
    """The article's home state: its dateline's, else the state named most often, when it
    is named at least twice and more often than any other."""
    if dateline:
        return dateline
    ranked = named_states(doc, lookup)[0].most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


# Demands, aid and penalties with no addressee named: from outside, they are aimed at the
# home state ("ASEAN called for restraint", "India flew in tents and medicine", "the EU froze
# its assets"); criticism is too, when it answers no earlier act (events/references.py).
# Pledges are not: a dateline is often only the venue of the summit where they are made.
ADDRESSED_HOME_TYPES = frozenset({"REQUEST", "AID", "SANCTION"})
HOME_AID_MODES = frozenset({"humanitarian", "economic"})


def addressed_home(event: EventRecord, home: Actor | None) -> EventRecord:
    """A demand from outside the home state, with no recipient, made of the home state."""
    source = event.source
    if home is None or event.recipient is not None or source is None or \
            event.event_type not in ADDRESSED_HOME_TYPES or not source.country or \
            source.country == home.country:
        return event
    if event.event_type == "AID" and event.mode not in HOME_AID_MODES:
        return event  # troops and arms sent "to help" go to a war, not to the dateline
    return replace(event, recipient=home, id="")


def placed_at_home(event: EventRecord, home: str | None) -> EventRecord:
    """The event with its unnamed domestic actors given the home state."""
    if home is None:
        return event

    def homed(actor: Actor | None) -> Actor | None:
        if actor is None or actor.country or actor.actor_id or not _domestic(actor):
            return actor
        return replace(actor, country=home)

    source, recipient = homed(event.source), homed(event.recipient)
    at_home = (event.location is not None and event.location.country == home) or any(
        a is not None and a.country == home and a.sector in PEOPLE_SECTORS
        for a in (source, recipient))
    if at_home:
        source, recipient = (replace(a, country=home)
                             if a is not None and not a.country and not a.actor_id
                             and _unnamed_troops(a) else a for a in (source, recipient))
    if (source, recipient) == (event.source, event.recipient):
        return event
    if source is not None and recipient is not None and \
            (source.name, source.sector) == (recipient.name, recipient.sector):
        recipient = None
    return replace(event, source=source, recipient=recipient, id="")


def troops_among_their_people(event: EventRecord) -> EventRecord:
    """"Troops opened fire on the crowd in Andijan": unnamed troops or police acting on a
    state's own people are that state's, home or not."""
    source, recipient = event.source, event.recipient
    if source is None or recipient is None or source.country or source.actor_id or \
            not recipient.country or recipient.sector not in PEOPLE_SECTORS or \
            not _unnamed_troops(source):
        return event
    return replace(event, source=replace(source, country=recipient.country), id="")


def held_by_their_police(event: EventRecord) -> EventRecord:
    """"Sannikov was beaten by riot police", "police detained Ana Flores": someone the text
    gives no country, taken or beaten by a state's police, is of that state (police act at
    home)."""
    source, recipient = event.source, event.recipient
    if event.event_type not in {"COERCE", "ASSAULT"} or source is None or recipient is None \
            or source.sector != "COP" or not source.country or recipient.country or \
            recipient.actor_id or (recipient.sector and recipient.sector not in CIVIL_SECTORS):
        return event
    return replace(event, recipient=replace(recipient, country=source.country), id="")


def _unnamed_troops(actor: Actor) -> bool:
    """"troops", "officers", "soldiers" that no word makes foreign: at home in the article's
    state they are its own ("troops opened fire on his supporters outside the airport")."""
    words = OWN_OFFICES.sub("", actor.text.lower())
    return actor.sector in {"MIL", "COP"} and not any(w in words for w in FOREIGN_WORDS)


# Offices whose name holds a word of FOREIGN_WORDS but that are a state's own.
OWN_OFFICES = re.compile(r"\b(?:foreign|international) (?:minister|ministry|secretary|office|"
                         r"affairs|policy|service|relations|trade)")


def _domestic(actor: Actor) -> bool:
    words = OWN_OFFICES.sub("", actor.text.lower())
    if any(w in words for w in FOREIGN_WORDS):
        return False
    if actor.sector == "MIL":
        return any(w in words for w in HOME_ARMY_WORDS)
    return actor.sector in HOME_SECTORS


# Hostile acts, accusations and demands whose target, when no one is named, is the
# other state of the article's pair (cooperation is not: it measured nothing either way; a
# denial is not: "Kigali denied the accusations" with no accuser named stays open).
PAIR_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "ACCUSE",
                               "SANCTION", "REQUEST"})
# Sources that may act against their own state (rebels, protesters): no pair target for them.
NON_STATE_SECTORS = frozenset({"REB", "OPP", "CVL", "LAB", "EDU", "REL", "ETH", "UAF", "NGO",
                               "BUS", "MED", "REF", "AGR", "HLH",
                               # police and courts act at home: "one of the organisers was
                               # detained by police" is no act against the foreign state
                               "COP", "JUD"})
# Modes of taking people into custody: an arrest whose person is no actor (an organiser, a
# reporter) is at home too.
ARREST_MODES = frozenset({"arrest", "detain"})


def aimed_at_pair(event: EventRecord, pair: list[Actor]) -> EventRecord:
    """"Kyrgyz troops had shelled a dozen villages" in a story of a Kyrgyz-Tajik border war:
    a hostile act, accusation or demand of one of the article's two states with no
    target named is aimed at the other one."""
    source = event.source
    if event.recipient is not None or source is None or event.event_type not in \
            PAIR_TARGET_TYPES or len(pair) != 2 or source.sector in NON_STATE_SECTORS or \
            event.mode in ARREST_MODES:
        return event
    codes = [a.country for a in pair]
    if source.country not in codes or codes[0] == codes[1]:
        return event
    other = pair[1 - codes.index(source.country)]
    return replace(event, recipient=other, id="")


# CAMEO codes of bans and restrictions (172x): on another state's officials or goods they are
# sanctions ("the EU reimposed a travel ban on Lukashenko", "the Baltic states barred
# Georgian officials"); at home they stay coercion ("the junta banned the rallies").
BAN_CODES = ("172",)
# Who such a ban is put on: a state's officials, officers, judges or lawmakers.
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "ELI", "JUD", "LEG", "COP", "SPY"})


def banned_abroad(event: EventRecord) -> EventRecord:
    """A ban or restriction that one state or organisation puts on another state's officials:
    PLOVER SANCTION (CAMEO 163), not COERCE."""
    source, recipient = event.source, event.recipient
    if event.event_type != "COERCE" or not (event.cameo or "").startswith(BAN_CODES) or \
            source is None or recipient is None or not source.country or \
            not recipient.country or recipient.country == "IGO" or \
            source.country == recipient.country or recipient.sector not in OFFICIAL_SECTORS:
        return event  # a blockade of a territory stays coercion
    return replace(event, event_type="SANCTION", cameo="163", mode=None, id="")


def deployed_at_home(event: EventRecord) -> EventRecord:
    """"Mexico sent 6,500 troops into Michoacán", "Bogotá sent extra troops to Antioquia":
    forces sent within the sender's own state are a mobilisation, not military aid (which
    goes to another state)."""
    source, recipient = event.source, event.recipient
    if event.event_type != "AID" or event.mode != "military" or source is None or \
            not source.country or source.country == "IGO":
        return event
    place = event.location.country if event.location is not None else None
    if recipient is None and place != source.country:
        return event  # sent to no one and nowhere the sentence names at home
    if recipient is not None and recipient.country and recipient.country != source.country:
        return event  # sent to another state
    return replace(event, event_type="MOBILIZE", mode="troops", cameo="154", id="")
