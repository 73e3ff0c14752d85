"""What a matched trigger means in its sentence: the lexicon's type and mode, refined by what
the trigger governs, by who reports it and by the condition attached (PLOVER returns one
category: an announced aid is AGREE, a conditional sanction is THREATEN)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from wirecoder.events.arguments import ActorLookup, subject_of
from wirecoder.events.modality import modality_of
from wirecoder.events.triggers import Candidate
from wirecoder.records import Actor

# THREATEN mode from what is threatened (the threatened trigger's mode or type).
THREAT_MODES = {"ASSAULT": "violence", "SANCTION": "restrict", "COERCE": "restrict",
                "expel": "expel", "arrest": "arrest", "withdraw": "relations",
                "discontinue": "relations", "seize": "territory", "ban": "ban",
                "PROTEST": "relations"}
# Announced future acts that PLOVER codes as AGREE (intent), and yields refused as REJECT.
INTENT_TYPES = {"AID", "RETREAT", "CONCEDE", "COOPERATE", "SUPPORT"}
YIELD_TYPES = {"RETREAT", "CONCEDE", "SUPPORT"}
# Conflictual acts a side says it will or would carry out: threats (CAMEO 13), with the
# threat's mode and code ("said they would boycott the talks": threaten to boycott).
ANNOUNCED_THREATS = {"ASSAULT": ("violence", "138"), "PROTEST": ("restrict", "1312"),
                     "SANCTION": ("relations", "131"), "COERCE": ("restrict", "131")}
# Coercive acts that, announced under a condition, are threats.
COERCIVE_TYPES = {"SANCTION", "COERCE", "ASSAULT"}
CONDITION_STARTS = ("unless", "if", "should")


@dataclass
class Reading:
    """An event's type, mode, CAMEO code and contexts, with its argument tokens."""

    event_type: str
    mode: str | None
    cameo: str
    contexts: set[str] = field(default_factory=set)
    sources: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)


def base_reading(cand: Candidate, scope: list[Token], contexts: set[str],
                 instruments: dict[str, str]) -> Reading:
    """The PLOVER type, mode and CAMEO code, refined by what the trigger governs."""
    trig = cand.trigger
    reading = Reading(trig.event_type, trig.mode, trig.cameo, set(contexts))
    if trig.requires == "refusal":
        # the refusal is the act, announced: "would not accept" is neither negated nor a
        # hypothetical
        reading.contexts -= {"negation", "hypothetical"}
    if cand.aid is not None and reading.event_type == "AID":
        reading.mode = cand.aid.mode or reading.mode
    inner = cand.inner
    if inner is not None and trig.event_type == "CONSULT" and \
            inner.trigger.event_type == "CONSULT" and inner.trigger.mode:
        reading.mode = inner.trigger.mode  # "hosted the summit": a multilateral meeting
    if inner is not None and trig.event_type == "THREATEN":
        reading.mode = THREAT_MODES.get(inner.trigger.mode or "") or \
            THREAT_MODES.get(inner.trigger.event_type) or reading.mode
    if inner is not None and trig.event_type == "AGREE" and "negation" not in contexts and \
            "negation" in modality_of(inner.token, []).contexts:
        # "vowed that it will never recognise": a commitment not to act is a refusal.
        reading.event_type, reading.mode, reading.cameo = "REJECT", None, "120"
    if inner is not None and trig.event_type == "AGREE" and "negation" not in contexts and \
            inner.trigger.event_type == "REJECT" and inner.token.pos_ == "VERB" and \
            inner.token.dep_ in CLAUSE_DEPS and \
            "negation" not in modality_of(inner.token, []).contexts:
        # "vowed to veto any resolution", "pledged to block the accession": a commitment to
        # refuse is the refusal, announced
        reading.event_type, reading.mode, reading.cameo = "REJECT", inner.trigger.mode, \
            inner.trigger.cameo
    if inner is not None and trig.event_type == "AGREE" and "negation" not in contexts and \
            inner.trigger.event_type in COERCIVE_TYPES and inner.denied_by is None and \
            inner.token.pos_ == "VERB" and inner.token.dep_ in CLAUSE_DEPS and \
            "negation" not in modality_of(inner.token, []).contexts:
        # "vowed to fight on", "ready to impose martial law": a commitment to coerce or
        # attack is a threat (PLOVER's single category)
        reading.mode = THREAT_MODES.get(inner.trigger.mode or "") or \
            THREAT_MODES.get(inner.trigger.event_type)
        reading.event_type, reading.cameo = "THREATEN", "130"
    if reading.event_type == "AGREE" and "negation" not in contexts and \
            vows_reprisal(cand.token):
        # "vowed strong countermeasures", "vowed to respond at a time of its choosing",
        # "promised that those responsible would be punished": a vow of reprisal is a threat
        reading.event_type, reading.mode, reading.cameo = "THREATEN", None, "130"
    if reading.event_type == "ASSAULT" and verbal_conflict(cand.token):
        # "the two governments clashed over trade", "Trump sparred with Macron": words, not
        # blows (PLOVER ACCUSE, disapprove)
        reading.event_type, reading.mode, reading.cameo = "ACCUSE", "disapprove", "111"
    if reading.event_type == "ASSAULT" and reading.mode is None:
        reading.mode = instrument_mode(cand.token, scope, instruments)
    return reading


