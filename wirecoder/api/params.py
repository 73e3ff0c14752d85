"""Query parameters shared by several endpoints, with their limits."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request

from wirecoder.api.errors import ApiError
from wirecoder.api.reader import StoreReader
from wirecoder.events.confidence import DEFAULT_MIN_CONFIDENCE
from wirecoder.records import EVENT_TYPES
from wirecoder.store.analytics import CLASS_ORDER, EventQuery

MAX_PAGE = 500
MAX_TEXT = 200  # characters in a filter value

Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


def reader(request: Request) -> StoreReader:
    """The app's store reader."""
    found: StoreReader = request.app.state.reader
    return found


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(",") if v.strip())


def event_query(
    actor: Annotated[str | None, Query(max_length=MAX_TEXT,
                                       description="Source or recipient: name or actor id.")]
    = None,
    source: Text = None, recipient: Text = None,
    country: Annotated[str | None, Query(max_length=3, description="ISO alpha-3 of either "
                                                                   "side.")] = None,
    type: Annotated[str | None, Query(max_length=MAX_TEXT, description="PLOVER types, "
                                                                       "comma-separated.")]
    = None,
    klass: Annotated[str | None, Query(alias="class", description="A PLOVER class: "
                                       + ", ".join(CLASS_ORDER))] = None,
    context: Text = None,
    exclude: Annotated[str | None, Query(max_length=MAX_TEXT, description="Drop events with "
                                         "any of these contexts (comma-separated).")] = None,
    since: Annotated[str | None, Query(max_length=10, description="ISO date, any precision.")]
    = None,
    until: Annotated[str | None, Query(max_length=10)] = None,
    q: Annotated[str | None, Query(max_length=MAX_TEXT, description="Text in the evidence, "
                                   "issue or actor names.")] = None,
    article_id: Text = None,
    location: Annotated[str | None, Query(max_length=3, description="ISO alpha-3 of the "
                                                                    "event's place.")] = None,
    min_confidence: Annotated[float, Query(ge=0.0, le=1.0, description="Events at or above "
                                           "this confidence; 0 for all.")]
    = DEFAULT_MIN_CONFIDENCE,
) -> EventQuery:
    """The event filters of a request, checked."""
    types = tuple(t.upper() for t in _split(type))
    unknown = [t for t in types if t not in EVENT_TYPES]
    if unknown:
        raise ApiError(422, f"Unknown event type(s) {', '.join(unknown)}; use PLOVER types: "
                            f"{', '.join(EVENT_TYPES)}.")
    if klass is not None and klass not in CLASS_ORDER:
        raise ApiError(422, f"Unknown class '{klass}'; use one of {', '.join(CLASS_ORDER)}.")
    return EventQuery(actor=actor, source=source, recipient=recipient, country=country,
                      types=types, klass=klass, context=context, exclude=_split(exclude),
                      since=since, until=until, text=q, article_id=article_id,
                      location=location, min_confidence=min_confidence)


def filters_of(query: EventQuery) -> dict[str, object]:
    """The filters that were given, for export headers."""
    return {k: v for k, v in vars(query).items() if v not in (None, ())}
