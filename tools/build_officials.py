"""Build wirecoder/data/actors/people_officials.jsonl from Wikidata office-holder lists.

Usage: python tools/build_officials.py [LEADERS_DIR] [OUT]

Reads (all Wikidata, CC0, via every-politician-scrapers; see /work/shared/reference/README.md):

- `wikidata_foreign_ministers_history_2022-08_2022-12.csv`: foreign ministers of every state
  with exact start dates, seen Aug -> Dec 2022;
- `wikidata_world_leaders_history_2021-08_2022-10.csv`: heads of state and government, start
  and end *years*, seen Aug 2021 -> Oct 2022; exact start dates come from REIGN's leader list
  (`reign_leaderlist_3_21.csv`, Bell, Besaw & Frank 2021) when it lists the same surname
  starting that year, and REIGN's effective leader gets `leader: true`;
- `cabinets/{us,russia,ukraine}_holders21.csv`: cabinet, security, military, diplomatic and
  regional office holders with exact dates to July 2022.

Rules (documented in wirecoder/data/actors/README.md, "Officials"):

- Dates are never guessed. A start known only as a year is written as the next 1 January
  (the person surely held the office then; a role that starts and ends within one year is
  dropped); an end known as a year is that year's 1 January. A role the source lists as open
  ends the day after the source last saw it (or where a successor in the same office starts):
  the data does not say it lasted longer.
- People in people.jsonl (the same folded name or alias, or the same country with the same
  surname and first initial) are left out: the hand-written entries win. The same Wikidata
  person in several files is one entry with all its roles.
- Positions tools/officials_offices.tsv skips or lacks (first ladies, lieutenant governors,
  state secretaries of state, governors-general, co-princes) are left out, and so are places
  that are not states.
"""

from __future__ import annotations

import csv
import json
import logging
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wirecoder.actors.loader import fold, read_entries  # noqa: E402
from wirecoder.actors.surnames import skeleton  # noqa: E402

log = logging.getLogger("build_officials")

DATA = ROOT / "wirecoder" / "data" / "actors"
SOURCE_WD = "Wikidata office holders (CC0, via every-politician-scrapers)"
SOURCE_REIGN = "; start dates and effective leaders from REIGN (Bell, Besaw & Frank 2021)"
EARLIEST = date(1990, 1, 1)  # roles that ended before then are left out
BRIEF_DAYS = 30  # a foreign-minister row seen this briefly beside a longer one is a correction

# Wikidata country labels that are not the mledoze common name.
COUNTRY_LABELS = {
    "People's Republic of China": "CHN",
    "United States of America": "USA",
    "Kingdom of the Netherlands": "NLD",
    "The Bahamas": "BHS",
    "The Gambia": "GMB",
    "Federated States of Micronesia": "FSM",
    "Vatican City": "VAT",
    "Holy See": "VAT",
    "State of Palestine": "PSE",
    "Republic of the Congo": "COG",
    "Democratic Republic of the Congo": "COD",
    "Ivory Coast": "CIV",
    "East Timor": "TLS",
    "Eswatini": "SWZ",
    "North Korea": "PRK",
    "South Korea": "KOR",
    "Georgia": "GEO",
    "Sahrawi Arab Democratic Republic": "ESH",
    "Islamic Emirate of Afghanistan": "AFG",
}
# Places countries.jsonl files under a state (a region news names in its place) whose own
# officials are not that state's: breakaway and disputed entities.
NON_STATES = frozenset({"South Ossetia", "Transnistria", "Republic of Abkhazia", "Somaliland"})

# Position labels -> (office, title, sector), first match wins (tools/officials_offices.tsv).
OFFICES_TSV = Path(__file__).with_name("officials_offices.tsv")
_P = re.compile
Office = tuple[str, str, str] | None


