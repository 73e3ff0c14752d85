"""Find event triggers in a sentence and keep the ones that code an event of their own."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from wirecoder.events.arguments import (
    ActorLookup,
    circumstance_of,
    is_statement,
    passive_parts,
    prep_objects,
    subject_of,
)
from wirecoder.events.evaluations import evaluation_of
from wirecoder.events.learned import CAMEO_OF, MIN_PROBABILITY, NONE, READ_POS, TriggerModel
from wirecoder.events.lexicon import AidNoun, Lexicon, Trigger
from wirecoder.events.modality import CONDITION_MARKS

OBJECT_CLASSES = {"obj:aid": {"aid", "force", "guarantee", "weapon"},
                  "obj:sanction": {"sanction"}, "obj:relations": {"relations"},
                  "obj:weapon": {"weapon"}, "obj:force": {"force"}}
OBLIGATION_AUX = {"must", "should"}
# Prepositions whose object can be what a verb + object trigger needs ("bowed to demands",
# "put troops on alert", "withdrew from the bloc").
OBJECT_PREPS = {"to", "on", "from", "into", "under"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod"}
# Governing verbs whose complement is what they say did not happen.
NEGATING_GOVERNORS = {"deny"}

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
    # The first trigger in this one's complement ("threatened to strike": strike), and the
    # denial this one is the content of ("denied sending troops": denied).
    inner: Candidate | None = None
    denied_by: Token | None = None


def objects_of(token: Token) -> Iterator[Token]:
    """Direct objects and prepositional objects of a verb or noun, and coordinated ones."""
    for child in token.children:
        if child.dep_ in {"dobj", "attr", "oprd", "nsubjpass"}:
            yield child
            yield from (c for c in child.children if c.dep_ == "conj")
            yield from prep_objects(child, {"of"})  # "tons of food", "a team of planners"
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
        if child.dep_ == "prep":  # "committed to deploying troops", "agreed on sending aid"
            for gerund in (g for g in child.children if g.dep_ == "pcomp"):
                found = aid_object(gerund, lexicon, classes)
                if found:
                    return found
    return None


def object_lemmas(token: Token) -> set[str]:
    """Lemmas that name what a verb acts on: its objects, their compound modifiers and "of"
    complements ("lifted the state of emergency" -> state, emergency)."""
    heads = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}]
    heads += [o for o in prep_objects(token, OBJECT_PREPS)]
    lemmas: set[str] = set()
    for head in heads:
        for noun in [head, *(c for c in head.children if c.dep_ in {"conj", "appos"})]:
            lemmas.add(noun.lemma_.lower())
            lemmas.update(c.lemma_.lower() for c in noun.children if c.dep_ in MODIFIER_DEPS)
            lemmas.update(o.lemma_.lower() for o in prep_objects(noun, {"of"}))
    return lemmas


def is_light_object(token: Token, lexicon: Lexicon) -> bool:
    """The noun is the object of a light verb ("held talks", "launched an offensive")."""
    return token.dep_ == "dobj" and token.head.pos_ == "VERB" and \
        token.head.lemma_.lower() in lexicon.light_verbs


def _has_modifiers(token: Token, modifiers: tuple[str, ...]) -> bool:
    found = {c.lemma_.lower() for c in token.children if c.dep_ in MODIFIER_DEPS}
    found |= {c.lower_ for c in token.children if c.dep_ in MODIFIER_DEPS}
    return all(m in found for m in modifiers)


def _actor_objects(token: Token, preps: set[str]) -> list[Token]:
    objs = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "dative"}]
    objs += list(prep_objects(token, preps))
    for particle in token.children:  # "pulled out of ECOWAS"
        if particle.dep_ in {"prt", "advmod", "prep"} and particle.lower_ in {"out", "away"}:
            objs += list(prep_objects(particle, preps))
    return objs


def _has_particle(token: Token, particle: str) -> bool:
    """The verb has the particle, and a preposition so used is not a date ("on Tuesday")."""
    for child in token.children:
        if child.dep_ in {"prt", "prep", "advmod"} and child.lower_ == particle:
            if not any(g.ent_type_ in {"DATE", "TIME"} for g in child.children):
                return True
    return False


def _licensed(token: Token, trig: Trigger, lexicon: Lexicon,
              lookup: ActorLookup) -> Candidate | None:
    if trig.particle and not _has_particle(token, trig.particle):
        return None
    if trig.modifiers and not _has_modifiers(token, trig.modifiers):
        return None
    req = trig.requires
    if req in OBJECT_CLASSES:
        if any(c.dep_ == "oprd" for c in token.children):
            return None  # "troops would be considered targets" offers nothing
        found = aid_object(token, lexicon, OBJECT_CLASSES[req])
        return Candidate(token, trig, *found) if found else None
    if req == "-":
        found = aid_object(token, lexicon, OBJECT_CLASSES["obj:aid"])
        return Candidate(token, trig, *found) if found else Candidate(token, trig)
    return Candidate(token, trig) if _meets(req, token, trig, lexicon, lookup) else None


def _meets(req: str, token: Token, trig: Trigger, lexicon: Lexicon,
           lookup: ActorLookup) -> bool:
    """Whether the token's context meets a trigger's requirement (triggers.tsv, requires)."""
    if req == "obj=":
        return bool(object_lemmas(token) & trig.objects)
    if req == "obj:actor":
        return any(lookup(o) for o in _actor_objects(token, set()))
    if req == "obj:actor?":
        # "met the deadline", "hosts the final": an object must be an actor or a meeting
        return all(lookup(o) or any(t.event_type == "CONSULT" for t in lexicon.triggers_for(
            o.lemma_.lower(), "N")) for o in token.children if o.dep_ == "dobj")
    if req == "obj:igo":
        actors = [lookup(o) for o in _actor_objects(token, {"from", "of"})]
        return any(a is not None and a.country == "IGO" for a in actors)
    if req in {"to:actor", "with:actor"}:
        if trig.mode == "visit" and any(c.dep_ == "dobj" for c in token.children):
            return False  # "flew troops into Kinshasa", "flew the wounded to Ankara": no visit
        preps = {"to", "into"} if req == "to:actor" else {"with"}
        return any(lookup(o) for o in prep_objects(token, preps))
    if req == "must":
        # "said that Iraq must cooperate": a statement of what another must do is a demand;
        # "Merz said Germany must help" is his own side's resolve, not a demand
        speaker_token = subject_of(token)
        speaker = lookup(speaker_token) if speaker_token is not None else None
        for clause in token.children:
            if clause.dep_ != "ccomp" or not any(
                    a.lower_ in OBLIGATION_AUX for a in clause.children if a.dep_ == "aux"):
                continue
            for subject in clause.children:
                actor = lookup(subject) if subject.dep_ in {"nsubj", "nsubjpass"} else None
                if actor is not None and (speaker is None or (
                        actor.name != speaker.name and
                        (actor.country is None or actor.country != speaker.country))):
                    return True
        return False
    if req == "comp":
        return any(c.dep_ in {"xcomp", "ccomp"} for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ in {"pcomp", "pobj"}
                                                          for g in c.children)
            for c in token.children)
    if req == "pred":
        return token.dep_ in {"attr", "oprd"}
    if req == "refusal":
        # "would not accept it", "will never give up its claim", "won't pay": announcing
        # that one will not comply is a refusal (REJECT), not a negated act
        children = list(token.children)
        return any(c.dep_ == "neg" for c in children) and \
            any(c.dep_ == "aux" and c.lower_ in REFUSAL_AUX for c in children)
    if req == "actor":
        return _has_actor(token, lexicon, lookup)
    if req == "warning":
        return _foretold(token)
    if req == "violent":
        return _violent(token, lookup)
    if req.startswith("eval:"):
        found = evaluation_of(token)
        return found is not None and found.polarity == req.partition(":")[2]
    return False


WARNING_VERBS = {"face", "suffer", "bear", "pay", "incur", "meet"}
# Who uses force: an armed or policing actor, or a crowd ("riot police beat protesters",
# "a mob dragged him from his car"), not a candidate who beat a rival in a vote.
FORCE_SECTORS = {"MIL", "COP", "REB", "UAF", "SPY", "INS"}
FORCE_WORDS = {"crowd", "mob", "gang", "thug", "loyalist", "militiaman", "attacker",
               "assailant", "vigilante", "gunman", "guard", "jailer", "warder", "officer"}
FORCE_MEANS = {"baton", "club", "truncheon", "stick", "whip", "cable", "rod", "pipe", "rifle",
               "butt", "fist", "boot", "knife", "machete", "stone", "rock", "chain"}
REFUSAL_AUX = {"will", "would", "shall", "'ll", "wo", "ca", "can", "could"}
WARNING_MODALS = {"will", "would", "'ll", "could", "shall"}


def _violent(verb: Token, lookup: ActorLookup) -> bool:
    """"was beaten in custody", "police beat his father", "beat them with batons": a verb of
    bodily harm in its violent sense, by who uses force or with what harms."""
    agent, patient = passive_parts(verb)
    if patient is not None and agent is None:
        return True  # "journalists were beaten": the passive of harm names no winner
    means = {o.lemma_.lower() for o in prep_objects(verb, {"with"})}
    if means & FORCE_MEANS:
        return True
    subject = agent or subject_of(verb)
    if subject is None:
        return False
    if subject.lemma_.lower() in FORCE_WORDS:
        return True
    actor = lookup(subject)
    return actor is not None and actor.sector in FORCE_SECTORS


def _foretold(noun: Token) -> bool:
    """"There will be grave consequences", "Washington would pay a heavy price", "will face
    serious consequences if": a noun of harm foretold to another side is a threat."""
    verb = noun.head
    existential = noun.dep_ == "attr" and verb.lemma_ == "be" and any(
        c.dep_ == "expl" for c in verb.children)
    faced = noun.dep_ == "dobj" and verb.lemma_.lower() in WARNING_VERBS
    if not (existential or faced):
        return False
    if noun.lower_ == "price" and not faced:
        return False
    return any(c.dep_ == "aux" and c.lower_ in WARNING_MODALS for c in verb.children) or any(
        c.dep_ == "advcl" for c in verb.children)


