"""The knowledge base's answers for a text no alias names: a surname after a title
("President Mugabe"), a surname only one historical person carries, a name spelt otherwise
("Muammar Gadhafi"). People sharing a surname become a namesakes entry that the article's
date (in `actor`) or the countries it names (in `narrow`) decide between.

The rules are documented in wirecoder/data/actors/README.md ("Surnames and spelling variants").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from wirecoder.actors.entries import ActorEntry, AliasHit, fits
from wirecoder.actors.loader import fold
from wirecoder.actors.surnames import (
    MIN_VARIANT,
    PARTICLES,
    SurnameIndex,
    english_words,
    strip_particles,
)
from wirecoder.nlp.pipeline import DEFAULT_MODEL
from wirecoder.records import Actor

if TYPE_CHECKING:
    from wirecoder.actors.kb import KnowledgeBase


class SurnameLookup:
    """Surname and spelling-variant hits for one knowledge base (built on its first lookup)."""

    def __init__(self, kb: KnowledgeBase, styles: dict[str, tuple[str | None, bool]]) -> None:
        """`styles`: the words written before a name (titles and honorifics) -> (the title's
        match or None, True when the word styles a given name: 'King', 'Sheikh')."""
        self.kb = kb
        self.styles = styles
        self.index: SurnameIndex | None = None
        self._style_keys = sorted(styles)
        self._cue_patterns: dict[str, re.Pattern[str] | None] = {}

    def build(self) -> None:
        """Derive the surname index from every person's full name (hand-written and
        historical; the historical file must have been scanned)."""
        kb, lazy = self.kb, self.kb.lazy
        people = [(e.id, fold(e.name), False, e.country) for e in kb.entries.values()
                  if e.kind == "person"]
        if lazy is not None:
            hand = {pid for pid, _, _, _ in people}
            people += [
                (i, n, True, c)
                for i, n, c in zip(lazy.ids, lazy.names, lazy.countries, strict=True)
                if i and i not in hand
            ]
        self.index = SurnameIndex(people, lambda: english_words(DEFAULT_MODEL), self._vocabulary)

    # what the knowledge base asks ------------------------------------------------------------
    def hits(self, key: str, plain: str) -> list[AliasHit]:
        """Hits for a folded text no alias names (`plain`: the text as written)."""
        if self.index is None or not key:
            return []
        if " " not in key:
            pid = self.index.bare(key)
            return [AliasHit(self.kb.people(pid)[0], "surname", derived=True)] if pid else []
        title = self._title_prefix(key)
        if title is not None:
            return self._titled_hits(title, key[len(title) + 1 :], plain)
        return self._full_name_hits(key.split(), plain)

    def may_start(self, key: str, text: str) -> bool:
        """True for texts only these rules read: a title (or its first words), a title with
        a capitalised word after it, a surname, a known name's first words with one more."""
        if _has_prefix(self._style_keys, key):
            return True
        if self.index is not None and " " not in key:
            return self.index.bare(key) is not None
        title = self._title_prefix(key)
        if title is not None:
            words = key[len(title) + 1 :].split()
            return len(words) == 1 or (len(words) == 2 and words[0] in PARTICLES)
        words = key.split()
        return (
            len(words) > 1
            and _has_prefix(self.kb.sorted_keys, " ".join(words[:-1]))
            and _name_written(text, 1)
        )

    def narrow(self, hit: AliasHit, folded_text: str) -> AliasHit:
        """People sharing a surname: keep those whose country the article names, if any is."""
        people = hit.entry.namesakes
        cued = [p for p in people if any(self._named_in(c, folded_text) for c in _countries(p))]
        if not cued or len(cued) == len(people):
            return hit
        entry = cued[0] if len(cued) == 1 else namesake_entry(hit.entry.name, cued, people)
        return replace(hit, entry=entry)

    def actor(self, entry: ActorEntry, text: str, on: date | None, match: str | None) -> Actor:
        """The namesake holding an office on the date (the title's, if several do); when
        none or several do, an unresolved person with the country all of them share."""
        held = [p for p in entry.namesakes if p.roles_on(on)]
        if match:
            held = [p for p in held if any(fits(r, match) for r in p.roles_on(on))] or held
        if len(held) == 1:
            return self.kb.actor(held[0], text, on, match=match)
        office = None
        if match:
            kind, _, value = match.partition("=")
            office = value if kind == "office" else (value or "leader")
        return Actor(text, entry.name, None, entry.country, self.kb.title_sector(match), office)

    # a title and a surname ----------------------------------------------------------------------
    def _titled_hits(self, title: str, rest: str, plain: str) -> list[AliasHit]:
        """'President Mugabe': the people a surname after a title may be (a spelling variant
        when none carries it as written), narrowed to one or to a namesakes entry."""
        assert self.index is not None
        match, given = self.styles[title]
        words = rest.split()
        if not _name_written(plain, len(words)) or self.kb.is_key(rest):
            return []
        if len(words) > 1 and words[0] not in PARTICLES or self.kb.is_key(strip_particles(rest)):
            return []
        ids = self.index.titled(rest, given)
        variant = not ids and not given
        if variant:
            ids = list(self.index.variants(strip_particles(rest)))
        name = " ".join(plain.split()[-len(words) :])
        entry = self._titled_person(self.kb.people(*ids), match, given, variant, name)
        if entry is None:
            return []
        return [AliasHit(entry, "titled", None, not plain[:1].isupper(), derived=True)]

    def _titled_person(
        self, everyone: list[ActorEntry], match: str | None, given: bool, variant: bool, name: str
    ) -> ActorEntry | None:
        """Which carrier of a surname a title means: those who held its office if any did;
        else none after a title that styles given names; else the only carrier, or a
        namesakes entry that the article's date decides (never for a spelling variant)."""
        assert self.index is not None
        fitting = [p for p in everyone if match and any(fits(r, match) for r in p.roles)]
        # hand-written offices are exact: one who never held the title is not meant
        historical = self.index.historical
        people = fitting or (
            [] if given else [p for p in everyone if not match or p.id in historical]
        )
        if variant:
            people = self._hand_written_first(people)
            return people[0] if len(people) == 1 else None
        if len(people) == 1 and (fitting or len(everyone) == 1):
            return people[0]
        return namesake_entry(name, people, everyone) if people else None

    # a full name spelt otherwise ------------------------------------------------------------------
    def _full_name_hits(self, words: list[str], plain: str) -> list[AliasHit]:
        """'Muammar Gadhafi': a first name and a surname spelt otherwise (or without the
        particles the knowledge base has), when exactly one person fits both."""
        assert self.index is not None
        last = strip_particles(words[-1])
        if words[0] in PARTICLES or not _name_written(plain, 1) or self.kb.is_key(last):
            return []
        if len(last) < MIN_VARIANT or self.index.english.is_word(last):
            return []
        ids = {*self.index.carriers.get(last, ()), *self.index.variants(last)}
        ids = {pid for pid in ids if self.index.first_word_agrees(pid, words[0])}
        people = self._hand_written_first(self.kb.people(*sorted(ids)))
        return [AliasHit(people[0], "name", derived=True)] if len(people) == 1 else []

    def _hand_written_first(self, people: list[ActorEntry]) -> list[ActorEntry]:
        """A spelling that fits one hand-written person and historical ones of the same
        country means the hand-written one: the historical file repeats some people under
        another spelling ('Muammar Al Qaddafi')."""
        assert self.index is not None
        hand = [p for p in people if p.id not in self.index.historical]
        if len(hand) == 1 and all(p.country == hand[0].country for p in people):
            return hand
        return people

    # helpers --------------------------------------------------------------------------------------
    def _title_prefix(self, key: str) -> str | None:
        """The longest title or honorific that opens `key` with a word after it."""
        words = key.split()
        for n in range(min(4, len(words) - 1), 0, -1):
            phrase = " ".join(words[:n])
            if phrase in self.styles:
                return phrase
        return None

    def _vocabulary(self) -> tuple[list[tuple[str, str]], list[str]]:
        """One-word person aliases (alias, id) and one-word keys of everything else."""
        kb = self.kb
        aliases = [
            (k, h.entry.id) for k, hits in kb.names.items() for h in hits if h.form == "surname"
        ]
        if kb.lazy is not None:
            ids = kb.lazy.ids
            aliases += [
                (k, ids[n]) for k, lines in kb.lazy.keys.items() if " " not in k for n in lines
            ]
        places = [
            k
            for k, hits in kb.names.items()
            if " " not in k and all(h.entry.kind != "person" for h in hits)
        ]
        return aliases, places

    def _named_in(self, code: str, folded_text: str) -> bool:
        """True when the article names the country of `code` (its name, an alias, a demonym)."""
        if code not in self._cue_patterns:
            country = self.kb.country(code)
            terms = (
                [country.name, *country.demonyms, *(a for a in country.aliases if not a.isupper())]
                if country
                else []
            )
            words = sorted({_strip_the(fold(t)) for t in terms if len(t) > 3}, key=len)
            alternatives = "|".join(re.escape(w) for w in reversed(words))
            self._cue_patterns[code] = (
                re.compile(rf"(?<![a-z])(?:{alternatives})(?![a-z])") if words else None
            )
        pattern = self._cue_patterns[code]
        return pattern is not None and pattern.search(folded_text) is not None


