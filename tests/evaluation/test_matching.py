"""One-to-one matching of gold items to records: maximum size, no record used twice."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given
from hypothesis import strategies as st

from wirecoder.evaluation.matching import maximum_matching


def brute_force_size(candidates: list[list[int]], records: int) -> int:
    best = 0
    for order in permutations(range(records)):
        # assign gold i to record order[i] when it is a candidate (covers every matching)
        best = max(best, sum(1 for g, c in enumerate(candidates)
                             if g < len(order) and order[g] in c))
    return best


def test_chain_of_reassignments_matches_every_gold_item() -> None:
    # Tried in order, gold 0 takes record 0 and gold 1 record 1; gold 2 can only be matched
    # by moving gold 0 to record 1 and gold 1 to record 2.
    matching = maximum_matching([[0, 1], [1, 2], [0, 1]])
    assert len(matching) == 3
    assert len(set(matching.values())) == 3


def test_gold_item_with_fewer_candidates_is_served_first() -> None:
    assert maximum_matching([[0, 1], [0]]) == {1: 0, 0: 1}
    assert maximum_matching([[0], [0]]) == {0: 0}


def test_gold_items_without_candidates_stay_unmatched() -> None:
    assert maximum_matching([[], [0], []]) == {1: 0}


@given(st.lists(st.lists(st.integers(0, 4), max_size=5, unique=True), max_size=5))
def test_matching_is_maximum_and_uses_only_candidates_once(candidates: list[list[int]]) -> None:
    matching = maximum_matching(candidates)
    assert all(record in candidates[gold] for gold, record in matching.items())
    assert len(set(matching.values())) == len(matching)
    assert len(matching) == brute_force_size(candidates, 5)
