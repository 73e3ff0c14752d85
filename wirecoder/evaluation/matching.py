"""One-to-one matching of gold items to system records (maximum bipartite matching)."""

from __future__ import annotations

from collections.abc import Sequence


def maximum_matching(candidates: Sequence[Sequence[int]]) -> dict[int, int]:
    """Match each gold item (index into `candidates`) to at most one of its candidate records,
    no record twice, as many gold items as possible; returns {gold_index: record_index}.

    Gold items are tried fewest-candidates first, then in file order, each by an augmenting
    path. An item once matched stays matched, so when several maximum matchings exist this
    order decides which gold items get one: the order of benchmarks/score.py, kept so both
    scorers count the same required and optional matches.
    """
    owner: dict[int, int] = {}  # record index -> gold index

    def augment(gold: int, visited: set[int]) -> bool:
        for record in candidates[gold]:
            if record in visited:
                continue
            visited.add(record)
            if record not in owner or augment(owner[record], visited):
                owner[record] = gold
                return True
        return False

    order = sorted(range(len(candidates)), key=lambda g: (len(candidates[g]), g))
    for gold in order:
        if candidates[gold]:
            augment(gold, set())
    return {gold: record for record, gold in owner.items()}
