"""wirecoder: political event data (PLOVER), stances and pledges from news text.

    >>> import wirecoder
    >>> records = wirecoder.code_text("Italy would not send troops to Ukraine.", date="2025-09-05")
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from wirecoder.coder import Coder
    from wirecoder.ingest.article import Article
    from wirecoder.records import Record

_default_coder: Coder | None = None


def _coder() -> Coder:
    global _default_coder  # one loaded pipeline per process, created on first use
    if _default_coder is None:
        from wirecoder.coder import Coder

        _default_coder = Coder()
    return _default_coder


def code_articles(articles: Iterable[Article], *, coder: Coder | None = None) -> Iterator[Record]:
    """Code articles; yields each article's events and commitments, then the stances over
    all of them (aggregated per actor and issue)."""
    from wirecoder.stances.positions import aggregate

    observations = []
    for result in (coder or _coder()).code_articles(articles):
        yield from result.events
        yield from result.commitments
        observations.extend(result.stances)
    yield from aggregate(observations)


def code_text(text: str, *, date: str | None = None, article_id: str | None = None,
              coder: Coder | None = None) -> list[Record]:
    """Code one text published on `date` (ISO); returns events, commitments and stances."""
    from wirecoder.ingest.article import Article, article_id_for

    article = Article(id=article_id or article_id_for(text), text=text, date=date)
    return list(code_articles([article], coder=coder))


__all__ = ["__version__", "code_articles", "code_text"]
