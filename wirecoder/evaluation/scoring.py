"""Score system records (spec/records.md) against gold articles (benchmarks/FORMAT.md).

Events: precision, recall and F1 at three levels with one-to-one matching; stances and
commitments: how many required gold items some system record satisfies. The numbers are
the ones benchmarks/score.py prints for the same files.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wirecoder.errors import Errors, InputError
from wirecoder.evaluation.gold import (
    GoldArticle,
    GoldCommitment,
    GoldEvent,
    GoldStance,
    actor_country,
)
from wirecoder.evaluation.matching import maximum_matching

logger = logging.getLogger(__name__)

LEVELS: tuple[str, ...] = ("type", "dyad", "full")
NEGATION = "negation"


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the rates they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    """Required gold items satisfied by some system record; `extra` counts stances on the
    gold issues by actors the gold has no stance for (None for commitments)."""

    correct: int = 0
    total: int = 0
    extra: int | None = None

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"accuracy": round(self.correct / self.total, 4)
                               if self.total else None,
                               "correct": self.correct, "total": self.total}
        if self.extra is not None:
            out["extra"] = self.extra
        return out


@dataclass(frozen=True)
class ScoreError:
    """One scoring error: MISS (gold event not found), EXTRA (false positive), STANCE, PLEDGE."""

    category: str
    article_id: str
    detail: str

    def line(self) -> str:
        return f"{self.category:<5} {self.article_id}: {self.detail}"


@dataclass
class ScoreReport:
    """Everything `score` measured, with the errors behind the numbers."""

    articles: int
    events: dict[str, Counts]
    events_by_type: dict[str, dict[str, Counts]]
    stances: Accuracy
    commitments: Accuracy
    event_errors: dict[str, list[ScoreError]] = field(default_factory=dict)
    stance_errors: list[ScoreError] = field(default_factory=list)
    commitment_errors: list[ScoreError] = field(default_factory=list)

    def errors(self, level: str = "dyad") -> list[ScoreError]:
        """Missed and extra events at `level`, then missed stances and commitments."""
        return self.event_errors.get(level, []) + self.stance_errors + self.commitment_errors

    def error_lines(self, level: str = "dyad") -> list[str]:
        """The errors as text lines, as `score.py --show-errors` prints them."""
        return [e.line() for e in self.errors(level)]

    def to_dict(self) -> dict[str, Any]:
        """score.py's `--json` object, plus `events_by_type` (level -> event type -> counts)."""
        return {
            "articles": self.articles,
            "events": {level: c.to_dict() for level, c in self.events.items()},
            "stances": self.stances.to_dict(),
            "commitments": self.commitments.to_dict(),
            "events_by_type": {level: {t: c.to_dict() for t, c in sorted(by_type.items())}
                               for level, by_type in self.events_by_type.items()},
        }

    def lines(self, by_type: bool = True) -> list[str]:
        """A human-readable summary: the three event levels, stances, commitments, per type."""
        out = [f"events/{level:4s}  P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}  "
               f"(tp={c.tp} fp={c.fp} fn={c.fn})" for level, c in self.events.items()]
        for name, acc in (("stances", self.stances), ("commitments", self.commitments)):
            if acc.total:
                extra = f" extra={acc.extra}" if acc.extra is not None else ""
                out.append(f"{name:12s} accuracy={acc.correct / acc.total:.3f} "
                           f"({acc.correct}/{acc.total}){extra}")
        if by_type and self.events_by_type.get("type"):
            out.append(f"  {'event type':12s}  " + "  ".join(f"{lv:>4s}" for lv in LEVELS)
                       + "   (F1 by level; counts at the type level)")
            for event_type, c in sorted(self.events_by_type["type"].items()):
                f1s = "  ".join(f"{self.events_by_type[lv].get(event_type, Counts()).f1:.2f}"
                                for lv in LEVELS)
                out.append(f"  {event_type:12s}  {f1s}   tp={c.tp} fp={c.fp} fn={c.fn}")
        return out


def score(gold: list[GoldArticle], records: Iterable[dict[str, Any]]) -> ScoreReport:
    """Compare system records (output-contract dicts) with the gold articles."""
    by_article, pooled_stances = _group_by_article(gold, records)
    report = ScoreReport(articles=len(gold), events={lv: Counts() for lv in LEVELS},
                         events_by_type={lv: defaultdict(Counts) for lv in LEVELS},
                         stances=Accuracy(extra=0), commitments=Accuracy(),
                         event_errors={lv: [] for lv in LEVELS})
    for article in gold:
        mine = by_article.get(article.id, [])
        _score_events(article, [r for r in mine if r.get("kind") == "event"], report)
        stances = [r for r in mine if r.get("kind") == "stance"] + pooled_stances
        _score_stances(article, stances, report)
        _score_commitments(article, [r for r in mine if r.get("kind") == "commitment"], report)
    report.events_by_type = {lv: dict(c) for lv, c in report.events_by_type.items()}
    return report


def read_records(path: str | Path) -> list[dict[str, Any]]:
    """Read a system output JSON Lines file; raise InputError (E057) on a line that is not
    a JSON object."""
    records: list[dict[str, Any]] = []
    with Path(path).open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(Errors.E057.format(path=path, line=number,
                                                    detail=exc.msg)) from exc
            if not isinstance(record, dict):
                raise InputError(Errors.E057.format(path=path, line=number,
                                                    detail=type(record).__name__))
            records.append(record)
    return records


