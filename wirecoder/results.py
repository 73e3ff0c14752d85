"""What the coder returns for one article: the records read from it, with the article."""

from __future__ import annotations

from dataclasses import dataclass, field

from wirecoder.ingest.article import Article
from wirecoder.records import CommitmentRecord, EventRecord, StanceRecord


@dataclass
class ArticleResult:
    """Records coded from one article. `stances` are the article's own stance
    observations; corpus-level stances come from `wirecoder.stances.aggregate`."""

    article: Article
    events: list[EventRecord] = field(default_factory=list)
    commitments: list[CommitmentRecord] = field(default_factory=list)
    stances: list[StanceRecord] = field(default_factory=list)
    coder_version: str = ""
    error: str | None = None  # set when coding this article failed; it has no records then
