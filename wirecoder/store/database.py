"""The DuckDB store: one file holding articles and every record coded from them."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from wirecoder.errors import Errors, StoreError
from wirecoder.results import ArticleResult
from wirecoder.store import queries
from wirecoder.store.migrate import current_version, latest_version, migrate
from wirecoder.store.rows import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    COMMITMENT_COLUMNS,
    EVENT_COLUMNS,
    STANCE_COLUMNS,
    PendingRows,
    article_row,
    bulk_insert,
    commitment_row,
    event_row,
    stance_row,
    text_hash,
)
from wirecoder.store.sql_guard import check_read_only_query

log = logging.getLogger(__name__)

DEFAULT_FILE = "wirecoder.duckdb"
# Queries typed by a user run with file access switched off, so `read_csv('/etc/...')`
# or `COPY ... TO` can't reach the disk even if the statement guard missed something.
_GUARDED_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "enable_external_access": False}


@dataclass
class WriteSummary:
    """What one write did: articles new, replaced (text changed) and skipped, records stored."""

    new_articles: int = 0
    replaced_articles: int = 0
    skipped_duplicates: int = 0
    events: int = 0
    stances: int = 0
    commitments: int = 0

    def __add__(self, other: WriteSummary) -> WriteSummary:
        mine, theirs = asdict(self), asdict(other)
        return WriteSummary(**{key: mine[key] + theirs[key] for key in mine})

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


class Store:
    """A wirecoder DuckDB file. Opened read-write it is created and migrated forward on
    open; opened read-only it must exist and be at the current schema version."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._lock = threading.RLock()
        if read_only and not self.path.exists():
            raise StoreError(Errors.E033.format(path=self.path))
        self._con: duckdb.DuckDBPyConnection | None = self._connect()
        try:
            self._check_schema()
        except BaseException:
            self.close()
            raise

    @staticmethod
    def default_path() -> Path:
        """The store file used when none is given: $WIRECODER_DB, else ./wirecoder.duckdb."""
        return Path(os.environ.get("WIRECODER_DB") or DEFAULT_FILE)

    def _connect(self) -> duckdb.DuckDBPyConnection:
        try:
            if self.read_only:
                return duckdb.connect(str(self.path), read_only=True, config=_GUARDED_CONFIG)
            return duckdb.connect(str(self.path))
        except duckdb.Error as exc:
            raise StoreError(Errors.E030.format(path=self.path, detail=exc)) from exc

    def _check_schema(self) -> None:
        con = self._connection()
        if not self.read_only:
            migrate(con, self.path)
            return
        found, supported = current_version(con), latest_version()
        if found > supported:
            raise StoreError(Errors.E031.format(path=self.path, found=found,
                                                supported=supported))
        if found < supported:
            raise StoreError(Errors.E034.format(path=self.path, found=found,
                                                supported=supported))

    def _connection(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(Errors.E030.format(path=self.path, detail="the store is closed"))
        return self._con

    def close(self) -> None:
        """Close the file; closing twice is harmless."""
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The schema version of the open file."""
        with self._lock:
            return current_version(self._connection())

    # -- writing -------------------------------------------------------------------------

    def write_batch(self, results: Iterable[ArticleResult]) -> WriteSummary:
        """Store a batch of coded articles in one transaction: all of it or, on error, none.

        An article already stored with the same text is skipped; one whose text changed
        has its old records replaced.
        """
        if self.read_only:
            raise StoreError(Errors.E035.format(path=self.path,
                                                detail="the store was opened read-only"))
        batch = list(results)
        with self._lock:
            con = self._connection()
            con.execute("BEGIN TRANSACTION")
            try:
                summary = self._write_in_transaction(con, batch)
                con.execute("COMMIT")
            except BaseException as exc:
                self._rollback(con)
                if isinstance(exc, duckdb.Error):
                    raise StoreError(Errors.E035.format(path=self.path, detail=exc)) from exc
                raise
        log.info("store %s: %s", self.path, summary)
        return summary

    def _write_in_transaction(self, con: duckdb.DuckDBPyConnection,
                              batch: list[ArticleResult]) -> WriteSummary:
        summary = WriteSummary()
        stored = self._stored_hashes(con, [r.article.id for r in batch])
        accepted: dict[str, ArticleResult] = {}
        for result in batch:
            article = result.article
            new_hash = text_hash(article.text)
            earlier = accepted.get(article.id)
            if (text_hash(earlier.article.text) if earlier else stored.get(article.id)) == new_hash:
                summary.skipped_duplicates += 1
                continue
            if earlier is None and article.id in stored:
                summary.replaced_articles += 1
            elif earlier is None:
                summary.new_articles += 1
            # A later version of an article in the same batch replaces the earlier one.
            accepted[article.id] = result
        replaced = [article_id for article_id in accepted if article_id in stored]
        self._delete_articles(con, replaced)
        pending = self._gather_rows(accepted.values())
        bulk_insert(con, "articles", ARTICLE_COLUMNS, pending.articles)
        bulk_insert(con, "events", EVENT_COLUMNS, list(pending.events.values()))
        bulk_insert(con, "stances", STANCE_COLUMNS, list(pending.stances.values()))
        bulk_insert(con, "commitments", COMMITMENT_COLUMNS, list(pending.commitments.values()))
        bulk_insert(con, "actors", ACTOR_COLUMNS, list(pending.actors.values()),
                    upsert_key="key")
        summary.events = len(pending.events)
        summary.stances = len(pending.stances)
        summary.commitments = len(pending.commitments)
        return summary

    def _rollback(self, con: duckdb.DuckDBPyConnection) -> None:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            # The batch's own error is the one to report; DuckDB discards the open
            # transaction with the connection if this one is unusable.
            log.exception("store %s: ROLLBACK failed", self.path)

    @staticmethod
    def _stored_hashes(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        rows = con.execute("SELECT id, text_hash FROM articles WHERE list_contains($1, id)",
                           [sorted(set(ids))]).fetchall()
        return {article_id: digest for article_id, digest in rows}

    @staticmethod
    def _delete_articles(con: duckdb.DuckDBPyConnection, ids: list[str]) -> None:
        if not ids:
            return
        for table, column in (("events", "article_id"), ("stances", "article_id"),
                              ("commitments", "article_id"), ("articles", "id")):
            con.execute(f"DELETE FROM {table} WHERE list_contains($1, {column})", [ids])

    @staticmethod
    def _gather_rows(results: Iterable[ArticleResult]) -> PendingRows:
        pending = PendingRows()
        now = datetime.now(UTC).replace(tzinfo=None)
        for result in results:
            article_id = result.article.id
            pending.articles.append(article_row(result.article, result.coder_version, now))
            # Rows are keyed by id so a record emitted twice is stored once.
            for event in result.events:
                pending.events[event.id] = event_row(article_id, event)
                for actor in (event.source, event.recipient, event.attributed_to):
                    pending.add_actor(actor)
            for stance in result.stances:
                row = stance_row(article_id, stance)
                pending.stances[row[0]] = row
                pending.add_actor(stance.actor)
            for commitment in result.commitments:
                pending.commitments[commitment.id] = commitment_row(article_id, commitment)
                pending.add_actor(commitment.giver)
                pending.add_actor(commitment.receiver)
        return pending

    # -- reading -------------------------------------------------------------------------

    def events(self, actor: str | None = None, country: str | None = None,
               type: str | None = None, context: str | None = None, since: str | None = None,
               until: str | None = None, limit: int | None = None,
               min_confidence: float | None = None) -> list[dict[str, Any]]:
        """Events as contract dicts, oldest first; `actor` matches source or recipient."""
        with self._lock:
            return queries.events(self._connection(), actor=actor, country=country,
                                  event_type=type, context=context, since=since, until=until,
                                  limit=limit, min_confidence=min_confidence)

    def stances(self, actor: str | None = None, country: str | None = None,
                issue: str | None = None, since: str | None = None,
                until: str | None = None) -> list[dict[str, Any]]:
        """Per-article stance observations as contract dicts with their `article_id`."""
        with self._lock:
            return queries.stances(self._connection(), actor=actor, country=country,
                                   issue=issue, since=since, until=until)

    def stance_matrix(self, issue: str | None = None) -> list[dict[str, Any]]:
        """The latest polarity of each (actor, country, issue), by article date."""
        with self._lock:
            return queries.stance_matrix(self._connection(), issue=issue)

    def pledges(self, giver: str | None = None, receiver: str | None = None,
                since: str | None = None, until: str | None = None,
                what: str | None = None, actor: str | None = None, country: str | None = None,
                context: str | None = None) -> list[dict[str, Any]]:
        """Commitments as contract dicts, oldest first; `actor` and `country` match the
        giver or the receiver."""
        with self._lock:
            return queries.pledges(self._connection(), giver=giver, receiver=receiver,
                                   since=since, until=until, what=what, actor=actor,
                                   country=country, context=context)

    def pledge_totals(self) -> list[dict[str, Any]]:
        """How many commitments each giver made of each thing, most first."""
        with self._lock:
            return queries.pledge_totals(self._connection())

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self._lock:
            return queries.counts(self._connection())

    def sql(self, query: str, max_rows: int | None = None) -> tuple[list[str], list[tuple]]:
        """Run one read-only query typed by a user; returns (column names, rows)."""
        check_read_only_query(query)
        with self._lock:
            if self.read_only:
                # Already a read-only, file-access-free connection: a cursor shares it.
                cursor = self._connection().cursor()
                try:
                    return self._run_guarded(cursor, query, max_rows)
                finally:
                    cursor.close()
            # DuckDB 2.0.1 refuses a read-only connection to a file this process holds
            # read-write ("different configuration"), so the write connection steps aside
            # for the query and is reopened afterwards, under the lock, outside any batch.
            self.close()
            try:
                guarded = duckdb.connect(str(self.path), read_only=True, config=_GUARDED_CONFIG)
            except duckdb.Error as exc:
                self._con = self._connect()
                raise StoreError(Errors.E030.format(path=self.path, detail=exc)) from exc
            try:
                return self._run_guarded(guarded, query, max_rows)
            finally:
                guarded.close()
                self._con = self._connect()

    @staticmethod
    def _run_guarded(con: duckdb.DuckDBPyConnection, query: str,
                     max_rows: int | None) -> tuple[list[str], list[tuple]]:
        try:
            result = con.execute(query)
            columns = [d[0] for d in result.description or []]
            rows = result.fetchall() if max_rows is None else result.fetchmany(max_rows)
        except duckdb.Error as exc:
            raise StoreError(Errors.E037.format(detail=exc)) from exc
        return columns, rows
