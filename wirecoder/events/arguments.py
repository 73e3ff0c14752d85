"""Who did it and to whom: source, recipient and attribution read off the dependency parse."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

from spacy.tokens import Token

from wirecoder.datafiles import data_path, read_tsv
from wirecoder.records import Actor

ActorLookup = Callable[[Token], Actor | None]

RECIPIENT_PREPS = {"to", "with", "against", "on", "toward", "towards", "from", "for", "at"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Relations through which a clause without its own subject shares its head's subject.
SHARED_SUBJECT_DEPS = {"xcomp", "conj", "advcl", "pcomp", "acomp"}


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    """Reporting verbs (lemma -> kind) from the shipped lexicon."""
    path = data_path("lexicons", "speech_verbs.tsv")
    return {row["lemma"]: row["kind"] for _, row in read_tsv(path, ("lemma", "kind"))}


# Verbs by which an actor makes a statement its own ("issued", "adopted", "signed").
ISSUING_VERBS = frozenset({"issue", "release", "publish", "adopt", "pass", "put", "send",
                           "deliver", "read", "post", "circulate", "distribute", "make",
                           "give", "broadcast", "air", "sign", "approve", "unveil", "present"})


@lru_cache(maxsize=1)
def statement_nouns() -> frozenset[str]:
    """Nouns for what an actor issues to speak ("a statement", "a communique")."""
    path = data_path("lexicons", "statement_nouns.tsv")
    return frozenset(row["lemma"] for _, row in read_tsv(path, ("lemma",)))


def is_statement(noun: Token) -> bool:
    """'statement', 'press release': a noun (with its compound) the issuer speaks through."""
    lemma = noun.lemma_.lower()
    compounds = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
    words = statement_nouns()
    if compounds and f"{compounds[-1]} {lemma}" in words:
        return True
    return lemma in words and not (lemma == "release" and not compounds)


def coordinated(token: Token) -> Iterator[Token]:
    """The token and the tokens coordinated with it ("Britain and France")."""
    yield token
    for child in token.children:
        if child.dep_ == "conj":
            yield from coordinated(child)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, borrowed from the governing verb when it has none of its own
    (control: "agreed to send"; coordination: "would not send but could help";
    participles: "..., stating that")."""
    current: Token | None = verb
    for _ in range(6):
        if current is None:
            return None
        for child in current.children:
            if child.dep_ in {"nsubj", "csubj"}:
                return child
            if child.dep_ == "nsubjpass" and current != verb:
                return child  # raising: "the EU is set to adopt", "troops were ordered to"
            if child.dep_ == "agent":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if current.dep_ == "acl" and current.tag_ == "VBG" and is_statement(current.head):
            # "issued a statement condemning the coup": the issuer speaks
            issued = current.head
            owner = next((c for c in issued.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner
            if issued.dep_ == "dobj" and issued.head.lemma_.lower() in ISSUING_VERBS:
                return subject_of(issued.head)
            return None  # "vetoed a resolution condemning X": the veto's author condemns not
        if current.dep_ == "relcl" and current.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            # "the leaders who pledged": the relative clause's subject is its head noun,
            # unless the clause has its own subject (checked above).
            rel = [c for c in current.children if c.tag_ in {"WDT", "WP"}]
            if rel:
                return current.head
            return None
        if current.dep_ in SHARED_SUBJECT_DEPS and current.head != current:
            if current.dep_ == "advcl" and current.tag_ not in {"VBG", "VBN"}:
                return None
            current = current.head
            continue
        return None
    return None


def passive_parts(verb: Token) -> tuple[Token | None, Token | None]:
    """(agent, patient) of a passive verb: "was struck by drones" -> (drones, subject)."""
    agent, patient = _own_passive_parts(verb)
    if patient is None and verb.dep_ == "conj" and verb.tag_ == "VBN":
        # "was dragged from a car and detained by riot police": the conjuncts share the
        # one who suffers, and the first borrows the agent the last names
        first_agent, patient = _own_passive_parts(verb.head)
        agent = agent or first_agent
    elif patient is not None and agent is None:
        agent = next((a for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"
                      and _own_passive_parts(c)[1] is None
                      for a in [_own_passive_parts(c)[0]] if a is not None), None)
    return agent, patient


def _own_passive_parts(verb: Token) -> tuple[Token | None, Token | None]:
    agent = patient = None
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            patient = child
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            agent = objs[0] if objs else None
    return agent, patient


def prep_objects(head: Token, preps: set[str]) -> Iterator[Token]:
    """Objects of the given prepositions attached to head ("talks with Xi" -> Xi)."""
    for child in head.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ in preps:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    yield grandchild


def possessor(noun: Token) -> Token | None:
    """The possessor of a noun ("Russia's rejection"), or of the noun it is listed under
    ("his meetings, such as the visit to China")."""
    current = noun
    for _ in range(5):
        for child in current.children:
            if child.dep_ == "poss":
                return child
        if current.dep_ in {"conj", "appos", "pobj", "prep"} and current.head != current:
            current = current.head
            if current.pos_ == "VERB":
                return None
            continue
        return None
    return None


def speaker_of(trigger: Token, lookup: ActorLookup) -> tuple[Actor | None, str | None]:
    """The actor a reported event is attributed to, and the reporting verb's kind.

    Walks up complement clauses to a speech verb ("Putin said that ...") or finds an
    "according to X" phrase in the trigger's clause."""
    verbs = speech_verbs()
    current = trigger
    for _ in range(6):
        if current.dep_ in {"ccomp", "parataxis"} or (current.dep_ == "conj" and
                                                       current.head.dep_ == "ccomp"):
            head = current.head if current.dep_ != "conj" else current.head.head
            speech = head if head.lemma_ in verbs else None
            if speech is None and head.dep_ == "dobj" and head.head.lemma_ in verbs:
                speech = head.head
            if speech is not None or head.pos_ == "NOUN":
                who = subject_of(speech if speech is not None else head.head)
                if who is not None:
                    return lookup(who), verbs.get((speech or head).lemma_, "say")
            current = head
            continue
        if current.dep_ in {"acl"} and current.head.pos_ == "NOUN":
            # "a warning that troops would be targeted": content clause of a noun
            current = current.head
            continue
        if current.dep_ in {"xcomp", "conj", "dobj", "pobj", "prep", "pcomp", "oprd", "attr"} and \
                current.head != current:
            current = current.head
            continue
        break
    for token in trigger.sent:
        if token.lower_ == "according" and token.nbor(1).lower_ == "to":
            objs = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
            if objs:
                return lookup(objs[0]), "say"
    return None, None


# Prepositions that set an event as the circumstance of a clause ("after three days of talks,
# Kerry and Lavrov announced ...").
CIRCUMSTANCE_PREPS = {"after", "during", "following", "before", "throughout", "amid"}
# What measures such a stretch: "three days of talks", "two rounds of negotiations".
DURATION_NOUNS = {"day", "hour", "week", "month", "year", "round", "night", "session",
                  "weekend"}


def circumstance_of(noun: Token) -> Token | None:
    """The verb whose circumstance a stretch of an event is ("after three days of talks in
    Geneva, X and Y announced": announced); None otherwise, and for a bare reference ("after
    the summit"), which names a meeting told of before."""
    current, timed = noun, False
    for _ in range(4):
        if current.dep_ != "pobj" or current.head.dep_ != "prep":
            return None
        prep = current.head
        if prep.lower_ in CIRCUMSTANCE_PREPS and prep.head.pos_ in {"VERB", "AUX"}:
            return prep.head if timed else None
        if prep.lower_ != "of":
            return None
        current = prep.head
        timed = timed or current.lemma_.lower() in DURATION_NOUNS
    return None
