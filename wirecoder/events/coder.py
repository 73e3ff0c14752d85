"""The event stage: PLOVER events from a parsed article, one sentence at a time."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from wirecoder.events.arguments import (
    ActorLookup,
    coordinated,
    speaker_of,
    speech_verbs,
    subject_of,
)
from wirecoder.events.confidence import confidence_of
from wirecoder.events.dates import MONTHS, ResolvedDate, period_end, resolve_date
from wirecoder.events.issues import issue_for, issue_place, place_issues_in_article
from wirecoder.events.learned import load_trigger_model
from wirecoder.events.lexicon import Lexicon
from wirecoder.events.modality import modality_of
from wirecoder.events.nonevents import no_event_reason
from wirecoder.events.pairs import (
    ARREST_MODES,
    addressed_home,
    aimed_at_pair,
    article_home,
    article_pair,
    banned_abroad,
    deployed_at_home,
    held_by_their_police,
    is_pair_phrase,
    placed_at_home,
    troops_among_their_people,
)
from wirecoder.events.placement import CIVIL_SECTORS, OPPONENT_SECTORS, EventPlaces
from wirecoder.events.places import Gazetteer
from wirecoder.events.readings import (
    Reading,
    base_reading,
    demanded_of,
    reported_attack,
    reported_intent,
    ultimatum,
    warned_about,
)
from wirecoder.events.references import link_references, reference_of
from wirecoder.events.roles import roles_of
from wirecoder.events.triggers import (
    Candidate,
    find_candidates,
    is_light_object,
    keep_outermost,
)
from wirecoder.records import Actor, EventRecord
from wirecoder.records import Span as TextSpan

# Clause-level dependents that start a separate event and so are not part of this one's span.
SEPARATE_DEPS = {"conj", "cc", "advcl", "relcl", "parataxis", "punct"}
# Types where coordinated participants act on each other ("Putin and Trump met").
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE"}
SYMMETRIC_LEMMAS = {"clash", "fight", "battle", "sign", "agree", "cooperate", "restore",
                    "establish", "normalize", "normalise", "share", "exchange", "trade"}


@dataclass(frozen=True)
class ArticleContext:
    """What the event stage needs to know of the article besides its parse."""

    article_id: str
    date: dt.date | None
    # The place names of the article's dateline ("LAGOS", "Nigeria"), if it has one.
    dateline: tuple[str, ...] = ()


def clause_tokens(trigger: Token) -> list[Token]:
    """The trigger and its dependents, without coordinated clauses and side clauses."""
    tokens = [trigger]
    for child in trigger.children:
        if child.dep_ in SEPARATE_DEPS:
            continue
        tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


def _span_of(tokens: list[Token]) -> TextSpan:
    # A Span's text, not doc.text: Doc.text rebuilds the whole article on every call.
    words = [t for t in tokens if not t.is_space] or tokens  # blanked chrome is no evidence
    first = min(words, key=lambda t: t.i)
    last = max(words, key=lambda t: t.i)
    span = first.doc[first.i:last.i + 1]
    return TextSpan(span.start_char, span.end_char, span.text)


class EventCoder:
    """Reads PLOVER events off a spaCy Doc with the lexicon, an actor lookup and a gazetteer."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer, use_model: bool = False) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.places = EventPlaces(gazetteer)
        self.model = load_trigger_model() if use_model else None

    def code(self, doc: Doc, lookup: ActorLookup, article: ArticleContext) -> list[EventRecord]:
        """All events of a parsed article, in text order."""
        events: list[EventRecord] = []
        references: list[str | None] = []
        for number, sent in enumerate(doc.sents):
            if sent.text.rstrip().endswith("?"):
                continue  # "Would Spain join the coalition?" asks; it reports nothing
            candidates = keep_outermost(find_candidates(sent, self.lexicon, lookup, self.model))
            for candidate in candidates:
                if no_event_reason(candidate) is not None:
                    continue
                candidate, warner = warned_about(candidate, lookup)
                found = self._events_for(candidate, number, lookup, article, warner)
                events.extend(found)
                references.extend(reference_of(candidate.token, e.event_type) for e in found)
        home = article_home(doc, lookup, self._dateline_state(article.dateline))
        link_references(events, references, self._state_actor(home))
        events[:] = [placed_at_home(e, home) for e in events]
        events[:] = [troops_among_their_people(e) for e in events]
        events[:] = [held_by_their_police(e) for e in events]
        events[:] = [addressed_home(e, self._state_actor(home)) for e in events]
        events[:] = [self._arrested_at_home(e, home) for e in events]
        sentences = list(doc.sents)
        pairs = {n: article_pair(sentences[n], lookup, before_only=True)
                 for n in {e.sentence for e in events}}
        events[:] = [aimed_at_pair(e, pairs[e.sentence]) for e in events]
        events[:] = [banned_abroad(e) for e in events]
        events[:] = [deployed_at_home(e) for e in events]
        events[:] = [e for e in events if not _warns_own_state(e)]
        _date_background_paragraphs(events, sentences, article.date)
        # confidence is scored once, here: actors found across sentences change how far to
        # trust an event
        for event in events:
            event.confidence = confidence_of(event.event_type, event.source, event.recipient,
                                             event.context)
        for event, issue in zip(events, place_issues_in_article([e.issue for e in events]),
                                strict=True):
            event.issue = issue
        return events

    def _events_for(self, cand: Candidate, number: int, lookup: ActorLookup,
                    article: ArticleContext, reporter: Actor | None = None
                    ) -> list[EventRecord]:
        trigger = cand.token
        if _not_an_event(trigger):
            return []
        scope = clause_tokens(trigger)
        if cand.trigger.pos == "N" and (is_light_object(trigger, self.lexicon) or (
                trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in
                self.lexicon.light_verbs)):
            # "staged a hunger strike in Turkey on Monday", "talks resumed in Doha"
            scope = clause_tokens(trigger.head)
        speaker = reporter or self._speaker(cand, lookup)
        modality = modality_of(trigger, scope, cand.aid_token)
        contexts = set(modality.contexts) | ({"negation"} if cand.denied_by is not None else set())
        reading = base_reading(cand, scope, contexts, self.lexicon.instruments)
        roles = roles_of(cand, self.lexicon.light_verbs)
        reading.sources, reading.recipients = roles.sources, roles.recipients
        reported_intent(reading, speaker, lookup)
        ultimatum(reading, modality.condition)
        reported_attack(reading, speaker, lookup)
        sources, recipients, mutual = self._actors(cand, reading, speaker, lookup)
        recipient, also = (recipients or [None])[0], recipients[1:]
        if demanded_of(trigger, reading, speaker, sources):
            # "Washington reiterated that Khartoum must agree": the speaker demands it
            sources, recipient, also = [speaker], sources[0], []
        if cand.trigger.requires == "pred":
            scope = clause_tokens(trigger.head)  # "X would be considered targets"
        span_tokens = scope + [t for s in reading.sources for t in s.subtree if s.head == trigger]
        date = self._date_of(scope, article.date, "future" in reading.contexts,
                             _told_as_past(trigger), trigger) or \
            self._date_of(_governing_clause(trigger), article.date,
                          "future" in reading.contexts, _told_as_past(trigger)) or \
            self._date_of(_speech_clause(trigger), article.date, False, True)
        if date and article.date and is_background(date.value, article.date):
            reading.contexts.add("historical")
        location = self.places.location_of(trigger, scope)
        sources, recipient = self.places.domestic(
            reading.event_type, reading.mode, sources, recipient, location, _means_text(trigger),
            self.places.is_target(trigger, location))
        base = EventRecord(
            article_id=article.article_id, sentence=number,
            evidence=_span_of(sorted(set(span_tokens), key=lambda t: t.i)),
            event_type=reading.event_type, mode=reading.mode, context=sorted(reading.contexts),
            source=None, recipient=None,
            issue=issue_for(scope, issue_place(scope, recipient)),
            condition=modality.condition,
            date=date.value if date else (article.date.isoformat() if article.date else None),
            location=location, cameo=reading.cameo, trigger=trigger.text,
            what=_what_phrase(cand) if cand.aid else None,
            stance_cue=cand.trigger.stance if reading.event_type == cand.trigger.event_type
            else "oppose" if reading.event_type == "REJECT" else cand.trigger.stance)
        return [replace(base, source=_tidy(source), recipient=_tidy(other), id="",
                        attributed_to=speaker if speaker is not None and speaker != source
                        else None)
                for source, other in _pairs(sources, [recipient, *also], reading.event_type,
                                            trigger, mutual)]

    def _arrested_at_home(self, event: EventRecord, home: str | None) -> EventRecord:
        """"Nearly 300 people have been detained": an arrest nobody is named for, of the home
        state's people, is its authorities' (as ICEWS codes "Police (Belarus)"); the actor's
        text stays empty, since the article names no one."""
        recipient = event.recipient
        if event.source is not None or event.event_type != "COERCE" or \
                event.mode not in ARREST_MODES or recipient is None or \
                recipient.sector not in CIVIL_SECTORS:
            return event
        place = event.location.country if event.location is not None else None
        if recipient.country is None or recipient.country not in (home, place):
            return event
        state = self._state_actor(recipient.country)
        assert state is not None
        authorities = replace(state, text="", name=f"{state.name} (unnamed authorities)",
                              sector="COP")
        return replace(event, source=authorities, id="")

    def _state_actor(self, code: str | None) -> Actor | None:
        """A state as an actor, by its ISO code (named as the gazetteer names it)."""
        if code is None:
            return None
        name = self.gazetteer.country_name(code) or code
        return Actor(text=name, name=name, actor_id=code, country=code)

    def _dateline_state(self, places: tuple[str, ...]) -> str | None:
        """The state of a dateline's places, when they agree on one."""
        states = {loc.country for loc in (self.gazetteer.lookup(p.title()) for p in places)
                  if loc is not None and loc.country}
        return states.pop() if len(states) == 1 else None

    @staticmethod
    def _speaker(cand: Candidate, lookup: ActorLookup) -> Actor | None:
        """Who reports the event: a speech verb's subject, or who denies it."""
        speaker = speaker_of(cand.token, lookup)[0]
        if cand.denied_by is not None and speaker is None:
            denier = subject_of(cand.denied_by)
            speaker = lookup(denier) if denier is not None else None
        return speaker

    @staticmethod
    def _actors(cand: Candidate, reading: Reading, speaker: Actor | None,
                lookup: ActorLookup) -> tuple[list[Actor | None], list[Actor | None], bool]:
        """Source actors (one event each) and the recipients (the first, then those
        coordinated with it), resolved from the tokens, and whether the sources are each
        other's recipients."""
        source_tokens = [t for s in reading.sources for t in _of_conjuncts(s)]
        sources = _distinct([lookup(s) for s in source_tokens]) or [None]
        recipient_tokens = [t for t in reading.recipients if t not in source_tokens
                            and not _in_apposition(t, reading.sources)]
        pair = next((article_pair(s.sent, lookup) for s in reading.sources
                     if is_pair_phrase(s) and not _country_of(lookup(s))), [])
        if pair:  # "both sides agreed ...": the article's two states, each the other's party
            text = next(s for s in reading.sources if is_pair_phrase(s))
            phrase = text.doc[text.left_edge.i:text.i + 1].text
            sources = [replace(a, text=phrase) for a in pair]
        known = [a for a in sources if a is not None]
        recipient, where = _first_actor(recipient_tokens, lookup, known)
        others = _coordinated_actors(where, recipient, lookup, known)
        addressed = next((t for t in recipient_tokens if is_pair_phrase(t)), None)
        named_by_it = where is not None and addressed is not None and where.i == addressed.i
        if addressed is not None and not pair and (recipient is None or named_by_it):
            # "Beijing urged both sides to show restraint": each of the article's two states,
            # but not the one that speaks
            phrase = addressed.doc[addressed.left_edge.i:addressed.i + 1].text
            parties = [replace(a, text=phrase) for a in article_pair(addressed.sent, lookup)
                       if not any(a.country == s.country for s in known)]
            if parties:
                recipient, others = parties[0], parties[1:]
        if cand.trigger.roles == "swap":
            # "Trump hosted Zelensky": the visitor is PLOVER's source, the host its recipient
            sources, recipient, others = [recipient], sources[0], []
        if sources == [None] and speaker is not None and reading.event_type == "THREATEN":
            sources = [speaker]
        if pair and recipient is None:
            return sources, [], True  # "both sides accused each other"
        return sources, [recipient, *others], False

    def _date_of(self, scope: list[Token], base: dt.date | None,
                 future: bool, past: bool = False, trigger: Token | None = None
                 ) -> ResolvedDate | None:
        if base is None:
            return None
        seen: set[int] = set()
        for token in scope:
            if token.ent_type_ == "DATE" and token.i not in seen:
                ent = next(e for e in token.doc.ents if e.start <= token.i < e.end)
                seen.update(range(ent.start, ent.end))
                root = ent.root
                if root.pos_ == "PROPN" and root.lower_ not in MONTHS and \
                        ent[0].lower_ in MONTHS:
                    root = ent[0]  # "In February Sudan's army": the tagger ran on into a name
                if _names_a_thing(root, trigger):
                    continue  # "under a 2017 security treaty", "the 1993 election" date those
                # "by March 1", "until next spring": a deadline lies ahead
                deadline = ent.start > 0 and token.doc[ent.start - 1].lower_ in DEADLINE_PREPS
                resolved = resolve_date(ent.text, base, future=future or deadline,
                                        past=past and not (future or deadline))
                if resolved:
                    return resolved
        return None


