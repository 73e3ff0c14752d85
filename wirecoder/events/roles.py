"""Which words of a sentence name an event's source and its recipient.

The coder resolves these tokens to actors; recipients come as a ranked list of candidates
so that a first candidate naming no actor ("an energy facility in Odesa") falls back to the
next one (the place it is in)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from wirecoder.events.arguments import (
    circumstance_of,
    coordinated,
    passive_parts,
    possessor,
    prep_objects,
    subject_of,
)
from wirecoder.events.evaluations import NAMING_VERBS, evaluation_of
from wirecoder.events.triggers import Candidate

RECIPIENT_PREPS = {"to", "with", "against", "toward", "towards", "on", "for", "from"}
NOUN_RECIPIENT_PREPS = {"with", "to", "against", "on", "from", "between", "into"}
# Types whose 'on' / 'for' phrase names a topic rather than a recipient.
TOPIC_TYPES = {"CONSULT", "COOPERATE", "AGREE", "SUPPORT"}
# Violence and coercion are aimed "at" a boat or go "into" a town.
HOSTILE_TYPES = {"ASSAULT", "COERCE", "THREATEN"}
TARGET_PREPS = {"at", "into", "in", "near", "inside", "outside", "off", "around"}
# Speech acts whose content clause names who is asked or accused ("demanded that Israel ..."),
# and concessions that name who may now act ("will allow the opposition to hold rallies").
ADDRESSED_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "CONCEDE"}
# Nouns whose possessor is who benefits from aid or a pledge ("Ukraine's security").
BENEFIT_NOUNS = {"security", "defence", "defense", "sovereignty", "protection", "army",
                 "military", "reconstruction", "recovery", "survival", "independence"}
BENEFIT_TYPES = {"AID", "MOBILIZE", "AGREE", "SUPPORT"}
# Verbs whose object is who the help is for ("sent jets to protect Kosovo").
BENEFIT_VERBS = {"defend", "protect", "secure", "shield", "rebuild", "reconstruct", "stabilise",
                 "stabilize", "reinforce", "bolster", "guard", "help", "assist"}
# "the withdrawal of Russian forces": an 'of' object naming armed men is the one who acts.
FORCE_LEMMAS = {"troop", "force", "army", "soldier", "unit", "militia", "fighter", "rebel",
                "military", "personnel", "contingent"}
MODIFIER_DEPS = {"amod", "compound", "nmod"}
# Nouns for a line between states: in an attack "on the Thai border" places the target,
# while troops massed on a border are aimed at the state beyond it.
BORDER_NOUNS = {"border", "frontier", "boundary", "borderline"}
VIOLENT_TYPES = {"ASSAULT", "COERCE"}
# Violent verbs whose 'with' phrase is the other side ("clashed with police").
FIGHTING_WITH = {"clash", "fight", "battle", "skirmish", "engage", "scuffle", "tussle"}
# What violence is done with: a 'with' phrase naming one is the means, not the target.
MEANS_NOUNS = {"gas", "teargas", "tank", "mortar", "rocket", "artillery", "gun", "gunfire",
               "rifle", "baton", "cannon", "bullet", "grenade", "missile", "drone", "bomb",
               "shell", "launcher", "howitzer", "machete", "knife", "stone", "rock", "club",
               "truncheon", "weapon", "munition", "explosive", "jet", "aircraft", "helicopter",
               "warplane", "force", "hose", "spray", "dog", "vehicle", "bulldozer"}
# Meetings whose participants are the subject of the clause they are the circumstance of.
MEETING_NOUN_TYPES = {"CONSULT"}
QUANTIFIERS = {"neither", "both", "each", "all", "none", "either", "some", "most", "one"}


@dataclass
class Roles:
    """Source tokens (one event each) and recipient candidates, best first."""

    sources: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)


def roles_of(cand: Candidate, light_verbs: frozenset[str]) -> Roles:
    """Source and recipient candidates of a trigger, as the grammar has them (the coder
    applies the lexicon's role swap once they are resolved to actors)."""
    roles = _noun_roles(cand, light_verbs) if cand.trigger.pos == "N" else _verb_roles(cand)
    roles.sources = [s for tok in roles.sources for s in with_modifier_conjuncts(tok)]
    if cand.inner is not None:
        # "threatened to break relations with Russia", "refused to meet Jordan's king": who
        # the governed act is aimed at; "rejected Belarus's call for aid": who made the call.
        inner = roles_of(cand.inner, light_verbs)
        if cand.inner.trigger.pos == "N":
            roles.recipients += inner.sources
        roles.recipients += inner.recipients
    return roles


def _condition_subjects(verb: Token) -> Iterator[Token]:
    """Subjects of an 'if' / 'unless' clause (or an inverted "should Russia refuse") on the
    verb: the side a threat or ultimatum is addressed to."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(m.lower_ in {"unless", "if"} or m.dep_ == "aux"
                                          and m.i == clause.left_edge.i
                                          for m in clause.children):
            yield from (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"})


def with_modifier_conjuncts(token: Token) -> Iterator[Token]:
    """The token, and actor words coordinated inside its modifiers: "U.S. and Ukrainian
    delegations" -> delegations, Ukrainian."""
    yield token
    for child in token.children:
        if child.dep_ in MODIFIER_DEPS:
            for conj in child.children:
                if conj.dep_ == "conj" and conj.pos_ in {"PROPN", "ADJ", "NOUN"}:
                    yield conj


def _verb_roles(cand: Candidate) -> Roles:
    trigger = cand.token
    agent, patient = (_quantified(part) for part in passive_parts(trigger))
    if patient is not None:
        sources = list(coordinated(agent)) if agent is not None else []
        kind = cand.trigger.event_type
        recipients = [patient, *_inner_actors(patient, kind in HOSTILE_TYPES,
                                              kind in VIOLENT_TYPES)]
        if cand.trigger.event_type in HOSTILE_TYPES:
            recipients += list(prep_objects(trigger, TARGET_PREPS))
        return Roles(sources, recipients)
    blamed = _to_blame(trigger)
    if blamed is not None:
        return blamed
    subject = _quantified(subject_of(trigger))
    sources = list(coordinated(subject)) if subject is not None else []
    return Roles(sources, list(_verb_recipients(trigger, cand)))


def _to_blame(trigger: Token) -> Roles | None:
    """"Washington said Iran was to blame": the subject of "be to blame" is the one blamed,
    and whoever says so blames it."""
    be = trigger.head
    if trigger.dep_ != "xcomp" or trigger.lemma_.lower() != "blame" or be.lemma_ != "be":
        return None
    blamed = [c for c in be.children if c.dep_ == "nsubj"]
    speaker = subject_of(be.head) if be.dep_ == "ccomp" else None
    return Roles([speaker] if speaker is not None else [], blamed)


def _quantified(token: Token | None) -> Token | None:
    """"Neither of them announced", "one of the organisers was detained": the ones
    quantified over, not the quantifier (which would read as a pronoun)."""
    if token is not None and token.lower_ in QUANTIFIERS:
        return next(prep_objects(token, {"of"}), token)
    return token


def _verb_recipients(trigger: Token, cand: Candidate) -> Iterator[Token]:
    """Recipient candidates of an active verb, best first."""
    kind = cand.trigger.event_type
    hostile = kind in HOSTILE_TYPES
    # Violence, and help, serve the country where they happen ("a force in Liberia").
    placed = hostile or kind in {"AID", "MOBILIZE"}
    if cand.trigger.requires.startswith("eval:"):
        # "said the sentence was unjustified", "disappointed by Canada's decision": what is
        # evaluated, and whose it is
        # (not whom it is said to: "told reporters it was unhappy with the verdict")
        evaluation = evaluation_of(trigger)
        for thing in evaluation.targets if evaluation is not None else ():
            yield thing
            yield from _inner_actors(thing)
        if trigger.lemma_.lower() not in NAMING_VERBS:
            return
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "dative", "iobj"}
               and not _same(c, cand.aid_token)]
    for child in objects:
        if child.pos_ in {"PROPN", "PRON"} or child.ent_type_ or child.dep_ != "dobj":
            yield child
    for child in objects:
        # "condemned the Israeli strike", "vetoed a Security Council resolution", "welcomed
        # Reagan's statement": whose the object is comes before what its phrases mention
        yield from (g for g in child.children if g.dep_ == "poss")
        yield from (g for g in child.children if g.dep_ in {"compound", "amod"} and g.i < child.i
                    and (g.pos_ == "PROPN" or g.ent_type_ in {"NORP", "GPE", "ORG"}))
    for named in _named_objects(trigger):
        # "condemned what she called China's reckless conduct", "struck what the army called
        # hideouts of the TTP": the thing as the speaker names it is the object
        yield from (g for g in named.children if g.dep_ == "poss")
        yield from (g for g in named.children if g.dep_ in {"compound", "amod"}
                    and g.i < named.i and (g.pos_ == "PROPN"
                                           or g.ent_type_ in {"NORP", "GPE", "ORG"}))
        yield named
        yield from _inner_actors(named, placed, kind in VIOLENT_TYPES)
    heads = [trigger] + [c for c in trigger.children if c.dep_ in {"dobj", "xcomp"}
                         or _is_purpose(c)]
    if cand.aid_token is not None:
        heads.append(cand.aid_token)
        heads.extend(c for c in cand.aid_token.ancestors if c.dep_ in {"xcomp", "pcomp"})
    preps = RECIPIENT_PREPS | {"into", "alongside"}
    if any(c.dep_ == "dobj" for c in trigger.children) and trigger.tag_ != "VBN":
        # "condemned the shelling of the compound by Israel": who did what is condemned
        preps = preps | {"by"}
    if kind in {"ACCUSE", "PROTEST"}:
        preps |= {"over", "about", "at"}  # "voiced concern over Chinese drills"
    if kind in TOPIC_TYPES:
        preps -= {"on", "for"}  # "talks on trade", "share intelligence on China's navy"
    means_with = kind in VIOLENT_TYPES and trigger.lemma_.lower() not in FIGHTING_WITH
    for head in heads:
        # "pledged to stand by Moldova", "vowed to stand behind Kyiv": whom the promised
        # act is for
        head_preps = preps | {"by", "behind"} if head.dep_ == "xcomp" else preps
        for obj in prep_objects(head, head_preps):
            if means_with and obj.head.lower_ == "with" and obj.lemma_.lower() in MEANS_NOUNS:
                continue  # "opened fire with tanks", "dispersed them with tear gas": means
            if kind in VIOLENT_TYPES and obj.lemma_.lower() in BORDER_NOUNS:
                continue  # "seized a stronghold on the Thai border" is not aimed at Thailand
            yield obj
            yield from _inner_actors(obj, placed)
    if kind == "PROTEST":
        # "blocked a road to show their anger at Washington's policies": what the protest
        # is for names its target
        for clause in (c for c in trigger.children if _is_purpose(c)):
            for thing in (c for c in clause.children if c.dep_ == "dobj"):
                for obj in prep_objects(thing, {"for", "at", "over", "with", "against", "of"}):
                    yield obj
                    yield from _inner_actors(obj)
    for particle in trigger.children:  # "pulled out of ECOWAS"
        if particle.dep_ in {"prt", "advmod", "prep"} and particle.lower_ in {"out", "away"}:
            yield from prep_objects(particle, {"of", "from"})
    if kind in HOSTILE_TYPES:
        yield from prep_objects(trigger, {"at"})
    for child in trigger.children:
        if child.dep_ == "dobj":
            yield from (g for g in child.children if g.dep_ == "poss")
            if not _same(child, cand.aid_token):  # the troops sent are not whom they are sent to
                yield child
            yield from _inner_actors(child, placed, kind in VIOLENT_TYPES)
    yield from _indirect_recipients(trigger, cand)


