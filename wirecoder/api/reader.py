"""Read access to a store for the API: one read-only connection, a cursor per request."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from wirecoder.errors import Errors, StoreError
from wirecoder.store import Store

# The same settings as the store's own read-only connection (file access off), so DuckDB
# shares one database instance between them instead of refusing the second.
_READ_ONLY_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "enable_external_access": False}


class StoreReader:
    """A store opened read-only: its schema checked once, then a cursor per request, so
    requests on several threads read at the same time."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        with Store(self.path, read_only=True) as store:  # checks existence and schema
            self.schema_version = store.schema_version
        self._lock = threading.Lock()
        try:
            self._con: duckdb.DuckDBPyConnection | None = duckdb.connect(
                str(self.path), read_only=True, config=_READ_ONLY_CONFIG)
        except duckdb.Error as exc:
            raise StoreError(Errors.E030.format(path=self.path, detail=exc)) from exc

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own for one request, closed afterwards."""
        with self._lock:
            if self._con is None:
                raise StoreError(Errors.E030.format(path=self.path,
                                                    detail="the store is closed"))
            cursor = self._con.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def close(self) -> None:
        """Close the connection; closing twice is harmless."""
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None