DEADLINE_PREPS = {"by", "until", "till", "before"}
NOUN_MODIFIER_DEPS = {"compound", "amod", "nummod", "nmod", "poss"}


def _names_a_thing(date: Token, trigger: Token | None) -> bool:
    """A date that modifies another noun than the trigger ("a 2017 treaty", "the
    1993 election's outcome") tells when that thing was, not when the event happened."""
    head = date.head
    return trigger is not None and date.dep_ in NOUN_MODIFIER_DEPS and \
        head.pos_ in {"NOUN", "PROPN"} and head.i != trigger.i and \
        head.ent_type_ not in {"DATE", "TIME"} and head.lemma_.lower() not in TIME_NOUNS


# Nouns a date word can modify and still be the event's time ("Monday afternoon").
TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month",
              "year", "hour", "time", "dawn", "midnight", "noon", "session", "period"}
# Background: an event that ended more than this many days before the article's date.
BACKGROUND_DAYS = 31


def is_background(value: str, published: dt.date) -> bool:
    """The resolved date lies wholly more than a month before the article's date."""
    end = period_end(value)
    return end is not None and (published - end).days > BACKGROUND_DAYS


def _told_as_past(trigger: Token) -> bool:
    """The trigger's verb (or the verb a noun trigger hangs on) is in a past tense."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have"
                                     for c in verb.children) or verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


def _of_conjuncts(token: Token) -> list[Token]:
    """"The presidents of Turkey, Azerbaijan and Georgia signed": each state's president
    acts; a plural agent noun with coordinated 'of' objects stands for each of them."""
    if token.tag_ not in {"NNS", "NNPS"}:
        return [token]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if objects and any(c.dep_ == "conj" for c in objects[0].children):
                return [token, *coordinated(objects[0])]
    return [token]


def _in_apposition(token: Token, sources: list[Token]) -> bool:
    """The token lies in an apposition to a source ("Russia, Serbia's main ally,
    denounced the move"): it describes the source and is not acted upon."""
    current = token
    crossed = False
    for _ in range(8):
        if current in sources:
            return crossed
        crossed = crossed or current.dep_ == "appos"
        if current.head == current:
            return False
        current = current.head
    return False


def _country_of(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _tidy(actor: Actor | None) -> Actor | None:
    """The actor with its text and name on one line, without blanked chrome around them."""
    if actor is None:
        return None
    text, name = " ".join(actor.text.split()), " ".join(actor.name.split())
    return actor if (text, name) == (actor.text, actor.name) else \
        replace(actor, text=text, name=name)


def _what_phrase(cand: Candidate) -> str:
    """What is offered or refused, in the lexicon's words, kept with its modifier
    ("air support", "ground troops", "security guarantees")."""
    noun, aid = cand.aid_token, cand.aid
    assert noun is not None and aid is not None
    if noun.pos_ == "VERB":
        return aid.what
    modifiers = [c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}
                 and c.i < noun.i and c.lower_ in KIND_MODIFIERS
                 and c.lower_ not in aid.what.split()]
    return " ".join([*modifiers[-1:], aid.what])


# Modifiers that name a kind of help, so pledge totals can count them apart ("air support",
# "ground troops"); any other modifier ("many", "armed", "Western") is dropped.
KIND_MODIFIERS = {"air", "ground", "naval", "sea", "land", "military", "medical", "humanitarian",
                  "financial", "economic", "budget", "logistical", "logistics", "intelligence",
                  "training", "reconstruction", "energy", "food", "nuclear", "combat",
                  "peacekeeping", "border", "maritime", "cyber", "technical", "emergency"}


def _first_actor(tokens: list[Token], lookup: ActorLookup, sources: list[Actor]
                 ) -> tuple[Actor | None, Token | None]:
    """The actor of the first candidate token that names one other than the sources,
    preferring one whose country is known ("a base in Odesa": Ukraine over "a base"), and
    the token that names it. Unnamed people come first all the same ("an activist was
    detained in Abuja": the activist, whom the place gives a country, not Abuja)."""
    found = [(a, t) for a, t in ((lookup(t), t) for t in tokens)
             if a is not None and not any(_same_side(a, s) for s in sources)]
    return next(((a, t) for a, t in found if a.country or a.sector in CIVIL_SECTORS),
                found[0] if found else (None, None))


def _coordinated_actors(token: Token | None, first: Actor | None, lookup: ActorLookup,
                        sources: list[Actor]) -> list[Actor]:
    """The other actors coordinated with the recipient ("consultations with Japan, China,
    South Korea and Russia"): each is a recipient of its own event."""
    if token is None or first is None:
        return []
    seen, others = {first.name}, []
    for conj in coordinated(token):
        actor = lookup(conj) if conj is not token else None
        if actor is not None and actor.name not in seen and \
                not any(_same_side(actor, s) for s in sources):
            seen.add(actor.name)
            others.append(actor)
    return others


def _same_side(actor: Actor, source: Actor) -> bool:
    """The recipient candidate is the source itself (or its own state's officials); a state's
    rebels, protesters or strikers and that state are two sides ("farmers blockaded Paris")."""
    if actor.name != source.name:
        # "Lukashenko warned that Minsk could retaliate": the state itself, named by one of
        # its own leaders or bodies, is no target of theirs
        return actor.actor_id is not None and actor.actor_id == actor.country and \
            actor.sector in STATE_SECTORS and source.country == actor.country and \
            source.sector in STATE_SECTORS
    if actor.sector == source.sector:
        return True
    return not (actor.sector in OPPONENT_SECTORS or source.sector in OPPONENT_SECTORS)


# An actor that speaks for its state: the state itself and its government (an army may turn
# on its government).
STATE_SECTORS = frozenset({None, "GOV"})


def _distinct(actors: list[Actor | None]) -> list[Actor | None]:
    seen: set[str] = set()
    kept: list[Actor | None] = []
    for actor in actors:
        key = actor.name if actor is not None else ""
        if actor is None or key not in seen:
            seen.add(key)
            kept.append(actor)
    return [a for a in kept if a is not None] or kept[:1]


def _pairs(sources: list[Actor | None], recipients: list[Actor | None], event_type: str,
           trigger: Token, mutual: bool = False) -> list[tuple[Actor | None, Actor | None]]:
    """(source, recipient) of each event: one per source and coordinated recipient;
    coordinated participants of a meeting or a clash are each other's recipient; nobody is
    their own recipient."""
    symmetric = mutual or event_type in SYMMETRIC_TYPES or \
        trigger.lemma_.lower() in SYMMETRIC_LEMMAS or _reciprocal(trigger)
    pairs = []
    for source, recipient in ((s, r) for s in sources for r in recipients or [None]):
        other = recipient
        if other is None and symmetric and len(sources) > 1:
            other = next((s for s in sources if s is not None and source is not None
                          and s.name != source.name), None)
        if source is None and other is None:
            continue
        if source is not None and other is not None and \
                (source.name, source.sector) == (other.name, other.sector):
            other = None
        pairs.append((source, other))
    return pairs


def _reciprocal(trigger: Token) -> bool:
    """"Kyrgyzstan and Tajikistan accused each other", "... blamed one another": the
    coordinated sources are each other's recipients."""
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "dative"}]
    objects += [g for c in trigger.children if c.dep_ == "prep" for g in c.children
                if g.dep_ == "pobj"]
    words = {(o.lower_, d.lower_) for o in objects for d in o.children}
    return bool(words & {("other", "each"), ("another", "one"), ("one", "another")})