def namesake_entry(
    name: str, people: Sequence[ActorEntry], everyone: Sequence[ActorEntry] = ()
) -> ActorEntry:
    """A stand-in for 'one of these people', resolved by the article's date in `actor`; its
    country is the one all who carry the name share (`everyone`, by default `people`)."""
    countries = {p.country for p in everyone or people}
    country = countries.pop() if len(countries) == 1 else None
    key = "+".join(sorted(p.id for p in people))
    return ActorEntry(
        id=f"namesakes:{key}", kind="person", name=name, country=country, namesakes=tuple(people)
    )


def _name_written(text: str, words: int) -> bool:
    """True when the last `words` words of the text are written as a name: capitalised
    (after a particle such as 'al-'), letters and hyphens only."""
    tail = text.split()[-words:] if words else []
    if not tail:
        return False
    last = tail[-1]
    if "-" in last and last.split("-", 1)[0].lower() in PARTICLES:
        last = last.split("-", 1)[1]
    return last[:1].isupper() and last.replace("-", "").replace("'", "").isalpha()


def _countries(person: ActorEntry) -> set[str]:
    return {c for c in (person.country, *(r.country for r in person.roles)) if c}


def _has_prefix(keys: list[str], key: str) -> bool:
    """True when some key of the sorted list begins with `key`."""
    at = bisect_left(keys, key)
    return at < len(keys) and keys[at].startswith(key)


def _strip_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key
