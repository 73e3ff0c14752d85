"""Resolve the actor mentions of a parsed article to knowledge-base actors.

`ActorResolver(kb).resolve(doc, on=date)` reads every noun phrase once, in order, so that
pronouns and descriptions ("she", "her country", "the bloc") can point back; the result,
`DocActors`, answers `actor_for(token)` for the head of any noun phrase.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from wirecoder.actors.coref import PRONOUNS, Focus, Focused
from wirecoder.actors.kb import ActorEntry, AliasHit, KnowledgeBase, fits
from wirecoder.actors.loader import fold
from wirecoder.actors.locatives import place_of_noun
from wirecoder.actors.nominals import (
    Cues,
    appos_actor,
    generic,
    igo_tie,
    kin_people,
    led_government,
    names_a_people,
    office_of,
    owner_sector,
    titled,
    traits,
    unnamed_person,
)
from wirecoder.actors.phrases import (
    Hit,
    PhraseReading,
    inside_longer_name,
    read_phrase,
    worth_reading,
)
from wirecoder.records import Actor

log = logging.getLogger(__name__)

HEAD_POS = frozenset({"NOUN", "PROPN", "PRON"})
NOT_HEAD_DEPS = frozenset({"compound", "amod", "det", "case", "nmod", "nummod", "quantmod"})
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "within", "into"}
)
PLACE_KINDS = frozenset({"country", "seat"})


@dataclass(frozen=True)
class Mention:
    """An actor mention: doc tokens [start_token, end_token), its head token, the actor."""

    start_token: int
    end_token: int
    head_token_i: int
    actor: Actor


class DocActors:
    """The actors of one parsed article; ask `actor_for(head_token)`."""

    def __init__(
        self, resolver: ActorResolver, doc: Doc, on: datetime.date | None, mentions: list[Mention]
    ) -> None:
        self._resolver, self._doc, self._on = resolver, doc, on
        self.mentions: list[Mention] = mentions
        self._by_head = {m.head_token_i: m for m in mentions}
        self._extra: dict[int, Actor | None] = {}

    def actor_for(self, token: Token) -> Actor | None:
        """The actor a noun phrase headed by `token` refers to, or None."""
        mention = self._by_head.get(token.i)
        if mention is not None:
            return mention.actor
        if token.i not in self._extra:
            self._extra[token.i] = self._resolver.read_alone(token, self._on) or (
                self._coordinated_modifier(token)
            )
        if self._extra[token.i] is not None:
            return self._extra[token.i]
        enclosing = [m for m in self.mentions if m.start_token <= token.i < m.end_token]
        return enclosing[0].actor if enclosing else None

    def _coordinated_modifier(self, token: Token) -> Actor | None:
        """'Dutch' in 'Polish and Dutch jets': a state word coordinated inside a modifier
        names that state's share of the noun ('Dutch jets', with the noun's sector)."""
        first = token
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        if first == token or first.dep_ not in ("amod", "compound", "nmod"):
            return None
        states = [
            h.entry for h in self._resolver.kb.lookup(token.text) if h.entry.kind == "country"
        ]
        if not states:
            return None
        noun = first.head
        base = self.actor_for(noun)
        text = f"{token.text} {noun.text}"
        sector = base.sector if base is not None else None
        return self._resolver.kb.actor(states[0], text, self._on, sector=sector)


class ActorResolver:
    """Resolves noun phrases of spaCy docs against a knowledge base; pure and reusable."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def resolve(self, doc: Doc, on: datetime.date | None = None) -> DocActors:
        """Every actor mention of the doc, in order, with coreference resolved."""
        sentence_of = [0] * len(doc)
        for number, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                sentence_of[i] = number
        focus = Focus(self.kb, sentence_of)
        mentions: list[Mention] = []
        actors: dict[int, Actor] = {}
        for token in doc:
            if not is_phrase_head(token):
                continue
            found = self._mention(token, on, focus, actors)
            if found is None:
                continue
            mention, kind, extra = found
            if token.dep_ == "appos" and kind == "person":
                mention = self._merge_appos(token, mention, actors, mentions)
            actors[token.i] = mention.actor
            focus.add(token, mention.actor, kind, **extra)
            if not _is_location(token, kind):
                mentions.append(mention)
        mentions.sort(key=lambda m: (m.start_token, m.head_token_i))
        return DocActors(self, doc, on, mentions)

    def _merge_appos(
        self, token: Token, mention: Mention, actors: dict[int, Actor], mentions: list[Mention]
    ) -> Mention:
        """'The Russian diplomat Ivanov', 'the former FBI director Robert Smith': the name
        gets the description's country and sector, and the description becomes the named
        person. 'Peter Ochieng, Kenya's interior minister': the name keeps its own words."""
        anchor = actors.get(token.head.i)
        actor = mention.actor
        if anchor is None or self._is_person(anchor):
            return mention
        if actor.actor_id is not None:
            if self._is_person(actor) and token.head.pos_ != "PROPN":
                # 'the former FBI director James Comey': the description is the person
                self._replace(token.head.i, actor, actors, mentions)
            return mention
        if token.pos_ != "PROPN" and token.head.pos_ == "PROPN":
            # the description is apposed to the name: the name's words win
            actor = replace(actor, name=anchor.name, role=anchor.role or actor.role)
        actor = replace(
            actor, country=actor.country or anchor.country, sector=actor.sector or anchor.sector
        )
        self._replace(token.head.i, actor, actors, mentions)
        return replace(mention, actor=actor)

    def _is_person(self, actor: Actor) -> bool:
        entry = self.kb.entries.get(actor.actor_id or "")
        return entry is not None and entry.kind == "person"

    @staticmethod
    def _replace(head_i: int, actor: Actor, actors: dict[int, Actor], mentions: list[Mention]):
        """The mention headed at head_i now stands for `actor` (keeping its own text)."""
        for n, old in enumerate(mentions):
            if old.head_token_i == head_i:
                mentions[n] = replace(old, actor=replace(actor, text=old.actor.text))
                actors[head_i] = mentions[n].actor

    def read_alone(self, token: Token, on: datetime.date | None) -> Actor | None:
        """Resolve one phrase without coreference (for tokens the first pass skipped)."""
        if token.pos_ not in HEAD_POS:
            return None
        sentence_of = [0] * len(token.doc)
        found = self._mention(token, on, Focus(self.kb, sentence_of), {})
        return found[0].actor if found else None

    # one mention ---------------------------------------------------------------------------
    def _mention(self, token: Token, on, focus: Focus, actors: dict[int, Actor]):
        if token.lower_ in PRONOUNS:
            antecedent = focus.pronoun(token)
            if antecedent is None:
                return None
            actor = replace(antecedent.actor, text=token.text)
            return (
                Mention(token.i, token.i + 1, token.i, actor),
                antecedent.kind,
                traits(antecedent),
            )
        tokens = worth_reading(token, self.kb) if token.pos_ != "PRON" else None
        if tokens is None or inside_longer_name(token.doc, tokens[0].i, token.i, self.kb):
            return None
        reading = read_phrase(token, self.kb, tokens)
        result = self._decide(reading, on, focus, actors)
        if result is None:
            return None
        actor, kind, extra = result
        if not actor.text:
            actor = replace(actor, text=reading.text)
        if actor.sector is None and actor.actor_id is None and names_a_people(token):
            actor = replace(actor, sector="ETH")  # "Iraqi Kurds": an ethnic group (CAMEO ETH)
        return Mention(reading.start, reading.end, token.i, actor), kind, extra

    @staticmethod
    def _surname_words(r: PhraseReading) -> list[str]:
        """The words a person is called by here: a name the knowledge base lacks, or the
        surname of a title and surname it read by rule ("President Uribe", when the article
        named Alvaro Uribe Velez before)."""
        if r.name_tokens and r.head in r.name_tokens:
            return [w for t in r.name_tokens for w in t.text.replace("-", " ").split()]
        titled = [h for h in r.hits if h.alias.derived and h.alias.entry.kind == "person"
                  and h.covers(r.head.i)]
        if not titled:
            return []
        title_words = set(r.title.phrase.split()) if r.title else set()
        return [w for t in r.head.doc[titled[0].start:titled[0].end]
                if t.pos_ == "PROPN" and t.lower_ not in title_words
                for w in t.text.replace("-", " ").split()]

    def _decide(self, r: PhraseReading, on, focus: Focus, actors: dict[int, Actor]):
        head, kb = r.head, self.kb
        anchor = actors.get(head.head.i) if head.dep_ == "appos" else None
        if (
            anchor is not None
            and anchor.actor_id
            and anchor.role is not None
            or (anchor is not None and r.title is not None and not r.hits)
        ):
            return replace(anchor, text=r.text), "person", {}
        surname = self._surname_words(r)
        if surname:
            # a name the article gave in full before: the same person, whoever else the
            # knowledge base knows by that surname
            earlier = focus.named_before(head, surname)
            if earlier is not None:
                return replace(earlier.actor, text=r.text), "person", traits(earlier)
        person, clash = self._person(r, on, focus)
        if person is not None:
            match = r.title.value if r.title else self._appos_title(head)
            actor = acting_for_igo(r, kb.actor(person, r.text, on, match=match), person, kb, on)
            return actor, "person", {"gender": person.gender}
        if clash is not None:
            return self._cued_person(r, clash, on, focus, actors)
        if r.anaphor is not None and not r.hits and r.pronoun_possessor is None:
            target = r.anaphor.value.split(":")[0]
            found = focus.definite(head, target)
            if found is not None and not _placed_elsewhere(found, head, kb):
                sector = r.agent.sector if r.agent else None
                return _from_focus(found, r.text, target, kb, sector)
        hh = r.head_hit()
        if hh is not None and hh.alias.entry.kind == "person" and hh.alias.derived:
            hh = None  # a derived name _person turned down (no one active on the date)
        if hh is not None:
            return kin_people(r, hh, kb) or self._entity(hh.alias, r, on)
        led = led_government(r, kb, on)
        if led is not None:
            return led
        cues = self._cues(r, actors, on)
        for cue in r.cue_hits("igo", "group"):
            entry = cue.alias.entry
            focus.remember(head, kb.actor(entry, entry.name, on), entry)
        plural = head.tag_ in ("NNS", "NNPS")
        if r.title is not None and not plural:
            return titled(r, cues, kb, on, focus)
        if (r.name_tokens and head in r.name_tokens) or _unknown_name(r):
            # a person the KB lacks: the country (and sector) come from the text around
            # the name ('Sudan's X', 'Iranian negotiator X', 'X, a Somali army general')
            appos = (
                appos_actor(head, kb, lambda t: self.read_alone(t, on))
                if head.dep_ != "appos"
                else None
            )
            return unnamed_person(r, cues, kb, on, appos)
        return generic(r, cues, kb, on, focus, plural)

    def _person(self, r: PhraseReading, on, focus: Focus) -> tuple[ActorEntry | None, Hit | None]:
        """The person the phrase names, or (None, the name's hit) when a country named right
        before the name ('Jordan's King Abdullah') fits none of the name's people."""
        hits = [h for h in r.hits if h.alias.entry.kind == "person"]
        hits = [h for h in hits if h.covers(r.head.i)] or (
            hits if r.head.pos_ == "PROPN" and r.head_hit() is None and not r.agent else []
        )
        if not hits:
            return None, None
        people = [c.entry for c in hits[-1].candidates if c.entry.kind == "person"]
        if hits[-1].alias.derived and on is not None:
            # a surname or spelling the KB derived, not an alias: only someone active around
            # the article's date ("President Milosevic" in 1998 is no official of 2011-14)
            people = [p for p in people if p.namesakes or _active_around(p, on)]
        cued = self._named_country(r, hits[-1])
        if cued is not None and people:
            # people sharing the surname (kb.py's namesakes) may hold the cued country's one
            pool = people + [n for p in people for n in getattr(p, "namesakes", ())]
            people = [p for p in dict.fromkeys(pool) if _fits_country(p, cued.id)]
            if not people:
                return None, hits[-1]
        if len(people) > 1:
            seen = {f.actor.actor_id for f in focus.items}
            people.sort(key=lambda e: (e.id not in seen, not e.roles_on(on)))
        return (people[0] if people else None), None

    def _named_country(self, r: PhraseReading, name: Hit) -> ActorEntry | None:
        """The country said right before a name, with at most a title between: 'Jordan's
        King Abdullah', 'Jordanian King Abdullah' (not 'Russia's ally Lukashenko')."""
        doc, kb = r.head.doc, self.kb
        for cue in r.cue_hits("country", "seat"):
            if cue.end > name.start:
                continue
            between = " ".join(
                fold(t.text)
                for t in doc[cue.end : name.start]
                if t.dep_ != "case" and fold(t.text) not in NAME_EPITHETS
            )
            if between and between not in kb.titles:
                term = kb.agents.get(between)
                if term is None or term.value != "person":
                    continue
            seat = cue.alias.entry
            entry = (
                kb.entries.get(seat.stands_for or seat.country or "")
                if seat.kind == "seat"
                else seat
            )
            return entry if entry is not None and entry.kind == "country" else None
        return None

    def _cued_person(self, r: PhraseReading, name: Hit, on, focus: Focus, actors):
        """'Jordan's King Abdullah' when the knowledge base's King Abdullah is Saudi: the
        cued state's office holder of that name on the date, else an unnamed person of it."""
        kb = self.kb
        cut = replace(r, hits=[h for h in r.hits if h is not name])
        titles = set(r.title.phrase.split()) if r.title else set()
        words = {fold(t.text) for t in r.head.doc[name.start : name.end]} - titles
        cut.name_tokens = [t for t in r.head.doc[name.start : name.end] if fold(t.text) in words]
        cues = self._cues(cut, actors, on)
        if r.title is not None and cues.country is not None:
            for entry, _ in kb.office_holders(cues.country.id, r.title.value, on):
                if words & set(fold(entry.name).split()):
                    actor = kb.actor(entry, r.text, on, match=r.title.value)
                    return actor, "person", {"gender": entry.gender}
            return titled(cut, cues, kb, on, focus)
        return unnamed_person(cut, cues, kb, on, None)

    def _entity(self, alias: AliasHit, r: PhraseReading, on):
        entry = alias.entry
        sector = r.agent.sector if r.agent and not r.head_hit() else None
        if entry.kind == "seat":
            return self.kb.actor(entry, r.text, on), "seat", {}
        if entry.kind == "igo":
            return self.kb.actor(entry, r.text, on), "igo", {"igo_type": entry.type}
        if entry.kind == "country" and alias.form == "capital":
            # "Caracas said": a capital named as an actor is that state's government
            return self.kb.actor(entry, r.text, on, sector="GOV"), "seat", {}
        plural = entry.plural or (alias.form == "demonym" and r.head.tag_ in ("NNS", "NNPS"))
        kind = entry.kind if entry.kind in ("country", "group", "region") else "other"
        return self.kb.actor(entry, r.text, on, sector=sector), kind, {"plural": plural}

    def _cues(self, r: PhraseReading, actors: dict[int, Actor], on) -> Cues:
        """The country (or region), organisation and possessor the modifiers point to."""
        country: ActorEntry | None = None
        for hit in r.cue_hits("country", "seat", "region"):
            if hit.start > 0 and r.head.doc[hit.start - 1].lower_ == "ethnic":
                continue  # "ethnic Albanians in Serbia": a people, not the Albanian state
            entry = hit.alias.entry
            if entry.kind != "seat":
                country = entry
            elif entry.country:
                country = self.kb.entries.get(entry.stands_for or entry.country)
            break
        orgs = r.cue_hits("igo", "group")
        org = orgs[0].alias.entry if orgs else None
        possessor = actors.get(r.pronoun_possessor.i) if r.pronoun_possessor is not None else None
        if country is None and org is None and possessor is not None:
            owned = self.kb.entries.get(possessor.actor_id or "")
            if owned is not None and owned.kind in ("igo", "group"):
                org = owned
            elif possessor.country:
                country = self.kb.entries.get(possessor.country)
        if country is None and org is None and possessor is None:
            # "the North's army", "Netanyahu's government": a possessor read already (a
            # description or a person) gives its state
            owner = next((c for c in r.head.children if c.dep_ == "poss"), None)
            known = actors.get(owner.i) if owner is not None else None
            state = self.kb.entries.get(known.country or "") if known is not None else None
            if state is not None and state.kind == "country":
                country, possessor = state, known
        if country is not None and country.kind == "igo":
            country, org = None, country
        if country is None and org is None:
            org = self._member_of(r.head)
        if country is None and r.head.dep_ != "appos":
            country = self._appos_country(r.head)
        if country is None and org is None and r.title is not None:
            country = self._fronted_capital(r.head)
        place = place_of_noun(r.head, self.kb) if country is None and org is None else None
        return Cues(country, org, possessor, place)

    def _member_of(self, head: Token) -> ActorEntry | None:
        """'fighters from Hezbollah', 'officials of the PKK': the group or organisation
        a people noun's 'from' or 'of' complement names."""
        composed = head.lemma_.lower() in COMPOSED_NOUNS  # "a mission of observers from X"
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "with"):
                continue
            if composed and prep.lower_ == "of":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for hit in read_phrase(obj, self.kb).hits:
                    if hit.covers(obj.i) and hit.alias.entry.kind in ("group", "igo"):
                        return hit.alias.entry
        return None

    def _appos_title(self, head: Token) -> str | None:
        """'Kofi Annan, the UN secretary-general': the office an apposition names."""
        for child in head.children:
            if child.dep_ == "appos":
                title = read_phrase(child, self.kb).title
                if title is not None:
                    return title.value
        return None

    def _fronted_capital(self, head: Token) -> ActorEntry | None:
        """"In Canberra, Foreign Minister Alexander Downer called ...": a capital the clause
        opens with places the official who speaks in it."""
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for prep in head.head.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > head.i:
                continue
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                for hit in self.kb.lookup(place.text):
                    if hit.entry.kind == "country" and hit.form == "capital":
                        return hit.entry
        return None

    def _appos_country(self, head: Token) -> ActorEntry | None:
        for child in head.children:
            if child.dep_ == "appos":
                for hit in read_phrase(child, self.kb).hits:
                    if hit.alias.entry.kind in ("country", "region"):
                        return hit.alias.entry
        return None


