"""How well issue grouping tells one question from another, on labelled pairs of wordings
(tests/fixtures/issues/pairs.tsv): pairs of the same question must get the same issue,
pairs of different questions different ones."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from wirecoder.datafiles import read_tsv
from wirecoder.events.issues import issue_for, issue_place


@dataclass
class PairScore:
    """Accuracy over labelled pairs, split by label, with the pairs it got wrong."""

    same_total: int = 0
    same_right: int = 0
    different_total: int = 0
    different_right: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        total = self.same_total + self.different_total
        return (self.same_right + self.different_right) / total if total else 0.0


def issue_of_phrase(nlp: Language, phrase: str) -> str | None:
    """The canonical issue a wording names, with the place it names if any."""
    doc = nlp(phrase)
    return issue_for(list(doc), issue_place(doc))


def score_pairs(nlp: Language, path: Path) -> PairScore:
    """Score the grouping on a TSV of (a, b, same) pairs."""
    score = PairScore()
    for _, row in read_tsv(path, ("a", "b", "same")):
        issue_a, issue_b = issue_of_phrase(nlp, row["a"]), issue_of_phrase(nlp, row["b"])
        grouped = issue_a is not None and issue_a == issue_b
        same = row["same"] == "1"
        if same:
            score.same_total += 1
            score.same_right += grouped
        else:
            score.different_total += 1
            score.different_right += not grouped
        if grouped != same:
            score.wrong.append(f"{row['a']!r} -> {issue_a!r} | {row['b']!r} -> {issue_b!r} "
                               f"(labelled {'same' if same else 'different'})")
    return score