def _has_actor(noun: Token, lexicon: Lexicon, lookup: ActorLookup) -> bool:
    """A noun trigger names who acts or is acted upon: a possessor, a by/with/to... phrase,
    an 'of' phrase naming a state, or the subject of its light verb ("held talks")."""
    if any(c.dep_ == "poss" and lookup(c) for c in noun.children) or any(
            lookup(o) for o in prep_objects(noun, {"by", "with", "to", "from", "between",
                                                   "against", "on"})) or any(
            (a := lookup(o)) is not None and a.country for o in prep_objects(noun, {"of"})):
        return True
    if is_light_object(noun, lexicon):
        subject = subject_of(noun.head)
        return subject is not None and lookup(subject) is not None
    host = circumstance_of(noun)
    if host is not None and any(t.event_type == "CONSULT" for t in
                                lexicon.triggers_for(noun.lemma_.lower(), "N")):
        subject = subject_of(host)  # "after three days of talks, Kerry and Lavrov said"
        return subject is not None and lookup(subject) is not None
    return False


def find_candidates(sent: Span, lexicon: Lexicon, lookup: ActorLookup,
                    model: TriggerModel | None = None) -> list[Candidate]:
    """Every token of the sentence that a lexicon trigger matches, licensed by its context,
    and, with a learned model, the verbs and nouns the lexicon does not know that it reads
    as one."""
    found: list[Candidate] = []
    for token in sent:
        if token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"}:
            pos = "V"
        elif token.pos_ in {"NOUN", "PROPN"}:
            if is_statement(token):
                continue  # "a press release", "the resolution": what is issued, not an act
            pos = "N"
        elif token.pos_ == "ADJ" or (token.tag_ == "VBN" and token.dep_ == "acomp"):
            pos = "A"
        else:
            continue
        rows = lexicon.triggers_for(token.lemma_.lower(), pos)
        for trig in rows:
            candidate = _licensed(token, trig, lexicon, lookup)
            if candidate:
                found.append(candidate)
                break
        if not rows and token.pos_ in READ_POS and pos != "A" and model is not None:
            # a word the lexicon knows but does not license here ("fired tear gas") stays
            # no event: its rows say when it is one
            learned = _learned(token, model, lexicon, lookup)
            if learned is not None:
                found.append(learned)
    return found


