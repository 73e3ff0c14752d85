"""The coder: a pure function from articles to records, composed of the pipeline's stages
(parse -> actors -> events -> commitments and stances)."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from spacy.tokens import Doc

from wirecoder import __version__
from wirecoder.actors.kb import KnowledgeBase
from wirecoder.actors.resolver import ActorResolver
from wirecoder.events.coder import ArticleContext, EventCoder
from wirecoder.events.dates import parse_iso_date
from wirecoder.events.lexicon import load_lexicon
from wirecoder.events.places import load_gazetteer
from wirecoder.ingest.article import Article
from wirecoder.nlp.pipeline import DEFAULT_MODEL, load_pipeline, parse_texts
from wirecoder.results import ArticleResult
from wirecoder.stances.commitments import commitments_from
from wirecoder.stances.positions import article_stances
from wirecoder.stances.statements import statement_observations

log = logging.getLogger(__name__)

CODER_VERSION = f"wirecoder-{__version__}"


class Coder:
    """Holds the loaded models and data; `code_articles` is pure given them."""

    def __init__(self, model: str = DEFAULT_MODEL, kb_files: Sequence[Path] = ()) -> None:
        self.nlp = load_pipeline(model)
        self.kb = KnowledgeBase.load(extra=list(kb_files))
        self.resolver = ActorResolver(self.kb)
        self.events = EventCoder(load_lexicon(), load_gazetteer())

    def code_doc(self, article: Article, doc: Doc) -> ArticleResult:
        """Records of one article from its parse."""
        date = parse_iso_date(article.date)
        actors = self.resolver.resolve(doc, on=date)
        events = self.events.code(doc, actors.actor_for, ArticleContext(article.id, date))
        sentences = {i: s.text.strip() for i, s in enumerate(doc.sents)}
        statements = statement_observations(doc, actors.actor_for, article.id, article.date)
        return ArticleResult(article=article, events=events,
                             commitments=commitments_from(events, sentences),
                             stances=article_stances(events, sentences, statements),
                             coder_version=CODER_VERSION)

    def code_articles(self, articles: Iterable[Article], *, n_process: int = 1,
                      batch_size: int = 16) -> Iterator[ArticleResult]:
        """Code articles in order, parsing them in batches (n_process > 1 forks workers)."""
        pending: deque[Article] = deque()

        def texts() -> Iterator[str]:
            for article in articles:
                pending.append(article)
                yield article.text

        for doc in parse_texts(self.nlp, texts(), n_process=n_process, batch_size=batch_size):
            article = pending.popleft()
            try:
                yield self.code_doc(article, doc)
            except Exception as error:  # one bad article must not end the batch
                log.exception("coding %s failed", article.id)
                yield ArticleResult(article=article, coder_version=CODER_VERSION,
                                    error=f"coding failed ({type(error).__name__}: {error}); "
                                          "please report it with the article")
