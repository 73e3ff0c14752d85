"""Phrases headed by a common noun or an unknown name: titles without names ("the French
president"), agent words ("Russian forces", "the army"), collectives ("26 countries"),
people the knowledge base lacks ("a Sudanese general", "Russian lawmaker Andrei Kartapolov"),
people placed by a complement ("rebels in Mali") or named as kin of a nation ("Bosnian
Serbs"), and governments named for their leader ("the Bush administration").

Pure functions of a phrase reading, its cues, the knowledge base and the focus so far.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace

from spacy.tokens import Token

from wirecoder.actors.coref import Focus, Focused
from wirecoder.actors.kb import ActorEntry, KnowledgeBase, Term
from wirecoder.actors.loader import fold
from wirecoder.actors.locatives import (
    Place,
    has_outsider,
    is_people,
    is_placed,
    locatives,
    place_of_noun,
)
from wirecoder.actors.phrases import (
    GROUPING_NOUNS,
    Hit,
    PhraseReading,
    agent_term,
    read_phrase,
)
from wirecoder.records import Actor

# What the resolver hands back: the actor, the kind of antecedent it makes, its traits.
Decision = tuple[Actor, str, dict]
ARMED = frozenset({"MIL", "REB"})
DEFINITE = frozenset({"the", "this", "that"})
# Heads that name the government of the person before them ("the Bush administration").
LED_BODIES = frozenset({"administration", "government", "cabinet", "regime", "camp"})


@dataclass(frozen=True)
class Cues:
    """What the modifiers of a phrase say about who it belongs to."""

    country: ActorEntry | None = None  # country or region ('Russian', 'Italy's', 'Western')
    org: ActorEntry | None = None  # IGO or group ('NATO allies', 'Hamas official')
    possessor: Actor | None = None  # the actor a possessive pronoun points to ('his forces')
    place: Place | None = None  # where a complement puts the noun ('rebels in Mali')

    @property
    def owner(self) -> ActorEntry | None:
        return self.country or self.org


def is_definite(head: Token) -> bool:
    """'the army', 'the prime minister': a determiner that points to something known."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)


def is_indefinite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def modifier_agent(r: PhraseReading, kb: KnowledgeBase) -> Term | None:
    """An agent word among the modifiers ('lawmaker' in 'Russian lawmaker Andrei K.',
    'military' in 'an Israeli military spokesman')."""
    for token in r.head.doc[r.start : r.end]:
        if (
            token.i != r.head.i
            and token.pos_ in ("NOUN", "ADJ", "PROPN")
            and not in_office_name(token)
        ):
            term = kb.agents.get(fold(token.lemma_)) or kb.agents.get(fold(token.text))
            if term is not None and term.sector is not None and term.value != "collective":
                return term
    return None


# "Secretary General", "Attorney-General": 'general' there names an office, not an officer.
GENERAL_OFFICES = frozenset(
    {
        "secretary",
        "attorney",
        "director",
        "solicitor",
        "inspector",
        "auditor",
        "consul",
        "governor",
        "surgeon",
        "postmaster",
        "procurator",
        "comptroller",
    }
)


def in_office_name(token: Token) -> bool:
    """'General' after an office word ('UN Secretary General') is part of the office."""
    if token.lower_ != "general" or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.text == "-" and token.i > 1:
        before = token.doc[token.i - 2]
    return before.lower_ in GENERAL_OFFICES


def owner_sector(owner: ActorEntry, agent_sector: str | None, on: datetime.date | None):
    """The sector of 'X's <agent>': a group's own sector, an IGO's unless armed, else the
    agent's."""
    if owner.kind == "group":
        return owner.sector_on(on)[1]
    if owner.kind == "igo":
        return "MIL" if agent_sector == "MIL" else owner.sector
    return agent_sector


