"""Articles, actors, network, places, commitments and health over the same store."""

from __future__ import annotations


def test_health_reports_the_store(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["allow_coding"] is False
    assert body["counts"]["articles"] == 5 and body["schema_version"] >= 1


def test_articles_list_counts_records_and_searches_text(client):
    body = client.get("/api/articles", params={"q": "cabinet"}).json()
    assert body["total"] == 1
    assert body["items"][0]["id"] == "patrol-2" and body["items"][0]["events"] == 1
    assert "text" not in body["items"][0]


def test_one_article_comes_with_text_and_events(client):
    body = client.get("/api/articles/talks-1").json()
    assert body["text"].startswith("Estonia met Latvia")
    assert [e["event_type"] for e in body["events"]] == ["CONSULT"]


def test_actors_are_ranked_by_events(client):
    items = client.get("/api/actors").json()["items"]
    norway = next(a for a in items if a["name"] == "Norway")
    assert (norway["as_source"], norway["as_recipient"], norway["stances"]) == (2, 2, 2)
    assert items[0]["name"] in {"Norway", "Latvia"}


def test_network_splits_cooperation_from_conflict(client):
    body = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): e for e in body["edges"]}
    aid = edges[("Norway|NOR", "Estonia|EST")]
    assert (aid["cooperation"], aid["conflict"]) == (2, 0)
    threats = edges[("Latvia|LVA", "Norway|NOR")]
    assert (threats["cooperation"], threats["conflict"]) == (0, 2)


def test_network_keeps_only_the_busiest_actors(client):
    body = client.get("/api/network", params={"max_nodes": 2}).json()
    assert len(body["nodes"]) == 2
    kept = {n["id"] for n in body["nodes"]}
    assert all(e["source"] in kept and e["target"] in kept for e in body["edges"])


def test_places_give_points_and_country_counts(client):
    body = client.get("/api/places").json()
    assert body["countries"] == {"EST": 2, "LVA": 2}
    riga = next(p for p in body["points"] if p["name"] == "Riga")
    assert riga["events"] == 2 and round(riga["lat"]) == 57


def test_commitments_page_and_totals(client):
    page = client.get("/api/commitments", params={"limit": 1}).json()
    assert page["total"] == 2 and len(page["items"]) == 1
    totals = client.get("/api/commitments/totals").json()["items"]
    assert totals == [{"giver": "Norway", "giver_country": "NOR", "what": "patrol ships",
                       "count": 2, "negated": 1}]


def test_dashboard_page_and_offline_docs_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and "/static/js/main.js" in page.text
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs and "cdn" not in docs
    assert client.get("/static/vendor/world-atlas/countries-110m.json").status_code == 200
