"""Every error answers in one JSON shape: {"error": {status, code, message, details}}."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.api import ApiSettings, create_app
from wirecoder.errors import StoreError


def test_unknown_endpoint_is_a_404_in_the_error_shape(client, error_shape):
    response = client.get("/api/no-such-thing")
    assert response.status_code == 404
    error_shape(response.json(), 404, "not_found")


def test_unknown_article_names_the_id(client, error_shape):
    response = client.get("/api/articles/missing-article")
    error_shape(response.json(), 404, "not_found")
    assert "missing-article" in response.json()["error"]["message"]


def test_wrong_method_is_a_405(client, error_shape):
    error_shape(client.delete("/api/events").json(), 405, "method_not_allowed")


def test_invalid_parameter_lists_each_problem(client, error_shape):
    response = client.get("/api/events", params={"limit": "many", "offset": -1})
    body = response.json()
    error_shape(body, 422, "invalid_parameters")
    assert {d["where"] for d in body["error"]["details"]} == {"query.limit", "query.offset"}


def test_coding_is_refused_unless_the_server_allows_it(client, error_shape):
    response = client.post("/api/code", json={"text": "Norway sent ships to Estonia."})
    assert response.status_code == 403
    error_shape(response.json(), 403, "coding_disabled")
    assert "--allow-coding" in response.json()["error"]["message"]


def test_body_over_the_limit_is_refused_before_it_is_read(api_db, error_shape):
    from fastapi.testclient import TestClient

    app = create_app(ApiSettings(db=api_db, allow_coding=True, max_body_bytes=1000))
    with TestClient(app) as small:
        response = small.post("/api/code", json={"text": "word " * 1000})
    assert response.status_code == 413
    error_shape(response.json(), 413, "payload_too_large")


def test_missing_store_fails_when_the_app_is_made(tmp_path: Path):
    with pytest.raises(StoreError, match="does not exist"):
        create_app(ApiSettings(db=tmp_path / "none.duckdb"))


def test_responses_forbid_loading_anything_from_elsewhere(client):
    policy = client.get("/").headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
