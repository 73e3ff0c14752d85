"""POST /api/code with --allow-coding: text in, records out, nothing stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from wirecoder.api import ApiSettings, coding, create_app
from wirecoder.coder import Coder


@pytest.fixture
def coding_client(api_db: Path, coder: Coder,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    # The session's loaded coder stands in for the one the server would load itself.
    monkeypatch.setattr(coding._coder, "_coder", coder)
    with TestClient(create_app(ApiSettings(db=api_db, allow_coding=True))) as client:
        yield client


def test_coding_returns_events_of_the_text(coding_client):
    response = coding_client.post("/api/code", json={
        "text": "Finland sent troops to Estonia on Monday.", "date": "2025-06-02"})
    assert response.status_code == 200, response.text
    body = response.json()
    sent = [e for e in body["events"] if e["event_type"] == "AID"]
    assert sent and sent[0]["source"]["country"] == "FIN"
    assert sent[0]["date"] == "2025-06-02"
    assert coding_client.get("/api/health").json()["counts"]["events"] == 5  # nothing stored


def test_coding_refuses_text_that_is_not_english(coding_client, error_shape):
    response = coding_client.post("/api/code", json={
        "text": "Der Bundestag hat heute über die Entsendung von Soldaten beraten und "
                "die Regierung wird morgen entscheiden."})
    error_shape(response.json(), 422, "invalid_parameters")
    assert "English" in response.json()["error"]["message"]


def test_coding_refuses_a_bad_date(coding_client, error_shape):
    response = coding_client.post("/api/code", json={"text": "Chile recalled its envoy.",
                                                     "date": "last Tuesday"})
    error_shape(response.json(), 422, "invalid_parameters")


def test_coding_needs_a_text(coding_client, error_shape):
    response = coding_client.post("/api/code", json={"date": "2025-06-02"})
    error_shape(response.json(), 422, "invalid_parameters")
    assert response.json()["error"]["details"][0]["where"] == "body.text"
