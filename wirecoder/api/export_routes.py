"""Export endpoints: the filtered events as PLOVER JSON, CAMEO-style TSV, CSV or Parquet,
and the actor network as GraphML."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response, StreamingResponse

from wirecoder.api import exports
from wirecoder.api.params import event_query, filters_of, reader
from wirecoder.api.reader import StoreReader
from wirecoder.store import analytics
from wirecoder.store.analytics import EventQuery

router = APIRouter(prefix="/api/export", tags=["exports"])
Reader = Annotated[StoreReader, Depends(reader)]
Events = Annotated[EventQuery, Depends(event_query)]
MAX_EXPORT = 1_000_000
ExportLimit = Annotated[int, Query(ge=1, le=MAX_EXPORT,
                                   description=f"Most events exported, at most {MAX_EXPORT:,}.")]


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


@router.get("/events.json")
def events_json(store: Reader, query: Events, limit: ExportLimit = MAX_EXPORT) -> Response:
    """Events as PLOVER JSON: the contract records under a header naming the filters."""
    with store.cursor() as con:
        records = analytics.event_records(con, query, limit)
    for record in records:
        record.pop("article_title", None)
        record.pop("article_date", None)
    return Response(exports.plover_json(records, filters_of(query)),
                    media_type="application/json",
                    headers=_attachment("wirecoder-events.json"))


def _streamed(store: StoreReader, query: EventQuery, limit: int, writer: exports.TextWriter,
              media_type: str, name: str) -> StreamingResponse:
    def body() -> Iterator[str]:  # the cursor lives as long as the download
        with store.cursor() as con:
            yield from writer(analytics.flat_events(con, query, limit))

    return StreamingResponse(body(), media_type=media_type, headers=_attachment(name))


@router.get("/events.tsv")
def events_tsv(store: Reader, query: Events, limit: ExportLimit = MAX_EXPORT) -> Response:
    """Events as CAMEO-style TSV (Phoenix-like columns, QuadClass from the PLOVER class)."""
    return _streamed(store, query, limit, exports.events_cameo_tsv,
                     "text/tab-separated-values; charset=utf-8", "wirecoder-events.tsv")


@router.get("/events.csv")
def events_csv(store: Reader, query: Events, limit: ExportLimit = MAX_EXPORT) -> Response:
    """Events as CSV, one flat row each."""
    return _streamed(store, query, limit, exports.events_csv, "text/csv; charset=utf-8",
                     "wirecoder-events.csv")


@router.get("/events.parquet")
def events_parquet(store: Reader, query: Events, limit: ExportLimit = MAX_EXPORT) -> Response:
    """Events as a Parquet file, one flat row each."""
    with store.cursor() as con:
        data = exports.events_parquet(analytics.flat_events_arrow(con, query, limit))
    return Response(data, media_type="application/vnd.apache.parquet",
                    headers=_attachment("wirecoder-events.parquet"))


@router.get("/network.graphml")
def network_graphml(store: Reader, query: Events,
                    max_nodes: Annotated[int, Query(ge=2, le=5000)] = 500) -> Response:
    """The actor network (as /api/network) as GraphML, for Gephi, yEd or networkx."""
    with store.cursor() as con:
        network = analytics.actor_network(con, query, max_nodes)
    return Response(exports.network_graphml(network), media_type="application/graphml+xml",
                    headers=_attachment("wirecoder-network.graphml"))
