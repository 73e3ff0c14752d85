"""Opening, creating and migrating store files."""

from __future__ import annotations

import duckdb
import pytest

import wirecoder.store.migrate as migrate_module
from wirecoder.errors import StoreError
from wirecoder.store import Store
from wirecoder.store.migrate import Migration, latest_version, load_migrations, migrate

TEXT = "Peru offered Chile help with the border survey. Both governments welcomed the idea."


def _versions(path) -> list[int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return [v for (v,) in con.execute("SELECT version FROM schema_version ORDER BY 1")
                .fetchall()]
    finally:
        con.close()


def test_new_file_is_created_at_the_latest_schema_version(db_path):
    with Store(db_path) as store:
        assert store.schema_version == latest_version()

    assert _versions(db_path) == list(range(1, latest_version() + 1))


def test_shipped_migrations_are_numbered_one_to_n_and_include_indexes():
    migrations = load_migrations()

    assert [m.version for m in migrations] == list(range(1, len(migrations) + 1))
    assert len(migrations) >= 2 and "CREATE INDEX" in migrations[1].sql


def test_version_one_store_is_migrated_forward_keeping_its_data(db_path, make_result):
    con = duckdb.connect(str(db_path))
    migrate(con, db_path, target=1)
    con.execute("INSERT INTO articles (id, text, text_hash, ingested_at) "
                "VALUES ('old', 'An old article.', 'h', now()::TIMESTAMP)")
    assert con.execute("SELECT count(*) FROM duckdb_indexes()").fetchone() == (0,)
    con.close()

    with Store(db_path) as store:
        assert store.schema_version == latest_version()
        assert store.counts()["articles"] == 1
        indexes = {name for (name,) in store.sql("SELECT index_name FROM duckdb_indexes()")[1]}
        store.write_batch([make_result("new", TEXT)])

    assert "events_article_id" in indexes
    assert _versions(db_path) == list(range(1, latest_version() + 1))


def test_store_newer_than_this_code_is_refused(db_path):
    Store(db_path).close()
    con = duckdb.connect(str(db_path))
    con.execute("INSERT INTO schema_version VALUES (99, now()::TIMESTAMP)")
    con.close()

    for read_only in (False, True):
        with pytest.raises(StoreError, match="schema version 99, newer"):
            Store(db_path, read_only=read_only)


def test_old_store_opened_read_only_asks_to_be_migrated(db_path):
    con = duckdb.connect(str(db_path))
    migrate(con, db_path, target=1)
    con.close()

    with pytest.raises(StoreError, match="older than this wirecoder"):
        Store(db_path, read_only=True)
    assert _versions(db_path) == [1]


def test_failed_migration_leaves_the_store_at_its_old_version(db_path, monkeypatch):
    Store(db_path).close()
    broken = Migration(latest_version() + 1, "9999_broken.sql",
                       "CREATE TABLE half_done (x INTEGER); SELECT * FROM no_such_table;")
    shipped = load_migrations()
    monkeypatch.setattr(migrate_module, "load_migrations", lambda: (*shipped, broken))

    with pytest.raises(StoreError, match="9999_broken.sql failed"):
        Store(db_path)

    monkeypatch.undo()
    with Store(db_path) as store:
        assert store.schema_version == latest_version()
        tables = store.sql("SELECT table_name FROM information_schema.tables")[1]
    assert ("half_done",) not in tables


def test_missing_file_opened_read_only_says_to_ingest_first(tmp_path):
    missing = tmp_path / "nowhere.duckdb"

    with pytest.raises(StoreError, match="does not exist yet") as caught:
        Store(missing, read_only=True)

    assert str(missing) in str(caught.value)
    assert not missing.exists()


def test_file_that_is_not_a_database_is_reported_with_its_path(tmp_path):
    not_a_db = tmp_path / "notes.duckdb"
    not_a_db.write_text("these are my notes, not a database\n" * 20)

    with pytest.raises(StoreError, match="Can't open the store") as caught:
        Store(not_a_db)

    assert str(not_a_db) in str(caught.value)


def test_default_path_comes_from_wirecoder_db(monkeypatch, tmp_path):
    monkeypatch.setenv("WIRECODER_DB", str(tmp_path / "elsewhere.duckdb"))
    assert Store.default_path() == tmp_path / "elsewhere.duckdb"

    monkeypatch.delenv("WIRECODER_DB")
    assert str(Store.default_path()) == "wirecoder.duckdb"


def test_closed_store_says_it_is_closed_and_closes_twice_harmlessly(db_path):
    store = Store(db_path)
    store.close()
    store.close()

    with pytest.raises(StoreError, match="closed"):
        store.counts()

