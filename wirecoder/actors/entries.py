"""What the actor knowledge base holds: entries (countries, seats of power, regions, IGOs,
groups, people), their dated roles and periods, how an alias points to an entry, and the
lexicon terms (agent words, titles, descriptions). Plain frozen dataclasses, built by kb.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wirecoder.actors.loader import RawEntry, parse_partial_date

# When a person holds several offices at once, the one an unmarked mention means.
OFFICE_RANK = ("head of state", "head of government", "foreign minister", "defence minister")


@dataclass(frozen=True)
class Role:
    """An office held from `start` (inclusive) to `end` (exclusive; None = still held)."""

    country: str | None
    office: str
    title: str
    sector: str
    start: date
    end: date | None
    leader: bool = False
    org: str | None = None

    def held_on(self, on: date | None) -> bool:
        """True when the office is held on that date (on None: held now, i.e. open-ended)."""
        if on is None:
            return self.end is None
        return self.start <= on and (self.end is None or on < self.end)

    def rank(self) -> int:
        return (
            0
            if self.leader
            else 1
            + (OFFICE_RANK.index(self.office) if self.office in OFFICE_RANK else len(OFFICE_RANK))
        )


@dataclass(frozen=True)
class Period:
    """A span in which a group's sector (or country) differs from its default."""

    sector: str
    country: str | None
    start: date | None
    end: date | None

    def covers(self, on: date | None) -> bool:
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Ambiguity:
    """An alias two entries share: the default, and the alternative any cue phrase selects."""

    default: str
    alternative: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class ActorEntry:
    """One knowledge-base entry (country, seat, region, igo, group or person)."""

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    gender: str | None = None
    plural: bool = False
    type: str | None = None
    source: str = ""
    periods: tuple[Period, ...] = ()
    stands_for: str | None = None
    # People who share the surname a text used: whoever of them holds an office on the
    # article's date is meant (see surname_lookup.py); built on lookup, never from a file.
    namesakes: tuple[ActorEntry, ...] = ()

    def sector_on(self, on: date | None) -> tuple[str | None, str | None]:
        """(country, sector) of a group or seat on a date ('the Taliban' before 2021: REB)."""
        for period in self.periods:
            if period.covers(on):
                return period.country or self.country, period.sector
        return self.country, self.sector

    def roles_on(self, on: date | None) -> list[Role]:
        """Offices held on that date, the most important first."""
        return sorted((r for r in self.roles if r.held_on(on)), key=Role.rank)


@dataclass(frozen=True)
class AliasHit:
    """What a folded alias points to: the entry and how it names it."""

    entry: ActorEntry
    form: str  # name | demonym | capital | surname | titled (a title and a surname)
    exact: str | None = None  # all-capital aliases (US, WHO) must match letter case
    lowercase: bool = False  # the alias is written lower-case ('coalition of the willing')
    derived: bool = False  # found by a derived surname or a spelling variant, not an alias


@dataclass(frozen=True)
class Term:
    """A lexicon word or phrase: agent words, titles, anaphoric descriptions."""

    phrase: str
    sector: str | None
    value: str  # agents: agent|collective; titles: 'title=..'|'office=..'|'leader'; anaphors


def fits(role: Role, match: str) -> bool:
    """True when a role answers a title match ('title=president', 'office=...', 'leader')."""
    if match == "leader":
        return role.leader
    kind, _, value = match.partition("=")
    if kind == "office":
        return role.office == value
    return role.title == value or role.title.endswith(" " + value)


def entry_from(item: RawEntry) -> ActorEntry:
    """The entry a validated JSON line describes."""
    d = item.data
    roles = tuple(
        Role(
            country=r.get("country"),
            office=r["office"],
            title=r["title"].lower(),
            sector=r["sector"],
            start=parse_partial_date(r["start"]),
            end=parse_partial_date(r["end"]) if r.get("end") else None,
            leader=bool(r.get("leader")),
            org=r.get("org"),
        )
        for r in d.get("roles", ())
    )
    country = d["id"] if item.kind == "country" else d.get("country")
    periods = tuple(
        Period(
            p["sector"],
            p.get("country"),
            parse_partial_date(p["start"]) if p.get("start") else None,
            parse_partial_date(p["end"]) if p.get("end") else None,
        )
        for p in d.get("periods", ())
    )
    return ActorEntry(
        id=d["id"],
        kind=item.kind,
        name=d["name"],
        aliases=tuple(d.get("aliases", ())),
        country=country,
        sector=d.get("sector"),
        demonyms=tuple(d.get("demonyms", ())),
        capitals=tuple(d.get("capitals", ())),
        roles=roles,
        gender=d.get("gender"),
        plural=bool(d.get("plural")),
        type=d.get("type"),
        source=d.get("source", ""),
        periods=periods,
        stands_for=d.get("stands_for"),
    )
