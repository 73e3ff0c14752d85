"""Reads for the analysts' dashboard and HTTP API: paged and searched events, articles,
actors, the actor network, events per day by PLOVER class, event places and stance
observations. Every value a caller gives reaches DuckDB as a named parameter.

Filters and dates behave as in `wirecoder.store.queries`, whose filter builder this reuses.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

import duckdb

from wirecoder.records import CLASS_ORDER, PLOVER_CLASSES
from wirecoder.store.queries import _Filter

# CAMEO's QuadClass numbers for PLOVER's four classes.
QUAD_CLASS: dict[str, int] = {name: i + 1 for i, name in enumerate(CLASS_ORDER)}

_EVENT_DAY = "CASE WHEN length(e.date) >= 10 THEN left(e.date, 10) ELSE left(a.date, 10) END"


@dataclass(frozen=True)
class EventQuery:
    """Which events to read. `actor` matches source or recipient (name or id), `types` and
    `klass` (a PLOVER class) narrow by type, `text` searches evidence, issue and actor
    names, `exclude` drops events carrying any of those contexts."""

    actor: str | None = None
    source: str | None = None
    recipient: str | None = None
    country: str | None = None
    types: tuple[str, ...] = ()
    klass: str | None = None
    context: str | None = None
    exclude: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    text: str | None = None
    article_id: str | None = None
    location: str | None = None
    min_confidence: float | None = None

    def where(self) -> _Filter:
        """The WHERE clause over `events e JOIN articles a`."""
        where = _Filter()
        where.actor("actor", self.actor, ("e.source", "e.recipient"))
        where.actor("source", self.source, ("e.source",))
        where.actor("recipient", self.recipient, ("e.recipient",))
        where.country(self.country, ("e.source", "e.recipient"))
        types = [t.upper() for t in self.types]
        if self.klass is not None:
            types = [t for t in (types or PLOVER_CLASSES) if PLOVER_CLASSES[t] == self.klass]
        if self.types or self.klass is not None:
            where.add("list_contains($types, e.event_type)", types=types)
        if self.context is not None:
            where.add("list_contains(e.context, lower($context))", context=self.context)
        if self.exclude:
            where.add("NOT list_has_any(coalesce(e.context, []), $exclude)",
                      exclude=[c.lower() for c in self.exclude])
        where.dates("coalesce(e.date, a.date)", self.since, self.until)
        if self.text:
            where.add("(e.evidence_text ILIKE $text ESCAPE '\\' OR e.issue ILIKE $text ESCAPE '\\'"
                      " OR e.source_name ILIKE $text ESCAPE '\\'"
                      " OR e.recipient_name ILIKE $text ESCAPE '\\')", text=_like(self.text))
        if self.article_id is not None:
            where.add("e.article_id = $article_id", article_id=self.article_id)
        if self.location is not None:
            where.add("upper(e.location_country) = upper($location)", location=self.location)
        if self.min_confidence:
            where.add("e.confidence >= $min_confidence", min_confidence=self.min_confidence)
        return where


def _like(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, its wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_FROM_EVENTS = "FROM events e JOIN articles a ON a.id = e.article_id"


def event_page(con: duckdb.DuckDBPyConnection, query: EventQuery, *, limit: int,
               offset: int = 0, newest_first: bool = True) -> dict[str, Any]:
    """One page of matching events (contract dicts) and how many match in all."""
    where = query.where()
    total_row = con.execute(f"SELECT count(*) {_FROM_EVENTS} {where.sql()}",
                            where.params).fetchone()
    direction = "DESC" if newest_first else "ASC"

    def order(day: str, row: str) -> str:
        return (f"{day} {direction} NULLS LAST, {row}.article_id {direction}, {row}.sentence, "
                f"{row}.evidence_start, {row}.id")

    # The page is chosen on the sort keys alone; only its rows' JSON records are then read,
    # so the sort does not carry every record through (3x faster on 100,000 events).
    rows = con.execute(
        f"""WITH page AS (
                SELECT e.id, coalesce(e.date, a.date) AS day, e.article_id, e.sentence,
                       e.evidence_start {_FROM_EVENTS} {where.sql()}
                ORDER BY {order("coalesce(e.date, a.date)", "e")} LIMIT $limit OFFSET $offset)
            SELECT e.record, a.title, a.date FROM page
            JOIN events e ON e.id = page.id JOIN articles a ON a.id = e.article_id
            ORDER BY {order("page.day", "page")}""",
        {**where.params, "limit": limit, "offset": offset}).fetchall()
    items = [{**json.loads(record), "article_title": title, "article_date": date}
             for record, title, date in rows]
    return {"total": int(total_row[0]) if total_row else 0, "limit": limit, "offset": offset,
            "items": items}


def event_records(con: duckdb.DuckDBPyConnection, query: EventQuery,
                  limit: int) -> list[dict[str, Any]]:
    """Matching events as contract dicts, oldest first, at most `limit` (for exports)."""
    return event_page(con, query, limit=limit, newest_first=False)["items"]


FLAT_EVENT_COLUMNS: tuple[str, ...] = (
    "id", "article_id", "sentence", "date", "event_type", "mode", "context", "source_name",
    "source_country", "source_sector", "recipient_name", "recipient_country",
    "recipient_sector", "attributed_name", "issue", "condition", "location_name",
    "location_country", "location_lat", "location_lon", "cameo", "confidence",
    "evidence_text", "url")


def _flat_event_sql(query: EventQuery, limit: int) -> tuple[str, dict[str, Any]]:
    where = query.where()
    columns = ", ".join(
        "coalesce(e.date, a.date) AS date" if c == "date" else
        "array_to_string(e.context, ';') AS context" if c == "context" else
        "a.url" if c == "url" else f"e.{c}" for c in FLAT_EVENT_COLUMNS)
    sql = f"""SELECT {columns} {_FROM_EVENTS} {where.sql()}
              ORDER BY coalesce(e.date, a.date) NULLS LAST, e.article_id, e.sentence, e.id
              LIMIT $limit"""
    return sql, {**where.params, "limit": limit}


def flat_events(con: duckdb.DuckDBPyConnection, query: EventQuery,
                limit: int) -> duckdb.DuckDBPyConnection:
    """Matching events as one flat row each (for CSV and TSV), oldest first: an executed
    cursor to fetch from, its rows following FLAT_EVENT_COLUMNS."""
    sql, params = _flat_event_sql(query, limit)
    return con.execute(sql, params)


def flat_events_arrow(con: duckdb.DuckDBPyConnection, query: EventQuery, limit: int) -> Any:
    """The same rows as `flat_events`, as a pyarrow Table (for Parquet)."""
    sql, params = _flat_event_sql(query, limit)
    return con.sql(sql, params=params).to_arrow_table()


def actor_network(con: duckdb.DuckDBPyConnection, query: EventQuery,
                  max_nodes: int) -> dict[str, Any]:
    """Actors as nodes and source→recipient event counts as edges, split into cooperation
    and conflict; only the `max_nodes` actors in most events are kept."""
    where = query.where()
    # Nodes are actors: both sides must be resolved to an actor or a country, which
    # leaves out recipients that are things ("foreign troops", "the plan").
    where.add("coalesce(e.source_actor_id, e.source_country) IS NOT NULL AND "
              "coalesce(e.recipient_actor_id, e.recipient_country) IS NOT NULL")
    rows = con.execute(
        f"""SELECT e.source_name, e.source_country, e.recipient_name, e.recipient_country,
                   e.event_type, count(*) {_FROM_EVENTS} {where.sql()}
            GROUP BY ALL""", where.params).fetchall()
    edges: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    degree: Counter[str] = Counter()
    names: dict[str, tuple[str, str | None]] = {}
    for src, src_country, dst, dst_country, event_type, n in rows:
        a, b = _node_id(src, src_country), _node_id(dst, dst_country)
        if a == b:
            continue
        names[a], names[b] = (src, src_country), (dst, dst_country)
        kind = "cooperation" if "cooperation" in PLOVER_CLASSES.get(event_type, "") \
            else "conflict"
        edges[(a, b)][kind] += n
        degree[a] += n
        degree[b] += n
    kept = {node for node, _ in degree.most_common(max_nodes)}
    nodes = [{"id": node, "name": names[node][0], "country": names[node][1],
              "events": degree[node]} for node in sorted(kept, key=lambda n: -degree[n])]
    links = [{"source": a, "target": b, "cooperation": c["cooperation"],
              "conflict": c["conflict"], "events": c["cooperation"] + c["conflict"]}
             for (a, b), c in sorted(edges.items()) if a in kept and b in kept]
    return {"nodes": nodes, "edges": links}


def _node_id(name: str, country: str | None) -> str:
    return f"{name}|{country or ''}"


def events_per_day(con: duckdb.DuckDBPyConnection, query: EventQuery) -> list[dict[str, Any]]:
    """Matching events counted per day and PLOVER class. An event dated only to the month
    counts on its article's day."""
    where = query.where()
    rows = con.execute(
        f"""SELECT {_EVENT_DAY} AS day, e.event_type, count(*) {_FROM_EVENTS} {where.sql()}
            GROUP BY ALL HAVING day IS NOT NULL ORDER BY day""", where.params).fetchall()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for day, event_type, n in rows:
        counts[day][PLOVER_CLASSES.get(event_type, "verbal_cooperation")] += n
    return [{"date": day, **{k: counts[day][k] for k in CLASS_ORDER}} for day in sorted(counts)]


