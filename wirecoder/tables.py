"""Rich tables of events, stances and pledges for the terminal (used only by the CLI)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rich.table import Table

POLARITY_STYLE = {"support": "green", "oppose": "red", "mixed": "yellow", "undecided": "cyan"}


def _actor_label(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    country = actor.get("country")
    return f"{actor.get('name')} ({country})" if country else str(actor.get("name"))


def _short(text: str | None, width: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def events_table(events: Iterable[dict[str, Any]], title: str = "Events") -> Table:
    """Events as the output contract's dicts: type, dyad, context, date, evidence."""
    table = Table(title=title, show_lines=False, expand=False)
    for column in ("type", "source → recipient", "context", "date", "evidence"):
        table.add_column(column, overflow="fold")
    for event in events:
        kind = event["event_type"] + (f"/{event['mode']}" if event.get("mode") else "")
        context = ", ".join(event.get("context") or []) or "-"
        table.add_row(kind, f"{_actor_label(event.get('source'))} → "
                            f"{_actor_label(event.get('recipient'))}",
                      context, event.get("date") or "-",
                      _short((event.get("evidence") or {}).get("text")))
    return table


def stance_matrix_table(stances: Iterable[dict[str, Any]], title: str = "Stances") -> Table:
    """Actors × issues, each cell the polarity (coloured)."""
    rows: dict[str, dict[str, str]] = {}
    issues: list[str] = []
    for stance in stances:
        actor = _actor_label(stance["actor"])
        issue = stance["issue"]
        if issue not in issues:
            issues.append(issue)
        rows.setdefault(actor, {})[issue] = stance["polarity"]
    table = Table(title=title)
    table.add_column("actor")
    for issue in issues:
        table.add_column(issue, overflow="fold")
    for actor in sorted(rows):
        cells = []
        for issue in issues:
            polarity = rows[actor].get(issue)
            style = POLARITY_STYLE.get(polarity or "", "")
            cells.append(f"[{style}]{polarity}[/]" if polarity else "")
        table.add_row(actor, *cells)
    return table


def pledges_table(pledges: Iterable[dict[str, Any]], title: str = "Pledges") -> Table:
    """Commitments: giver, receiver, what, firmness, condition, evidence."""
    table = Table(title=title)
    for column in ("giver", "receiver", "what", "context", "condition", "evidence"):
        table.add_column(column, overflow="fold")
    for pledge in pledges:
        evidence = pledge.get("evidence") or {}
        table.add_row(_actor_label(pledge.get("giver")), _actor_label(pledge.get("receiver")),
                      pledge.get("what") or "-", ", ".join(pledge.get("context") or []) or "firm",
                      pledge.get("condition") or "-", _short(evidence.get("text"), 60))
    return table


def rows_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str = "") -> Table:
    """Any query result as a table."""
    table = Table(title=title or None)
    for column in columns:
        table.add_column(str(column), overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    return table
