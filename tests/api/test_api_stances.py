"""Stance matrix, timeline with changes, and a cell's evidence with the actor and cue marked."""

from __future__ import annotations


def test_matrix_holds_the_latest_polarity_per_actor_and_issue(client):
    body = client.get("/api/stances/matrix").json()
    assert body["issues"] == ["baltic naval patrols"]
    assert body["actors"] == [{"name": "Norway", "country": "NOR"}]
    (cell,) = body["cells"]
    assert cell["polarity"] == "oppose" and cell["observations"] == 2


def test_timeline_marks_the_change_of_mind(client):
    items = client.get("/api/stances/timeline", params={"actor": "Norway"}).json()["items"]
    assert [(i["date"], i["polarity"], i["changed"]) for i in items] == [
        ("2025-03-02", "support", False), ("2025-03-09", "oppose", True)]
    changes = client.get("/api/stances/timeline", params={"changes_only": True}).json()
    assert [c["previous"] for c in changes["items"]] == ["support"]


def test_cell_evidence_marks_actor_and_cue_in_each_sentence(client):
    body = client.get("/api/stances/evidence", params={
        "actor": "Norway", "country": "NOR", "issue": "baltic naval patrols"}).json()
    assert [o["polarity"] for o in body["observations"]] == ["support", "oppose"]
    refusal = body["observations"][1]["evidence"][0]
    marked = {(refusal["text"][h["start"]:h["end"]], h["kind"]) for h in refusal["highlights"]}
    assert ("Norway", "actor") in marked
    assert ("refused", "cue") in marked


def test_cell_of_another_country_is_not_found(client, error_shape):
    response = client.get("/api/stances/evidence", params={
        "actor": "Norway", "country": "EST", "issue": "baltic naval patrols"})
    error_shape(response.json(), 404, "not_found")


def test_timeline_counts_events_per_day_by_class_with_stance_changes(client):
    body = client.get("/api/timeline").json()
    days = {d["date"]: d for d in body["days"]}
    assert days["2025-03-02"]["material_cooperation"] == 1
    assert days["2025-04-01"]["verbal_conflict"] == 1
    assert [(c["actor"], c["previous"], c["polarity"]) for c in body["stance_changes"]] == [
        ("Norway", "support", "oppose")]