def event_places(con: duckdb.DuckDBPyConnection, query: EventQuery) -> dict[str, Any]:
    """Where matching events happened: points with coordinates, and counts per country."""
    located = query.where()
    located.add("e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL")
    points = con.execute(
        f"""SELECT e.location_name, e.location_country, e.location_lat, e.location_lon,
                   count(*) AS n {_FROM_EVENTS} {located.sql()}
            GROUP BY ALL ORDER BY n DESC, e.location_name LIMIT 2000""",
        located.params).fetchall()
    in_country = query.where()
    in_country.add("e.location_country IS NOT NULL")
    countries = con.execute(
        f"""SELECT upper(e.location_country) AS c, count(*) {_FROM_EVENTS} {in_country.sql()}
            GROUP BY ALL ORDER BY c""", in_country.params).fetchall()
    return {"points": [{"name": name, "country": country, "lat": lat, "lon": lon, "events": n}
                       for name, country, lat, lon, n in points],
            "countries": {code: n for code, n in countries}}


def article_page(con: duckdb.DuckDBPyConnection, *, text: str | None, limit: int,
                 offset: int = 0) -> dict[str, Any]:
    """Articles newest first (without their text), with how many records each gave;
    `text` searches titles and texts."""
    where = _Filter()
    if text:
        where.add("(a.title ILIKE $text ESCAPE '\\' OR a.text ILIKE $text ESCAPE '\\')",
                  text=_like(text))
    total = con.execute(f"SELECT count(*) FROM articles a {where.sql()}",
                        where.params).fetchone()
    rows = con.execute(
        f"""SELECT a.id, a.title, a.date, a.url, a.source, length(a.text),
                   (SELECT count(*) FROM events e WHERE e.article_id = a.id),
                   (SELECT count(*) FROM stances s WHERE s.article_id = a.id),
                   (SELECT count(*) FROM commitments c WHERE c.article_id = a.id)
            FROM articles a {where.sql()}
            ORDER BY a.date DESC NULLS LAST, a.id LIMIT $limit OFFSET $offset""",
        {**where.params, "limit": limit, "offset": offset}).fetchall()
    keys = ("id", "title", "date", "url", "source", "characters", "events", "stances",
            "commitments")
    return {"total": int(total[0]) if total else 0, "limit": limit, "offset": offset,
            "items": [dict(zip(keys, row, strict=True)) for row in rows]}


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """One article with its text and its events, or None when there is no such article."""
    row = con.execute("SELECT id, title, date, url, source, text, coder_version, ingested_at "
                      "FROM articles WHERE id = $id", {"id": article_id}).fetchone()
    if row is None:
        return None
    keys = ("id", "title", "date", "url", "source", "text", "coder_version", "ingested_at")
    found = dict(zip(keys, row, strict=True))
    found["ingested_at"] = str(found["ingested_at"])
    found["events"] = event_records(con, EventQuery(article_id=article_id), limit=10_000)
    return found