def acting_for_igo(
    r: PhraseReading, actor: Actor, person: ActorEntry, kb: KnowledgeBase, on
) -> Actor:
    """A person the text makes an official of an organisation ("ICC prosecutor X", "X, the
    EU's enlargement commissioner") acts for it (CAMEO codes such officials IGO), whatever
    nationality or earlier office the knowledge base knows; a national office the phrase
    itself names ("Foreign Minister X") keeps the state."""
    if actor.country == "IGO":
        return actor
    tie = igo_tie(r, kb)
    if tie is None:
        return actor
    org, term = tie
    if r.title is not None and any(
        fits(role, r.title.value) and role.org is None for role in person.roles_on(on)
    ):
        return actor
    sector = owner_sector(org, term.sector if term else None, on)
    role = None
    if term is not None:  # a title's office ('special envoy'), or the agent word ('prosecutor')
        role = office_of(term.value) if "=" in term.value else term.phrase
    return replace(actor, country=org.sector_on(on)[0] or "IGO", sector=sector, role=role)


def _unknown_name(r: PhraseReading) -> bool:
    """A person's name the knowledge base does not know, with the head a proper noun the
    parser tags as part of a person's name and no agent word heading the phrase."""
    head = r.head
    return (
        head.pos_ == "PROPN"
        and head.ent_type_ == "PERSON"
        and r.agent is None
        and r.head_hit() is None
        or (head.ent_type_ == "PERSON" and _derived_head(r))
    )


