"""Loader for the versioned TSV data files under wirecoder/data (lexicons, issue sets)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path

from wirecoder.errors import DataFileError


def data_path(*parts: str) -> Path:
    """Path of a data file shipped inside the package."""
    return Path(str(resources.files("wirecoder").joinpath("data", *parts)))


def read_tsv(path: Path, required: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a TSV file with a header line, as (line number, row); '#' lines are comments.

    Raises DataFileError naming the file and line of a row with the wrong number of fields
    or an empty required field."""
    header: list[str] | None = None
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                missing = [c for c in required if c not in header]
                if missing:
                    raise DataFileError(f"{path}:{number}: header lacks columns {missing}")
                continue
            if len(fields) != len(header):
                raise DataFileError(f"{path}:{number}: expected {len(header)} tab-separated "
                                    f"fields ({', '.join(header)}), found {len(fields)}")
            row = dict(zip(header, (f.strip() for f in fields), strict=True))
            empty = [c for c in required if not row[c]]
            if empty:
                raise DataFileError(f"{path}:{number}: empty required field(s) {empty}")
            yield number, row