def actor_page(con: duckdb.DuckDBPyConnection, *, text: str | None, limit: int,
               offset: int = 0) -> dict[str, Any]:
    """Actors in events, most active first: events as source and as recipient, stances
    and commitments given; `text` searches names and ids."""
    where = _Filter()
    if text:
        where.add("(name ILIKE $text ESCAPE '\\' OR actor_id ILIKE $text ESCAPE '\\')",
                  text=_like(text))
    sql = f"""
        WITH roles AS (
            SELECT source_name AS name, source_country AS country, source_actor_id AS actor_id,
                   source_sector AS sector, 1 AS src, 0 AS dst, 0 AS st, 0 AS cm
            FROM events WHERE source_name IS NOT NULL
            UNION ALL
            SELECT recipient_name, recipient_country, recipient_actor_id, recipient_sector,
                   0, 1, 0, 0 FROM events WHERE recipient_name IS NOT NULL
            UNION ALL
            SELECT actor_name, actor_country, actor_actor_id, actor_sector, 0, 0, 1, 0
            FROM stances
            UNION ALL
            SELECT giver_name, giver_country, giver_actor_id, giver_sector, 0, 0, 0, 1
            FROM commitments),
        actors AS (
            SELECT name, country, max(actor_id) AS actor_id, max(sector) AS sector,
                   sum(src) AS as_source, sum(dst) AS as_recipient, sum(st) AS stances,
                   sum(cm) AS commitments
            FROM roles GROUP BY name, country)
        SELECT *, count(*) OVER () AS total FROM actors {where.sql()}
        ORDER BY as_source + as_recipient DESC, stances DESC, name, country
        LIMIT $limit OFFSET $offset"""
    result = con.execute(sql, {**where.params, "limit": limit, "offset": offset})
    columns = [d[0] for d in result.description or []]
    rows = [dict(zip(columns, row, strict=True)) for row in result.fetchall()]
    total = rows[0].pop("total") if rows else 0
    for row in rows[1:]:
        row.pop("total")
    return {"total": int(total), "limit": limit, "offset": offset,
            "items": [{k: int(v) if k in {"as_source", "as_recipient", "stances",
                                          "commitments"} else v for k, v in r.items()}
                      for r in rows]}