def _learned(token: Token, model: TriggerModel, lexicon: Lexicon,
             lookup: ActorLookup) -> Candidate | None:
    """A word the lexicon does not know, read as a trigger by the learned model when it is sure
    enough (events/learned.py): a verb is licensed like a row without constraints, a noun
    like one that needs an actor."""
    label, probability = model.best(token)
    if label == NONE or probability < MIN_PROBABILITY:
        return None
    verb = token.pos_ == "VERB"
    if verb and not _political_participant(token, lookup):
        return None  # "Chelsea clinched a deal for the midfielder": no state or group in it
    # a noun is an event only with an actor who owns or takes part in it, as in the lexicon
    trig = Trigger(lemma=token.lemma_.lower(), pos="V" if verb else "N", event_type=label,
                   mode=None, cameo=CAMEO_OF[label], requires="-" if verb else "actor",
                   stance=None)
    return _licensed(token, trig, lexicon, lookup)


def _political_participant(verb: Token, lookup: ActorLookup) -> bool:
    """A verb the lexicon does not know counts only with a participant the knowledge base
    places in a state or organisation (its subject, object or a phrase of it)."""
    subject = subject_of(verb)
    tokens = [subject] if subject is not None else []
    tokens += [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "dative"}]
    tokens += [g for c in verb.children if c.dep_ in {"prep", "agent"} for g in c.children
               if g.dep_ == "pobj"]
    return any((actor := lookup(t)) is not None and actor.country for t in tokens)