def unnamed_person(
    r: PhraseReading, cues: Cues, kb: KnowledgeBase, on: datetime.date | None, appos: Actor | None
) -> Decision:
    """A person the knowledge base lacks: country and sector only from the text."""
    agent = r.agent or modifier_agent(r, kb)
    sector = agent.sector if agent else None
    country = cues.country.country if cues.country else None
    if country is None and cues.place is not None and is_people(r):
        country = cues.place.country.id  # "Kurds in Syria": a people is coded where it lives
    if cues.org is not None and not (cues.country is not None and state_named_first(r)):
        country = country or cues.org.sector_on(on)[0]
        sector = owner_sector(cues.org, sector, on)
    if appos is not None:
        country = country or appos.country
        sector = sector or appos.sector
    name = " ".join(t.text for t in r.name_tokens)
    if r.head not in r.name_tokens and r.head.ent_type_ == "PERSON":
        name = ent_text(r.head)  # a surname the KB turned down is still part of the name
    actor = Actor(r.text, name, None, country, sector, None)
    if r.head.tag_ == "NNPS" and r.head.ent_type_ != "PERSON":
        return actor, "plural", {"plural": True}  # "the Kurds ... their"
    return actor, "person", {}


def titled(
    r: PhraseReading, cues: Cues, kb: KnowledgeBase, on: datetime.date | None, focus: Focus
) -> Decision:
    """'the French president', 'Italy's prime minister', 'the UN secretary-general'."""
    title = r.title
    assert title is not None
    country, org = cues.country, cues.org
    if org is not None and country is not None and state_named_first(r):
        org = None  # "Russia's UN envoy": Russia's diplomat, posted to the UN
    scope = org.id if org is not None and org.kind == "igo" else (country.id if country else None)
    # 'the former FBI director Robert Smith': a name apposed to the title is its holder
    named = bool(r.name_tokens) or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in r.head.children
    )
    if scope is not None and not named and not is_indefinite(r.head):
        holder = _holder(r, kb, scope, title, on)
        if holder is not None:
            return holder
    if scope is None and not named:
        found = focus.title_holder(r.head, title.value, on)
        if found is not None:
            return replace(found.actor, text=r.text), "person", traits(found)
        if is_definite(r.head):
            for state in focus.states(r.head):
                holder = _holder(r, kb, state, title, on)
                if holder is not None:
                    return holder
    owner = org or country
    name = " ".join(t.text for t in r.name_tokens) or bare(r)
    code = owner.country if owner is not None else None
    sector: str | None = title.sector
    if owner is not None and owner.kind in ("group", "igo"):
        sector = owner_sector(owner, title.sector, on)  # "U.N. envoy X" acts for the UN
    armed = modifier_agent(r, kb)
    if armed is not None and armed.sector in ARMED and owner is not None and owner.kind != "group":
        sector = armed.sector
    return Actor(r.text, name, None, code, sector, office_of(title.value)), "person", {}


def _holder(r: PhraseReading, kb: KnowledgeBase, scope: str, title: Term, on) -> Decision | None:
    holders = kb.office_holders(scope, title.value, on)
    if not holders:
        return None
    words = set(r.words().split())
    holders.sort(key=lambda pair: (-len(words & set(pair[1].title.split())), pair[1].rank()))
    entry = holders[0][0]
    actor = kb.actor(entry, r.text, on, match=title.value)
    return actor, "person", {"gender": entry.gender}


