"""`wirecoder ingest` and the store queries, through the CLI on a real DuckDB file."""

from __future__ import annotations

import json

import duckdb
from typer.testing import CliRunner

from wirecoder.cli import app

runner = CliRunner()

ARTICLES = [
    {"id": "kyiv-1", "date": "2025-03-02", "text": "Britain and France pledged to send troops "
     "to Ukraine after a ceasefire. Russia rejected any deployment of European soldiers."},
    {"id": "kyiv-2", "date": "2025-03-20", "text": "Germany's chancellor urged caution on "
     "sending soldiers to Ukraine. Poland ruled out sending troops."},
]


def _batch(tmp_path, rows, name="batch.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


def _count(db, table):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_ingest_twice_stores_each_article_and_event_once(tmp_path):
    db = tmp_path / "w.duckdb"
    batch = _batch(tmp_path, ARTICLES)
    first = runner.invoke(app, ["ingest", str(batch), "--db", str(db)])
    assert first.exit_code == 0, first.output
    events = _count(db, "events")
    assert _count(db, "articles") == 2 and events > 0
    second = runner.invoke(app, ["ingest", str(batch), "--db", str(db)])
    assert second.exit_code == 0
    assert _count(db, "articles") == 2 and _count(db, "events") == events


def test_bad_batch_keeps_what_was_stored_and_adds_the_valid_articles(tmp_path):
    db = tmp_path / "w.duckdb"
    assert runner.invoke(app, ["ingest", str(_batch(tmp_path, ARTICLES[:1])),
                               "--db", str(db)]).exit_code == 0
    before = _count(db, "events")
    bad = _batch(tmp_path, [b"\xff\xfe".decode("latin-1"), "{broken", ARTICLES[1]], "bad.jsonl")
    result = runner.invoke(app, ["ingest", str(bad), "--db", str(db)])
    assert result.exit_code == 1
    assert "1 coded, 2 rejected" in result.stderr
    assert _count(db, "articles") == 2 and _count(db, "events") > before


def test_env_var_chooses_the_default_store(tmp_path, monkeypatch):
    db = tmp_path / "env.duckdb"
    monkeypatch.setenv("WIRECODER_DB", str(db))
    assert runner.invoke(app, ["ingest", str(_batch(tmp_path, ARTICLES))]).exit_code == 0
    assert db.exists()


def test_queries_filter_stored_records(tmp_path):
    db = tmp_path / "w.duckdb"
    runner.invoke(app, ["ingest", str(_batch(tmp_path, ARTICLES)), "--db", str(db)])
    result = runner.invoke(app, ["events", "--country", "POL", "--json", "--db", str(db)])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all("POL" in {(r["source"] or {}).get("country"),
                                  (r["recipient"] or {}).get("country")} for r in rows)
    stances = runner.invoke(app, ["stances", "--issue", "troop", "--db", str(db)])
    assert stances.exit_code == 0 and "Stance matrix" in stances.stdout
    pledges = runner.invoke(app, ["pledges", "--csv", str(tmp_path / "p.csv"), "--db", str(db)])
    assert pledges.exit_code == 0
    assert (tmp_path / "p.csv").read_text().startswith("date,giver")


def test_sql_is_read_only(tmp_path):
    db = tmp_path / "w.duckdb"
    runner.invoke(app, ["ingest", str(_batch(tmp_path, ARTICLES)), "--db", str(db)])
    ok = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM articles", "--json",
                             "--db", str(db)])
    assert ok.exit_code == 0 and json.loads(ok.stdout) == {"n": 2}
    refused = runner.invoke(app, ["sql", "DELETE FROM articles", "--db", str(db)])
    assert refused.exit_code == 2
    assert _count(db, "articles") == 2


def test_query_on_a_missing_store_says_how_to_create_it(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "ingest" in result.stderr


def test_doctor_reports_model_data_and_store(tmp_path):
    result = runner.invoke(app, ["doctor", "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 0, result.output
    assert "spaCy pipeline" in result.stdout and "will be created" in result.stdout


def test_pledge_and_stance_filters_narrow_the_rows(tmp_path):
    db = tmp_path / "w.duckdb"
    runner.invoke(app, ["ingest", str(_batch(tmp_path, ARTICLES)), "--db", str(db)])
    every = runner.invoke(app, ["pledges", "--json", "--db", str(db)])
    french = runner.invoke(app, ["pledges", "--country", "FRA", "--json", "--db", str(db)])
    all_rows = [json.loads(line) for line in every.stdout.splitlines()]
    fra_rows = [json.loads(line) for line in french.stdout.splitlines()]
    assert fra_rows and len(fra_rows) < len(all_rows)
    assert all(r["giver"]["country"] == "FRA" for r in fra_rows)
    later = runner.invoke(app, ["stances", "--since", "2025-03-10", "--json", "--db", str(db)])
    dates = [json.loads(line)["date"] for line in later.stdout.splitlines()]
    assert dates and all(d >= "2025-03-10" for d in dates)