def _is_purpose_clause(token: Token) -> bool:
    return token.dep_ == "advcl" and any(c.tag_ == "TO" for c in token.children)


def _describes_participant(token: Token, by_index: dict[int, Candidate]) -> bool:
    """A participle clause on a noun that is no trigger describes a participant; it is
    not the content of the governing event."""
    return token.dep_ == "acl" and token.tag_ in {"VBG", "VBN"} and \
        token.head.i not in by_index and not any(c.tag_ == "TO" for c in token.children)


def _governing(candidate: Candidate, by_index: dict[int, Candidate]) -> Candidate | None:
    if candidate.trigger.event_type == "CONSULT" and circumstance_of(candidate.token):
        return None  # "after three days of talks, they signed": a meeting of its own
    current = candidate.token
    for _ in range(8):
        in_complement = current.dep_ in COMPLEMENT_DEPS or _is_purpose_clause(current)
        if not in_complement or current.head == current:
            return None
        if _describes_participant(current, by_index):
            return None  # "dispersed demonstrators protesting the result": two events
        current = current.head
        if current.i in by_index:
            return by_index[current.i]
    return None


def _condition_of(token: Token, by_index: dict[int, Candidate]) -> bool:
    """A trigger in a conditional clause that hangs on another trigger ("threatened to
    strike if it is attacked", "rejected the plan until its demands are met"): the clause is
    that event's `condition`, not an event of its own."""
    for current in (token, *token.ancestors):
        if current.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in current.children):
            head = current.head
            return head.i in by_index or any(a.i in by_index for a in head.ancestors) or any(
                c.i in by_index for c in head.children if c.dep_ in {"attr", "dobj"})
    return False


def _consequence_of(token: Token, trigger_type: str, by_index: dict[int, Candidate]) -> bool:
    """A participle that tells what an attack did ("shelled the town, killing 20 people",
    "opened fire, killing one and wounding five"): the same ASSAULT, not a second one."""
    if trigger_type != "ASSAULT" or token.tag_ != "VBG":
        return False
    current = token
    while current.dep_ == "conj" and current.head != current:
        current = current.head
    if current.dep_ != "advcl" or current.tag_ != "VBG" or \
            any(c.dep_ in {"nsubj", "mark"} for c in current.children):
        return False
    verb = current.head  # the attack is the verb or its object ("launched rocket fire")
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any((h := by_index.get(t.i)) is not None and h.trigger.event_type == "ASSAULT"
               for t in heads)


def keep_outermost(candidates: list[Candidate]) -> list[Candidate]:
    """Drop triggers that sit in the complement of another trigger: the governing one codes
    the event ("rejected proposals to deploy" is REJECT, "warned that ... would be
    targeted" is THREATEN), and remembers the first one it governs. A denial instead hands
    over to what is denied ("denied sending troops" is a negated sending)."""
    by_index = {c.token.i: c for c in candidates}
    candidates = [c for c in candidates if not _condition_of(c.token, by_index)
                  and not _consequence_of(c.token, c.trigger.event_type, by_index)]
    by_index = {c.token.i: c for c in candidates}
    governors = {c.token.i: _governing(c, by_index) for c in candidates}
    kept = []
    for cand in candidates:
        governor = governors[cand.token.i]
        inner = next((c for c in candidates if governors[c.token.i] is cand), None)
        if governor is None:
            if inner is not None and cand.token.lemma_.lower() in NEGATING_GOVERNORS:
                continue
            kept.append(replace(cand, inner=inner))
        elif governor.token.lemma_.lower() in NEGATING_GOVERNORS and \
                governors[governor.token.i] is None and \
                next(c for c in candidates if governors[c.token.i] is governor) is cand:
            kept.append(replace(cand, denied_by=governor.token))
    return kept
