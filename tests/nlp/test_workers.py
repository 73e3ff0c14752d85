"""A bad article, in one process or in workers, gets an ArticleResult with `error`; the rest
of the batch is coded, in order."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from spacy.tokens import Doc

from wirecoder.coder import Coder, chunked
from wirecoder.ingest.article import Article
from wirecoder.results import ArticleResult

TEXTS = {
    "pledge": "Britain pledged on Tuesday to send troops to Ukraine once a ceasefire holds.",
    "bad": "Russia accused Ukraine of shelling a border village on Monday.",
    "refusal": "Italy would not send soldiers to Ukraine, Prime Minister Giorgia Meloni said.",
    "visit": "The Philippine president visited Tokyo to discuss maritime security with Japan.",
    "talks": "China and the Philippines held talks in Manila on the South China Sea dispute.",
}


class TroubledCoder(Coder):
    """The session's coder, except that the article `bad` fails in the way `trouble` says:
    raise, die (the process exits) or unsendable (its result can't be pickled)."""

    def __init__(self, base: Coder, trouble: str) -> None:
        self.__dict__.update(base.__dict__)
        self.trouble = trouble

    def code_doc(self, article: Article, doc: Doc) -> ArticleResult:
        if article.id == "bad" and self.trouble == "raise":
            raise ValueError("an unexpected parse")
        if article.id == "bad" and self.trouble == "die":
            os._exit(3)  # what a crash in native code looks like to the pool
        result = super().code_doc(article, doc)
        if article.id == "bad" and self.trouble == "unsendable":
            result.events.append(lambda: None)  # type: ignore[arg-type]  # can't be pickled
        return result


class FailingPipe:
    """Wraps a pipeline so that parsing the text of `bad` raises."""

    def __init__(self, nlp: object) -> None:
        self.nlp = nlp

    def pipe(self, texts: list[str], **kwargs: object) -> Iterator[Doc]:
        if TEXTS["bad"] in texts:
            raise RuntimeError("parser blew up")
        return self.nlp.pipe(texts, **kwargs)  # type: ignore[attr-defined]


def _articles() -> list[Article]:
    return [Article(id=name, text=text, date="2025-09-05") for name, text in TEXTS.items()]


def _check(results: list[ArticleResult], reason: str) -> None:
    assert [r.article.id for r in results] == list(TEXTS)
    bad = results[1]
    assert bad.error is not None and reason in bad.error and not bad.events
    assert all(r.error is None for r in results if r is not bad)
    assert sum(len(r.events) for r in results) >= 3


@pytest.mark.parametrize("n_process", [1, 2])
def test_an_article_whose_coding_raises_gets_an_error_and_the_rest_are_coded(coder, n_process):
    troubled = TroubledCoder(coder, "raise")
    results = list(troubled.code_articles(_articles(), n_process=n_process, batch_size=2,
                                          start_method="fork"))
    _check(results, "coding failed (ValueError: an unexpected parse)")


@pytest.mark.parametrize("n_process", [1, 2])
def test_an_article_whose_parse_raises_gets_an_error_and_its_batch_is_coded(coder, n_process):
    troubled = TroubledCoder(coder, "none")
    troubled.nlp = FailingPipe(coder.nlp)  # type: ignore[assignment]
    results = list(troubled.code_articles(_articles(), n_process=n_process, batch_size=3,
                                          start_method="fork"))
    _check(results, "parsing failed (RuntimeError: parser blew up)")


@pytest.mark.parametrize("batch_size", [1, 2])
def test_an_article_that_kills_its_worker_gets_an_error_and_the_rest_are_coded(coder,
                                                                                batch_size):
    troubled = TroubledCoder(coder, "die")
    results = list(troubled.code_articles(_articles(), n_process=2, batch_size=batch_size,
                                          start_method="fork"))
    _check(results, "the worker process died")


def test_an_article_whose_result_cannot_leave_its_worker_gets_an_error(coder):
    troubled = TroubledCoder(coder, "unsendable")
    results = list(troubled.code_articles(_articles(), n_process=2, batch_size=2,
                                          start_method="fork"))
    _check(results, "coding failed (")


def test_chunks_are_read_lazily_and_keep_the_order():
    def endless() -> Iterator[Article]:
        number = 0
        while True:
            yield Article(id=str(number), text="x")
            number += 1

    first = next(chunked(endless(), 3))
    assert [a.id for a in first] == ["0", "1", "2"]
    assert [len(c) for c in chunked(_articles(), 2)] == [2, 2, 1]
