"""User-typed SQL: one read on a read-only connection, never a write."""

from __future__ import annotations

import pytest

import wirecoder.store.database as database
from wirecoder.errors import StoreError
from wirecoder.store import Store

TEXT = "Estonia thanked Norway for the patrol ships. The ships arrive in May."


@pytest.fixture
def filled(store, make_result):
    store.write_batch([make_result("a1", TEXT), make_result("a2", TEXT + " More later.")])
    return store


def test_select_returns_column_names_and_rows(filled):
    columns, rows = filled.sql("SELECT article_id, event_type FROM events ORDER BY 1")

    assert columns == ["article_id", "event_type"]
    assert rows == [("a1", "AID"), ("a2", "AID")]


@pytest.mark.parametrize("query", [
    "WITH n AS (SELECT count(*) AS c FROM events) SELECT c FROM n",
    "FROM articles SELECT id",
    "DESCRIBE events",
    "SHOW TABLES",
    "SUMMARIZE commitments",
    "EXPLAIN SELECT * FROM stances",
])
def test_read_statements_are_accepted(filled, query):
    columns, rows = filled.sql(query)

    assert columns and rows


def test_delete_is_refused_and_deletes_nothing(filled):
    with pytest.raises(StoreError, match="DELETE"):
        filled.sql("DELETE FROM events")

    assert filled.counts()["events"] == 2


def test_write_hidden_after_a_select_is_refused(filled):
    with pytest.raises(StoreError, match="2 statements"):
        filled.sql("SELECT 1; DROP TABLE events")

    assert filled.counts()["events"] == 2


@pytest.mark.parametrize("query", [
    "UPDATE events SET event_type = 'ASSAULT'",
    "INSERT INTO actors (key, name) VALUES ('x', 'x')",
    "DROP TABLE articles",
    "CREATE TABLE scratch (x INTEGER)",
    "PRAGMA database_list",
    "SET threads = 1",
    "ATTACH 'other.duckdb' AS other",
    "COPY events TO 'events.csv'",
    "CALL pragma_version()",
    "INSTALL httpfs",
    "CHECKPOINT",
])
def test_statements_other_than_reads_are_refused(filled, query):
    with pytest.raises(StoreError, match="Only one read-only query"):
        filled.sql(query)

    assert filled.counts()["events"] == 2
    assert filled.sql("SELECT DISTINCT event_type FROM events")[1] == [("AID",)]


def test_query_that_does_not_parse_is_refused_with_the_parser_message(filled):
    with pytest.raises(StoreError, match="does not parse"):
        filled.sql("SELEC * FROM events")


def test_reading_files_from_disk_is_switched_off(filled, tmp_path):
    secret = tmp_path / "secret.csv"
    secret.write_text("token\nabc123\n")

    with pytest.raises(StoreError, match="query failed.*disabled"):
        filled.sql(f"SELECT * FROM read_csv('{secret}')")


def test_write_that_slips_past_the_statement_check_still_cannot_write(filled, monkeypatch):
    monkeypatch.setattr(database, "check_read_only_query", lambda query: None)

    with pytest.raises(StoreError, match="read-only mode"):
        filled.sql("DELETE FROM events")

    assert filled.counts()["events"] == 2


def test_store_keeps_writing_after_a_query(filled, make_result):
    filled.sql("SELECT count(*) FROM articles")

    summary = filled.write_batch([make_result("a3", TEXT + " Even more.")])

    assert summary.new_articles == 1
    assert filled.sql("SELECT count(*) FROM articles")[1] == [(3,)]


def test_failed_query_leaves_the_store_usable(filled):
    with pytest.raises(StoreError, match="query failed"):
        filled.sql("SELECT no_such_column FROM events")

    assert filled.counts()["articles"] == 2


def test_read_only_store_answers_queries(db_path, filled):
    filled.close()

    with Store(db_path, read_only=True) as read_only:
        assert read_only.sql("SELECT count(*) FROM stances")[1] == [(2,)]
        with pytest.raises(StoreError):
            read_only.sql("DELETE FROM stances")
        assert read_only.counts()["stances"] == 2


def test_max_rows_caps_the_answer(filled):
    _, rows = filled.sql("SELECT * FROM range(100)", max_rows=7)

    assert len(rows) == 7
