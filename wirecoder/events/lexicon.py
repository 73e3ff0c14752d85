"""The event trigger lexicon and the aid-noun lexicon, loaded from data files."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from wirecoder.datafiles import data_path, read_tsv
from wirecoder.errors import DataFileError
from wirecoder.records import EVENT_TYPES

REQUIREMENTS = {"-", "obj:aid", "obj:sanction", "obj:relations", "obj:weapon", "obj:force",
                "obj:actor", "obj:igo", "with:actor", "to:actor", "pred", "actor", "comp",
                "warning",
                "must", "obj:actor?"}
STANCES = {"-", "support", "oppose", "undecided"}
ROLES = {"-", "swap"}
POS = {"V", "N", "A"}
# A noun trigger whose last word is one of these is "head + preposition" ("call for"),
# otherwise its leading words are modifiers of the head noun ("hunger strike").
NOUN_PARTICLES = {"for", "on", "to", "of", "with", "against", "from"}


@dataclass(frozen=True)
class Trigger:
    """A word (or verb + particle) that signals an event of one PLOVER type."""

    lemma: str
    pos: str
    event_type: str
    mode: str | None
    cameo: str
    requires: str
    stance: str | None
    roles: str = "-"
    objects: frozenset[str] = frozenset()

    @property
    def head(self) -> str:
        """The word the trigger is indexed by: a verb, or a noun without its modifiers."""
        parts = self.lemma.split()
        if self.pos == "N" and len(parts) > 1 and parts[-1] not in NOUN_PARTICLES:
            return parts[-1]
        return parts[0]

    @property
    def particle(self) -> str | None:
        parts = self.lemma.split()
        if len(parts) > 1 and self.head == parts[0]:
            return parts[1]
        return None

    @property
    def modifiers(self) -> tuple[str, ...]:
        """Modifier lemmas a noun trigger needs ("hunger" of "hunger strike")."""
        parts = self.lemma.split()
        return tuple(parts[:-1]) if self.head == parts[-1] and len(parts) > 1 else ()


@dataclass(frozen=True)
class AidNoun:
    lemma: str
    what: str
    mode: str | None
    cls: str


@dataclass(frozen=True)
class Lexicon:
    """Triggers indexed by (head lemma, pos) and aid nouns by lemma."""

    triggers: dict[tuple[str, str], tuple[Trigger, ...]]
    aid_nouns: dict[str, AidNoun]
    instruments: dict[str, str] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()

    def triggers_for(self, lemma: str, pos: str) -> tuple[Trigger, ...]:
        return self.triggers.get((lemma, pos), ())


def _load_triggers(path: Path) -> dict[tuple[str, str], tuple[Trigger, ...]]:
    index: dict[tuple[str, str], list[Trigger]] = {}
    for number, row in read_tsv(path, ("lemma", "pos", "event_type", "cameo", "requires")):
        where = f"{path}:{number}"
        if row["event_type"] not in EVENT_TYPES:
            raise DataFileError(f"{where}: unknown PLOVER type '{row['event_type']}'")
        if row["pos"] not in POS:
            raise DataFileError(f"{where}: pos must be V, N or A, not '{row['pos']}'")
        requires, objects = row["requires"], frozenset[str]()
        if requires.startswith("obj="):
            objects = frozenset(w.strip() for w in requires[4:].split(",") if w.strip())
            requires = "obj=" if objects else requires
        if requires not in REQUIREMENTS | {"obj="}:
            raise DataFileError(f"{where}: unknown requirement '{row['requires']}'")
        if row.get("stance", "-") not in STANCES:
            raise DataFileError(f"{where}: unknown stance '{row['stance']}'")
        if row.get("roles", "-") not in ROLES:
            raise DataFileError(f"{where}: unknown roles '{row['roles']}'")
        trig = Trigger(row["lemma"], row["pos"], row["event_type"],
                       None if row["mode"] in {"", "-"} else row["mode"], row["cameo"],
                       requires, None if row.get("stance", "-") == "-" else row["stance"],
                       row.get("roles", "-"), objects)
        index.setdefault((trig.head, trig.pos), []).append(trig)
    # Multiword triggers first ("rule out" must win over a plain "rule"), then the ones that
    # name their objects ("received observers": access, before "received" + any actor: a
    # visit), then other requirements ("lift" + curfew before a bare "lift"): the first
    # licensed trigger wins.
    return {k: tuple(sorted(v, key=lambda t: (-len(t.lemma.split()), _specificity(t))))
            for k, v in index.items()}


def _specificity(trigger: Trigger) -> int:
    """0 for a trigger that lists its objects, 1 for another requirement, 2 for none."""
    return 0 if trigger.requires == "obj=" else 2 if trigger.requires == "-" else 1


def _load_aid_nouns(path: Path) -> dict[str, AidNoun]:
    nouns = {}
    for _, row in read_tsv(path, ("lemma", "what", "class")):
        nouns[row["lemma"]] = AidNoun(row["lemma"], row["what"],
                                      None if row["mode"] in {"", "-"} else row["mode"],
                                      row["class"])
    return nouns


def _load_instruments(path: Path) -> dict[str, str]:
    return {row["lemma"]: row["mode"] for _, row in read_tsv(path, ("lemma", "mode"))}


def _load_light_verbs(path: Path) -> frozenset[str]:
    return frozenset(row["lemma"] for _, row in read_tsv(path, ("lemma",)))


@lru_cache(maxsize=8)
def load_lexicon(triggers: Path | None = None, aid_nouns: Path | None = None) -> Lexicon:
    """Load the shipped lexicons, or the given files in the same format."""
    return Lexicon(_load_triggers(triggers or data_path("lexicons", "triggers.tsv")),
                   _load_aid_nouns(aid_nouns or data_path("lexicons", "aid_nouns.tsv")),
                   _load_instruments(data_path("lexicons", "instruments.tsv")),
                   _load_light_verbs(data_path("lexicons", "light_verbs.tsv")))