# A vowed act is the vow's clause, not a noun inside it ("agreed to restore a truce after
# days of shelling" vows no shelling).
CLAUSE_DEPS = {"xcomp", "ccomp", "conj", "advcl"}
# Verbs of conflict that are verbal unless force is in the sentence.
VERBAL_CONFLICT = {"clash", "spar", "quarrel", "feud", "bicker", "wrangle", "squabble", "spat",
                   "row", "tussle", "fight", "battle", "lock"}
TOPIC_PREPS = {"over", "about", "on", "regarding"}
# Words that tell of force: with them, a clash is a fight.
FORCE_CUES = {"kill", "wound", "injure", "dead", "death", "die", "fire", "shoot", "shot", "gas",
              "bullet", "stone", "rock", "baton", "artillery", "shell", "casualty", "beat",
              "gun", "gunfire", "weapon", "militant", "fighter", "rebel", "troop", "soldier",
              "army", "police", "force", "militia", "insurgent", "jihadist", "gunman", "riot",
              "protester", "demonstrator", "tank", "drone", "missile", "clash", "injured",
              "hurt", "explosive", "grenade", "cannon", "policeman", "officer", "guard",
              "military", "armed", "battle", "combat", "front", "offensive", "border"}


# A vow of these is a threat: reprisals named as things, or as what is vowed.
VOW_VERBS = {"vow", "pledge", "promise", "swear"}
REPRISAL_NOUNS = {"countermeasure", "retaliation", "revenge", "reprisal", "punishment",
                  "consequence", "vengeance", "retribution"}
# "Response" and "action" are reprisals only when hard ("a firm response", not "a rapid
# response to the famine").
HARD_WORDS = {"firm", "strong", "tough", "harsh", "decisive", "robust", "forceful", "military",
              "resolute", "severe", "crushing", "appropriate", "proportionate"}
REPRISAL_VERBS = {"respond", "retaliate", "avenge", "punish", "answer", "hunt", "crush",
                  "pursue", "prosecute"}


def vows_reprisal(trigger: Token) -> bool:
    """The vow's object is a reprisal ("vowed strong countermeasures", "vowed a firm
    response") or what it vows is one ("vowed to respond", "vowed that the attackers would
    be punished", "promised to hunt down those responsible")."""
    if trigger.lemma_.lower() not in VOW_VERBS:
        return False
    for child in trigger.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in REPRISAL_NOUNS:
            return True
        if child.dep_ == "dobj" and child.lemma_.lower() in {"response", "action"} and any(
                m.lemma_.lower() in HARD_WORDS for m in child.children if m.dep_ == "amod"):
            return True
        if child.dep_ in {"xcomp", "ccomp"} and child.lemma_.lower() in REPRISAL_VERBS:
            return not any(g.dep_ == "neg" for g in child.children)
    return False


