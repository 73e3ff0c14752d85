"""Records flattened into table rows, and the bulk insert that writes them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import duckdb

from wirecoder.ingest.article import Article
from wirecoder.records import Actor, CommitmentRecord, EventRecord, StanceRecord, stable_id, to_json

ACTOR_FIELDS: tuple[str, ...] = ("text", "name", "actor_id", "country", "sector", "role")

# Column name -> DuckDB type, in table order; the row builders below follow these orders.
ARTICLE_COLUMNS: dict[str, str] = {
    "id": "VARCHAR", "title": "VARCHAR", "date": "VARCHAR", "url": "VARCHAR",
    "source": "VARCHAR", "text": "VARCHAR", "text_hash": "VARCHAR",
    "coder_version": "VARCHAR", "ingested_at": "TIMESTAMP",
}


def _actor_columns(prefix: str) -> dict[str, str]:
    return {f"{prefix}_{name}": "VARCHAR" for name in ACTOR_FIELDS}


EVENT_COLUMNS: dict[str, str] = {
    "id": "VARCHAR", "article_id": "VARCHAR", "sentence": "INTEGER",
    "evidence_start": "INTEGER", "evidence_end": "INTEGER", "evidence_text": "VARCHAR",
    "event_type": "VARCHAR", "mode": "VARCHAR", "context": "VARCHAR[]",
    **_actor_columns("source"), **_actor_columns("recipient"), **_actor_columns("attributed"),
    "issue": "VARCHAR", "condition": "VARCHAR", "date": "VARCHAR",
    "location_name": "VARCHAR", "location_country": "VARCHAR",
    "location_lat": "DOUBLE", "location_lon": "DOUBLE",
    "cameo": "VARCHAR", "confidence": "DOUBLE", "trigger": "VARCHAR", "record": "JSON",
}
STANCE_COLUMNS: dict[str, str] = {
    "id": "VARCHAR", "article_id": "VARCHAR", **_actor_columns("actor"),
    "issue": "VARCHAR", "polarity": "VARCHAR", "conditions": "VARCHAR[]",
    "evidence": "JSON", "date": "VARCHAR", "record": "JSON",
}
COMMITMENT_COLUMNS: dict[str, str] = {
    "id": "VARCHAR", "article_id": "VARCHAR", **_actor_columns("giver"),
    **_actor_columns("receiver"), "what": "VARCHAR", "mode": "VARCHAR",
    "context": "VARCHAR[]", "condition": "VARCHAR", "date": "VARCHAR", "sentence": "INTEGER",
    "evidence_text": "VARCHAR", "record": "JSON",
}
ACTOR_COLUMNS: dict[str, str] = {
    "key": "VARCHAR", "actor_id": "VARCHAR", "name": "VARCHAR", "country": "VARCHAR",
    "sector": "VARCHAR", "role": "VARCHAR",
}


def text_hash(text: str) -> str:
    """The hash that tells a re-ingested article apart from a changed one (raw text, since
    record offsets point into the raw text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def actor_key(actor: Actor) -> str:
    """One actor row per resolved id, or per name and country when unresolved."""
    return actor.actor_id or f"{actor.name}|{actor.country or ''}"


def _actor_values(actor: Actor | None) -> list[Any]:
    if actor is None:
        return [None] * len(ACTOR_FIELDS)
    return [getattr(actor, name) for name in ACTOR_FIELDS]


def article_row(article: Article, coder_version: str, ingested_at: datetime) -> list[Any]:
    return [article.id, article.title, article.date, article.url, article.source,
            article.text, text_hash(article.text), coder_version or None, ingested_at]


def event_row(article_id: str, event: EventRecord) -> list[Any]:
    loc = event.location
    return [
        event.id, article_id, event.sentence, event.evidence.start, event.evidence.end,
        event.evidence.text, event.event_type, event.mode, list(event.context),
        *_actor_values(event.source), *_actor_values(event.recipient),
        *_actor_values(event.attributed_to),
        event.issue, event.condition, event.date,
        loc.name if loc else None, loc.country if loc else None,
        loc.lat if loc else None, loc.lon if loc else None,
        event.cameo, event.confidence, event.trigger, to_json(event),
    ]


def stance_row(article_id: str, stance: StanceRecord) -> list[Any]:
    record = to_json(stance)
    # Stances carry no id of their own: identical observations in one article collapse.
    return [
        stable_id("st", article_id, record), article_id, *_actor_values(stance.actor),
        stance.issue, stance.polarity, list(stance.conditions),
        json.dumps([e.to_dict() for e in stance.evidence], ensure_ascii=False),
        stance.date, record,
    ]


def commitment_row(article_id: str, commitment: CommitmentRecord) -> list[Any]:
    return [
        commitment.id, article_id, *_actor_values(commitment.giver),
        *_actor_values(commitment.receiver), commitment.what, commitment.mode,
        list(commitment.context), commitment.condition, commitment.date,
        commitment.evidence.sentence, commitment.evidence.text, to_json(commitment),
    ]


def actor_row(actor: Actor) -> list[Any]:
    return [actor_key(actor), actor.actor_id, actor.name, actor.country, actor.sector,
            actor.role]


@dataclass
class PendingRows:
    """Rows of one batch, gathered per table so each table gets one bulk insert."""

    articles: list[list[Any]] = field(default_factory=list)
    events: dict[str, list[Any]] = field(default_factory=dict)
    stances: dict[str, list[Any]] = field(default_factory=dict)
    commitments: dict[str, list[Any]] = field(default_factory=dict)
    actors: dict[str, list[Any]] = field(default_factory=dict)

    def add_actor(self, actor: Actor | None) -> None:
        if actor is not None and actor.name:
            self.actors[actor_key(actor)] = actor_row(actor)


def bulk_insert(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, str],
                rows: list[list[Any]], *, upsert_key: str | None = None) -> None:
    """Insert many rows in one statement, each column sent as one typed list.

    DuckDB's executemany runs one statement per row (milliseconds each); unnesting
    parallel lists inserts tens of thousands of rows in one go.
    """
    if not rows:
        return
    names = list(columns)
    by_column = [list(values) for values in zip(*rows, strict=True)]
    selects = ", ".join(f"unnest(${i + 1}::{columns[name]}[])" for i, name in enumerate(names))
    sql = f"INSERT INTO {table} ({', '.join(names)}) SELECT {selects}"
    if upsert_key:
        # Keep what we knew when the new mention leaves a field empty.
        updates = ", ".join(f"{name} = coalesce(excluded.{name}, {table}.{name})"
                            for name in names if name != upsert_key)
        sql += f" ON CONFLICT ({upsert_key}) DO UPDATE SET {updates}"
    con.execute(sql, by_column)
