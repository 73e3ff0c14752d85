"""Name what an event is about with a canonical issue phrase, so that different wordings
of one question ("peacekeepers", "a reassurance force", "boots on the ground") group."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from wirecoder.actors.kb import KnowledgeBase
from wirecoder.datafiles import data_path, read_tsv
from wirecoder.events.placement import entity_text
from wirecoder.records import Actor

PLACE_PREPS = {"in", "into", "for", "to", "on", "over"}


@dataclass(frozen=True)
class IssueSet:
    issue: str
    keywords: tuple[tuple[str, ...], ...]
    scoped: bool
    link: str = "in"

    def placed(self, place: str) -> str:
        return f"{self.issue} {self.link} {place}"


@lru_cache(maxsize=1)
def load_issues() -> tuple[IssueSet, ...]:
    """The shipped issue sets, in file order (earlier wins a tie)."""
    path = data_path("lexicons", "issues.tsv")
    sets = []
    for _, row in read_tsv(path, ("issue", "keywords")):
        words = tuple(sorted((tuple(k.split()) for k in row["keywords"].split(",") if k),
                             key=len, reverse=True))
        sets.append(IssueSet(row["issue"], words, row.get("scoped", "no") == "yes",
                             row.get("link") or "in"))
    return tuple(sets)


def _matches(lemmas: list[str], keyword: tuple[str, ...]) -> int:
    if len(keyword) == 1:
        return lemmas.count(keyword[0])
    first, n = keyword[0], len(keyword)
    return sum(1 for i, lemma in enumerate(lemmas)
               if lemma == first and tuple(lemmas[i:i + n]) == keyword)


def issue_for(tokens: Iterable[Token], place: str | None = None) -> str | None:
    """The canonical issue the tokens speak of, with " in <place>" for place-scoped issues;
    None if no issue set matches. The phrase's head decides first ("monitoring a peace
    deal" is about monitoring), then the most keyword hits, then the longest keyword."""
    tokens = list(tokens)
    lemmas = [t.lemma_.lower() for t in tokens]
    inside = {t.i for t in tokens}
    heads = {t.lemma_.lower() for t in tokens if t.head.i not in inside or t.head == t}
    best: tuple[int, int, int, int] | None = None
    chosen: IssueSet | None = None
    for rank, issue_set in enumerate(load_issues()):
        hits = [(_matches(lemmas, k), k) for k in issue_set.keywords]
        count = sum(h for h, _ in hits)
        if not count:
            continue
        longest = max(len(k) for h, k in hits if h)
        on_head = int(any(h and k[-1] in heads for h, k in hits))
        score = (on_head, count, longest, -rank)
        if best is None or score > best:
            best, chosen = score, issue_set
    if chosen is None:
        return None
    if chosen.scoped and place:
        return chosen.placed(place)
    return chosen.issue


def issue_place(tokens: Iterable[Token], recipient: Actor | None = None) -> str | None:
    """The place an issue is about: a country named after in/into/for/to/on/over ("troops
    in Ukraine", "sanctions on Russia"), else the state the event is aimed at."""
    for token in tokens:
        if token.ent_type_ == "GPE" and token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS:
            return entity_text(token)
    if recipient is not None and recipient.actor_id == recipient.country and \
            KnowledgeBase.load().state_name(recipient.country):
        return recipient.name  # a state itself, not a person, region or organisation
    return None


def place_issues_in_article(issues: list[str | None]) -> list[str | None]:
    """Give unplaced issues the place the rest of the article names: an article about
    troops in Ukraine that later just says "the troops" still means troops in Ukraine."""
    sets = {s.issue: s for s in load_issues()}
    places: Counter[str] = Counter()
    for issue in issues:
        for base, issue_set in sets.items():
            prefix = f"{base} {issue_set.link} "
            if issue and issue.startswith(prefix):
                places[issue[len(prefix):]] += 1
    if not places:
        return issues
    place = places.most_common(1)[0][0]
    return [sets[i].placed(place) if i in sets and sets[i].scoped else i for i in issues]