def _group_by_article(gold: list[GoldArticle], records: Iterable[dict[str, Any]]
                      ) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
    """Records by `article_id`; stances without one apply to every article (they are
    aggregated over a run). Records of other articles are left out, with a warning."""
    gold_ids = {a.id for a in gold}
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    pooled: list[dict[str, Any]] = []
    unscored: dict[str, int] = defaultdict(int)
    for record in records:
        if not isinstance(record, dict):
            unscored["non-object"] += 1
            continue
        key = record.get("article_id")
        if record.get("kind") == "stance" and not key:
            pooled.append(record)
        elif isinstance(key, str) and key in gold_ids:
            by_article[key].append(record)
        else:
            unscored[str(record.get("kind"))] += 1
    for kind, n in unscored.items():
        logger.warning("%d %s records not scored: their article_id is missing or no gold "
                       "article has it", n, kind)
    return by_article, pooled


def _contexts(record: dict[str, Any]) -> set[str]:
    ctx = record.get("context") or []
    return {c.lower() for c in ctx if isinstance(c, str)} if isinstance(ctx, list) else set()


def _has_keyword(text: object, keywords: Iterable[str]) -> bool:
    """Some keyword is a case-insensitive substring of the text."""
    low = text.lower() if isinstance(text, str) else ""
    return any(k.lower() in low for k in keywords)


def _event_fits(gold: GoldEvent, record: dict[str, Any], level: str) -> bool:
    """The record's evidence overlaps the gold span and it fits one option at `level`."""
    evidence = record.get("evidence")
    start = evidence.get("start") if isinstance(evidence, dict) else None
    end = evidence.get("end") if isinstance(evidence, dict) else None
    if not isinstance(start, int) or not isinstance(end, int):
        return False
    if not (start < gold.end and gold.start < end):  # half-open character spans
        return False
    contexts = _contexts(record)
    negated = NEGATION in contexts
    if not any(option.event_type == record.get("event_type") and option.negated == negated
               and (level != "full" or not option.modality or contexts & set(option.modality))
               for option in gold.options):
        return False
    if level == "type":
        return True
    return all(spec is None or spec.accepts(record.get(role))
               for role, spec in (("source", gold.source), ("recipient", gold.recipient)))


def _score_events(article: GoldArticle, records: list[dict[str, Any]],
                  report: ScoreReport) -> None:
    for level in LEVELS:
        candidates = [[i for i, r in enumerate(records) if _event_fits(g, r, level)]
                      for g in article.events]
        matched = maximum_matching(candidates)
        counts, by_type = report.events[level], report.events_by_type[level]
        errors = report.event_errors[level]
        for index, gold in enumerate(article.events):
            if not gold.required:
                continue  # a record matched to an optional event counts neither way
            if index in matched:
                counts.tp += 1
                by_type[str(records[matched[index]].get("event_type"))].tp += 1
            else:
                counts.fn += 1
                by_type[gold.options[0].event_type].fn += 1
                types = [o.event_type for o in gold.options]
                errors.append(ScoreError("MISS", article.id, f"{gold.evidence[:70]!r} {types}"))
        used = set(matched.values())
        for index, record in enumerate(records):
            if index in used:
                continue
            counts.fp += 1
            by_type[str(record.get("event_type"))].fp += 1
            errors.append(ScoreError("EXTRA", article.id, _describe_extra(record)))


def _describe_extra(record: dict[str, Any]) -> str:
    evidence = record.get("evidence")
    text = evidence.get("text", "") if isinstance(evidence, dict) else ""
    return (f"{record.get('event_type')} {actor_country(record.get('source'))}->"
            f"{actor_country(record.get('recipient'))} ctx={sorted(_contexts(record))} "
            f"{str(text)[:70]!r}")


def _stance_fits(gold: GoldStance, record: dict[str, Any]) -> bool:
    """Same actor country (a countryless actor never fits) and an issue keyword."""
    actor = record.get("actor")
    return (gold.actor.accepts(actor) and bool(actor_country(actor))
            and _has_keyword(record.get("issue"), gold.issue_keywords))


def _score_stances(article: GoldArticle, records: list[dict[str, Any]],
                   report: ScoreReport) -> None:
    acc = report.stances
    for gold in article.stances:
        fitting = [r for r in records if _stance_fits(gold, r)]
        good = any(r.get("polarity") in gold.polarity for r in fitting)
        if not gold.required:
            continue
        acc.total += 1
        acc.correct += good
        if not good:
            got = [r.get("polarity") for r in fitting] or "nothing"
            report.stance_errors.append(ScoreError(
                "STANCE", article.id,
                f"{list(gold.actor.countries)} want {list(gold.polarity)} got {got}"))
    gold_countries = {c for g in article.stances for c in g.actor.countries}
    keywords = [k for g in article.stances for k in g.issue_keywords]
    if keywords:
        acc.extra = (acc.extra or 0) + sum(
            1 for r in records if _has_keyword(r.get("issue"), keywords)
            and actor_country(r.get("actor")) not in gold_countries)


def _commitment_fits(gold: GoldCommitment, record: dict[str, Any]) -> bool:
    return (gold.giver.accepts(record.get("giver"))
            and gold.receiver.accepts(record.get("receiver"))
            and _has_keyword(record.get("what"), gold.what_keywords)
            and (NEGATION in _contexts(record)) == gold.negated)


def _score_commitments(article: GoldArticle, records: list[dict[str, Any]],
                       report: ScoreReport) -> None:
    for gold in article.commitments:
        if not gold.required:
            continue
        report.commitments.total += 1
        if any(_commitment_fits(gold, r) for r in records):
            report.commitments.correct += 1
        else:
            report.commitment_errors.append(ScoreError(
                "PLEDGE", article.id, f"{list(gold.giver.countries)} "
                f"{list(gold.what_keywords)} negated={gold.negated} missing"))
