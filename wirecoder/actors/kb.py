"""The actor knowledge base: countries, seats of power, regions, IGOs, groups and people.

`KnowledgeBase.load()` reads the versioned files under wirecoder/data/actors (plus any user
files) and builds the indexes the resolver looks names up in. It holds no global state:
pass the object where it is needed.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from wirecoder.actors.entries import (
    OFFICE_RANK,
    ActorEntry,
    AliasHit,
    Ambiguity,
    Period,
    Role,
    Term,
    entry_from,
    fits,
)
from wirecoder.actors.loader import (
    DATA_DIR,
    ENTRY_FILES,
    LazyPeople,
    RawEntry,
    fold,
    read_entries,
    read_tsv,
    read_tsv_lines,
)
from wirecoder.actors.surname_lookup import SurnameLookup
from wirecoder.errors import DataFileError, Errors
from wirecoder.records import Actor

# The entry types live in entries.py; they are imported from here too.
__all__ = [
    "GROUPING_WORDS",
    "OFFICE_RANK",
    "ActorEntry",
    "AliasHit",
    "Ambiguity",
    "KnowledgeBase",
    "Period",
    "Role",
    "Term",
    "fits",
]

log = logging.getLogger(__name__)

# Head nouns of "a group of nations" and the like (also read by phrases.py).
GROUPING_WORDS = (
    "group",
    "number",
    "coalition",
    "handful",
    "dozen",
    "dozens",
    "majority",
    "bloc",
    "alliance",
    "club",
    "set",
)


@dataclass
class KnowledgeBase:
    """All actor entries with their indexes; build it with `KnowledgeBase.load()`."""

    entries: dict[str, ActorEntry]
    names: dict[str, list[AliasHit]] = field(default_factory=dict)
    holders: dict[str, list[tuple[ActorEntry, Role]]] = field(default_factory=dict)
    agents: dict[str, Term] = field(default_factory=dict)
    titles: dict[str, Term] = field(default_factory=dict)
    anaphors: dict[str, Term] = field(default_factory=dict)
    ambiguous: dict[str, Ambiguity] = field(default_factory=dict)
    sorted_keys: list[str] = field(default_factory=list)
    cue_words: frozenset[str] = frozenset()
    # titled surnames, lone surnames and spelling variants (surname_lookup.py)
    surnames: SurnameLookup | None = field(default=None, repr=False)
    _starts: dict[str, bool] = field(default_factory=dict, repr=False)
    lazy: LazyPeople | None = field(default=None, repr=False)  # people_historical.jsonl
    _lazy_ready: bool = field(default=False, repr=False)

    @classmethod
    def load(cls, extra: Sequence[Path] | None = None, data_dir: Path = DATA_DIR) -> KnowledgeBase:
        """The built-in knowledge base plus user files (same JSONL format), cached per process."""
        keys = tuple((str(Path(p).resolve()), _mtime(Path(p))) for p in (extra or ()))
        return _load_cached(str(data_dir), keys)

    @classmethod
    def from_files(cls, paths: Iterable[Path], data_dir: Path = DATA_DIR) -> KnowledgeBase:
        """Build uncached: the built-in entries, then `paths` (a later id replaces an earlier)."""
        raw: list[RawEntry] = []
        for stem in ENTRY_FILES:
            raw.extend(read_entries(data_dir / f"{stem}.jsonl"))
        for path in paths:
            raw.extend(read_entries(Path(path)))
        entries: dict[str, ActorEntry] = {}
        for item in raw:
            if item.data["id"] in entries:
                log.info("%s:%d replaces entry %r", item.path, item.line, item.data["id"])
            entries[item.data["id"]] = entry_from(item)
        kb = cls(entries=entries)
        kb._index()
        if (data_dir / "people_historical.jsonl").exists():
            kb.lazy = LazyPeople(data_dir / "people_historical.jsonl")
        kb.agents = _terms(data_dir / "agents.tsv")
        kb.titles = _terms(data_dir / "titles.tsv")
        kb.anaphors = _terms(data_dir / "anaphors.tsv")
        kb.ambiguous = _ambiguities(data_dir / "ambiguous.tsv", entries)
        kb.cue_words = kb._cue_words()
        kb.surnames = SurnameLookup(kb, _styles(kb.titles, data_dir / "honorifics.tsv"))
        return kb

    # lookups -------------------------------------------------------------------------------
    def lookup(self, text: str) -> list[AliasHit]:
        """Entries named by this exact text (case rules applied; a leading 'the' ignored)."""
        key = _strip_the(fold(text))
        plain = _strip_the_raw(text)
        self._ready_lazy()
        if self.lazy is not None:
            self._take_lazy(self.lazy.keys.get(key, ()))
        found = [h for h in self.names.get(key, ()) if h.exact is None or h.exact == plain]
        if found or self.surnames is None:
            return found
        return self.surnames.hits(key, plain)

    def may_start(self, text: str) -> bool:
        """True when some alias begins with this text (prunes the n-grams worth looking up)."""
        known = self._starts.get(text)
        if known is None:
            self._ready_lazy()
            key = _strip_the(fold(text))
            at = bisect_left(self.sorted_keys, key)
            known = at < len(self.sorted_keys) and self.sorted_keys[at].startswith(key)
            if not known and self.surnames is not None:
                known = self.surnames.may_start(key, text)
            if len(self._starts) > 200_000:  # a bound on memory over long runs
                self._starts.clear()
            self._starts[text] = known
        return known

    def country(self, code: str | None) -> ActorEntry | None:
        """The country (or region) entry of a code."""
        entry = self.entries.get(code) if code else None
        return entry if entry and entry.kind in ("country", "region") else None

    def state_name(self, code: str | None) -> str | None:
        """The name of the state a code stands for; None for regions, IGOs and unknowns."""
        entry = self.entries.get(code) if code else None
        return entry.name if entry and entry.kind == "country" else None

    def office_holders(
        self, scope: str, match: str, on: date | None
    ) -> list[tuple[ActorEntry, Role]]:
        """People holding on that date an office in `scope` (country code or IGO id) that
        fits `match` ('title=president', 'office=foreign minister' or 'leader')."""
        self._ready_lazy()
        found = [(e, r) for e, r in self.holders.get(scope, ()) if r.held_on(on) and fits(r, match)]
        return sorted(found, key=lambda pair: pair[1].rank())

    def country_name(self, code: str | None) -> str | None:
        entry = self.entries.get(code) if code else None
        return entry.name if entry else None

    def actor(
        self,
        entry: ActorEntry,
        text: str,
        on: date | None,
        *,
        sector: str | None = None,
        match: str | None = None,
    ) -> Actor:
        """The Actor an entry stands for on a date (a person's office, a seat's country)."""
        if entry.namesakes and self.surnames is not None:
            return self.surnames.actor(entry, text, on, match)
        if entry.kind == "person":
            roles = entry.roles_on(on)
            if match and on is None and not any(fits(r, match) for r in roles):
                # an undated "Secretary-General Annan": the office the title names, latest first
                wanted = self.title_sector(match)
                fitting = [r for r in entry.roles if fits(r, match) or r.sector == wanted]
                roles = sorted(fitting, key=lambda r: r.start, reverse=True) or roles
            if match:
                # the title's office first; then its sector (a president's GOV role before
                # the ELI 'public figure' that historical entries also hold)
                sector = self.title_sector(match)
                roles = sorted(
                    roles, key=lambda r: (not fits(r, match), r.sector != sector, r.rank())
                )
            if roles:
                role = roles[0]
                country = "IGO" if role.org else role.country
                return Actor(text, entry.name, entry.id, country, role.sector, role.office)
            return Actor(text, entry.name, entry.id, entry.country, None, None)
        if entry.kind == "seat":
            target = self.entries.get(entry.stands_for or "")
            if target is not None:
                actor = self.actor(target, text, on)
                return Actor(text, actor.name, actor.actor_id, actor.country, entry.sector, None)
            name = self.country_name(entry.country) or entry.name
            return Actor(text, name, entry.country, entry.country, sector or entry.sector, None)
        if entry.kind == "country":
            return Actor(text, entry.name, entry.id, entry.id, sector, None)
        country, own_sector = entry.sector_on(on)
        return Actor(text, entry.name, entry.id, country, sector or own_sector, None)

    def narrow_namesakes(self, hit: AliasHit, folded_text: str) -> AliasHit:
        """People sharing a surname: keep those whose country the article names, if any is."""
        return self.surnames.narrow(hit, folded_text) if self.surnames else hit

    def title_sector(self, match: str | None) -> str | None:
        """The sector of the title phrases that select `match` ('title=president' -> GOV)."""
        return next((t.sector for t in self.titles.values() if t.value == match), None)

    def is_key(self, key: str) -> bool:
        """True when a folded text is a name, alias, demonym or capital of some entry."""
        return key in self.names or (self.lazy is not None and key in self.lazy.keys)

    def people(self, *ids: str) -> list[ActorEntry]:
        """The entries of these ids (historical people are read on demand)."""
        if self.lazy is not None:
            self._take_lazy(self.lazy.line_of[i] for i in ids if i in self.lazy.line_of)
        return [self.entries[i] for i in ids if i in self.entries]

    def _cue_words(self) -> frozenset[str]:
        """Lower-case words that can make a phrase an actor without a capital letter."""
        phrases = [*self.agents, *self.titles, *self.anaphors, *GROUPING_WORDS]
        phrases += [key for key, hits in self.names.items() if any(h.lowercase for h in hits)]
        lasts = {p.split()[-1] for p in phrases}
        return frozenset(lasts | {w.split("-")[-1] for w in lasts})

    # building ------------------------------------------------------------------------------
    def _ready_lazy(self) -> None:
        """Index the historical people's names (and read the titled ones) and derive the
        surname index on first use."""
        if self._lazy_ready:
            return
        self._lazy_ready = True
        lazy_keys: Iterable[str] = ()
        if self.lazy is not None:
            self.lazy.scan()
            lazy_keys = self.lazy.keys
        if self.surnames is not None:
            self.surnames.build()
        self.sorted_keys = sorted(set(self.sorted_keys) | set(lazy_keys))
        if self.lazy is not None:
            self._take_lazy(self.lazy.titled)

    def _take_lazy(self, numbers: Iterable[int]) -> None:
        """Add the historical people on these lines; an id already known (hand-written or a
        user file) keeps its entry."""
        self._ready_lazy()
        for item in self.lazy.take(numbers) if self.lazy is not None else ():
            if item.data["id"] not in self.entries:
                entry = self.entries[item.data["id"]] = entry_from(item)
                _add_to_index(entry, self.names, self.holders)

    def _index(self) -> None:
        self.names, self.holders = {}, {}
        for entry in self.entries.values():
            _add_to_index(entry, self.names, self.holders)
        self.sorted_keys = sorted(self.names)


def _add_to_index(
    entry: ActorEntry,
    names: dict[str, list[AliasHit]],
    holders: dict[str, list[tuple[ActorEntry, Role]]],
) -> None:
    """File an entry's names, demonyms and capitals under their folded keys, and its roles."""
    person = entry.kind == "person"
    forms = [
        (entry.name, "name"),
        *((a, "name") for a in entry.aliases),
        *((d, "demonym") for d in entry.demonyms),
        *((c, "capital") for c in entry.capitals),
    ]
    for alias, form in forms:
        if person and form == "name" and len(alias.split()) == 1:
            form = "surname"
        plain = _strip_the_raw(alias)
        exact = plain if plain.isupper() and sum(ch.isalpha() for ch in plain) >= 2 else None
        hit = AliasHit(entry, form, exact, plain[:1].islower())
        bucket = names.setdefault(_strip_the(fold(alias)), [])
        if hit not in bucket:
            bucket.append(hit)
    for role in entry.roles:
        holders.setdefault(role.org or role.country or "", []).append((entry, role))