def generic(
    r: PhraseReading,
    cues: Cues,
    kb: KnowledgeBase,
    on: datetime.date | None,
    focus: Focus,
    plural: bool,
) -> Decision | None:
    """Agent words, collective mentions and names the knowledge base lacks."""
    head, agent = r.head, r.agent
    if agent is None and head.lemma_.lower() in GROUPING_NOUNS:
        return _grouping(r, kb)
    if agent is not None:
        return _agent(r, agent, cues, kb, on, focus, plural)
    if head.ent_type_ == "PERSON":
        return Actor(r.text, ent_text(head), None, None, None, None), "person", {}
    country, owner = cues.country, cues.owner
    if head.ent_type_ in ("ORG", "NORP") and head.pos_ == "PROPN":
        if country is None and cues.place and head.ent_type_ == "NORP" and not has_outsider(r):
            country = cues.place.country  # "the Druze of Lebanon": coded where it lives
        code = country.id if country is not None else None
        return Actor(r.text, ent_text(head), None, code, None, None), "other", {}
    if owner is not None and head.pos_ == "NOUN":
        # "Palestinian positions", "Serbian villages": a thing of a state stands for it
        kind = owner.kind if owner.kind in ("group", "igo") else "country"
        return kb.actor(owner, r.text, on, sector=None), kind, {"plural": plural}
    return None


def _grouping(r: PhraseReading, kb: KnowledgeBase) -> Decision | None:
    """'a group of nations', 'a handful of countries'."""
    members = [t for t in r.head.rights if t.dep_ == "prep" and t.lower_ == "of"]
    objects = [o for p in members for o in p.children if o.dep_ == "pobj"]
    if objects and (term := agent_term(objects[0], kb)) and term.value == "collective":
        return Actor(r.text, bare(r), None, None, term.sector, None), "plural", {"plural": True}
    return None


def _agent(
    r: PhraseReading,
    agent: Term,
    cues: Cues,
    kb: KnowledgeBase,
    on: datetime.date | None,
    focus: Focus,
    plural: bool,
) -> Decision | None:
    head, owner = r.head, cues.owner
    if agent.value == "collective":
        if inside_grouping(head):
            return None
        if owner is None:
            if plural or r.quantified:
                actor = Actor(r.text, bare(r), None, None, agent.sector, None)
                return actor, "plural", {"plural": True}
            return None
    if owner is None and cues.place is not None and is_placed(r, agent, cues.place):
        owner = cues.place.country  # "rebels in the Ivory Coast", "police in Conakry"
    sector = agent.sector
    if cues.possessor is not None and cues.possessor.sector in ARMED and sector in ARMED:
        sector = cues.possessor.sector  # a rebel leader's forces are rebels
    if owner is not None:
        if agent.value == "person" and not plural and owner.kind == "igo":
            found = _igo_official(r, owner, kb, on, focus)
            if found is not None:
                return found
        elif agent.value == "person" and not plural and is_definite(head):
            person = focus.person_of(head, owner.country)
            if person is not None:
                return replace(person.actor, text=r.text), "person", traits(person)
        sector = owner_sector(owner, sector, on)
        kind = owner.kind if owner.kind in ("group", "igo") else "country"
        actor = kb.actor(owner, r.text, on, sector=sector)
        return actor, kind, {"plural": plural, "igo_type": owner.type}
    if agent.value == "institution" and not plural and is_definite(head):
        for code in focus.states(head)[:1]:
            state = kb.entries[code]
            return kb.actor(state, r.text, on, sector=sector), "country", {}
    kind = "plural" if plural else "other"
    return Actor(r.text, bare(r), None, None, sector, None), kind, {"plural": plural}


# Head nouns that name whoever heads an organisation ("the IAEA chief", "the NATO boss").
HEAD_NOUNS = frozenset({"chief", "boss", "head"})


def _igo_official(
    r: PhraseReading, org: ActorEntry, kb: KnowledgeBase, on: datetime.date | None, focus: Focus
) -> Decision | None:
    """'The IAEA chief': whoever heads the organisation on the date (its role marked leader);
    'the NATO official': someone in focus who holds an office of that organisation."""
    head = r.head
    if fold(head.lemma_) in HEAD_NOUNS and not is_indefinite(head):
        holders = kb.office_holders(org.id, "leader", on)
        if holders:
            entry = holders[0][0]
            return kb.actor(entry, r.text, on), "person", {"gender": entry.gender}
    if is_definite(head):
        person = focus.person_of(head, "IGO", org=org.id, on=on)
        if person is not None:
            return replace(person.actor, text=r.text), "person", traits(person)
    return None


