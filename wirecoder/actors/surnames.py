"""Surnames and spellings: how the knowledge base finds a person that the text names by
surname after a title ("President Mugabe"), by a surname only one person carries, or in a
spelling the knowledge base lacks ("Gadhafi" for "Qaddafi").

`SurnameIndex` is derived from the people's full names when the historical people are first
indexed; it answers with person ids and leaves hits and entries to kb.py. The rules are
documented in wirecoder/data/actors/README.md ("Surnames and spelling variants").
"""

from __future__ import annotations

import importlib.util
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import DamerauLevenshtein

log = logging.getLogger(__name__)

# Words that join a surname to what precedes it ("Al Assad", "De Klerk", "Arap Moi").
PARTICLES = frozenset(
    "al el ad an ar as ash at az bin ibn ben bint ould ag arap "
    "de da das do dos du del della der den di la le van von ter ten".split()
)
# Words after the surname that are not it ("Jr.", "Abdullah II").
SUFFIXES = frozenset("jr jr. sr sr. i ii iii iv v vi".split())
# States whose people carry the father's and then the mother's surname and are called by the
# first of the two ("Andrés Manuel López Obrador" is López Obrador, or López).
TWO_SURNAMES = frozenset({"ESP", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM",
                          "COL", "VEN", "ECU", "PER", "BOL", "CHL", "ARG", "PRY", "URY",
                          "PRI", "GNQ"})
