"""JSON endpoints over the store: articles, events, actors, network, timeline, places,
stances and commitments. Every endpoint reads through its own cursor."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from wirecoder import __version__
from wirecoder.api.errors import ApiError
from wirecoder.api.evidence import marked_evidence
from wirecoder.api.params import MAX_TEXT, Limit, Offset, Text, event_query, reader
from wirecoder.api.reader import StoreReader
from wirecoder.stances.timeline import mark_changes
from wirecoder.store import analytics, queries
from wirecoder.store.analytics import EventQuery

router = APIRouter(prefix="/api")
Reader = Annotated[StoreReader, Depends(reader)]
Events = Annotated[EventQuery, Depends(event_query)]


@router.get("/health", tags=["store"])
def health(request: Request, store: Reader) -> dict[str, Any]:
    """What the server serves: the store file, its schema version and row counts."""
    with store.cursor() as con:
        counts = queries.counts(con)
    return {"status": "ok", "version": __version__, "db": str(store.path),
            "schema_version": store.schema_version, "counts": counts,
            "allow_coding": request.app.state.settings.allow_coding}


@router.get("/articles", tags=["articles"])
def articles(store: Reader, q: Text = None, limit: Limit = 50,
             offset: Offset = 0) -> dict[str, Any]:
    """Articles newest first, without their text; `q` searches titles and texts."""
    with store.cursor() as con:
        return analytics.article_page(con, text=q, limit=limit, offset=offset)


@router.get("/articles/{article_id}", tags=["articles"])
def article(article_id: str, store: Reader) -> dict[str, Any]:
    """One article with its text and its events."""
    with store.cursor() as con:
        found = analytics.article(con, article_id)
    if found is None:
        raise ApiError(404, f"No article with id '{article_id}' in the store; list them at "
                            "/api/articles.")
    return found


@router.get("/events", tags=["events"])
def events(store: Reader, query: Events, limit: Limit = 50, offset: Offset = 0,
           order: Annotated[str, Query(pattern="^(newest|oldest)$")] = "newest"
           ) -> dict[str, Any]:
    """Events matching every filter given, one page at a time, with the total."""
    with store.cursor() as con:
        return analytics.event_page(con, query, limit=limit, offset=offset,
                                    newest_first=order == "newest")


@router.get("/actors", tags=["actors"])
def actors(store: Reader, q: Text = None, limit: Limit = 100,
           offset: Offset = 0) -> dict[str, Any]:
    """Actors, most active first, with their event, stance and commitment counts."""
    with store.cursor() as con:
        return analytics.actor_page(con, text=q, limit=limit, offset=offset)


@router.get("/network", tags=["actors"])
def network(store: Reader, query: Events,
            max_nodes: Annotated[int, Query(ge=2, le=500)] = 60) -> dict[str, Any]:
    """The actor network: actors as nodes, source→recipient event counts as edges split
    into cooperation and conflict (PLOVER classes)."""
    with store.cursor() as con:
        return analytics.actor_network(con, query, max_nodes)


@router.get("/timeline", tags=["events"])
def timeline(store: Reader, query: Events) -> dict[str, Any]:
    """Events per day by PLOVER class, and the stance changes in the same date range."""
    with store.cursor() as con:
        return {"days": analytics.events_per_day(con, query),
                "stance_changes": analytics.stance_changes(con, since=query.since,
                                                           until=query.until)}


@router.get("/places", tags=["events"])
def places(store: Reader, query: Events) -> dict[str, Any]:
    """Where matching events happened: points and counts per country (ISO alpha-3)."""
    with store.cursor() as con:
        return analytics.event_places(con, query)


@router.get("/stances/matrix", tags=["stances"])
def stance_matrix(store: Reader, issue: Text = None) -> dict[str, Any]:
    """The latest polarity of each actor on each issue, with how often it was observed."""
    with store.cursor() as con:
        cells = queries.stance_matrix(con, issue=issue)
    actors = sorted({(c["actor"], c["country"] or "") for c in cells})
    issues = sorted({c["issue"] for c in cells})
    return {"actors": [{"name": n, "country": c or None} for n, c in actors],
            "issues": issues, "cells": cells}


@router.get("/stances/timeline", tags=["stances"])
def stance_timeline(store: Reader, actor: Text = None,
                    country: Annotated[str | None, Query(max_length=3)] = None,
                    issue: Text = None, changes_only: bool = False) -> dict[str, Any]:
    """Stance observations in date order, each marked `changed` when the polarity moved."""
    with store.cursor() as con:
        observations = analytics.stance_observations(con, actor=actor, country=country,
                                                     issue=issue)
    marked = [o for o in mark_changes(observations) if o["changed"] or not changes_only]
    return {"items": marked}


@router.get("/stances/evidence", tags=["stances"])
def stance_evidence(store: Reader, actor: Annotated[str, Query(max_length=MAX_TEXT)],
                    issue: Annotated[str, Query(max_length=MAX_TEXT)],
                    country: Annotated[str | None, Query(max_length=3)] = None
                    ) -> dict[str, Any]:
    """One stance matrix cell: every observation with its evidence sentences, the actor
    and the cue marked as character spans (`highlights`)."""
    with store.cursor() as con:
        found = [o for o in analytics.stance_observations(con, actor=actor, issue=issue)
                 if (o["actor"].get("country") or None) == (country or None)]
        triggers: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
        for o in found:
            for e in o.get("evidence") or []:
                key = (str(e.get("article_id") or o["article_id"]), int(e.get("sentence") or 0))
                if key not in triggers:
                    triggers[key] = analytics.sentence_triggers(con, *key)
    if not found:
        raise ApiError(404, f"No stance of '{actor}' on '{issue}' in the store; the cells are "
                            "listed at /api/stances/matrix.")
    return {"actor": actor, "country": country, "issue": issue,
            "observations": [{**o, "evidence": marked_evidence(o, triggers)} for o in found]}


@router.get("/commitments", tags=["commitments"])
def commitments(store: Reader, giver: Text = None, receiver: Text = None, what: Text = None,
                since: Annotated[str | None, Query(max_length=10)] = None,
                until: Annotated[str | None, Query(max_length=10)] = None,
                limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Pledges, offers and refusals, oldest first, one page at a time, with the total."""
    with store.cursor() as con:
        rows = queries.pledges(con, giver=giver, receiver=receiver, since=since, until=until,
                               what=what)
    return {"total": len(rows), "limit": limit, "offset": offset,
            "items": rows[offset: offset + limit]}


@router.get("/commitments/totals", tags=["commitments"])
def commitment_totals(store: Reader) -> dict[str, Any]:
    """How many commitments each giver made of each thing, and how many were refusals."""
    with store.cursor() as con:
        return {"items": queries.pledge_totals(con)}
