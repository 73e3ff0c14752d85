"""Worker processes that run the whole coder (parse, actors, events, stances) on chunks of
articles, with results handed back in input order.

Each worker holds one coder, loaded once: under `fork` it inherits the parent's, under
`spawn` or `forkserver` it receives the coder pickled as its config and loads it. A worker
that dies (a crash in native code, the OOM killer) does not end the run: the pool is
restarted, the chunks it held are coded again one article at a time, and only an article
that kills a worker on its own gets an ArticleResult with `error`.
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from wirecoder.ingest.article import Article
from wirecoder.results import ArticleResult

if TYPE_CHECKING:
    from wirecoder.coder import Coder

log = logging.getLogger(__name__)

# fork shares the loaded model with the workers at no cost; where it is missing or unsafe
# (macOS, Windows) workers are spawned and load the model themselves.
DEFAULT_START_METHOD = "fork" if sys.platform == "linux" else "spawn"
CHUNKS_IN_FLIGHT = 2  # per worker: enough to keep it busy, few enough to bound memory

_coder: Coder | None = None  # the coder of this worker process


def _start_worker(coder: Coder) -> None:
    global _coder  # set once per worker process, read by every task it runs
    _coder = coder
    _reopen_stdio()


def _reopen_stdio() -> None:
    """A forked worker's sys.stdout/stderr may hold a lock that another thread of the parent
    (a progress bar) had taken at the fork, so a log line would hang: open fresh ones."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        try:
            descriptor = stream.fileno()
        except (AttributeError, OSError, ValueError):
            continue  # not a real file (captured, closed): nothing inherited to fear
        setattr(sys, name, open(descriptor, "w", encoding=stream.encoding,
                                errors=stream.errors, buffering=1, closefd=False))


def _code_chunk(articles: list[Article]) -> list[ArticleResult]:
    assert _coder is not None, "worker started without a coder"
    return _coder.code_chunk(articles)


class WorkerPool:
    """A process pool of coders that can be restarted when a worker dies."""

    def __init__(self, coder: Coder, n_process: int, start_method: str) -> None:
        self.coder = coder
        self.n_process = n_process
        self.context = multiprocessing.get_context(start_method)
        self.generation = 0
        self.executor = self._executor()

    def _executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.n_process, mp_context=self.context,
                                   initializer=_start_worker, initargs=(self.coder,))

    def submit(self, chunk: list[Article]) -> tuple[int, Future[list[ArticleResult]]]:
        """Queue a chunk; returns the pool generation it runs in and its future."""
        try:
            return self.generation, self.executor.submit(_code_chunk, chunk)
        except BrokenProcessPool:  # a worker died since the last submit
            self._restart(self.generation)
            return self.generation, self.executor.submit(_code_chunk, chunk)

    def results(self, chunk: list[Article], generation: int,
                future: Future[list[ArticleResult]]) -> list[ArticleResult]:
        """The chunk's results; if they can't come back (a worker died), each article is
        coded again alone."""
        try:
            return future.result()
        except Exception as error:  # a dead worker, or results that could not be sent
            self._recover(generation, error)
            log.warning("a chunk failed in a worker (%s); coding its %d articles one by one",
                        type(error).__name__, len(chunk))
            return [self._code_alone(article) for article in chunk]

    def _code_alone(self, article: Article) -> ArticleResult:
        from wirecoder.coder import failed_result

        generation, future = self.submit([article])
        try:
            return future.result()[0]
        except Exception as error:
            self._recover(generation, error)
            log.error("article %s fails in its worker process: %r", article.id, error)
            reason = "the worker process died" if isinstance(error, BrokenProcessPool) \
                else f"{type(error).__name__}: {error}"
            return failed_result(article, f"coding failed ({reason})")

    def _recover(self, generation: int, error: Exception) -> None:
        if isinstance(error, BrokenProcessPool):
            self._restart(generation)

    def _restart(self, generation: int) -> None:
        if generation != self.generation:
            return  # this broken pool was already replaced
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.generation += 1
        self.executor = self._executor()

    def close(self) -> None:
        """Stop the workers, dropping work not yet started."""
        self.executor.shutdown(wait=True, cancel_futures=True)


def code_in_workers(coder: Coder, chunks: Iterable[list[Article]], n_process: int,
                    start_method: str = DEFAULT_START_METHOD) -> Iterator[ArticleResult]:
    """Code chunks of articles in `n_process` worker processes; results in input order."""
    pool = WorkerPool(coder, n_process, start_method)
    pending: deque[tuple[list[Article], int, Future[list[ArticleResult]]]] = deque()
    try:
        for chunk in chunks:
            pending.append((chunk, *pool.submit(chunk)))
            if len(pending) >= CHUNKS_IN_FLIGHT * n_process:
                yield from pool.results(*pending.popleft())
        while pending:
            yield from pool.results(*pending.popleft())
    finally:
        pool.close()
