"""Pronoun and definite-description coreference within one article.

A `Focus` remembers the actors mentioned so far; a pronoun or a description such as
"the bloc" takes the compatible actor most in focus: the subject of the current or the
previous sentence before anything else, then the most recent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Token

from wirecoder.actors.kb import ActorEntry, KnowledgeBase, fits
from wirecoder.records import Actor

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
MASCULINE = frozenset({"he", "him", "his", "himself"})
FEMININE = frozenset({"she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
PRONOUNS = MASCULINE | FEMININE | NEUTER | PLURAL
LOOKBACK_SENTENCES = 3
# What a bare description falls back to when nothing of its kind is in focus yet.
# Whose government "the administration" is once the article names it at all.
ADMINISTRATION_STATE = "USA"
DEFAULT_ANTECEDENT = {"bloc": "EU", "union": "EU", "alliance": "NATO"}
AGGREGATES = frozenset({"country", "region", "igo", "group", "seat"})


@dataclass
class Focused:
    """One actor mention remembered for coreference."""

    actor: Actor
    token_i: int
    sentence: int
    subject: bool
    kind: str  # person | country | seat | region | igo | group | plural | other
    gender: str | None = None
    plural: bool = False
    igo_type: str | None = None
    head_verb: int = -1


@dataclass
class Focus:
    """The actors of one article in the order they were mentioned."""

    kb: KnowledgeBase
    sentence_of: list[int]  # token index -> sentence number
    items: list[Focused] = field(default_factory=list)

    def add(
        self,
        token: Token,
        actor: Actor,
        kind: str,
        *,
        gender: str | None = None,
        plural: bool = False,
        igo_type: str | None = None,
    ) -> None:
        """Remember an actor mentioned at `token`."""
        self.items.append(
            Focused(
                actor,
                token.i,
                self.sentence_of[token.i],
                token.dep_ in SUBJECT_DEPS,
                kind,
                gender,
                plural,
                igo_type,
                token.head.i,
            )
        )

    def remember(self, token: Token, actor: Actor, entry: ActorEntry) -> None:
        """Keep an organisation named inside a larger phrase ('Hamas official X') in focus,
        below the phrase's own actor."""
        kind = entry.kind if entry.kind in ("igo", "group") else "other"
        self.items.append(
            Focused(
                actor,
                token.i,
                self.sentence_of[token.i],
                False,
                kind,
                plural=entry.plural,
                igo_type=entry.type,
                head_verb=token.head.i,
            )
        )

    def states(self, token: Token) -> list[str]:
        """Countries in focus (most salient first): whose army 'the army' is."""
        ranked = self._ranked(token, [f for f in self._window(token) if _is_state(f.actor.country)])
        codes: list[str] = []
        for item in ranked:
            if item.actor.country and item.actor.country not in codes:
                codes.append(item.actor.country)
        return codes

    def named_before(self, token: Token, words: list[str]) -> Focused | None:
        """The person named earlier in the article whose name holds all these words ("Sogavare"
        after "Prime Minister Manasseh Sogavare", "Tien" after "Tien Chung-kwang"), when
        exactly one does."""
        wanted = {w.lower() for w in words}
        found: dict[str, Focused] = {}
        for item in self.items:
            if item.token_i >= token.i or item.kind != "person" or not item.actor.country:
                continue
            name = set(item.actor.name.lower().replace("-", " ").split())
            if wanted <= name and len(name) > len(wanted):
                found[item.actor.name] = item
        return next(iter(found.values())) if len(found) == 1 else None

    def person_of(
        self, token: Token, country: str | None, org: str | None = None, on: date | None = None
    ) -> Focused | None:
        """The person of that country most in focus ('the Ukrainian minister' after Kuleba);
        for an organisation (`org`), only someone holding an office of it on the date."""
        ok = [f for f in self._window(token) if f.kind == "person" and f.actor.country == country]
        if org is not None:
            ok = [f for f in ok if self._serves(f.actor, org, on)]
        return self._best(token, ok) if country else None

    def _serves(self, actor: Actor, org: str, on: date | None) -> bool:
        entry = self.kb.entries.get(actor.actor_id or "")
        return entry is not None and any(r.org == org for r in entry.roles_on(on))

    def pronoun(self, token: Token) -> Focused | None:
        """The antecedent of a personal or possessive pronoun, or None."""
        word = token.lower_
        if word not in PRONOUNS:
            return None
        if word in MASCULINE or word in FEMININE:
            gender = "m" if word in MASCULINE else "f"
            ok = [
                f for f in self._window(token) if f.kind == "person" and f.gender in (None, gender)
            ]
        elif word in NEUTER:
            if not _referential_it(token):
                return None
            window = self._window(token)
            ok = [f for f in window if f.kind in AGGREGATES and not f.plural] or [
                f for f in window if f.kind in ("group", "igo")  # "the RSF ... its fighters"
            ]
        else:
            ok = [f for f in self._window(token) if f.plural or f.kind == "plural"]
            ok = ok or [f for f in self._window(token) if f.kind in ("igo", "group", "country")]
        if token.dep_ in ("dobj", "pobj", "dative") and not word.endswith("self"):
            # "Putin praised him": an object pronoun is not the subject of its own verb
            # (nor of the verb it is coordinated with: "Macron hosted Xi and pressed him").
            verbs = _clause_verbs(_verb(token))
            ok = [f for f in ok if not (f.subject and f.head_verb in verbs)]
        return self._best(token, ok)

    def definite(self, token: Token, target: str) -> Focused | Actor | None:
        """The antecedent of a description such as 'the bloc' or 'the country'."""
        window = self._window(token)
        if target == "administration":
            # "the administration" is, in English-language news, Washington's unless the
            # article has not named the United States at all
            american = [f for f in self.items if f.token_i < token.i
                        and f.actor.country == ADMINISTRATION_STATE]
            if american:
                return american[-1]
            target = "government"
        if target in ("country", "government"):
            ok = [f for f in window if _is_state(f.actor.country) and f.kind != "igo"]
            # a state named as one comes before the country of a person named since ("Kibaki
            # was sworn in. Annan urged calm. Odinga accused the government": Kenya's)
            ok = [f for f in ok if f.kind != "person"] or ok
            # "Australia and New Zealand suspended ties with the island state": a description
            # in the object is none of its own verb's subjects
            ok = [f for f in ok if f.token_i not in _own_subjects(token)]
        elif target in ("bloc", "union", "alliance"):
            ok = [f for f in window if f.kind == "igo" and f.igo_type == target]
        elif target == "igo":
            ok = [f for f in window if f.kind == "igo"]
        elif target == "group":
            ok = [f for f in window if f.kind == "group"] or [
                f for f in window if f.kind == "igo" and f.igo_type in ("forum", "bloc")
            ]
        elif target == "persons":
            return self._pair(token)
        elif target in ("north", "south"):
            # "the North" in a story on the Koreas (or the two Sudans): the state of that
            # half the article has named
            ok = [f for f in self.items if f.token_i < token.i and _is_state(f.actor.country)
                  and (self.kb.country_name(f.actor.country or "") or "").lower()
                  .startswith(target + " ")]
            return ok[-1] if ok else None
        else:
            ok = []
        found = self._best(token, ok)
        if found is None and target in DEFAULT_ANTECEDENT:
            entry = self.kb.entries.get(DEFAULT_ANTECEDENT[target])
            return self.kb.actor(entry, token.text, None) if entry else None
        return found

    def title_holder(self, token: Token, match: str, on: date | None) -> Focused | None:
        """A person already mentioned whose office fits `match` ('the president' after
        'Macron'); persons outside the knowledge base match on their role text."""
        ok = []
        for item in self._window(token):
            entry = self.kb.entries.get(item.actor.actor_id or "")
            if item.kind != "person":
                continue
            if entry is not None and any(fits(r, match) for r in entry.roles_on(on)):
                ok.append(item)
            elif entry is None and item.actor.role and item.actor.role == match.partition("=")[2]:
                ok.append(item)
        return self._best(token, ok)

    def _pair(self, token: Token) -> Actor | None:
        people: list[Actor] = []
        for item in reversed(self.items):
            if (
                item.kind == "person"
                and item.token_i < token.i
                and item.actor.name not in {p.name for p in people}
            ):
                people.append(item.actor)
            if len(people) == 2:
                break
        if len(people) < 2:
            return None
        first, second = people[1], people[0]
        country = first.country if first.country == second.country else None
        return Actor("", f"{first.name} and {second.name}", None, country, "GOV", None)

    def _window(self, token: Token) -> list[Focused]:
        here = self.sentence_of[token.i]
        return [
            f for f in self.items if f.token_i < token.i and here - f.sentence <= LOOKBACK_SENTENCES
        ]

    def _best(self, token: Token, candidates: list[Focused]) -> Focused | None:
        ranked = self._ranked(token, candidates)
        return ranked[0] if ranked else None

    def _ranked(self, token: Token, candidates: list[Focused]) -> list[Focused]:
        here = self.sentence_of[token.i]

        def score(item: Focused) -> float:
            distance = here - item.sentence
            return -distance + (1.5 if item.subject else 0.0) + item.token_i * 1e-4

        return sorted(candidates, key=score, reverse=True)


def _referential_it(token: Token) -> bool:
    """'its' and a subject 'it' can name a state; object and expletive 'it' ('it is unclear
    whether...', 'denied it') almost never do in news."""
    if token.lower_ == "its":
        return True
    if token.dep_ not in SUBJECT_DEPS:
        return False
    deps = {child.dep_ for child in token.head.children}
    return not ({"acomp", "attr"} & deps and {"ccomp", "xcomp", "advcl"} & deps)


def _own_subjects(token: Token) -> set[int]:
    """Token indices of the subjects (with their conjuncts) of the verb a non-subject
    phrase hangs on."""
    if token.dep_ in SUBJECT_DEPS:
        return set()
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return set()
    return {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}


def _verb(token: Token) -> Token:
    head = token.head
    while head.dep_ == "prep" and head.head != head:
        head = head.head
    return head


def _clause_verbs(verb: Token) -> set[int]:
    """The verb and, when it has no subject of its own, the verbs it is coordinated with."""
    verbs = {verb.i}
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head
        verbs.add(verb.i)
    return verbs


def _is_state(code: str | None) -> bool:
    return bool(code) and code not in ("IGO", "WST", "EUR", "AFR", "ASA", "MEA", "ARB", "GLF")