def _derived_head(r: PhraseReading) -> bool:
    """The head's only hit is a surname the KB derived (turned down for the date)."""
    hh = r.head_hit()
    return hh is not None and hh.alias.entry.kind == "person" and hh.alias.derived


def _placed_elsewhere(found: Focused | Actor, head: Token, kb: KnowledgeBase) -> bool:
    """'The rebels in Mali' after a group of another country are not that group."""
    place = place_of_noun(head, kb)
    country = found.country if isinstance(found, Actor) else found.actor.country
    return place is not None and country != place.country.id


def _fits_country(person: ActorEntry, code: str) -> bool:
    """True when a person is of that country (nationality or any office), or of none known."""
    countries = {person.country} | {r.country for r in person.roles}
    countries -= {None, "IGO"}
    return not countries or code in countries


# Words between a country and a titled name that do not change whose the person is
# ("Jordan's visiting King Abdullah", "Egypt's ailing President").
NAME_EPITHETS = frozenset(
    {
        "visiting",
        "late",
        "new",
        "ailing",
        "veteran",
        "embattled",
        "outgoing",
        "incoming",
        "powerful",
        "then",
        "current",
        "elderly",
    }
)
# Nouns whose 'of' complement says what they are made of, not whose they are.
COMPOSED_NOUNS = frozenset(
    {
        "mission",
        "delegation",
        "team",
        "group",
        "unit",
        "contingent",
        "force",
        "convoy",
        "panel",
        "body",
        "coalition",
        "alliance",
    }
)
# Historical roles end where the Phoenix dictionaries stop: a role open then may go on.
HISTORICAL_CUTOFF = datetime.date(2014, 1, 30)