def state_named_first(r: PhraseReading) -> bool:
    """A state (or region) named before the organisation in the phrase owns its official:
    "Russia's UN envoy", "a Chinese UN diplomat" (but "the UN's Syria envoy" is the UN's)."""
    cues = sorted(r.cue_hits("country", "seat", "region", "igo"), key=lambda h: h.start)
    return bool(cues) and cues[0].alias.entry.kind != "igo"


def igo_tie(r: PhraseReading, kb: KnowledgeBase) -> tuple[ActorEntry, Term | None] | None:
    """The organisation a person's phrase or apposition names them an official of ("ICC
    prosecutor X", "X, the EU's enlargement commissioner", "X, head of the IAEA"), with the
    office word; None when a state is named first ("Russia's UN envoy X")."""
    found = _office_of_org(r, kb)
    if found is not None:
        return found
    for child in r.head.children:
        if child.dep_ != "appos":
            continue
        reading = read_phrase(child, kb)
        term = reading.title or reading.agent
        if term is None and fold(child.lemma_) not in HEAD_NOUNS:
            continue
        if reading.title is None and term is not None and term.value != "person":
            continue
        hits = [h for h in reading.hits if not h.covers(child.i)]
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at", "to", "with"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        hits += [h for h in read_phrase(obj, kb).hits if h not in hits]
        hits.sort(key=lambda h: h.start)
        kinds = [h.alias.entry.kind for h in hits if h.alias.entry.kind != "person"]
        if kinds and kinds[0] == "igo":
            return next(h.alias.entry for h in hits if h.alias.entry.kind == "igo"), term
    return None


def _office_of_org(r: PhraseReading, kb: KnowledgeBase) -> tuple[ActorEntry, Term | None] | None:
    """'ICC prosecutor X', 'U.N. envoy X': an organisation and an office word before a name."""
    orgs = r.cue_hits("igo")
    if not orgs or state_named_first(r):
        return None
    term = r.title or modifier_agent(r, kb)
    if term is None or (r.title is None and term.value != "person"):
        return None
    return orgs[0].alias.entry, term


def names_a_people(head: Token) -> bool:
    """'Kurds', 'Druze', 'Tamils': a nation without a state of its own (locatives.tsv)."""
    forms = {fold(head.lemma_), fold(head.text), fold(head.text).removesuffix("s")}
    return bool(forms & locatives()["people"])


def kin_people(r: PhraseReading, hit: Hit, kb: KnowledgeBase) -> Decision | None:
    """A demonym plural that names a people, not a state: 'ethnic Albanians' (no country),
    'ethnic Albanians in Serbia', 'Albanians in Macedonia', 'Bosnian Serbs' (the state they
    live in). None when the demonym names the state ('the Ukrainians', 'Americans in Iraq')."""
    entry, head = hit.alias.entry, r.head
    if entry.kind != "country" or hit.alias.form != "demonym" or head.tag_ not in ("NNS", "NNPS"):
        return None
    doc = head.doc
    ethnic = hit.start > 0 and doc[hit.start - 1].lower_ == "ethnic"
    word = fold(head.text)
    kin = {fold(head.lemma_), word[:-1] if word.endswith("s") else word} & locatives()["kin"]
    host = _host_state(r, hit, entry) if kin or ethnic else None
    if host is None and (kin or ethnic):
        place = place_of_noun(head, kb)
        host = place.country if place is not None and place.country.id != entry.id else None
    if host is None and not ethnic:
        return None
    code = host.id if host is not None else None
    # sector ETH: CAMEO's code for an ethnic group, so the events layer can place it
    return Actor(r.text, bare(r), None, code, "ETH", None), "plural", {"plural": True}


