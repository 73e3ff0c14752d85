"""Read and validate the actor knowledge-base files (JSONL entries, TSV lexicons).

Every line is checked; a bad one raises `DataFileError` naming the file and the line.
The schema is documented in wirecoder/data/actors/README.md.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from wirecoder.errors import DataFileError, Errors

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
# people_officials.jsonl is generated (tools/build_officials.py); people.jsonl, read first,
# wins over it for anyone in both (the builder leaves them out).
ENTRY_FILES = ("countries", "seats", "regions", "igos", "groups", "people", "people_officials")
KINDS = {
    "countries": "country",
    "seats": "seat",
    "regions": "region",
    "igos": "igo",
    "groups": "group",
    "people": "person",
    "people_officials": "person",
}
SECTORS = frozenset(
    {
        "GOV",
        "MIL",
        "LEG",
        "JUD",
        "OPP",
        "REB",
        "CVL",
        "MED",
        "BUS",
        "IGO",
        "NGO",
        "POL",
        "COP",
        "REF",
        "ELI",
        "SPY",
        "EDU",
        "HLH",
        "LAB",
        "REL",
        "AGR",
    }
)
_CODE = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents, unify apostrophes and spaces: the key aliases are indexed by."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u2018", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


def parse_partial_date(value: str) -> date:
    """The first day of an ISO date, month ('2025-02') or year ('2025')."""
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


@dataclass(frozen=True)
class RawEntry:
    """One validated JSON line with where it came from."""

    kind: str
    data: dict[str, Any]
    path: Path
    line: int


class _LineChecker:
    """Field checks for one line; each failure raises E060 with file and line."""

    def __init__(self, path: Path, line: int, data: dict[str, Any]) -> None:
        self.path, self.line, self.data = path, line, data

    def fail(self, detail: str) -> DataFileError:
        return DataFileError(Errors.E060.format(path=self.path, line=self.line, detail=detail))

    def text(self, key: str, required: bool = True) -> None:
        value = self.data.get(key)
        if value is None and not required:
            return
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"'{key}' must be a non-empty string")

    def texts(self, key: str) -> None:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(f"'{key}' must be a list of non-empty strings")

    def country(self, key: str, value: Any) -> None:
        if value is not None and not (isinstance(value, str) and _CODE.match(value)):
            raise self.fail(f"'{key}' must be a 3-letter upper-case code or null, got {value!r}")

    def sector(self, key: str, value: Any, required: bool = False) -> None:
        if value is None and not required:
            return
        if value not in SECTORS:
            raise self.fail(
                f"'{key}' {value!r} is not a known sector ({', '.join(sorted(SECTORS))})"
            )

    def when(self, key: str, value: Any, required: bool) -> None:
        if value is None and not required:
            return
        if not isinstance(value, str) or not _DATE.match(value):
            raise self.fail(
                f"'{key}' must be an ISO date YYYY-MM-DD, YYYY-MM or YYYY, got {value!r}"
            )
        try:
            parse_partial_date(value)
        except ValueError as exc:
            raise self.fail(f"'{key}' {value!r} is not a real date") from exc

    def periods(self) -> None:
        periods = self.data.get("periods", [])
        if not isinstance(periods, list):
            raise self.fail("'periods' must be a list of {sector, country?, start?, end?}")
        for n, period in enumerate(periods):
            if not isinstance(period, dict):
                raise self.fail(f"period {n} must be an object")
            self.sector(f"period {n} sector", period.get("sector"), required=True)
            self.country(f"period {n} country", period.get("country"))
            self.when(f"period {n} start", period.get("start"), required=False)
            self.when(f"period {n} end", period.get("end"), required=False)

    def roles(self) -> None:
        roles = self.data.get("roles")
        if not isinstance(roles, list):
            raise self.fail("'roles' must be a list (it may be empty)")
        for n, role in enumerate(roles):
            if not isinstance(role, dict):
                raise self.fail(f"role {n} must be an object")
            for key in ("office", "title"):
                if not isinstance(role.get(key), str) or not role[key]:
                    raise self.fail(f"role {n}: '{key}' must be a non-empty string")
            self.country(f"role {n} country", role.get("country"))
            self.sector(f"role {n} sector", role.get("sector"), required=True)
            self.when(f"role {n} start", role.get("start"), required=True)
            self.when(f"role {n} end", role.get("end"), required=False)
            if role.get("end") and parse_partial_date(role["end"]) < parse_partial_date(
                role["start"]
            ):
                raise self.fail(f"role {n} ends before it starts")


def check_entry(kind: str, data: dict[str, Any], path: Path, line: int) -> None:
    """Validate one entry of a given kind, raising DataFileError on the first problem."""
    check = _LineChecker(path, line, data)
    check.text("id")
    check.text("name")
    check.texts("aliases")
    check.texts("demonyms")
    check.texts("capitals")
    if kind == "country":
        check.country("id", data["id"])
    else:
        check.country("country", data.get("country"))
        check.sector("sector", data.get("sector"), required=kind in ("seat", "igo", "group"))
    if kind == "person":
        if data.get("gender") not in (None, "m", "f"):
            raise check.fail("'gender' must be 'm', 'f' or null")
        check.roles()
    else:
        check.periods()
    if kind == "seat" and data.get("country") is None:
        raise check.fail("a seat of power needs its 'country'")
    check.text("stands_for", required=False)


def read_entries(path: Path, default_kind: str | None = None) -> Iterator[RawEntry]:
    """Yield validated entries of one JSONL file; kind from the line, the file or the fields."""
    if not path.exists():
        raise DataFileError(Errors.E061.format(path=path))
    if path.suffix != ".jsonl":
        raise DataFileError(Errors.E062.format(path=path, ext=path.suffix or "no extension"))
    kind_of_file = default_kind or KINDS.get(path.stem)
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                data = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise DataFileError(
                    Errors.E060.format(path=path, line=number, detail=f"not valid JSON ({exc.msg})")
                ) from exc
            if not isinstance(data, dict):
                raise DataFileError(
                    Errors.E060.format(
                        path=path, line=number, detail="each line must be a JSON object"
                    )
                )
            kind = data.get("kind") or kind_of_file or ("person" if "roles" in data else None)
            if not isinstance(kind, str) or kind not in KINDS.values():
                raise DataFileError(
                    Errors.E060.format(
                        path=path,
                        line=number,
                        detail=f"unknown kind {kind!r}: add a 'kind' ({', '.join(KINDS.values())})",
                    )
                )
            check_entry(kind, data, path, number)
            if data["id"] in seen:
                raise DataFileError(
                    Errors.E063.format(
                        path=path, line=number, id=data["id"], first=seen[data["id"]]
                    )
                )
            seen[data["id"]] = number
            yield RawEntry(kind, data, path, number)


def read_tsv(path: Path, columns: int) -> Iterator[tuple[str, ...]]:
    """Yield the rows of a TSV lexicon ('#' starts a comment line)."""
    for _, cells in read_tsv_lines(path, columns):
        yield cells


def read_tsv_lines(path: Path, columns: int) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Yield (line number, cells) for the rows of a TSV lexicon."""
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = tuple(cell.strip() for cell in line.split("\t"))
            if len(cells) != columns or not all(cells):
                raise DataFileError(
                    Errors.E064.format(
                        path=path, line=number, expected=columns, got=len([c for c in cells if c])
                    )
                )
            yield number, cells