def _warns_own_state(event: EventRecord) -> bool:
    """"He warned that the United States could face a cyber Pearl Harbor": a warning of what
    one's own state may suffer is no threat of anyone's."""
    source, recipient = event.source, event.recipient
    return event.event_type == "THREATEN" and source is not None and recipient is not None \
        and source.country is not None and recipient.country == source.country and \
        recipient.sector in STATE_SECTORS and source.sector not in OPPONENT_SECTORS and \
        (recipient.actor_id == recipient.country or recipient.sector is None)


def _not_an_event(trigger: Token) -> bool:
    """"has not decided whether to send troops" (an open question) and "if you visit Paris"
    (a generic reader) report no event."""
    return any(c.lower_ == "whether" or (c.dep_ == "nsubj" and c.lower_ == "you")
               for c in trigger.children)


def _means_text(trigger: Token) -> str:
    """What an attack with no named attacker is told by: the subject or 'by' phrase of the
    trigger ("a roadside bomb", "an improvised explosive device"), else the trigger."""
    for child in trigger.children:
        if child.dep_ in {"nsubj", "csubj"} and child.pos_ in {"NOUN", "PROPN"}:
            return trigger.doc[child.left_edge.i:child.i + 1].text
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return trigger.doc[obj.left_edge.i:obj.i + 1].text
    return trigger.text