def _host_state(r: PhraseReading, hit: Hit, kin: ActorEntry) -> ActorEntry | None:
    """The state right before a people's name: 'Bosnian Serbs', 'Kosovo ethnic Albanians',
    'Serbia's Albanians'."""
    doc = r.head.doc
    for cue in r.cue_hits("country"):
        between = {t.lower_ for t in doc[cue.end : hit.start]}
        if cue.end <= hit.start and between <= {"ethnic", "'s", "’s"}:
            return cue.alias.entry if cue.alias.entry.id != kin.id else None
    return None


def led_government(
    r: PhraseReading, kb: KnowledgeBase, on: datetime.date | None
) -> Decision | None:
    """'the Bush administration', 'the Erdogan government', 'Putin's cabinet', 'the
    government of Prime Minister Sharif': the state of the person named, as its government
    (a 'camp' takes the person's own sector)."""
    head = r.head
    if head.pos_ != "NOUN" or fold(head.lemma_) not in LED_BODIES:
        return None
    body = fold(head.lemma_)
    for hit in r.hits:
        root = _hit_root(head, hit)
        of_phrase = root.dep_ == "pobj" and root.head.lower_ == "of" and \
            root.head.head.i == head.i  # "the administration of President Clinton"
        if not of_phrase and (root.head.i != head.i or root.dep_ not in ("compound", "poss")):
            continue
        if body == "camp" and root.ent_type_ != "PERSON":
            continue  # "the Jenin camp" is a place
        people = [c.entry for c in hit.candidates if c.entry.kind == "person"]
        if not people:
            continue
        person = hit.alias.entry if hit.alias.entry.kind == "person" else people[0]
        led = kb.actor(person, r.text, on)
        code = led.country if led.country != "IGO" else None
        state = kb.country(code or person.country)
        if state is None or state.kind != "country":
            return None
        sector = led.sector if body == "camp" else "GOV"
        return kb.actor(state, r.text, on, sector=sector), "country", {}
    return None


def _hit_root(head: Token, hit: Hit) -> Token:
    """The token of a hit that attaches outside it ('Bush' of 'George W. Bush')."""
    doc = head.doc
    inside = [doc[k] for k in range(hit.start, hit.end)]
    return next((t for t in inside if not hit.covers(t.head.i)), inside[-1])


def appos_actor(head: Token, kb: KnowledgeBase, read) -> Actor | None:
    """What an apposition says of a name ('Nabil Abdallah, a spokesman for the Sudanese
    army'): the description's actor, or that of its 'for'/'of' complement."""
    for child in head.children:
        if child.dep_ != "appos":
            continue
        actor = read(child)
        if actor is not None and actor.country:
            return actor
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "with", "at"):
                for obj in prep.children:
                    inner = read(obj) if obj.dep_ == "pobj" else None
                    if inner is not None and inner.country:
                        sector = inner.sector or (actor.sector if actor else None)
                        return replace(inner, sector=sector)
        if actor is not None:
            return actor
        reading = read_phrase(child, kb)
        term = reading.title or reading.agent
        if term is not None:
            return Actor(reading.text, bare(reading), None, None, term.sector, None)
    return None


def inside_grouping(token: Token) -> bool:
    """'nations' in 'a group of nations' is part of the larger mention."""
    prep = token.head
    return (
        token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in GROUPING_NOUNS
    )


def traits(item: Focused) -> dict:
    return {"gender": item.gender, "plural": item.plural, "igo_type": item.igo_type}


def office_of(match: str) -> str | None:
    kind, _, value = match.partition("=")
    return value if kind == "office" else (value or "leader")


def bare(r: PhraseReading) -> str:
    """The phrase without a leading article ('the German chancellor' -> 'German chancellor')."""
    words = r.text.split(" ", 1)
    return words[1] if len(words) == 2 and words[0].lower() in ("the", "a", "an") else r.text


def ent_text(token: Token) -> str:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text
