"""Gold files (benchmarks/FORMAT.md): one hand-coded article a line, loaded into typed objects.

Every bad line is reported as a `GoldFileError` naming the file, the line and the field.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wirecoder.errors import Errors, GoldFileError
from wirecoder.ingest.article import Article
from wirecoder.records import EVENT_TYPES, POLARITIES

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ActorSpec:
    """Acceptable countries of an actor; `None` among them admits no actor or a countryless one."""

    countries: tuple[str | None, ...]

    def accepts(self, actor: object) -> bool:
        """True when the system actor (a record's actor dict, or null) has an acceptable country."""
        return actor_country(actor) in self.countries


@dataclass(frozen=True)
class GoldOption:
    """One acceptable coding of a gold event."""

    event_type: str
    negated: bool = False
    modality: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldEvent:
    """A gold event: its evidence located in the article text, the acceptable codings and actors.
    `source`/`recipient` None means any actor is fine."""

    evidence: str
    start: int
    end: int
    options: tuple[GoldOption, ...]
    source: ActorSpec | None = None
    recipient: ActorSpec | None = None
    required: bool = True
    note: str | None = None


@dataclass(frozen=True)
class GoldStance:
    actor: ActorSpec
    issue_keywords: tuple[str, ...]
    polarity: tuple[str, ...]
    required: bool = True


@dataclass(frozen=True)
class GoldCommitment:
    giver: ActorSpec
    receiver: ActorSpec
    what_keywords: tuple[str, ...]
    negated: bool = False
    required: bool = True


@dataclass(frozen=True)
class GoldArticle:
    """One gold article: the input fields and its hand coding."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    events: tuple[GoldEvent, ...] = ()
    stances: tuple[GoldStance, ...] = ()
    commitments: tuple[GoldCommitment, ...] = ()
    origin: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


def actor_country(actor: object) -> str | None:
    """The `country` of a record's actor dict; None for a missing actor."""
    return actor.get("country") if isinstance(actor, dict) else None


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold JSON Lines file; raise GoldFileError (E050) on the first bad line."""
    path = Path(path)
    if not path.is_file():
        raise GoldFileError(Errors.E050.format(path=path, detail=Errors.E051))
    articles = [_parse_line(raw, number, path)
                for number, raw in enumerate(path.read_bytes().splitlines(), start=1)
                if raw.strip()]
    if not articles:
        raise GoldFileError(Errors.E050.format(path=path, detail=Errors.E056))
    duplicates = sorted(i for i, n in Counter(a.id for a in articles).items() if n > 1)
    if duplicates:
        # Kept, as score.py does: every article with the id is scored against its records.
        logger.warning("gold file %s repeats article ids %s", path, ", ".join(duplicates))
    return articles


def _parse_line(raw: bytes, number: int, path: Path) -> GoldArticle:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        detail = Errors.E058.format(line=number, offset=exc.start)
        raise GoldFileError(Errors.E050.format(path=path, detail=detail)) from exc
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        detail = Errors.E052.format(line=number, detail=exc.msg)
        raise GoldFileError(Errors.E050.format(path=path, detail=detail)) from exc
    return parse_gold_article(data, line=number, path=str(path))


def gold_articles_as_inputs(gold: list[GoldArticle]) -> list[Article]:
    """The gold articles as coder inputs (id, text, title, date), hand coding left out."""
    return [Article(id=g.id, text=g.text, title=g.title, date=g.date, origin=g.origin)
            for g in gold]


def parse_gold_article(data: object, line: int = 1, path: str = "<gold>") -> GoldArticle:
    """Build a GoldArticle from one parsed line; raise GoldFileError (E050) naming the field."""
    check = _Checker(path, line)
    obj = check.mapping(data, "the line")
    article_id = check.field(obj, "id", str, "a non-empty string")
    text = check.field(obj, "text", str, "a non-empty string")
    if not article_id or not text:
        check.fail("'id' and 'text'", "non-empty strings", "an empty string")
    where = f"article '{article_id}'"
    events = tuple(_parse_event(check, raw, text, article_id, f"{where} events[{i}]")
                   for i, raw in enumerate(check.items(obj, "events", where)))
    stances = tuple(_parse_stance(check, raw, f"{where} stances[{i}]")
                    for i, raw in enumerate(check.items(obj, "stances", where)))
    commitments = tuple(_parse_commitment(check, raw, f"{where} commitments[{i}]")
                        for i, raw in enumerate(check.items(obj, "commitments", where)))
    known = {"id", "text", "date", "title", "events", "stances", "commitments"}
    return GoldArticle(
        id=article_id, text=text,
        date=check.field(obj, "date", str, "a string or null", optional=True),
        title=check.field(obj, "title", str, "a string or null", optional=True),
        events=events, stances=stances, commitments=commitments,
        origin=f"{path}:{line}", extra={k: v for k, v in obj.items() if k not in known})


def _parse_event(check: _Checker, raw: object, text: str, article_id: str,
                 where: str) -> GoldEvent:
    obj = check.mapping(raw, where)
    evidence = check.field(obj, "evidence", str, "a non-empty string", where=where)
    start = text.find(evidence) if evidence else -1
    if start < 0 or text.find(evidence, start + 1) >= 0:
        problem = "not a substring of" if start < 0 else "found more than once in"
        detail = Errors.E054.format(line=check.line, article=article_id, evidence=evidence,
                                    problem=problem)
        raise GoldFileError(Errors.E050.format(path=check.path, detail=detail))
    raw_options = check.field(obj, "options", list, "a non-empty list", where=where)
    if not raw_options:
        check.fail(f"{where} 'options'", "a non-empty list", "[]")
    options = tuple(_parse_option(check, o, f"{where} options[{i}]")
                    for i, o in enumerate(raw_options))
    return GoldEvent(
        evidence=evidence, start=start, end=start + len(evidence), options=options,
        source=check.optional_actor(obj, "source", where),
        recipient=check.optional_actor(obj, "recipient", where),
        required=check.flag(obj, "required", where, default=True),
        note=check.field(obj, "note", str, "a string", optional=True, where=where))


def _parse_option(check: _Checker, raw: object, where: str) -> GoldOption:
    obj = check.mapping(raw, where)
    event_type = check.field(obj, "event_type", str, "a PLOVER event type", where=where)
    if event_type not in EVENT_TYPES:
        check.unknown(f"{where} event_type", event_type, EVENT_TYPES)
    modality = check.strings(obj, "modality", where)
    return GoldOption(event_type=event_type, negated=check.flag(obj, "negated", where),
                      modality=modality)


def _parse_stance(check: _Checker, raw: object, where: str) -> GoldStance:
    obj = check.mapping(raw, where)
    polarity = check.strings(obj, "polarity", where, required=True)
    for value in polarity:
        if value not in POLARITIES:
            check.unknown(f"{where} polarity", value, POLARITIES)
    return GoldStance(actor=check.actor(obj, "actor", where),
                      issue_keywords=check.strings(obj, "issue_keywords", where, required=True),
                      polarity=polarity, required=check.flag(obj, "required", where, True))


def _parse_commitment(check: _Checker, raw: object, where: str) -> GoldCommitment:
    obj = check.mapping(raw, where)
    return GoldCommitment(giver=check.actor(obj, "giver", where),
                          receiver=check.actor(obj, "receiver", where),
                          what_keywords=check.strings(obj, "what_keywords", where, required=True),
                          negated=check.flag(obj, "negated", where),
                          required=check.flag(obj, "required", where, True))


@dataclass(frozen=True)
class _Checker:
    """Type checks for one line of a gold file, raising E050 with the line and field."""

    path: str
    line: int

    def fail(self, name: str, expected: str, got: str) -> None:
        detail = Errors.E053.format(line=self.line, field=name, expected=expected, got=got)
        raise GoldFileError(Errors.E050.format(path=self.path, detail=detail))

    def unknown(self, name: str, value: str, allowed: tuple[str, ...]) -> None:
        detail = Errors.E055.format(line=self.line, field=name, value=value,
                                    allowed=", ".join(allowed))
        raise GoldFileError(Errors.E050.format(path=self.path, detail=detail))

    def mapping(self, value: object, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(where, "a JSON object", type(value).__name__)
        return value  # type: ignore[return-value]

    def field(self, obj: dict[str, Any], key: str, kind: type, expected: str,
              optional: bool = False, where: str = "") -> Any:
        value = obj.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, kind) or isinstance(value, bool):
            got = "nothing" if key not in obj else type(value).__name__
            self.fail(f"{where} '{key}'".strip(), expected, got)
        return value

    def items(self, obj: dict[str, Any], key: str, where: str) -> list[Any]:
        value = self.field(obj, key, list, "a list", optional=True, where=where)
        return value or []

    def flag(self, obj: dict[str, Any], key: str, where: str, default: bool = False) -> bool:
        value = obj.get(key, default)
        if not isinstance(value, bool):
            self.fail(f"{where} '{key}'", "true or false", type(value).__name__)
        return value

    def strings(self, obj: dict[str, Any], key: str, where: str,
                required: bool = False) -> tuple[str, ...]:
        value: Any = obj.get(key, None if required else [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value) \
                or (required and not value):
            self.fail(f"{where} '{key}'", "a non-empty list of strings" if required
                      else "a list of strings", json.dumps(value)[:60])
        return tuple(value)

    def optional_actor(self, obj: dict[str, Any], key: str, where: str) -> ActorSpec | None:
        return None if obj.get(key) is None else self.actor(obj, key, where)

    def actor(self, obj: dict[str, Any], key: str, where: str) -> ActorSpec:
        spec = self.mapping(obj.get(key), f"{where} '{key}'")
        countries = spec.get("country", [None])
        if not isinstance(countries, list) or not countries \
                or not all(c is None or isinstance(c, str) for c in countries):
            self.fail(f"{where} '{key}.country'", "a non-empty list of codes or null",
                      json.dumps(countries)[:60])
        return ActorSpec(countries=tuple(countries))
