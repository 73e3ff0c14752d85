"""Coding in worker processes gives exactly the records of coding in one process, in order."""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner

from wirecoder.cli import app
from wirecoder.datafiles import data_path
from wirecoder.ingest.article import Article
from wirecoder.results import ArticleResult


def _demo_articles() -> list[Article]:
    with data_path("demo", "articles.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [Article(id=r["id"], text=r["text"], date=r.get("date"), title=r.get("title"))
            for r in rows]


def _records(results: list[ArticleResult]) -> list[tuple[str, list[dict[str, Any]]]]:
    return [(r.article.id, [x.to_dict() for x in (*r.events, *r.commitments, *r.stances)])
            for r in results]


def test_two_processes_code_the_demo_corpus_exactly_as_one(coder):
    articles = _demo_articles()
    serial = list(coder.code_articles(articles, batch_size=4))
    parallel = list(coder.code_articles(articles, n_process=2, batch_size=4))
    assert [r.article.id for r in parallel] == [a.id for a in articles]
    assert _records(parallel) == _records(serial)
    assert sum(len(r.events) for r in parallel) > 0
    assert all(r.error is None for r in parallel)


def test_spawned_workers_load_their_own_coder_and_agree(coder):
    articles = _demo_articles()[:3]  # one chunk: one worker is spawned, loading takes seconds
    serial = list(coder.code_articles(articles, batch_size=3))
    spawned = list(coder.code_articles(articles, n_process=2, batch_size=3,
                                       start_method="spawn"))
    assert _records(spawned) == _records(serial)


def test_batch_size_does_not_change_the_records(coder):
    articles = _demo_articles()[:6]
    assert _records(list(coder.code_articles(articles, batch_size=1))) == \
        _records(list(coder.code_articles(articles, batch_size=6)))


def test_cli_code_with_two_processes_writes_the_same_lines(tmp_path):
    corpus = str(data_path("demo", "articles.jsonl"))
    runner = CliRunner()
    one = runner.invoke(app, ["code", corpus])
    two = runner.invoke(app, ["code", corpus, "--processes", "2"])
    assert one.exit_code == two.exit_code == 0, two.output
    assert two.stdout == one.stdout and one.stdout.count("\n") > 50


def test_cli_ingest_with_two_processes_stores_what_one_process_stores(tmp_path):
    from wirecoder.store.database import Store

    corpus = str(data_path("demo", "articles.jsonl"))
    counts = []
    for processes in ("1", "2"):
        db = tmp_path / f"store-{processes}.duckdb"
        result = CliRunner().invoke(app, ["ingest", corpus, "--db", str(db),
                                          "--processes", processes])
        assert result.exit_code == 0, result.output
        with Store(db, read_only=True) as store:
            counts.append(store.counts())
    assert counts[0] == counts[1] and counts[0]["events"] > 0


def test_cli_refuses_zero_processes():
    result = CliRunner().invoke(app, ["code", "-", "--processes", "0"], input="text")
    assert result.exit_code == 2
