"""Forward-only schema migrations: numbered SQL files shipped in `store/migrations/`."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path

import duckdb

from wirecoder.errors import Errors, StoreError

log = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    """One numbered SQL file: applying every file up to N gives schema version N."""

    version: int
    name: str
    sql: str


@cache
def load_migrations() -> tuple[Migration, ...]:
    """The shipped migrations in version order; versions must run 1, 2, 3... without gaps."""
    folder = resources.files("wirecoder.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name,
                                   entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    if not found:
        raise RuntimeError("no store migrations found in wirecoder/store/migrations/: the "
                           "package was built without its *.sql data files")
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"store migrations are not numbered 1..N: {[m.name for m in found]}")
    return tuple(found)


def latest_version() -> int:
    """The schema version this wirecoder writes."""
    return len(load_migrations())


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of an open database; 0 for a new, empty file."""
    has_table = con.execute(
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_name = 'schema_version' AND table_schema = 'main'").fetchone()
    if not has_table or has_table[0] == 0:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, path: Path, *, target: int | None = None) -> int:
    """Bring the schema up to `target` (default: latest) in one transaction; returns it.

    Either every pending migration is applied or none is: a failure rolls back and the
    file keeps its old version.
    """
    migrations = load_migrations()
    target = len(migrations) if target is None else target
    found = current_version(con)
    if found > len(migrations):
        raise StoreError(Errors.E031.format(path=path, found=found, supported=len(migrations)))
    pending = [m for m in migrations if found < m.version <= target]
    if not pending:
        return found
    con.execute("BEGIN TRANSACTION")
    try:
        for migration in pending:
            log.info("store %s: applying migration %s", path, migration.name)
            con.execute(migration.sql)
            con.execute("INSERT INTO schema_version VALUES (?, ?)",
                        [migration.version, datetime.now(UTC).replace(tzinfo=None)])
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(Errors.E036.format(path=path, name=migration.name,
                                            detail=exc)) from exc
    return pending[-1].version
