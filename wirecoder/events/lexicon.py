"""The event trigger lexicon and the aid-noun lexicon, loaded from data files."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wirecoder.datafiles import data_path, read_tsv
from wirecoder.errors import DataFileError
from wirecoder.records import EVENT_TYPES

REQUIREMENTS = {"-", "obj:aid", "obj:sanction", "obj:relations", "obj:weapon", "with:actor",
                "pred", "actor"}
STANCES = {"-", "support", "oppose", "undecided"}


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

    @property
    def particle(self) -> str | None:
        parts = self.lemma.split()
        return parts[1] if len(parts) > 1 else None


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

    def triggers_for(self, lemma: str, pos: str) -> tuple[Trigger, ...]:
        return self.triggers.get((lemma, pos), ())


def _load_triggers(path: Path) -> dict[tuple[str, str], tuple[Trigger, ...]]:
    index: dict[tuple[str, str], list[Trigger]] = {}
    for number, row in read_tsv(path, ("lemma", "pos", "event_type", "cameo", "requires")):
        where = f"{path}:{number}"
        if row["event_type"] not in EVENT_TYPES:
            raise DataFileError(f"{where}: unknown PLOVER type '{row['event_type']}'")
        if row["pos"] not in {"V", "N"}:
            raise DataFileError(f"{where}: pos must be V or N, not '{row['pos']}'")
        if row["requires"] not in REQUIREMENTS:
            raise DataFileError(f"{where}: unknown requirement '{row['requires']}'")
        if row.get("stance", "-") not in STANCES:
            raise DataFileError(f"{where}: unknown stance '{row['stance']}'")
        trig = Trigger(row["lemma"], row["pos"], row["event_type"],
                       None if row["mode"] in {"", "-"} else row["mode"], row["cameo"],
                       row["requires"], None if row.get("stance", "-") == "-" else row["stance"])
        index.setdefault((trig.lemma.split()[0], trig.pos), []).append(trig)
    # Multiword triggers first: "rule out" must win over a plain "rule".
    return {k: tuple(sorted(v, key=lambda t: -len(t.lemma.split()))) for k, v in index.items()}


def _load_aid_nouns(path: Path) -> dict[str, AidNoun]:
    nouns = {}
    for _, row in read_tsv(path, ("lemma", "what", "class")):
        nouns[row["lemma"]] = AidNoun(row["lemma"], row["what"],
                                      None if row["mode"] in {"", "-"} else row["mode"],
                                      row["class"])
    return nouns


@lru_cache(maxsize=8)
def load_lexicon(triggers: Path | None = None, aid_nouns: Path | None = None) -> Lexicon:
    """Load the shipped lexicons, or the given files in the same format."""
    return Lexicon(_load_triggers(triggers or data_path("lexicons", "triggers.tsv")),
                   _load_aid_nouns(aid_nouns or data_path("lexicons", "aid_nouns.tsv")))
