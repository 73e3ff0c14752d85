"""`wirecoder serve` and `wirecoder demo --serve` through the CLI, uvicorn stubbed out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from wirecoder.cli import app


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """What uvicorn.run was asked to serve, instead of serving it."""
    calls: dict[str, Any] = {}

    def fake_run(api: Any, host: str, port: int, **_: Any) -> None:
        calls.update(app=api, host=host, port=port)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    return calls


def test_serve_binds_loopback_by_default_and_reads_the_store(api_db: Path, served):
    result = CliRunner().invoke(app, ["serve", "--db", str(api_db)])
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"]) == ("127.0.0.1", 8000)
    with TestClient(served["app"]) as client:
        assert client.get("/api/health").json()["db"] == str(api_db)
        assert client.post("/api/code", json={"text": "x"}).status_code == 403


def test_serve_warns_when_listening_beyond_this_machine(api_db: Path, served):
    result = CliRunner().invoke(app, ["serve", "--db", str(api_db), "--host", "0.0.0.0",
                                      "--port", "9001", "--allow-coding"])
    assert result.exit_code == 0, result.output
    assert "warning" in result.output and served["port"] == 9001
    assert served["app"].state.settings.allow_coding is True


def test_serve_on_a_missing_store_says_how_to_make_one(tmp_path: Path, served):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "wirecoder ingest" in result.output and not served


def test_demo_serve_opens_the_dashboard_on_the_demo_store(tmp_path: Path, served):
    db = tmp_path / "demo.duckdb"
    result = CliRunner().invoke(app, ["demo", "--db", str(db), "--serve"])
    assert result.exit_code == 0, result.output
    with TestClient(served["app"]) as client:
        health = client.get("/api/health").json()
        assert health["db"] == str(db) and health["counts"]["articles"] > 10
        assert client.get("/api/stances/matrix").json()["cells"]
