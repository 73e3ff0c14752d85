"""The event stage: PLOVER events from a parsed article, one sentence at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from wirecoder.events.arguments import (
    ActorLookup,
    coordinated,
    passive_parts,
    possessor,
    prep_objects,
    speaker_of,
    subject_of,
)
from wirecoder.events.dates import ResolvedDate, resolve_date
from wirecoder.events.issues import issue_for, place_issues_in_article
from wirecoder.events.lexicon import Lexicon
from wirecoder.events.modality import modality_of
from wirecoder.events.places import Gazetteer
from wirecoder.events.triggers import Candidate, find_candidates, keep_outermost
from wirecoder.records import Actor, EventRecord, Location
from wirecoder.records import Span as TextSpan

# Clause-level dependents that start a separate event and so are not part of this one's span.
SEPARATE_DEPS = {"conj", "cc", "advcl", "relcl", "parataxis", "punct"}
PLACE_PREPS = {"in", "at", "near", "outside", "off"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Nouns whose possessor is who benefits from aid or a pledge ("Ukraine's security").
BENEFIT_NOUNS = {"security", "defence", "defense", "sovereignty", "protection", "army",
                 "military", "reconstruction", "recovery", "survival", "independence"}
BENEFIT_TYPES = {"AID", "MOBILIZE", "AGREE", "SUPPORT"}


@dataclass(frozen=True)
class ArticleContext:
    """What the event stage needs to know of the article besides its parse."""

    article_id: str
    date: dt.date | None


def clause_tokens(trigger: Token) -> list[Token]:
    """The trigger and its dependents, without coordinated clauses and side clauses."""
    tokens = [trigger]
    for child in trigger.children:
        if child.dep_ in SEPARATE_DEPS:
            continue
        tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


def _span_of(tokens: list[Token]) -> TextSpan:
    doc = tokens[0].doc
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return TextSpan(start, end, doc.text[start:end])


class EventCoder:
    """Reads PLOVER events off a spaCy Doc with the lexicon, an actor lookup and a gazetteer."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer

    def code(self, doc: Doc, lookup: ActorLookup, article: ArticleContext) -> list[EventRecord]:
        """All events of a parsed article, in text order."""
        events: list[EventRecord] = []
        for number, sent in enumerate(doc.sents):
            candidates = keep_outermost(find_candidates(sent, self.lexicon, lookup))
            for candidate in candidates:
                events.extend(self._events_for(candidate, number, sent, lookup, article))
        for event, issue in zip(events, place_issues_in_article([e.issue for e in events]),
                                strict=True):
            event.issue = issue
        return events

    def _events_for(self, cand: Candidate, number: int, sent: Span, lookup: ActorLookup,
                    article: ArticleContext) -> list[EventRecord]:
        trigger = cand.token
        scope = clause_tokens(trigger)
        speaker, speech_kind = speaker_of(trigger, lookup)
        sources, recipient_tok = self._argument_tokens(cand)
        event_type, mode = cand.trigger.event_type, cand.trigger.mode
        if cand.aid is not None and event_type == "AID":
            mode = cand.aid.mode or mode
        modality = modality_of(trigger, scope, cand.aid_token)
        contexts = set(modality.contexts)
        if event_type == "ASSAULT" and contexts & {"hypothetical", "future"} and speaker:
            # A reported attack that has not happened is a threat by the speaker (PLOVER).
            event_type, mode = "THREATEN", "violence"
            contexts -= {"hypothetical", "future"}
            recipient_tok = recipient_tok or next(iter(sources), None)
            sources = []
        recipient = lookup(recipient_tok) if recipient_tok is not None else None
        source_actors: list[Actor | None] = [lookup(s) for s in sources] or [None]
        if source_actors == [None] and speaker is not None and event_type == "THREATEN":
            source_actors = [speaker]
        if cand.trigger.requires == "pred":
            scope = clause_tokens(trigger.head)  # "X would be considered targets"
        span_tokens = scope + [t for s in sources for t in s.subtree if s.head is trigger]
        evidence = _span_of(sorted(set(span_tokens), key=lambda t: t.i))
        date = self._date_of(scope, article.date, "future" in contexts)
        if date and article.date and date.year < article.date.year - 1:
            contexts.add("historical")
        location = self._location_of(trigger, scope)
        place = self._issue_place(scope, recipient, location)
        issue = issue_for(scope, place)
        records = []
        for source in source_actors:
            if source is None and recipient is None:
                continue
            if source is not None and recipient is not None and source.name == recipient.name:
                recipient_for = None
            else:
                recipient_for = recipient
            records.append(EventRecord(
                article_id=article.article_id, sentence=number, evidence=evidence,
                event_type=event_type, mode=mode, context=sorted(contexts),
                source=source, recipient=recipient_for,
                attributed_to=speaker if speaker is not None and speaker != source else None,
                issue=issue, condition=modality.condition,
                date=date.value if date else (article.date.isoformat() if article.date else None),
                location=location, cameo=cand.trigger.cameo,
                confidence=self._confidence(cand, source, recipient_for, contexts),
                trigger=trigger.text, what=_what_phrase(cand) if cand.aid else None,
                stance_cue=cand.trigger.stance))
        return records

    def _argument_tokens(self, cand: Candidate) -> tuple[list[Token], Token | None]:
        """(source tokens, recipient token) of a candidate, before actor lookup."""
        trigger = cand.token
        if cand.trigger.pos == "N":
            return self._noun_arguments(cand)
        agent, patient = passive_parts(trigger)
        if patient is not None:
            sources = list(coordinated(agent)) if agent is not None else []
            return sources, patient
        subject = subject_of(trigger)
        sources = list(coordinated(subject)) if subject is not None else []
        return sources, self._recipient_token(trigger, cand)

    def _recipient_token(self, trigger: Token, cand: Candidate) -> Token | None:
        for child in trigger.children:
            if child.dep_ in {"dobj", "dative", "iobj"} and child is not cand.aid_token:
                if child.pos_ in {"PROPN", "PRON"} or child.ent_type_ or child.dep_ != "dobj":
                    return child
        heads = [trigger] + [c for c in trigger.children if c.dep_ in {"dobj", "xcomp"}]
        if cand.aid_token is not None:
            heads.append(cand.aid_token)
            heads.extend(c for c in cand.aid_token.ancestors if c.dep_ in {"xcomp", "pcomp"})
        for head in heads:
            for obj in prep_objects(head, {"to", "with", "against", "toward", "towards",
                                           "on", "for", "from"}):
                return obj
        for child in trigger.children:
            if child.dep_ == "dobj":
                for grandchild in child.children:
                    if grandchild.dep_ == "poss":
                        return grandchild
                return child
        if cand.trigger.event_type in BENEFIT_TYPES:
            # "to ensure Ukraine's security": whose security, defence or sovereignty it serves
            for token in trigger.subtree:
                if token.lemma_.lower() in BENEFIT_NOUNS:
                    owners = [c for c in token.children if c.dep_ == "poss"]
                    if owners:
                        return owners[0]
        if cand.trigger.event_type in {"AID", "MOBILIZE", "AGREE"} and cand.aid_token is not None:
            # "deploy a force in Ukraine": the country where forces go is who they serve.
            for head in (cand.aid_token, trigger):
                for obj in prep_objects(head, {"in", "into"}):
                    if obj.ent_type_ == "GPE":
                        return obj
        return None

    def _noun_arguments(self, cand: Candidate) -> tuple[list[Token], Token | None]:
        noun = cand.token
        if cand.trigger.requires == "pred":
            # "X would be targets": the threatened are the clause's subject.
            verb = noun.head
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            return [], subjects[0] if subjects else None
        owner = possessor(noun)
        agents = list(prep_objects(noun, {"by"}))
        sources = list(coordinated(owner)) if owner is not None else agents[:1]
        if not sources and noun.dep_ == "dobj":
            subject = subject_of(noun.head)  # light verbs: "issued a warning", "held talks"
            sources = list(coordinated(subject)) if subject is not None else []
        recipients = list(prep_objects(noun, {"with", "to", "against", "on", "from",
                                              "between"}))
        return sources, recipients[0] if recipients else None

    def _date_of(self, scope: list[Token], base: dt.date | None,
                 future: bool) -> ResolvedDate | None:
        if base is None:
            return None
        seen: set[int] = set()
        for token in scope:
            if token.ent_type_ == "DATE" and token.i not in seen:
                ent = next(e for e in token.doc.ents if e.start <= token.i < e.end)
                seen.update(range(ent.start, ent.end))
                resolved = resolve_date(ent.text, base, future=future)
                if resolved:
                    return resolved
        return None

    def _location_of(self, trigger: Token, scope: list[Token]) -> Location | None:
        heads = {trigger.i} | {t.i for t in scope if t.head.i == trigger.i and t.pos_ == "NOUN"}
        for token in scope:
            if token.ent_type_ not in PLACE_LABELS:
                continue
            ent_head = token
            if ent_head.dep_ == "pobj" and ent_head.head.lower_ in PLACE_PREPS and \
                    ent_head.head.head.i in heads | {trigger.head.i}:
                return self.gazetteer.lookup(_entity_text(token))
            if ent_head.dep_ == "compound" and ent_head.head.i == trigger.i:
                return self.gazetteer.lookup(_entity_text(token))
        return None

    @staticmethod
    def _issue_place(scope: list[Token], recipient: Actor | None,
                     location: Location | None) -> str | None:
        for token in scope:
            if token.ent_type_ == "GPE" and token.dep_ == "pobj" and token.head.lower_ in {
                    "in", "into", "for", "to"}:
                return _entity_text(token)
        if recipient is not None and recipient.country and len(recipient.country) == 3 \
                and recipient.sector in {None, "GOV"} and recipient.name:
            return recipient.name if recipient.actor_id and recipient.country \
                and recipient.name[:1].isupper() and " " not in recipient.name else None
        return None

    @staticmethod
    def _confidence(cand: Candidate, source: Actor | None, recipient: Actor | None,
                    contexts: set[str]) -> float:
        score = 0.45
        score += 0.2 if source is not None and source.country else 0.0
        score += 0.1 if recipient is not None else 0.0
        score += 0.1 if cand.trigger.requires in {"-", "obj:aid"} else 0.0
        score -= 0.05 if contexts & {"hypothetical"} else 0.0
        return max(0.05, min(0.95, score))


def _entity_text(token: Token) -> str:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text


def _what_phrase(cand: Candidate) -> str:
    """What is offered or refused, in the lexicon's words, kept with its modifier
    ("air support", "ground troops", "security guarantees")."""
    noun, aid = cand.aid_token, cand.aid
    assert noun is not None and aid is not None
    if noun.pos_ == "VERB":
        return aid.what
    modifiers = [c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}
                 and c.i < noun.i and c.lower_ not in HEDGE_WORDS and c.pos_ != "PROPN"
                 and c.ent_type_ != "NORP"
                 and c.lower_ not in aid.what.split()]
    return " ".join([*modifiers[-1:], aid.what])


HEDGE_WORDS = {"potential", "possible", "any", "more", "further", "new", "additional", "some",
               "western", "foreign", "european", "american", "russian", "other", "own"}