def _active_around(person: ActorEntry, on: datetime.date) -> bool:
    """Held an office from at most a year after the date to ten years before it (a name in
    the news outlives the office a little), counting roles open at the data's end as open."""
    if not person.roles:
        return True
    for role in person.roles:
        end = None if role.end is None or role.end >= HISTORICAL_CUTOFF else role.end
        if role.start.year <= on.year + 1 and (end is None or end.year >= on.year - 10):
            return True
    return False


def is_phrase_head(token: Token) -> bool:
    """True for the head of a noun phrase (not a modifier inside one)."""
    return token.pos_ in HEAD_POS and token.dep_ not in NOT_HEAD_DEPS


def _is_location(token: Token, kind: str) -> bool:
    """A capital or country named as a place ('talks in Moscow'), not as an actor."""
    return kind in PLACE_KINDS and token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS


def _from_focus(
    found: Focused | Actor, text: str, target: str, kb: KnowledgeBase, sector: str | None
):
    if isinstance(found, Actor):
        kind = "plural" if target == "persons" else "igo"
        return replace(found, text=text), kind, {"plural": target == "persons", "igo_type": target}
    actor = replace(found.actor, text=text)
    if target in ("country", "government", "administration", "north", "south"):
        code = found.actor.country
        name = kb.country_name(code) or found.actor.name
        if target in ("government", "administration"):
            sector = sector or "GOV"
        governs = target in ("government", "administration")
        actor = Actor(text, name, code, code, sector if governs else None, None)
        return actor, "country", {}
    return actor, found.kind, traits(found)