def _date_background_paragraphs(events: list[EventRecord], sentences: list[Span],
                                published: dt.date | None) -> None:
    """"In 2006 Bainimarama seized power. He imposed martial law and later installed Qarase
    as leader": an undated sentence in a paragraph of background goes on in the time its
    paragraph is set in (in place: date and the historical mark)."""
    if published is None or not events:
        return
    today = published.isoformat()
    # paragraphs by the line breaks before each sentence (Doc.text is rebuilt on each call)
    breaks = [t.idx for t in sentences[0].doc if t.is_space and "\n" in t.text]
    set_in: dict[int, EventRecord] = {}  # paragraph -> its last dated background event
    for event in sorted(events, key=lambda e: e.sentence):
        sent = sentences[event.sentence]
        paragraph = bisect_left(breaks, sent.start_char)
        if event.date and event.date != today and "historical" in event.context:
            set_in[paragraph] = event
            continue
        if event.date and event.date != today:
            set_in.pop(paragraph, None)  # the paragraph has come back to the present
            continue
        before = set_in.get(paragraph)
        if before is None or before.sentence == event.sentence or \
                any(e.label_ == "DATE" for e in sent.ents) or \
                {"future", "hypothetical"} & set(event.context):
            continue
        event.date = before.date
        event.context = [*event.context, "historical"]


