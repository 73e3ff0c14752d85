"""Score the actor resolver on a file of labelled mentions (tests/fixtures/actors/).

Each line is a snippet with its publication date and the mentions an analyst would code:
`{"id", "date", "text", "mentions": [{"text", "occurrence", "phenomenon", "country",
"sector", "name"?, "role"?}]}`. A mention is located by the n-th whole-word occurrence of
its text; the resolver's actor for the head of that span is compared with the label.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from wirecoder.actors.resolver import ActorResolver, DocActors, Mention
from wirecoder.records import Actor

LEVELS = ("country", "country+sector", "name", "role")


@dataclass(frozen=True)
class LabelledSnippet:
    """One line of a mention file."""

    id: str
    date: datetime.date
    text: str
    mentions: tuple[dict[str, Any], ...]


@dataclass
class Tally:
    """Right and total counts per level for one phenomenon."""

    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))

    def add(self, level: str, ok: bool) -> None:
        self.total[level] += 1
        self.right[level] += int(ok)

    def accuracy(self, level: str) -> float | None:
        """Share right at that level, or None when nothing was labelled for it."""
        return self.right[level] / self.total[level] if self.total[level] else None


@dataclass
class MentionScore:
    """Tallies per phenomenon and overall, with a line per miss."""

    by_phenomenon: dict[str, Tally] = field(default_factory=dict)
    overall: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)


def read_snippets(path: Path) -> Iterator[LabelledSnippet]:
    """The labelled snippets of a mention file, in order."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                data = json.loads(line)
                yield LabelledSnippet(
                    data["id"],
                    datetime.date.fromisoformat(data["date"]),
                    data["text"],
                    tuple(data["mentions"]),
                )


def locate(doc: Doc, text: str, occurrence: int) -> Span | None:
    """The span of the n-th whole-word occurrence of `text` in the doc."""
    pattern = r"(?<!\w)" + re.escape(text) + r"(?!\w)"
    starts = [m.start() for m in re.finditer(pattern, doc.text)]
    if len(starts) < occurrence:
        return None
    start = starts[occurrence - 1]
    return doc.char_span(start, start + len(text), alignment_mode="expand")


def actor_of(actors: DocActors, span: Span) -> Actor | None:
    """What the resolver says the span refers to: a mention headed inside the span, else the
    actor of the span's syntactic head (as the event stage asks)."""
    inside = [m for m in actors.mentions if span.start <= m.head_token_i < span.end]
    if inside:

        def distance(m: Mention) -> int:
            return abs(m.start_token - span.start) + abs(m.end_token - span.end)

        return min(inside, key=distance).actor
    return actors.actor_for(span.root)


def score_snippets(
    snippets: Iterable[LabelledSnippet],
    parse: Callable[[str], Doc],
    resolver: ActorResolver,
) -> MentionScore:
    """Resolve every snippet and compare each labelled mention with the resolver's actor."""
    score = MentionScore()
    for snippet in snippets:
        doc = parse(snippet.text)
        actors = resolver.resolve(doc, on=snippet.date)
        for label in snippet.mentions:
            span = locate(doc, label["text"], label.get("occurrence", 1))
            actor = actor_of(actors, span) if span is not None else None
            _compare(score, snippet.id, label, actor)
    return score


def _compare(score: MentionScore, sid: str, label: dict[str, Any], actor: Actor | None) -> None:
    tally = score.by_phenomenon.setdefault(label["phenomenon"], Tally())
    got_country = actor.country if actor else None
    got_sector = actor.sector if actor else None
    checks = {
        "country": got_country == label["country"],
        "country+sector": got_country == label["country"] and got_sector == label["sector"],
    }
    if "name" in label:
        checks["name"] = (actor.name if actor else None) == label["name"]
    if "role" in label:
        checks["role"] = (actor.role if actor else None) == label["role"]
    for level, ok in checks.items():
        tally.add(level, ok)
        score.overall.add(level, ok)
    wrong = [level for level, ok in checks.items() if not ok]
    if wrong:
        want = {k: label.get(k) for k in ("country", "sector", "name", "role") if k in label}
        got = (
            {"country": got_country, "sector": got_sector, "name": actor.name, "role": actor.role}
            if actor
            else None
        )
        score.misses.append(
            f"{sid} [{label['phenomenon']}] {label['text']!r}: want {want}, got {got}"
        )