def read_offices(path: Path = OFFICES_TSV) -> dict[str, list[tuple[re.Pattern[str], Office]]]:
    """The 'cabinet' and 'leaders' tables of officials_offices.tsv (office '-' = skip)."""
    tables: dict[str, list[tuple[re.Pattern[str], Office]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("table\t"):
            continue
        table, pattern, office, title, sector = line.split("\t")
        tables[table].append((_P(pattern), None if office == "-" else (office, title, sector)))
    return tables


_TABLES = read_offices()
OFFICES = _TABLES["cabinet"]
LEADER_OFFICES = _TABLES["leaders"]
# Offices several people hold at once (a successor's start does not end a role).
SHARED = _P(r"(?i)deputy|justice|advis|counselor|assistant|plenipotentiary|envoy|under secretary")
# Words written before a name in the sources that are no part of it.
HONORIFICS = _P(r"^(Archbishop|Sheikh|Sheikha|Dr\.?|Sir|Dame|General|Gen\.) ")


@dataclass
class Person:
    qid: str
    name: str
    country: str
    roles: list[dict] = field(default_factory=list)
    reign: bool = False


def day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text and text[:1].isdigit() else None
    except ValueError:
        return None


def role(country: str, office: str, title: str, sector: str, start: date, end: date | None):
    return {
        "country": country,
        "office": office,
        "title": title,
        "sector": sector,
        "start": start.isoformat(),
        "end": end.isoformat() if end else None,
    }


def clean_name(name: str) -> str:
    name = " ".join(name.split())
    bare = HONORIFICS.sub("", name).strip()
    name = bare if len(bare.split()) > 1 else name  # 'Sheikh Hasina' keeps its first word
    return REGNAL_OF.sub(r"\1", name)  # 'Abdullah II of Jordan' -> 'Abdullah II'


REGNAL_OF = _P(r"^([A-Z][\w-]+(?: [IVX]+)?) of [A-Z].+$")


def readable(name: str) -> bool:
    return bool(name) and name.isprintable() and '"' not in name and "\\" not in name


class Countries:
    """Wikidata country labels -> the knowledge base's state codes."""

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}
        for entry in read_entries(DATA / "countries.jsonl"):
            data = entry.data
            for name in (data["name"], *data.get("aliases", [])):
                self.codes.setdefault(fold(name), data["id"])

    def code(self, label: str) -> str | None:
        if label in NON_STATES:
            return None
        return COUNTRY_LABELS.get(label) or self.codes.get(fold(label))


def office_of(position: str) -> tuple[str, str, str] | None:
    for pattern, office in OFFICES:
        found = pattern.search(position)
        if found:
            if office is None:
                return None
            x = (found.groupdict().get("x") or "").lower().strip()
            x = {"internal affairs": "interior", "interior affairs": "interior"}.get(x, x)
            title = office[1].format(x=x)
            if x and position.startswith("Secretary"):
                title = f"{x} secretary"  # 'Secretary of Energy': the energy secretary
            return office[0].format(x=x), title, office[2]
    return None


def add(people: dict[str, Person], qid: str, name: str, country: str, new: dict | None) -> Person:
    person = people.get(qid)
    if person is None:
        person = people[qid] = Person(qid, name, country)
    if new is not None:
        person.roles.append(new)
    return person


# the three sources -------------------------------------------------------------------------
def read_cabinets(folder: Path, people: dict[str, Person]) -> None:
    for stem, country in (("us", "USA"), ("russia", "RUS"), ("ukraine", "UKR")):
        path = folder / "cabinets" / f"{stem}_holders21.csv"
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
        seen_until = max(d for r in rows for d in (day(r["start"]), day(r["end"])) if d)
        skipped: dict[str, int] = defaultdict(int)
        starts: dict[str, list[date]] = defaultdict(list)  # position -> its holders' starts
        later: dict[str, list[date]] = defaultdict(list)  # person -> starts of their roles
        for row in rows:
            if day(row["start"]):
                starts[row["position"]].append(day(row["start"]))
                later[row["personID"]].append(day(row["start"]))
        for row in rows:
            office = office_of(row["position"].strip())
            start, end = day(row["start"]), day(row["end"])
            if office is None or start is None or not row["personID"].startswith("Q"):
                skipped[row["position"]] += 1
                continue
            if end is None:
                # Wikidata often lacks an old office's end: an open role ends where a
                # successor starts (single-holder offices) or where the person's next
                # office starts, else the day after the file's last date
                nexts = [d for d in later[row["personID"]] if d > start]
                if not SHARED.search(row["position"]):
                    nexts += [d for d in starts[row["position"]] if d > start]
                end = min(nexts, default=seen_until + timedelta(days=1))
            if end <= start or end < EARLIEST:
                continue
            add(people, row["personID"], row["person"], country, role(country, *office, start, end))
        log.info("%s: skipped %d positions", stem, len(skipped))


def read_foreign_ministers(folder: Path, people: dict[str, Person], countries: Countries) -> None:
    path = folder / "wikidata_foreign_ministers_history_2022-08_2022-12.csv"
    rows = [r for r in csv.DictReader(path.open(encoding="utf-8")) if r["name"] and r["start"]]
    by_country: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        code = countries.code(row["countryLabel"])
        if code is not None:
            by_country[code].append(row)
    for code, group in by_country.items():

        def span(r: dict) -> int:
            return (day(r["last_seen_in_scrape"]) - day(r["first_seen_in_scrape"])).days

        longest = max(span(r) for r in group)
        # a row seen briefly beside a longer one is a record Wikidata corrected
        group = [r for r in group if span(r) >= BRIEF_DAYS or span(r) == longest]
        byperson: dict[str, dict] = {}
        for row in sorted(group, key=lambda r: r["start"]):
            byperson.setdefault(row["person"], row)
        ordered = sorted(byperson.values(), key=lambda r: r["start"])
        for n, row in enumerate(ordered):
            start = day(row["start"])
            end = day(row["last_seen_in_scrape"]) + timedelta(days=1)
            if n + 1 < len(ordered):
                end = min(end, day(ordered[n + 1]["start"]))
            if start is None or end <= start:
                continue
            title = "foreign minister"
            add(
                people,
                row["person"],
                row["name"],
                code,
                role(code, "foreign minister", title, "GOV", start, end),
            )


def read_reign(folder: Path) -> dict[tuple[str, int], list[dict]]:
    """REIGN rows by (folded last word of the leader's name, start year)."""
    path = folder / "reign_leaderlist_3_21.csv"
    found: dict[tuple[str, int], list[dict]] = defaultdict(list)
    # the file mixes encodings (a few Windows-1252 bytes in its notes column)
    for row in csv.DictReader(path.open(encoding="utf-8", errors="replace")):
        try:
            year = int(row["syear"])
        except ValueError:
            continue
        words = fold(re.sub(r"\(.*?\)", "", row["leader"])).split()
        if words and year >= 1990:
            found[(words[-1], year)].append(row)
    return found


def read_leaders(folder: Path, people: dict[str, Person], countries: Countries) -> None:
    path = folder / "wikidata_world_leaders_history_2021-08_2022-10.csv"
    reign = read_reign(folder)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    by_position: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_position[row["position"]].append(row)
    done: set[tuple[str, str]] = set()
    for row in rows:
        code = countries.code(row["country"])
        label = row["positionLabel"]
        office = next((o for p, o in LEADER_OFFICES if p.search(label)), None)
        if code is None or office is None or not row["officeholder"].startswith("Q"):
            continue
        key = (row["officeholder"], row["position"])
        if key in done:
            continue  # the union of snapshots repeats a holder; the earliest row counts
        same = [r for r in by_position[row["position"]] if r["officeholder"] == row["officeholder"]]
        first_year = (
            min(int(r["start_year"]) for r in same if r["start_year"].isdigit())
            if any(r["start_year"].isdigit() for r in same)
            else None
        )
        if first_year is None:
            continue
        done.add(key)
        ends = [r["end_year"] for r in same]
        end_year = None if any(not e for e in ends) else max(int(e) for e in ends)
        start, exact = date(first_year + 1, 1, 1), None
        seen_first = min(day(r["first_seen_in_scrape"]) for r in same)
        if seen_first.year == first_year:
            start = seen_first  # listed as holder by then (a start year alone says less)
        words = fold(row["officeholderLabel"]).split()
        matches = reign.get((words[-1], first_year), []) if words else []
        if len(matches) == 1:
            m = matches[0]
            exact = date(first_year, int(m["smonth"]), int(m["sdate"]))
            start = exact
        if end_year is not None:
            end = date(end_year, 1, 1)
        else:
            seen = max(day(r["last_seen_in_scrape"]) for r in same)
            end = seen + timedelta(days=1)
            later = [
                int(r["start_year"])
                for r in by_position[row["position"]]
                if r["officeholder"] != row["officeholder"]
                and r["start_year"].isdigit()
                and int(r["start_year"]) > first_year
            ]
            if later:
                end = min(end, date(min(later), 1, 1))
        name = row["officeholderLabel"]
        if not readable(name) or name.startswith("Q"):
            continue
        new = role(code, *office, start, end) if end > start else None
        if new is not None and exact is not None:
            new["leader"] = True
        person = add(people, row["officeholder"], name, code, new)
        person.reign = person.reign or exact is not None


# merging with the hand-written people --------------------------------------------------------
class HandWritten:
    """The names of people.jsonl, to leave its people out."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.surnames: set[tuple[str, str, str]] = set()  # (country, surname, first initial)
        self.full: dict[str, list[set[str]]] = defaultdict(list)  # country -> name word sets
        for entry in read_entries(DATA / "people.jsonl"):
            data = entry.data
            countries = {data.get("country")} | {r.get("country") for r in data["roles"]}
            for name in (data["name"], *data.get("aliases", [])):
                self.names.add(fold(name))
                words = _words(name)
                if len(words) > 1:
                    for country in countries - {None}:
                        self.surnames.add((country, words[-1], words[0][:1]))
                        self.full[country].append(set(words))

    def has(self, person: Person) -> bool:
        words = _words(person.name)
        if fold(person.name) in self.names or " ".join(words) in self.names:
            return True
        countries = {person.country} | {r["country"] for r in person.roles}
        if len(words) < 2:  # a monarch's one name: 'Salman' is the hand-written 'King Salman'
            return any(words[0] in known for c in countries for known in self.full[c])
        for c in countries:
            # the same surname (or one letter apart: 'Gharibashvili') and first initial, or
            # every word of a hand-written name ('Abiy Ahmed' in 'Abiy Ahmed Ali')
            if any(
                (c, s, i) in self.surnames
                for s, i in self.surnames_near(c, words[-1], words[0][:1])
            ):
                return True
            if any(known <= set(words) for known in self.full[c]):
                return True
        return False

    def surnames_near(self, country: str, surname: str, initial: str):
        yield surname, initial
        for c, s, i in self.surnames:
            if c != country or i != initial or len(s) <= 4:
                continue
            a, b = skeleton(s), skeleton(surname)  # transliteration folds ('Zourabichvili')
            if a == b or one_edit(a, b):
                yield s, i


def one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one inserted, deleted or replaced letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


class Historical:
    """people_historical.jsonl by folded name (build it first: it leaves out only people.jsonl)."""

    def __init__(self) -> None:
        self.by_name: dict[str, list[dict]] = defaultdict(list)
        path = DATA / "people_historical.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                data = json.loads(line)
                self.by_name[fold(data["name"])].append(data)

    def same(self, name: str, countries: set[str], carriers: int) -> dict | None:
        """The one historical person of that name with a country in common, if one of ours
        carries the name."""
        if carriers != 1:
            return None
        found = [
            d
            for d in self.by_name.get(fold(name), ())
            if countries & ({d["country"]} | {r["country"] for r in d["roles"]})
        ]
        return found[0] if len(found) == 1 else None


def _words(name: str) -> list[str]:
    """Folded words of a name without honorifics, particles' hyphens or dots."""
    return [w for w in re.split(r"[\s.]+", fold(clean_name(name)).replace("-", " ")) if w]


def slug(name: str) -> str:
    return "wd_" + re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")


def dedupe(roles: list[dict]) -> list[dict]:
    """One role per (country, office, title) and start; a later duplicate with the same
    start keeps the longer end."""
    kept: dict[tuple, dict] = {}
    for r in sorted(roles, key=lambda r: (r["start"], r["end"] or "9999")):
        key = (r["country"], r["office"], r["title"], r["start"])
        old = kept.get(key)
        if old is None or (old["end"] or "9999") < (r["end"] or "9999"):
            kept[key] = r
    return sorted(kept.values(), key=lambda r: (r["start"], r["office"]))


def build(folder: Path) -> list[dict]:
    countries = Countries()
    people: dict[str, Person] = {}
    read_cabinets(folder, people)
    read_foreign_ministers(folder, people, countries)
    read_leaders(folder, people, countries)
    hand = HandWritten()
    historical = Historical()
    names: dict[str, int] = defaultdict(int)  # how many people of ours carry each name
    for person in people.values():
        names[fold(clean_name(person.name))] += 1
    out, ids = [], set()
    left_out = merged = 0
    for person in sorted(people.values(), key=lambda p: (fold(p.name), p.qid)):
        name = clean_name(person.name)
        if not readable(name) or len(name.split()) < 2 and not person.roles:
            continue
        if hand.has(person):
            left_out += 1
            continue
        roles = dedupe(person.roles)
        latest = max(roles, key=lambda r: r["start"])["country"] if roles else person.country
        pid = slug(name)
        if pid in ids:
            pid = f"{pid}_{person.qid.lower()}"
        aliases = [person.name] if person.name != name and readable(person.name) else []
        source = SOURCE_WD + (SOURCE_REIGN if person.reign else "")
        old = historical.same(name, {latest} | {r["country"] for r in roles}, names[fold(name)])
        if old is not None:
            # the same person in people_historical.jsonl: this entry takes its id (so it
            # replaces that line when loaded), its aliases and its earlier roles
            merged += 1
            pid = old["id"]
            aliases = list(dict.fromkeys([*old["aliases"], *aliases]))
            roles = sorted([*old["roles"], *roles], key=lambda r: (r["start"], r["office"]))
            source += "; earlier roles from " + old["source"]
        ids.add(pid)
        out.append(
            {
                "id": pid,
                "name": name,
                "aliases": aliases,
                "gender": None,
                "country": latest,
                "roles": roles,
                "source": f"{source}; Wikidata {person.qid}",
            }
        )
    log.info("left out %d people already in people.jsonl", left_out)
    log.info("merged %d people of people_historical.jsonl", merged)
    return out


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    folder = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared/reference/leaders"
    target = Path(argv[2]) if len(argv) > 2 else DATA / "people_officials.jsonl"
    rows = build(folder)
    with target.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    log.info("wrote %d people to %s", len(rows), target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