def stance_observations(con: duckdb.DuckDBPyConnection, *, actor: str | None = None,
                        country: str | None = None,
                        issue: str | None = None) -> list[dict[str, Any]]:
    """Per-article stance observations (contract dicts) oldest first, each with its
    `article_id`, `article_title` and `date`: the article's date, else the stance's own."""
    where = _Filter()
    where.actor("actor", actor, ("s.actor",))
    where.country(country, ("s.actor",))
    if issue is not None:
        where.add("lower(s.issue) = lower($issue)", issue=issue)
    rows = con.execute(
        f"""SELECT s.record, s.article_id, a.title, coalesce(a.date, s.date) AS observed
            FROM stances s JOIN articles a ON a.id = s.article_id {where.sql()}
            ORDER BY observed NULLS LAST, a.ingested_at, s.article_id, s.id""",
        where.params).fetchall()
    found = []
    for record, article_id, title, observed in rows:
        stance = json.loads(record)
        found.append({**stance, "stance_date": stance.get("date"), "date": observed,
                      "article_id": article_id, "article_title": title})
    return found


def sentence_triggers(con: duckdb.DuckDBPyConnection, article_id: str,
                      sentence: int) -> list[dict[str, Any]]:
    """The trigger words of the events read from one sentence, with their source and speaker."""
    rows = con.execute(
        """SELECT trigger, source_name, attributed_name, event_type FROM events
           WHERE article_id = $article_id AND sentence = $sentence AND trigger IS NOT NULL""",
        {"article_id": article_id, "sentence": sentence}).fetchall()
    return [{"trigger": t, "source": s, "attributed_to": by, "event_type": k}
            for t, s, by, k in rows]


def stance_changes(con: duckdb.DuckDBPyConnection, *, since: str | None = None,
                   until: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
    """Observations where an actor's polarity on an issue moved from its previous one (as
    `wirecoder.stances.timeline.mark_changes`, computed in SQL): the latest `limit`,
    oldest first."""
    where = _Filter()
    where.add("previous IS NOT NULL AND previous <> polarity")
    where.dates("observed", since, until)
    rows = con.execute(
        f"""WITH observations AS (
                SELECT s.actor_name, s.actor_country, s.issue, s.polarity, s.article_id,
                       s.evidence, coalesce(a.date, s.date) AS observed,
                       lag(s.polarity) OVER (
                           PARTITION BY coalesce(s.actor_actor_id, concat(s.actor_country, ':',
                                                 lower(s.actor_name))), lower(s.issue)
                           ORDER BY coalesce(a.date, s.date, ''), s.article_id, s.id
                       ) AS previous
                FROM stances s JOIN articles a ON a.id = s.article_id)
            SELECT observed, actor_name, actor_country, issue, polarity, previous, article_id,
                   evidence->>'$[0].text'
            FROM observations {where.sql()}
            ORDER BY observed DESC, article_id DESC, actor_name DESC LIMIT $limit""",
        {**where.params, "limit": limit}).fetchall()[::-1]
    keys = ("date", "actor", "country", "issue", "polarity", "previous", "article_id",
            "evidence")
    return [dict(zip(keys, row, strict=True)) for row in rows]