# A line of a lazily read file opens with id, name and aliases, in that order, without
# escapes (tools/build_historical_people.py writes it so), which lets its names be indexed
# without parsing the JSON.
_LAZY_HEAD = re.compile(r'\{"id":"([^"\\]+)","name":"([^"\\]+)","aliases":\[([^\]\\]*)\]')
# Offices a title ('the president') can select: such lines are read when the index is built.
_TITLED = re.compile(r'"office":"(head of state|head of government|foreign minister|defence)')


_LAZY_COUNTRY = re.compile(r'"country": ?"([A-Z]{3})"')


class LazyPeople:
    """A large person file read on demand: its names are indexed on first use and a line is
    parsed and validated only when one of its names is looked up (or its office is titled)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.keys: dict[str, list[int]] = {}
        self.titled: list[int] = []
        self.ids: list[str] = []  # the id of each line ('' for a blank line)
        self.names: list[str] = []  # the folded name of each line (surnames are derived from it)
        self.countries: list[str | None] = []  # each line's country (how its surname is used)
        self.line_of: dict[str, int] = {}
        self._lines: list[str] = []
        self._read: set[int] = set()

    def scan(self) -> None:
        """Index the folded names and aliases of every line (raises E060 on a bad line head)."""
        if not self.path.exists():
            raise DataFileError(Errors.E061.format(path=self.path))
        self._lines = self.path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(self._lines):
            head = _LAZY_HEAD.match(line)
            if head is None:
                if line.strip():
                    detail = 'a line must open with "id", "name" and "aliases" (no escapes)'
                    raise DataFileError(
                        Errors.E060.format(path=self.path, line=number + 1, detail=detail)
                    )
                self.ids.append("")
                self.names.append("")
                self.countries.append(None)
                continue
            self.ids.append(head.group(1))
            country = _LAZY_COUNTRY.search(line)
            self.countries.append(country.group(1) if country else None)
            self.line_of[head.group(1)] = number
            aliases = head.group(3)[1:-1].split('","') if head.group(3) else []
            for n, name in enumerate((head.group(2), *aliases)):
                key = fold(name)
                key = key[4:] if key.startswith("the ") else key
                self.keys.setdefault(key, []).append(number)
                if n == 0:
                    self.names.append(key)
            if _TITLED.search(line):
                self.titled.append(number)

    def take(self, numbers: Iterable[int]) -> list[RawEntry]:
        """Parse and validate the given lines once (a line already taken yields nothing)."""
        found = []
        for number in numbers:
            if number in self._read:
                continue
            self._read.add(number)
            try:
                data = json.loads(self._lines[number])
            except json.JSONDecodeError as exc:
                detail = f"not valid JSON ({exc.msg})"
                raise DataFileError(
                    Errors.E060.format(path=self.path, line=number + 1, detail=detail)
                ) from exc
            check_entry("person", data, self.path, number + 1)
            found.append(RawEntry("person", data, self.path, number + 1))
        return found