def _indirect_recipients(trigger: Token, cand: Candidate) -> Iterator[Token]:
    """Recipient candidates from content and condition clauses, benefits and places."""
    kind = cand.trigger.event_type
    if kind in ADDRESSED_TYPES:
        for child in trigger.children:
            if child.dep_ in {"ccomp", "xcomp"}:
                yield from (g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"})
    if kind in HOSTILE_TYPES | {"SANCTION"}:
        # "Unless Russia accepts a truce, the EU will adopt sanctions", "threatened to quit
        # the talks if the US deploys missiles": who must comply, on the threat or its act
        verbs = [trigger, *(c for c in trigger.children if c.dep_ in {"xcomp", "ccomp"})]
        if trigger.pos_ == "NOUN" and trigger.dep_ in {"attr", "dobj"}:
            # "there would be grave consequences if Washington ...", "Tokyo will pay a price"
            verbs.append(trigger.head)
            if trigger.dep_ == "dobj":
                yield from (c for c in trigger.head.children if c.dep_ == "nsubj")
        for verb in verbs:
            yield from _condition_subjects(verb)
    if kind in BENEFIT_TYPES:
        yield from _beneficiaries(trigger)
    if kind in {"AID", "MOBILIZE", "AGREE"} and cand.aid_token is not None:
        # "deploy a force in Ukraine": the country where forces go is who they serve.
        for head in (cand.aid_token, trigger):
            yield from (o for o in prep_objects(head, {"in", "into"}) if o.ent_type_ == "GPE")
    if kind in HOSTILE_TYPES:
        # "struck a depot in Port Sudan": violence in a place is aimed at its country.
        yield from (o for o in prep_objects(trigger, TARGET_PREPS) if o.ent_type_ == "GPE")


def _inner_actors(noun: Token, hostile: bool = False, violent: bool = False
                  ) -> Iterator[Token]:
    """Actor words inside a noun phrase that names no actor itself: its possessor, 'of'
    object and, for violence and coercion, the place it is in ("a depot in Port Sudan")."""
    for child in noun.children:
        if child.dep_ == "poss":
            yield child
    yield from (o for o in prep_objects(noun, {"of", "by"} | NOUN_RECIPIENT_PREPS)
                if not (violent and o.lemma_.lower() in BORDER_NOUNS))
    for child in noun.children:
        # "a Security Council resolution", "a Philippine boat"
        if child.dep_ in {"compound", "amod"} and (child.pos_ == "PROPN" or child.ent_type_ in
                                                   {"NORP", "GPE", "ORG"}):
            yield child
    if hostile:
        yield from (o for o in prep_objects(noun, TARGET_PREPS) if o.ent_type_ in {"GPE", "LOC"})
        yield from prep_objects(noun, {"for"})  # "a camp for Congolese refugees" was hit


# NAMING_VERBS (evaluations.py) name a thing in a free relative: "what it called a
# provocation".
WH_OBJECTS = {"what", "whatever"}


def _named_objects(trigger: Token) -> Iterator[Token]:
    """The nouns a free relative object names: "condemned what it called an act of
    aggression" -> act (the parser hangs "what" on the trigger and "called" beside it)."""
    clauses = []
    if any(c.lower_ in WH_OBJECTS for c in trigger.children if c.dep_ == "dobj") or \
            any(c.dep_ == "ccomp" and any(g.lower_ in WH_OBJECTS for g in c.children)
                for c in trigger.children):
        clauses = [c for c in trigger.children if c.dep_ in {"ccomp", "relcl"}]
    # "voiced concern over what they described as dangerous conduct by Chinese vessels"
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    clauses += [g for h in heads for p in h.children if p.dep_ == "prep"
                for g in p.children if g.dep_ == "pcomp"
                and any(w.lower_ in WH_OBJECTS for w in g.children)]
    for clause in clauses:
        if clause.lemma_.lower() in NAMING_VERBS:
            yield from (c for c in clause.children if c.dep_ in {"oprd", "dobj", "attr"}
                        and c.lower_ not in WH_OBJECTS and c.pos_ in {"NOUN", "PROPN"})
            yield from prep_objects(clause, {"as"})  # "what it described as provocations"
            yield from prep_objects(clause, {"by"})  # "what it termed piracy by Britain"


def _is_purpose(token: Token) -> bool:
    """"sent troops to fight alongside Russian forces": a purpose clause of the trigger."""
    return token.dep_ == "advcl" and any(c.tag_ == "TO" for c in token.children)


def _beneficiaries(trigger: Token) -> Iterator[Token]:
    """"to ensure Ukraine's security", "to help defend Saudi Arabia": whose security,
    defence or sovereignty it serves."""
    for token in trigger.subtree:
        if token.lemma_.lower() in BENEFIT_NOUNS:
            yield from (c for c in token.children if c.dep_ == "poss")
        if token.lemma_.lower() in BENEFIT_VERBS and token.pos_ == "VERB" and token != trigger:
            yield from (c for c in token.children if c.dep_ == "dobj")
            # "to help Nigeria find the girls": who is helped is the subject of what it does
            yield from (g for c in token.children if c.dep_ in {"ccomp", "xcomp"}
                        for g in c.children if g.dep_ == "nsubj")


def _noun_roles(cand: Candidate, light_verbs: frozenset[str]) -> Roles:
    noun = cand.token
    if cand.trigger.requires == "pred":
        # "X would be targets": the threatened are the clause's subject.
        subjects = [c for c in noun.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return Roles([], subjects[:1])
    if cand.trigger.requires == "warning":
        # "there will be grave consequences if Kyiv ...": the speaker threatens who is to face
        # them; nobody in the clause acts
        return Roles([], list(_indirect_recipients(noun, cand)))
    owner = possessor(noun)
    agents = list(prep_objects(noun, {"by"}))
    for obj in prep_objects(noun, {"of"}):  # "the release of prisoners by Israel"
        agents += list(prep_objects(obj, {"by"}))
    sources = list(coordinated(owner)) if owner is not None else agents[:1]
    recipients = list(prep_objects(noun, NOUN_RECIPIENT_PREPS))
    for obj in prep_objects(noun, {"of"}):
        if not sources and obj.lemma_.lower() in FORCE_LEMMAS:
            sources = [obj]  # "the withdrawal of Russian forces"
        else:
            recipients.append(obj)  # "the release of Palestinian prisoners"
    if not sources:
        # "Palestinian riots against ...", "a NATO deployment": the state or body a noun
        # trigger is named after is who acts
        sources = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}
                   and c.i < noun.i and c.ent_type_ in {"NORP", "GPE", "ORG"}][:1]
    if not sources and noun.head.lower_ == "for" and noun.head.head.lemma_ == "responsibility":
        claimant = subject_of(noun.head.head.head)  # "X claimed responsibility for the attack"
        sources = [claimant] if claimant is not None else []
    if not sources and noun.dep_ == "dobj" and noun.head.lemma_.lower() in light_verbs:
        subject = subject_of(noun.head)  # light verbs: "issued a warning", "held talks"
        sources = list(coordinated(subject)) if subject is not None else []
    if not sources and cand.trigger.event_type in MEETING_NOUN_TYPES:
        host = circumstance_of(noun)  # "after three days of talks, Kerry and Lavrov said"
        subject = subject_of(host) if host is not None else None
        sources = list(coordinated(subject)) if subject is not None else []
    if not sources:
        between = [o for o in prep_objects(noun, {"between"})]
        if between and len(list(coordinated(between[0]))) > 1:
            # "talks between Kyiv and Moscow": the first party acts, the second receives.
            first, *rest = list(coordinated(between[0]))
            return Roles([first], rest + recipients)
    return Roles(sources, recipients)


def _same(token: Token, other: Token | None) -> bool:
    """Token identity by position: spaCy makes a new Token object on every access."""
    return other is not None and token.i == other.i