def verbal_conflict(trigger: Token) -> bool:
    """A clash, row or fight about a topic, or between people, with no force in the
    sentence."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in VERBAL_CONFLICT:
        return False
    sentence = {t.lemma_.lower() for t in trigger.sent if t.i != trigger.i}
    if sentence & FORCE_CUES:
        return False
    about = any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for c in trigger.children)
    verbal = any(c.lower_ in {"verbally", "publicly", "openly", "diplomatically"}
                 for c in trigger.children)
    people = [c for c in trigger.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"]
    people += [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
               for o in c.children if o.ent_type_ == "PERSON"]
    return about or verbal or bool(people)


def instrument_mode(trigger: Token, scope: list[Token],
                    instruments: dict[str, str]) -> str | None:
    """ASSAULT mode from the weapon the clause names ("struck by drones": drone)."""
    words = [t for t in scope if t != trigger]
    subject = subject_of(trigger)
    if subject is not None:
        words += list(subject.subtree)
    for token in words:
        found = instruments.get(token.lemma_.lower())
        if found:
            return found
    return None


def reported_intent(reading: Reading, speaker: Actor | None, lookup: ActorLookup) -> None:
    """"Hungary said it will support ...": an act its own side announces is a statement of
    intent (AGREE); "said it would not meet the demands" is a refusal (REJECT)."""
    if "hypothetical" in reading.contexts:
        return
    if speaker is None:
        if reading.contexts & {"future", "negation"} == {"future"} and \
                reading.event_type == "AID" and reading.sources:
            # "Finland will give Tanzania a grant": an announced aid is a pledge (CAMEO 033)
            reading.event_type, reading.cameo = "AGREE", "033"
        return
    actors = [lookup(s) for s in reading.sources]
    if not any(a is not None and (a.name == speaker.name or a.country == speaker.country)
               for a in actors):
        return  # "Lavrov said NATO was preparing to send troops" is no NATO pledge
    if reading.contexts & {"future", "negation"} == {"future"} and \
            reading.event_type in INTENT_TYPES:
        reading.event_type, reading.cameo = "AGREE", "030"
    elif {"future", "negation"} <= reading.contexts and reading.event_type in YIELD_TYPES:
        reading.event_type, reading.mode, reading.cameo = "REJECT", None, "120"
        reading.contexts.discard("negation")


def ultimatum(reading: Reading, condition: str | None) -> None:
    """"will adopt sanctions unless Russia accepts a truce": a conditional coercive act is a
    threat."""
    if not condition or reading.event_type not in COERCIVE_TYPES or \
            not reading.contexts & {"future", "hypothetical"} or \
            not condition.lower().startswith(CONDITION_STARTS):
        return
    reading.mode = THREAT_MODES.get(reading.mode or "") or \
        THREAT_MODES.get(reading.event_type) or reading.mode
    reading.event_type, reading.cameo = "THREATEN", "130"
    reading.contexts.discard("hypothetical")


def reported_attack(reading: Reading, speaker: Actor | None, lookup: ActorLookup) -> None:
    """A reported attack, boycott, sanction or crackdown that has not happened is a threat by
    the speaker's side ("Putin said Russia would strike"; "the party said it will boycott the
    vote"; "troops would be targeted": the troops are threatened); one a third party may
    carry out stays a hedged event ("the RSF could attack, aid workers warned")."""
    if reading.event_type not in ANNOUNCED_THREATS or speaker is None or \
            not reading.contexts & {"hypothetical", "future"}:
        return
    if reading.event_type != "ASSAULT" and "negation" in reading.contexts:
        return  # "said it would not boycott the vote" threatens nothing
    own_side = [s for s in reading.sources if (a := lookup(s)) is not None
                and a.country == speaker.country]
    if reading.sources and not own_side:
        return
    if reading.event_type != "ASSAULT" and not own_side:
        return  # "sanctions would follow, the EU said": nobody is named as acting
    mode, cameo = ANNOUNCED_THREATS[reading.event_type]
    reading.mode = THREAT_MODES.get(reading.mode or "") or mode
    reading.event_type, reading.cameo = "THREATEN", cameo
    reading.contexts.discard("hypothetical")


def demanded_of(trigger: Token, reading: Reading, speaker: Actor | None,
                sources: list[Actor | None]) -> bool:
    """"X said that Y must withdraw", "a reminder that it must cooperate": what the speaker
    says another side must do is the speaker's demand (CAMEO 10), not Y's act; the reading
    becomes that REQUEST."""
    if speaker is None or reading.event_type == "REQUEST" or not _obliged(trigger):
        return False
    if any(s is not None and (s.name == speaker.name or s.country == speaker.country)
           for s in sources):
        return False  # "we must act", the minister said: a resolve, not a demand
    reading.event_type, reading.mode, reading.cameo = "REQUEST", None, "100"
    reading.contexts -= {"hypothetical", "future"}
    return True


def _obliged(trigger: Token) -> bool:
    """The trigger's clause says it must happen: 'must', 'should', 'has to', 'needs to'."""
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"must", "should"}
           for c in trigger.children):
        return True
    head = trigger.head
    return trigger.dep_ == "xcomp" and head.lemma_ in {"have", "need"} and any(
        c.lower_ == "to" for c in trigger.children)


def warned_about(cand: Candidate, lookup: ActorLookup) -> tuple[Candidate, Actor | None]:
    """A warning that a third party may act is no threat by the one who warns: "the US
    warned that Russia could invade" is Russia's possible invasion, reported by the US."""
    inner = cand.inner
    if cand.trigger.event_type != "THREATEN" or cand.trigger.pos != "V" or inner is None \
            or inner.trigger.pos != "V":
        return cand, None
    warner_token, actor_token = subject_of(cand.token), subject_of(inner.token)
    warner = lookup(warner_token) if warner_token is not None else None
    actor = lookup(actor_token) if actor_token is not None else None
    if actor is None or warner is None or actor.name == warner.name or \
            (actor.country is not None and actor.country == warner.country):
        return cand, None
    return inner, warner