def _governing_clause(trigger: Token) -> list[Token]:
    """The words that date the clause an event's clause hangs on: "In January 2006 Gazprom
    cut supplies after Kiev refused ...", "In February the army banned deliveries, accusing
    ...", "Since November 2020, when TPLF forces attacked ...": a time clause, a participle or
    a coordinated verb shares its governor's date (a reported clause does not: that is the
    report's)."""
    current = trigger
    for _ in range(3):
        if current.dep_ not in {"advcl", "conj", "relcl", "acl"} or current.head == current:
            return []
        head = current.head
        if head.ent_type_ == "DATE":
            return next(list(e) for e in head.doc.ents if e.start <= head.i < e.end)
        if head.pos_ in {"VERB", "AUX"}:
            words = [t for c in head.children if c.dep_ not in SEPARATE_DEPS
                     for t in c.subtree]
            if any(t.ent_type_ == "DATE" for t in words):
                return words
        current = head
    return []


def _speech_clause(trigger: Token) -> list[Token]:
    """The words of the reporting clause an event is told in, without the report itself:
    "Putin said on Tuesday that ..." -> its date."""
    for verb in trigger.ancestors:
        if verb.lemma_.lower() in speech_verbs():
            return [t for c in verb.children if c.dep_ not in SEPARATE_DEPS | {"ccomp"}
                    for t in c.subtree]
    return []
