"""Filtered reads over the store, each returning plain dicts ready for JSON.

Names and ids match case-insensitively and exactly. Dates are ISO strings of varying
precision; `since`/`until` compare them at the shorter of the two precisions, so an
event dated "2025-08" is inside `since="2025-08-10"` and `until="2025-08-05"`.
A record without a date of its own takes its article's publication date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import duckdb

TABLES: tuple[str, ...] = ("articles", "events", "stances", "commitments", "actors")


@dataclass
class _Filter:
    """WHERE clauses and their named parameters, added only for the filters given."""

    clauses: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)

    def add(self, clause: str, **params: Any) -> None:
        self.clauses.append(clause)
        self.params.update(params)

    def actor(self, name: str, value: str | None, prefixes: tuple[str, ...]) -> None:
        if value is None:
            return
        columns = ", ".join(f"lower({p}_name), lower({p}_actor_id)" for p in prefixes)
        self.add(f"lower(${name}) IN ({columns})", **{name: value})

    def country(self, value: str | None, prefixes: tuple[str, ...]) -> None:
        if value is None:
            return
        columns = ", ".join(f"upper({p}_country)" for p in prefixes)
        self.add(f"upper($country) IN ({columns})", country=value)

    def dates(self, expr: str, since: str | None, until: str | None) -> None:
        for name, value, op in (("since", since, ">="), ("until", until, "<=")):
            if value is not None:
                width = f"least(length({expr}), length(${name}))"
                self.add(f"left({expr}, {width}) {op} left(${name}, {width})", **{name: value})

    def sql(self) -> str:
        return f"WHERE {' AND '.join(self.clauses)}" if self.clauses else ""


def _limit(limit: int | None) -> str:
    return f"LIMIT {int(limit)}" if limit is not None else ""


def events(con: duckdb.DuckDBPyConnection, *, actor: str | None = None,
           country: str | None = None, event_type: str | None = None,
           context: str | None = None, since: str | None = None, until: str | None = None,
           limit: int | None = None, min_confidence: float | None = None
           ) -> list[dict[str, Any]]:
    """Event records (contract dicts) matching every filter given, oldest first."""
    where = _Filter()
    where.actor("actor", actor, ("e.source", "e.recipient"))
    where.country(country, ("e.source", "e.recipient"))
    if event_type is not None:
        where.add("e.event_type = upper($event_type)", event_type=event_type)
    if context is not None:
        where.add("list_contains(e.context, lower($context))", context=context)
    where.dates("coalesce(e.date, a.date)", since, until)
    if min_confidence:
        where.add("e.confidence >= $min_confidence", min_confidence=min_confidence)
    rows = con.execute(
        f"""SELECT e.record FROM events e JOIN articles a ON a.id = e.article_id
            {where.sql()}
            ORDER BY coalesce(e.date, a.date) NULLS LAST, e.article_id, e.sentence,
                     e.evidence_start, e.id
            {_limit(limit)}""", where.params).fetchall()
    return [json.loads(record) for (record,) in rows]


def stances(con: duckdb.DuckDBPyConnection, *, actor: str | None = None,
            country: str | None = None, issue: str | None = None, since: str | None = None,
            until: str | None = None) -> list[dict[str, Any]]:
    """Per-article stance observations (contract dicts plus `article_id`), oldest first."""
    where = _Filter()
    where.actor("actor", actor, ("s.actor",))
    where.country(country, ("s.actor",))
    if issue is not None:
        where.add("lower(s.issue) = lower($issue)", issue=issue)
    where.dates("coalesce(s.date, a.date)", since, until)
    rows = con.execute(
        f"""SELECT s.record, s.article_id FROM stances s JOIN articles a ON a.id = s.article_id
            {where.sql()}
            ORDER BY coalesce(a.date, s.date) NULLS LAST, s.article_id, s.id""",
        where.params).fetchall()
    return [{**json.loads(record), "article_id": article_id} for record, article_id in rows]


def stance_matrix(con: duckdb.DuckDBPyConnection, *,
                  issue: str | None = None) -> list[dict[str, Any]]:
    """The latest stance of each (actor name, country, issue), ordered by article date
    (then stance date, then ingestion time), with how many observations there were."""
    where = _Filter()
    if issue is not None:
        where.add("lower(s.issue) = lower($issue)", issue=issue)
    rows = con.execute(
        f"""SELECT s.actor_name, s.actor_country, s.issue, s.polarity, s.conditions,
                   coalesce(a.date, s.date) AS date, s.article_id,
                   count(*) OVER (PARTITION BY s.actor_name, s.actor_country, s.issue)
            FROM stances s JOIN articles a ON a.id = s.article_id
            {where.sql()}
            QUALIFY row_number() OVER (
                PARTITION BY s.actor_name, s.actor_country, s.issue
                ORDER BY coalesce(a.date, s.date) DESC NULLS LAST, a.ingested_at DESC,
                         s.article_id DESC, s.id DESC) = 1
            ORDER BY s.issue, s.actor_name, s.actor_country NULLS FIRST""",
        where.params).fetchall()
    keys = ("actor", "country", "issue", "polarity", "conditions", "date", "article_id",
            "observations")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def pledges(con: duckdb.DuckDBPyConnection, *, giver: str | None = None,
            receiver: str | None = None, since: str | None = None, until: str | None = None,
            what: str | None = None, actor: str | None = None, country: str | None = None,
            context: str | None = None) -> list[dict[str, Any]]:
    """Commitment records (contract dicts) matching every filter given, oldest first;
    `actor` and `country` match the giver or the receiver, `what` is a word in it."""
    where = _Filter()
    where.actor("giver", giver, ("c.giver",))
    where.actor("receiver", receiver, ("c.receiver",))
    where.actor("actor", actor, ("c.giver", "c.receiver"))
    where.country(country, ("c.giver", "c.receiver"))
    if what is not None:
        where.add("contains(lower(c.what), lower($what))", what=what)
    if context is not None:
        where.add("list_contains(c.context, lower($context))", context=context)
    where.dates("coalesce(c.date, a.date)", since, until)
    rows = con.execute(
        f"""SELECT c.record FROM commitments c JOIN articles a ON a.id = c.article_id
            {where.sql()}
            ORDER BY coalesce(c.date, a.date) NULLS LAST, c.article_id, c.sentence, c.id""",
        where.params).fetchall()
    return [json.loads(record) for (record,) in rows]


def pledge_totals(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Commitments counted per giver and what; `negated` counts the refusals among them."""
    rows = con.execute(
        """SELECT giver_name, giver_country, what, count(*) AS n,
                  count(*) FILTER (WHERE list_contains(context, 'negation')) AS negated
           FROM commitments
           GROUP BY giver_name, giver_country, what
           ORDER BY n DESC, giver_name, what""").fetchall()
    keys = ("giver", "giver_country", "what", "count", "negated")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows in each table of the store."""
    union = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in TABLES)
    return {table: int(n) for table, n in con.execute(union).fetchall()}
