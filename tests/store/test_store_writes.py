"""Writing coded articles: one transaction per batch, nothing duplicated."""

from __future__ import annotations

import json

import pytest

import wirecoder.store.database as database
from wirecoder.errors import StoreError
from wirecoder.records import Actor, to_json
from wirecoder.store import Store, WriteSummary

TEXT = "Norway pledged two patrol ships to Estonia on Monday. Officials in Oslo confirmed it."
TEXT_EDITED = "Norway pledged three patrol ships to Estonia on Monday. Oslo confirmed it later."


def test_batch_stores_each_record_and_reports_what_it_wrote(store, make_result):
    summary = store.write_batch([make_result("a1", TEXT), make_result("a2", TEXT_EDITED)])

    assert summary == WriteSummary(new_articles=2, events=2, stances=2, commitments=2)
    assert store.counts() == {"articles": 2, "events": 2, "stances": 2, "commitments": 2,
                              "actors": 2}


def test_stored_event_reads_back_as_the_contract_record(store, make_result):
    result = make_result("a1", TEXT)
    store.write_batch([result])

    assert store.events() == [json.loads(to_json(result.events[0]))]
    assert store.pledges() == [json.loads(to_json(result.commitments[0]))]


def test_reingesting_the_same_article_skips_it_and_duplicates_nothing(store, make_result):
    store.write_batch([make_result("a1", TEXT)])
    before = store.counts()

    summary = store.write_batch([make_result("a1", TEXT)])

    assert summary == WriteSummary(skipped_duplicates=1)
    assert store.counts() == before


def test_same_article_twice_in_one_batch_is_stored_once(store, make_result):
    summary = store.write_batch([make_result("a1", TEXT), make_result("a1", TEXT)])

    assert (summary.new_articles, summary.skipped_duplicates) == (1, 1)
    assert store.counts()["events"] == 1


def test_changed_text_under_the_same_id_replaces_that_articles_records(store, make_result):
    store.write_batch([make_result("a1", TEXT, what="patrol ships"),
                       make_result("a2", TEXT_EDITED, what="radars")])

    summary = store.write_batch([make_result("a1", TEXT_EDITED, what="minesweepers")])

    assert summary.replaced_articles == 1 and summary.new_articles == 0
    assert sorted(p["what"] for p in store.pledges()) == ["minesweepers", "radars"]
    assert store.counts()["articles"] == 2
    stored_text = store.sql("SELECT text FROM articles WHERE id = 'a1'")[1]
    assert stored_text == [(TEXT_EDITED,)]


def test_changed_text_that_keeps_the_same_record_ids_is_replaced_not_duplicated(
        store, make_result):
    store.write_batch([make_result("a1", TEXT)])
    updated = make_result("a1", TEXT + " An update followed at noon.")
    assert updated.events[0].id == store.events()[0]["id"]

    summary = store.write_batch([updated])

    assert summary.replaced_articles == 1
    assert store.counts() == {"articles": 1, "events": 1, "stances": 1, "commitments": 1,
                              "actors": 2}


def test_later_version_of_an_article_in_the_same_batch_wins(store, make_result):
    summary = store.write_batch([make_result("a1", TEXT, what="patrol ships"),
                                 make_result("a1", TEXT_EDITED, what="minesweepers")])

    assert summary.new_articles == 1
    assert [p["what"] for p in store.pledges()] == ["minesweepers"]


def test_failure_after_the_first_article_rolls_back_the_whole_batch(
        store, make_result, monkeypatch):
    store.write_batch([make_result("a0", TEXT)])
    before = store.counts()
    real_insert = database.bulk_insert

    def insert_then_fail_on_commitments(con, table, *args, **kwargs):
        if table == "commitments":
            raise RuntimeError("disk pulled out mid-batch")
        real_insert(con, table, *args, **kwargs)

    monkeypatch.setattr(database, "bulk_insert", insert_then_fail_on_commitments)
    with pytest.raises(RuntimeError, match="mid-batch"):
        store.write_batch([make_result("a1", TEXT), make_result("a2", TEXT_EDITED)])

    assert store.counts() == before
    monkeypatch.undo()
    assert store.write_batch([make_result("a1", TEXT)]).new_articles == 1


def test_record_that_cannot_be_inserted_fails_the_batch_with_nothing_written(
        store, make_result):
    store.write_batch([make_result("a1", TEXT, what="patrol ships")])
    before = store.counts()
    broken = make_result("a2", TEXT_EDITED)
    broken.events[0].sentence = "the first"  # type: ignore[assignment]

    with pytest.raises(StoreError, match="E035|Nothing from this batch") as caught:
        store.write_batch([make_result("a1", TEXT_EDITED, what="minesweepers"), broken])

    assert str(store.path) in str(caught.value)
    assert store.counts() == before
    # The replacement of a1 was part of the failed batch: its old records are back.
    assert [p["what"] for p in store.pledges()] == ["patrol ships"]


def test_batch_survives_reopening_the_file(db_path, make_result):
    with Store(db_path) as first:
        first.write_batch([make_result("a1", TEXT)])

    with Store(db_path, read_only=True) as reopened:
        assert reopened.counts()["events"] == 1


def test_writing_to_a_read_only_store_is_refused(db_path, make_result):
    Store(db_path).close()

    with Store(db_path, read_only=True) as read_only:
        with pytest.raises(StoreError, match="read-only"):
            read_only.write_batch([make_result("a1", TEXT)])
        assert read_only.counts()["articles"] == 0


def test_actor_seen_in_many_records_has_one_row_and_keeps_known_fields(store, make_result):
    store.write_batch([make_result("a1", TEXT)])
    same_without_sector = Actor("Norway", "Norway", "NOR", "NOR", None, "government")

    store.write_batch([make_result("a2", TEXT_EDITED, giver=same_without_sector)])

    rows = store.sql("SELECT name, sector, role FROM actors WHERE actor_id = 'NOR'")[1]
    assert rows == [("Norway", "GOV", "government")]


def test_empty_batch_writes_nothing(store):
    assert store.write_batch([]) == WriteSummary()
    assert store.counts()["articles"] == 0


def test_write_summaries_add_up():
    total = WriteSummary(new_articles=2, events=5) + WriteSummary(new_articles=1, stances=1)

    assert total == WriteSummary(new_articles=3, events=5, stances=1)