def _styles(titles: dict[str, Term], honorifics: Path) -> dict[str, tuple[str | None, bool]]:
    """Title phrases (with their match) and honorifics, and whether each styles a given name."""
    styles: dict[str, tuple[str | None, bool]] = {k: (t.value, False) for k, t in titles.items()}
    if honorifics.exists():
        for line, (phrase, styled) in read_tsv_lines(honorifics, 2):
            if styled not in ("surname", "given"):
                detail = f"styles must be 'surname' or 'given', got {styled!r}"
                raise DataFileError(Errors.E060.format(path=honorifics, line=line, detail=detail))
            key = fold(phrase)
            styles[key] = (styles.get(key, (None, False))[0], styled == "given")
    return styles


def _strip_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


def _strip_the_raw(text: str) -> str:
    text = " ".join(text.split())
    return text[4:] if text[:4].lower() == "the " else text


def _mtime(path: Path) -> float:
    return path.stat().st_mtime if path.exists() else -1.0


def _terms(path: Path) -> dict[str, Term]:
    terms: dict[str, Term] = {}
    for phrase, second, third in read_tsv(path, 3):
        if path.stem == "agents":
            terms[fold(phrase)] = Term(fold(phrase), None if second == "-" else second, third)
        elif path.stem == "titles":
            terms[fold(phrase)] = Term(fold(phrase), third, second)
        else:
            terms[fold(phrase)] = Term(fold(phrase), None, f"{second}:{third}")
    return terms


def _ambiguities(path: Path, entries: dict[str, ActorEntry]) -> dict[str, Ambiguity]:
    found: dict[str, Ambiguity] = {}
    for line, (alias, default, alternative, cues) in read_tsv_lines(path, 4):
        for field_name, ref in (("default", default), ("alternative", alternative)):
            if ref not in entries:
                detail = Errors.E065.format(path=path, line=line, field=field_name, ref=ref)
                raise DataFileError(detail)
        phrases = tuple(fold(c) for c in cues.split("|") if c.strip())
        found[_strip_the(fold(alias))] = Ambiguity(default, alternative, phrases)
    return found


@lru_cache(maxsize=8)
def _load_cached(data_dir: str, extra: tuple[tuple[str, float], ...]) -> KnowledgeBase:
    return KnowledgeBase.from_files([Path(p) for p, _ in extra], Path(data_dir))
