"""GET /api/events: every filter, text search, paging and order, on a real store file."""

from __future__ import annotations


def _ids(client, **params) -> list[str]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return [e["article_id"] for e in response.json()["items"]]


def test_events_come_newest_first_with_the_total(client):
    body = client.get("/api/events").json()
    assert body["total"] == 5
    assert [e["article_id"] for e in body["items"]] == [
        "threat-1", "talks-1", "border-1", "patrol-2", "patrol-1"]
    assert body["items"][0]["article_title"] == "Title threat-1"


def test_oldest_order_reverses_the_list(client):
    assert _ids(client, order="oldest")[0] == "patrol-1"


def test_actor_filter_matches_source_or_recipient_by_name_or_id(client):
    assert set(_ids(client, actor="latvia")) == {"border-1", "talks-1", "threat-1"}
    assert set(_ids(client, actor="LVA")) == {"border-1", "talks-1", "threat-1"}


def test_source_and_recipient_filters_keep_the_direction(client):
    assert set(_ids(client, source="Latvia", recipient="Norway")) == {"border-1", "threat-1"}
    assert _ids(client, source="Norway", recipient="Latvia") == []


def test_type_and_class_filters(client):
    assert set(_ids(client, type="aid,consult")) == {"patrol-1", "patrol-2", "talks-1"}
    assert set(_ids(client, **{"class": "verbal_conflict"})) == {"border-1", "threat-1"}


def test_context_filter_and_exclusion(client):
    assert _ids(client, context="negation") == ["patrol-2"]
    kept = _ids(client, exclude="negation,hypothetical")
    assert set(kept) == {"patrol-1", "border-1", "talks-1"}


def test_date_range_is_inclusive_at_any_precision(client):
    assert set(_ids(client, since="2025-04-01", until="2025-04-15")) == {"border-1", "talks-1"}
    assert set(_ids(client, since="2025-05")) == {"threat-1"}


def test_text_search_reads_evidence_and_takes_wildcards_literally(client):
    assert _ids(client, q="PATROL SHIPS") == ["patrol-2", "patrol-1"]
    assert _ids(client, q="50%") == ["border-1"]
    assert _ids(client, q="%") == ["border-1"]
    assert _ids(client, q="_") == []


def test_country_and_place_filters(client):
    assert set(_ids(client, country="EST")) == {"patrol-1", "patrol-2", "talks-1"}
    assert set(_ids(client, location="lva")) == {"border-1", "talks-1"}


def test_paging_walks_through_every_event_once(client):
    seen = []
    for offset in range(0, 5, 2):
        page = client.get("/api/events", params={"limit": 2, "offset": offset}).json()
        assert page["total"] == 5 and page["limit"] == 2
        seen += [e["id"] for e in page["items"]]
    assert len(seen) == len(set(seen)) == 5


def test_a_page_larger_than_the_limit_is_refused(client, error_shape):
    response = client.get("/api/events", params={"limit": 501})
    assert response.status_code == 422
    error_shape(response.json(), 422, "invalid_parameters")
    assert response.json()["error"]["details"][0]["where"] == "query.limit"


def test_unknown_event_type_is_refused_with_the_known_ones(client, error_shape):
    response = client.get("/api/events", params={"type": "HUG"})
    error_shape(response.json(), 422, "invalid_parameters")
    assert "ASSAULT" in response.json()["error"]["message"]


def test_filter_values_reach_duckdb_as_parameters(client):
    injected = "Norway' OR '1'='1"
    assert _ids(client, actor=injected) == []
    assert client.get("/api/health").json()["counts"]["events"] == 5


def test_min_confidence_filters_events_and_is_checked(client):
    everything = client.get("/api/events", params={"min_confidence": 0, "limit": 500}).json()
    strict = client.get("/api/events", params={"min_confidence": 0.9, "limit": 500}).json()
    assert strict["total"] <= everything["total"]
    assert all(e["confidence"] >= 0.9 for e in strict["items"])
    assert client.get("/api/events", params={"min_confidence": 2}).status_code == 422
