"""`wirecoder code`: the machine contract the benchmarks run, and bad input handling."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from wirecoder.cli import app
from wirecoder.schemas import validation_errors

runner = CliRunner()

PLEDGE = ("Britain and France pledged on Tuesday to send troops to Ukraine once a ceasefire "
          "holds. Italy would not send soldiers, Prime Minister Giorgia Meloni said, but her "
          "government could help monitor a truce.")


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def _jsonl(tmp_path, rows, name="batch.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


def test_code_jsonl_emits_valid_records_of_all_three_kinds(tmp_path):
    batch = _jsonl(tmp_path, [{"id": "pledges", "date": "2025-09-05", "text": PLEDGE}])
    result = runner.invoke(app, ["code", str(batch), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = _records(result.stdout)
    assert {r["kind"] for r in records} == {"event", "commitment", "stance"}
    for record in records:
        assert validation_errors(record) == [], record


def test_code_reads_a_txt_file_and_names_the_article_after_it(tmp_path):
    path = tmp_path / "meloni-troops.txt"
    path.write_text(PLEDGE)
    result = runner.invoke(app, ["code", str(path), "--date", "2025-09-05"])
    assert result.exit_code == 0
    events = [r for r in _records(result.stdout) if r["kind"] == "event"]
    assert events and {e["article_id"] for e in events} == {"meloni-troops"}


def test_code_reads_stdin():
    result = runner.invoke(app, ["code", "-", "--date", "2025-09-05"], input=PLEDGE)
    assert result.exit_code == 0
    assert any(r["kind"] == "event" for r in _records(result.stdout))


def test_bad_lines_are_reported_and_the_rest_of_the_batch_is_coded(tmp_path):
    batch = _jsonl(tmp_path, [
        {"id": "good-1", "date": "2025-09-05", "text": PLEDGE},
        "{not json",
        {"id": "no-text", "title": "a headline without a body"},
        {"id": "empty", "text": "   "},
        {"id": "french", "text": "Le gouvernement a annoncé mardi qu'il enverrait des troupes "
                                 "en Ukraine si un cessez-le-feu était signé avec la Russie."},
        {"id": "good-2", "date": "2025-09-06", "text": "Russia accused Ukraine of shelling "
                                                        "a border village."},
    ])
    result = runner.invoke(app, ["code", str(batch)])
    assert result.exit_code == 1
    assert {e["article_id"] for e in _records(result.stdout)
            if e["kind"] == "event"} == {"good-1", "good-2"}
    stderr = result.stderr
    assert "batch.jsonl:2" in stderr
    assert "batch.jsonl:3" in stderr and "text" in stderr
    assert "empty" in stderr
    assert "English" in stderr
    assert "2 coded, 4 rejected" in stderr


def test_missing_file_is_reported_and_other_inputs_still_coded(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(PLEDGE)
    result = runner.invoke(app, ["code", str(tmp_path / "nowhere.txt"), str(good)])
    assert result.exit_code == 1
    assert "nowhere.txt" in result.stderr and "1 coded, 1 rejected" in result.stderr


def test_table_format_prints_events_stances_and_pledges(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(PLEDGE)
    result = runner.invoke(app, ["code", str(path), "--format", "table", "--date", "2025-09-05"])
    assert result.exit_code == 0
    for title in ("Events", "Stances", "Pledges"):
        assert title in result.stdout


def test_binary_invalid_utf8_huge_and_empty_files_are_each_rejected_by_name(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(PLEDGE)
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "latin1.txt").write_bytes("Le président a parlé à Kyiv.".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("")
    with (tmp_path / "huge.txt").open("w") as handle:
        sentence = "Russia accused Ukraine of shelling a village near the border. "
        for _ in range(20 * 1024 * 1024 // len(sentence) + 1):
            handle.write(sentence)
    names = ["photo.txt", "latin1.txt", "empty.txt", "huge.txt", "good.txt"]
    result = runner.invoke(app, ["code", *(str(tmp_path / n) for n in names)])
    assert result.exit_code == 1
    for name, reason in [("photo.txt", "binary"), ("latin1.txt", "UTF-8"),
                         ("empty.txt", "empty"), ("huge.txt", "bytes")]:
        line = next((ln for ln in result.stderr.splitlines() if name in ln), "")
        assert reason in line, (name, result.stderr)
    assert "1 coded, 4 rejected" in result.stderr
    assert {r["article_id"] for r in _records(result.stdout) if r["kind"] == "event"} == {"good"}
