"""Name what an event is about with a canonical issue phrase, so that different wordings
of one question ("peacekeepers", "a reassurance force", "boots on the ground") group."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from wirecoder.datafiles import data_path, read_tsv


@dataclass(frozen=True)
class IssueSet:
    issue: str
    keywords: tuple[tuple[str, ...], ...]
    scoped: bool


@lru_cache(maxsize=1)
def load_issues() -> tuple[IssueSet, ...]:
    """The shipped issue sets, in file order (earlier wins a tie)."""
    path = data_path("lexicons", "issues.tsv")
    sets = []
    for _, row in read_tsv(path, ("issue", "keywords")):
        words = tuple(sorted((tuple(k.split()) for k in row["keywords"].split(",") if k),
                             key=len, reverse=True))
        sets.append(IssueSet(row["issue"], words, row.get("scoped", "no") == "yes"))
    return tuple(sets)


def _matches(lemmas: list[str], keyword: tuple[str, ...]) -> int:
    n = len(keyword)
    return sum(1 for i in range(len(lemmas) - n + 1) if tuple(lemmas[i:i + n]) == keyword)


def issue_for(tokens: Iterable[Token], place: str | None = None) -> str | None:
    """The canonical issue the tokens speak of (most keyword hits, longest keyword first),
    with " in <place>" for place-scoped issues; None if no issue set matches."""
    lemmas = [t.lemma_.lower() for t in tokens]
    best: tuple[int, int, int] | None = None
    chosen: IssueSet | None = None
    for rank, issue_set in enumerate(load_issues()):
        hits = [(_matches(lemmas, k), len(k)) for k in issue_set.keywords]
        count = sum(h for h, _ in hits)
        if not count:
            continue
        longest = max(n for h, n in hits if h)
        score = (count, longest, -rank)
        if best is None or score > best:
            best, chosen = score, issue_set
    if chosen is None:
        return None
    if chosen.scoped and place:
        return f"{chosen.issue} in {place}"
    return chosen.issue
