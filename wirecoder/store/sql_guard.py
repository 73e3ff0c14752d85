"""The statement check in front of user-typed SQL: one read, nothing else."""

from __future__ import annotations

import duckdb

from wirecoder.errors import Errors, StoreError

# DuckDB parses SELECT, WITH, FROM-first, VALUES, DESCRIBE, SHOW and SUMMARIZE all as
# SELECT statements; EXPLAIN (ANALYZE) only plans or runs a read.
_READ_STATEMENTS = frozenset({duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN})


def check_read_only_query(query: str) -> None:
    """Raise StoreError(E032) unless `query` is exactly one SELECT-like read.

    This is the first of two guards: the query then runs on a read-only connection with
    file access switched off, so a statement that slipped past here still can't write.
    """
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as exc:
        raise StoreError(Errors.E032.format(detail=f"it does not parse ({exc})")) from exc
    if not statements:
        raise StoreError(Errors.E032.format(detail="the query is empty"))
    if len(statements) > 1:
        raise StoreError(Errors.E032.format(
            detail=f"found {len(statements)} statements, send one at a time"))
    kind = statements[0].type
    if kind not in _READ_STATEMENTS:
        raise StoreError(Errors.E032.format(detail=f"{kind.name} statements change or "
                                                   "configure the database"))