MIN_BARE = 4  # a surname used alone has at least four letters
MIN_TITLED = 3  # after a title three do ("Mr Moi")
MIN_VARIANT = 6  # a spelling variant is tolerated from six letters on
# Transliteration folds applied, in this order, before two spellings are compared: the
# variants news agencies write for one sound (Qaddafi/Gadhafi, Khrushchev/Kruschev,
# Zelenskyy/Zelenskiy). Doubled letters are collapsed afterwards.
FOLDS = (
    ("shch", "sh"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("dj", "j"),
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("ph", "f"),
    ("zh", "j"),
    ("ck", "k"),
    ("q", "k"),
    ("ou", "u"),
    ("ee", "i"),
    ("oo", "u"),
    ("y", "i"),
    ("w", "v"),
)
# First letters that transliterations swap (Qaddafi/Gaddafi/Kadhafi): one class each.
FIRST_LETTER_CLASS = {"c": "k", "g": "k", "q": "k", "y": "i", "w": "v"}


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The letters of a folded word with the transliteration folds applied and doubled
    letters collapsed: 'gaddafi', 'gadhafi' and 'qadhafi' differ by one letter at most."""
    text = word if word.isalpha() else "".join(filter(str.isalpha, word))
    for old, new in FOLDS:
        if old in text:
            text = text.replace(old, new)
    return _DOUBLED.sub(r"\1", text)


_DOUBLED = re.compile(r"(.)\1+")


def first_class(word: str) -> str:
    return FIRST_LETTER_CLASS.get(word[:1], word[:1])


def strip_particles(key: str) -> str:
    """'al-assad' -> 'assad', 'de klerk' -> 'klerk': the surname without leading particles."""
    words = key.replace("-", " ").split() if _particle_led(key) else key.split()
    while len(words) > 1 and words[0] in PARTICLES:
        words = words[1:]
    return " ".join(words)


def _particle_led(key: str) -> bool:
    head = key.split("-", 1)[0]
    return "-" in key and head in PARTICLES


def surname_keys(folded_name: str) -> list[str]:
    """The keys a full name may be called by: its last word ('robert mugabe' -> 'mugabe'),
    with any particles before it ('f. w. de klerk' -> 'klerk', 'de klerk'), a particle
    joined by a hyphen stripped ('al-khasawneh' -> 'khasawneh'). One-word names give none."""
    words = folded_name.split()
    while len(words) > 2 and words[-1] in SUFFIXES:
        words = words[:-1]
    if len(words) < 2 or words[-1] in SUFFIXES or words[-1] in PARTICLES:
        return []
    last = words[-1]
    keys = [last]
    if _particle_led(last):
        keys.append(strip_particles(last))
    at = len(words) - 1
    while at > 1 and words[at - 1] in PARTICLES:
        at -= 1
        keys.append(" ".join(words[at:]))
    return keys


@dataclass(frozen=True)
class EnglishWords:
    """English words, in two strengths: `common` (function words, verbs, adjectives and
    adverbs with their forms) and `nouns` (WordNet noun lemmas, among them many famous
    surnames such as 'reagan': a title before such a word still makes it a name)."""

    common: frozenset[str]
    nouns: frozenset[str]

    def is_common(self, word: str) -> bool:
        return any(form in self.common for form in _forms(word))

    def is_word(self, word: str) -> bool:
        return any(form in self.common or form in self.nouns for form in _forms(word))


def _forms(word: str) -> list[str]:
    """The word and the stems its regular endings may come from ('marks' -> 'mark')."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    if word.endswith("ed"):
        forms += [word[:-2], word[:-1]]
    if word.endswith("ing"):
        forms += [word[:-3], word[:-3] + "e"]
    return forms


@lru_cache(maxsize=2)
def english_words(model: str) -> EnglishWords:
    """The project's function words plus the WordNet lemma index and irregular forms that the
    spaCy model ships for its lemmatizer (read from disk without loading the model)."""
    from spacy.lookups import Lookups
    from spacy.strings import get_string_id

    from wirecoder.ingest.language import load_function_words

    common = set(load_function_words())
    nouns: set[str] = set()
    folder = _lemma_lookups(model)
    if folder is None:
        log.warning("no lemmatizer tables in %s: only function words count as English", model)
        return EnglishWords(frozenset(common), frozenset())
    tables = Lookups().from_disk(folder)
    noun = get_string_id("noun")
    for pos, words in tables.get_table("lemma_index").items():
        (nouns if pos == noun else common).update(words)
    for pos, forms in tables.get_table("lemma_exc").items():
        (nouns if pos == noun else common).update(forms)
    return EnglishWords(frozenset(common), frozenset(nouns - common))


def _lemma_lookups(model: str) -> Path | None:
    spec = importlib.util.find_spec(model)
    if spec is None or spec.origin is None:
        return None
    return next(iter(sorted(Path(spec.origin).parent.glob("*/lemmatizer/lookups"))), None)


_Pool = dict[tuple[str, int], list[str]]  # (first letter class, length) -> keys


class SurnameIndex:
    """Surname keys of every person (hand-written and historical) and the spellings close
    to them; answers with person ids."""

    def __init__(
        self,
        people: Iterable[tuple[str, str, bool, str | None]],
        english: Callable[[], EnglishWords],
        vocabulary: Callable[[], tuple[Iterable[tuple[str, str]], Iterable[str]]],
    ) -> None:
        """`people`: (id, folded full name, historical?, country). Read on first need:
        `english`, the English words; `vocabulary`, the one-word person aliases (alias, id)
        that spelling variants may also match, and the one-word keys of everything that is
        not a person (countries, capitals, demonyms, groups) that a variant must not be close
        to."""
        self._english = english
        self._vocabulary = vocabulary
        people = list(people)
        self.carriers: dict[str, list[str]] = {}
        self.full_names = {pid: name for pid, name, _, _ in people}
        self.historical = {pid for pid, _, historical, _ in people if historical}
        self._pools: tuple[_Pool, _Pool, dict[str, set[str]]] | None = None
        self._variants: dict[str, frozenset[str]] = {}
        carriers, firsts = self.carriers, []
        for pid, name, _, country in people:
            words = name.split()
            if len(words) < 2:
                continue
            firsts.append(words[0])
            last = words[-1]
            if last in SUFFIXES or "-" in last or words[-2] in PARTICLES:
                for key in surname_keys(name):
                    carriers.setdefault(key, []).append(pid)
            else:
                carriers.setdefault(last, []).append(pid)
            if country in TWO_SURNAMES and len(words) >= 3 and words[-2] not in PARTICLES:
                # "Alvaro Uribe Velez" is "Uribe": the father's surname, before the mother's
                carriers.setdefault(words[-2], []).append(pid)
        self.opens = Counter(firsts)

    @property
    def english(self) -> EnglishWords:
        return self._english()

    # the three ways a surname is used -------------------------------------------------------
    def bare(self, key: str) -> str | None:
        """The one historical person a lone surname names, if it is safe to take it alone:
        four letters or more, no English word, never a first name, carried by one person."""
        ids = self.carriers.get(key, ())
        if len(ids) != 1 or ids[0] not in self.historical or " " in key or "-" in key:
            return None
        if len(key) < MIN_BARE or self.opens[key] or self.english.is_word(key):
            return None
        return ids[0]

    def titled(self, rest: str, given_styled: bool) -> list[str]:
        """The people a name after a title may be: the surname key as written, else without
        its particles. Not a common English word, nor a first name (after a title that
        styles given names, 'King', 'Sheikh': never the first word of anyone's name)."""
        for key in dict.fromkeys((rest, strip_particles(rest))):
            ids = self.carriers.get(key)
            if ids and self._name_like(key.split()[-1], given_styled):
                return list(ids)
        return []

    def _name_like(self, last: str, given_styled: bool) -> bool:
        if len(last) < MIN_TITLED or self.english.is_common(last):
            return False
        closes = len(self.carriers.get(last, ()))
        return not self.opens[last] if given_styled else self.opens[last] <= 2 * closes

    def variants(self, word: str) -> frozenset[str]:
        """People whose surname or one-word alias is within one edit (insertion, deletion,
        substitution or transposition) of `word`, as written or after the transliteration
        folds, with the same first letter (class). Nothing for short or English words, nor
        for a word that close to a place or organisation name."""
        if word in self._variants:
            return self._variants[word]
        found: frozenset[str] = frozenset()
        if len(word) >= MIN_VARIANT and word.isalpha() and not self.english.is_word(word):
            names, places, aliases = self._ready_pools()
            if not _near(word, places):
                found = frozenset(
                    pid
                    for key in _near(word, names)
                    if not self.english.is_common(key)
                    for pid in (*self.carriers.get(key, ()), *aliases.get(key, ()))
                )
        if len(self._variants) > 50_000:  # a bound on memory over long runs
            self._variants.clear()
        self._variants[word] = found
        return found

    def first_word_agrees(self, pid: str, first: str) -> bool:
        """True when a person's full name opens with `first`, or a spelling one edit away
        after the transliteration folds ('moammar' for 'muammar')."""
        own = self.full_names.get(pid, "").split()[:1]
        if not own:
            return False
        if own[0] == first:
            return True
        a, b = skeleton(own[0]), skeleton(first)
        return min(len(a), len(b)) >= 4 and _close(a, b) and first_class(a) == first_class(b)

    def _ready_pools(self) -> tuple[_Pool, _Pool, dict[str, set[str]]]:
        """The surnames and aliases variants may match, and the other keys they must not be
        close to, bucketed on first use."""
        if self._pools is None:
            alias_pairs, places = self._vocabulary()
            aliases: dict[str, set[str]] = {}
            for key, pid in alias_pairs:
                aliases.setdefault(key, set()).add(pid)
            self._pools = (_buckets({*self.carriers, *aliases}), _buckets(places), aliases)
        return self._pools


def _buckets(keys: Iterable[str]) -> _Pool:
    """One-word keys by first-letter class and length, so that a word is compared with a
    few hundred keys, not all of them."""
    pool: _Pool = {}
    for key in keys:
        if " " not in key and len(key) >= MIN_VARIANT - 1:
            pool.setdefault((first_class(key), len(key)), []).append(key)
    return pool


def _near(word: str, pool: _Pool) -> list[str]:
    """Keys of the pool within one edit of `word`, as written or as skeletons (whose folds
    shorten a word by three letters at most in practice: 'khrushchev', 'kruschev')."""
    skel = skeleton(word)
    cls = first_class(word)
    found = []
    for length in range(len(word) - 3, len(word) + 4):
        for key in pool.get((cls, length), ()):
            if _close(word, key) or _close(skel, skeleton(key)):
                found.append(key)
    return found


def _close(a: str, b: str) -> bool:
    return DamerauLevenshtein.distance(a, b, score_cutoff=1) <= 1
