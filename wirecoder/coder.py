"""The coder: a pure function from articles to records, composed of the pipeline's stages
(parse -> actors -> events -> commitments and stances).

Articles are coded in chunks of `batch_size`: one `nlp.pipe` batch, then every stage per
article. With `n_process > 1` whole chunks go to worker processes (`wirecoder.nlp.workers`),
so every stage runs in parallel, not only the parse; results come back in input order. The
chunks are the same either way, so the records are too.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from wirecoder import __version__
from wirecoder.actors.kb import KnowledgeBase
from wirecoder.actors.resolver import ActorResolver
from wirecoder.events.coder import ArticleContext, EventCoder
from wirecoder.events.dates import parse_iso_date
from wirecoder.events.lexicon import load_lexicon
from wirecoder.events.places import load_gazetteer
from wirecoder.ingest.article import Article
from wirecoder.nlp.chrome import dateline_places, prose_text
from wirecoder.nlp.pipeline import DEFAULT_MODEL, load_pipeline
from wirecoder.results import ArticleResult
from wirecoder.stances.commitments import commitments_from
from wirecoder.stances.positions import article_stances
from wirecoder.stances.statements import statement_observations

log = logging.getLogger(__name__)

CODER_VERSION = f"wirecoder-{__version__}"
REPORT = "please report it with the article"


@dataclass(frozen=True)
class CoderConfig:
    """What a coder is built from: a worker process rebuilds its coder from this."""

    model: str = DEFAULT_MODEL
    kb_files: tuple[Path, ...] = ()
    learned_triggers: bool = True


class Coder:
    """Holds the loaded models and data; `code_articles` is pure given them."""

    def __init__(self, model: str = DEFAULT_MODEL, kb_files: Sequence[Path] = (),
                 learned_triggers: bool = True) -> None:
        self.config = CoderConfig(model, tuple(Path(p) for p in kb_files), learned_triggers)
        self.nlp = load_pipeline(model)
        self.kb = KnowledgeBase.load(extra=list(self.config.kb_files))
        self.resolver = ActorResolver(self.kb)
        # the learned trigger model reads words the lexicon lacks (README)
        self.events = EventCoder(load_lexicon(), load_gazetteer(), use_model=learned_triggers)

    def __reduce__(self) -> tuple[Any, ...]:
        # A coder travels to a spawned worker as its config and is loaded there, once.
        return (type(self), (self.config.model, self.config.kb_files,
                             self.config.learned_triggers))

    def code_doc(self, article: Article, doc: Doc) -> ArticleResult:
        """Records of one article from its parse."""
        date = parse_iso_date(article.date)
        actors = self.resolver.resolve(doc, on=date)
        events = self.events.code(doc, actors.actor_for, ArticleContext(
            article.id, date, tuple(dateline_places(article.text))))
        sentences = {i: s.text.strip() for i, s in enumerate(doc.sents)}
        statements = statement_observations(doc, actors.actor_for, article.id, article.date)
        return ArticleResult(article=article, events=events,
                             commitments=commitments_from(events, sentences),
                             stances=article_stances(events, sentences, statements),
                             coder_version=CODER_VERSION)

    def code_chunk(self, articles: Sequence[Article]) -> list[ArticleResult]:
        """Results of a few articles parsed as one batch; a failing article gets an
        ArticleResult with `error` and the others are coded."""
        try:
            docs = list(self.nlp.pipe([prose_text(a.text) for a in articles],
                                     batch_size=len(articles)))
        except Exception as error:  # find the article that breaks the parse
            if len(articles) > 1:
                return [r for article in articles for r in self.code_chunk([article])]
            log.exception("parsing %s failed", articles[0].id)
            return [failed_result(articles[0], f"parsing failed ({_describe(error)})")]
        return [self._code_one(article, doc) for article, doc in zip(articles, docs, strict=True)]

    def _code_one(self, article: Article, doc: Doc) -> ArticleResult:
        try:
            return self.code_doc(article, doc)
        except Exception as error:  # one bad article must not end the batch
            log.exception("coding %s failed", article.id)
            return failed_result(article, f"coding failed ({_describe(error)})")

    def code_articles(self, articles: Iterable[Article], *, n_process: int = 1,
                      batch_size: int = 16,
                      start_method: str | None = None) -> Iterator[ArticleResult]:
        """Code articles in input order, `batch_size` to a parse batch; with n_process > 1,
        in that many worker processes (started by `start_method`, default: fork on Linux,
        spawn elsewhere), giving the same results."""
        chunks = chunked(articles, max(1, batch_size))
        if n_process <= 1:
            for chunk in chunks:
                yield from self.code_chunk(chunk)
            return
        from wirecoder.nlp.workers import DEFAULT_START_METHOD, code_in_workers

        yield from code_in_workers(self, chunks, n_process, start_method or DEFAULT_START_METHOD)


def failed_result(article: Article, reason: str) -> ArticleResult:
    """The result of an article that could not be coded: no records, the reason in `error`."""
    return ArticleResult(article=article, coder_version=CODER_VERSION,
                         error=f"{reason}; {REPORT}")


def chunked(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of `size` articles (the last may be shorter), read lazily."""
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"
