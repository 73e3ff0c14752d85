"""`wirecoder eval` prints the same numbers as the shared benchmarks/score.py."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from wirecoder.cli import app

runner = CliRunner()


def test_eval_agrees_with_score_py_on_the_seed_article(shared_dir, tmp_path):
    gold = shared_dir / "benchmarks" / "seed" / "gold.jsonl"
    ours = runner.invoke(app, ["eval", str(gold), "--json"])
    assert ours.exit_code == 0, ours.output
    coded = runner.invoke(app, ["code", str(gold), "--format", "jsonl"])
    system = tmp_path / "system.jsonl"
    system.write_text(coded.stdout)
    theirs = subprocess.run([sys.executable, str(shared_dir / "benchmarks" / "score.py"),
                             str(gold), str(system), "--json"],
                            capture_output=True, text=True, check=True)
    ours_scores = json.loads(ours.stdout)
    ours_scores.pop("events_by_type", None)
    assert ours_scores == json.loads(theirs.stdout)


def test_eval_prints_metrics_and_errors(shared_dir):
    gold = shared_dir / "benchmarks" / "seed" / "gold.jsonl"
    result = runner.invoke(app, ["eval", str(gold), "--show-errors"])
    assert result.exit_code == 0
    assert "type" in result.stdout and "dyad" in result.stdout
