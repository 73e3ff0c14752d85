"""read_inputs / read_input on real files written to tmp_path, folders and stdin."""

from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path

import pytest

from wirecoder.errors import InputError
from wirecoder.ingest import (
    Article,
    Rejection,
    article_id_for,
    check_input,
    read_input,
    read_inputs,
)

ENGLISH = ("The foreign ministers of Norway and Finland met in Oslo on Tuesday and agreed "
           "to share more radar data along their northern border. Both said the plan "
           "would be ready before the end of the year.")
ENGLISH_2 = ("Kenya's parliament voted on Thursday to extend the deployment of its police "
             "officers abroad for another six months, despite protests from the opposition.")
FRENCH = ("Le gouvernement a annoncé jeudi une nouvelle série de sanctions contre les "
          "dirigeants du pays voisin, accusés de soutenir les groupes armés dans la région.")


def _read(*inputs: str | Path, **kwargs) -> list[Article | Rejection]:
    return list(read_inputs([str(i) for i in inputs], **kwargs))


def _jsonl(path: Path, *lines: object) -> Path:
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _only(items: list[Article | Rejection]) -> Article | Rejection:
    assert len(items) == 1, items
    return items[0]


def test_txt_file_becomes_one_article_with_the_file_stem_as_id(tmp_path: Path) -> None:
    path = tmp_path / "oslo-talks.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    article = _only(_read(path))
    assert isinstance(article, Article)
    assert (article.id, article.text, article.origin) == ("oslo-talks", ENGLISH, str(path))


def test_txt_article_has_no_date_unless_default_date_is_given(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert _only(_read(path)).date is None
    assert _only(_read(path, default_date="2024-03-01")).date == "2024-03-01"


def test_empty_file_is_rejected_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    rejection = _only(_read(path))
    assert isinstance(rejection, Rejection)
    assert rejection.where == str(path)
    assert rejection.article_id == "empty"
    assert rejection.message.startswith(f"{path}: empty article")


def test_whitespace_only_file_is_rejected_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\t\n  ", encoding="utf-8")
    assert "empty article" in _only(_read(path)).reason


def test_binary_file_is_rejected_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert _only(_read(path)).reason.startswith("binary content")


def test_invalid_utf8_is_rejected_with_the_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"The minister said " + "café".encode("latin-1"))
    reason = _only(_read(path)).reason
    assert "invalid UTF-8 at byte 21 of the file" in reason
    assert "e9" in reason


def test_utf16_file_is_rejected_with_a_utf16_hint_not_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(ENGLISH.encode("utf-16"))
    reason = _only(_read(path)).reason
    assert "UTF-16" in reason and "binary" not in reason


def test_utf8_bom_is_dropped_from_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ENGLISH.encode())
    assert _only(_read(path)).text == ENGLISH


def test_malformed_jsonl_line_is_rejected_and_valid_lines_still_come_in_order(
    tmp_path: Path,
) -> None:
    path = _jsonl(tmp_path / "batch.jsonl", {"id": "one", "text": ENGLISH},
                  '{"id": "two", "text": "unterminated',
                  {"id": "three", "text": ENGLISH_2})
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Article"]
    assert [items[0].id, items[2].id] == ["one", "three"]
    assert items[1].where == f"{path}:2"
    assert "malformed JSON" in items[1].reason and "column" in items[1].reason


def test_jsonl_line_without_text_is_rejected_with_its_line_number(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "b.jsonl", {"id": "x", "body": ENGLISH})
    rejection = _only(_read(path))
    assert rejection.where == f"{path}:1"
    assert "'text' field" in rejection.reason and "'body'" in rejection.reason


def test_jsonl_line_that_is_not_an_object_is_rejected(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "b.jsonl", [ENGLISH])
    assert "found a JSON array" in _only(_read(path)).reason


def test_rejection_names_the_id_when_the_line_has_one(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "b.jsonl", {"id": "abc", "text": "   "})
    rejection = _only(_read(path))
    assert rejection.where == f"{path}:1 (id=abc)"
    assert rejection.article_id == "abc"
    assert "\n" not in rejection.message


def test_text_that_is_not_a_string_is_rejected(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "b.jsonl", {"text": ["a", "list"]})
    assert _only(_read(path)).reason == "field 'text' must be a string, got a JSON array"


@pytest.mark.parametrize("field, value", [("title", 3), ("url", ["x"]), ("source", {}),
                                          ("date", 20250905), ("id", 1.5), ("id", True),
                                          ("id", " ")])
def test_optional_field_of_the_wrong_type_is_rejected_naming_the_field(
    tmp_path: Path, field: str, value: object
) -> None:
    path = _jsonl(tmp_path / "b.jsonl", {"text": ENGLISH, field: value})
    assert f"field '{field}' must be" in _only(_read(path)).reason


def test_optional_fields_are_read_and_a_datetime_keeps_its_date(tmp_path: Path) -> None:
    record = {"id": 42, "text": ENGLISH, "title": "Radar deal", "date": "2025-09-05T08:30:00Z",
              "url": "https://example.org/a", "source": "Example Wire", "extra": "ignored"}
    article = _only(_read(_jsonl(tmp_path / "b.jsonl", record)))
    assert isinstance(article, Article)
    assert (article.id, article.title, article.date) == ("42", "Radar deal", "2025-09-05")
    assert (article.url, article.source) == ("https://example.org/a", "Example Wire")
    assert article.origin == f"{tmp_path / 'b.jsonl'}:1"


def test_article_date_wins_over_default_date_and_fills_missing_ones(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "b.jsonl", {"text": ENGLISH, "date": "2025-01-02"},
                  {"text": ENGLISH_2, "date": None})
    dates = [a.date for a in _read(path, default_date="2024-12-31")]
    assert dates == ["2025-01-02", "2024-12-31"]


def test_invalid_date_is_rejected(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "b.jsonl", {"id": "d", "text": ENGLISH, "date": "05/09/2025"})
    assert "date '05/09/2025' is not an ISO date" in _only(_read(path)).reason


def test_binary_jsonl_file_is_one_rejection_for_the_file(tmp_path: Path) -> None:
    path = tmp_path / "archive.jsonl"
    path.write_bytes(b"\x1f\x8b\x08\x00" + bytes(4000) + b"\n" * 50)
    rejection = _only(_read(path))
    assert rejection.where == str(path) and rejection.reason.startswith("binary content")


def test_invalid_utf8_on_a_jsonl_line_reports_the_line_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_bytes(json.dumps({"text": ENGLISH}).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    items = _read(path)
    assert isinstance(items[0], Article)
    assert items[1].where == f"{path}:2"
    assert "invalid UTF-8 at byte 13 of the line" in items[1].reason


def test_blank_lines_are_skipped_and_numbering_follows_the_file(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "b.jsonl", {"text": ENGLISH}, "", "   ", {"text": ""})
    article, rejection = _read(path)
    assert article.origin == f"{path}:1"
    assert rejection.where == f"{path}:4" and rejection.article_id is None


def test_missing_id_gets_a_hash_id_stable_across_whitespace(tmp_path: Path) -> None:
    spaced = ENGLISH.replace(" ", "  \n ", 3)
    path = _jsonl(tmp_path / "b.jsonl", {"text": ENGLISH}, {"text": spaced})
    first, second = _read(path)
    assert first.id == second.id == article_id_for(ENGLISH)
    assert first.id.startswith("a_")


def test_duplicate_ids_in_one_input_are_both_yielded(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "b.jsonl", {"id": "same", "text": ENGLISH},
                  {"id": "same", "text": ENGLISH_2})
    assert [a.text for a in _read(path)] == [ENGLISH, ENGLISH_2]


def test_20mb_txt_article_is_rejected_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(20 * 1024):
            handle.write((ENGLISH + "\n").ljust(1024))
    tracemalloc.start()
    try:
        rejection = _only(_read(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(rejection, Rejection)
    assert "article is 20,971,520 bytes, over the limit of 5,242,880" in rejection.reason
    assert peak < 1024 * 1024


def test_20mb_jsonl_article_is_rejected_and_the_next_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "huge", "text": ENGLISH * 80_000}) + "\n")
        handle.write(json.dumps({"id": "small", "text": ENGLISH}) + "\n")
    huge, small = _read(path)
    assert isinstance(huge, Rejection) and "over the limit" in huge.reason
    assert huge.where.startswith(f"{path}:1")
    assert isinstance(small, Article) and small.id == "small"


def test_article_over_a_small_max_bytes_is_rejected_by_its_text_size(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "b.jsonl", {"id": "long", "text": ENGLISH})
    rejection = _only(_read(path, max_bytes=100))
    assert f"article is {len(ENGLISH)} bytes, over the limit of 100" in rejection.reason


def test_non_english_article_is_rejected_with_its_share(tmp_path: Path) -> None:
    path = tmp_path / "depeche.txt"
    path.write_text(FRENCH, encoding="utf-8")
    reason = _only(_read(path)).reason
    assert reason.startswith("article does not look like English")
    assert "%" in reason


def test_stdin_jsonl_is_detected_when_every_line_starts_with_a_brace() -> None:
    data = (json.dumps({"id": "s1", "text": ENGLISH}) + "\n\n"
            + json.dumps({"id": "s2", "text": ENGLISH_2}) + "\n").encode()
    items = _read("-", stdin=io.BytesIO(data))
    assert [a.id for a in items] == ["s1", "s2"]
    assert items[1].origin == "<stdin>:3"


def test_stdin_text_becomes_one_article_with_a_hash_id() -> None:
    article = _only(_read("-", stdin=io.StringIO(ENGLISH + "\n" + ENGLISH_2)))
    assert isinstance(article, Article)
    assert article.id == article_id_for(ENGLISH + " " + ENGLISH_2)
    assert article.origin == "<stdin>"


def test_stdin_with_a_line_not_starting_with_a_brace_is_read_as_text() -> None:
    data = json.dumps({"text": ENGLISH}) + "\nThe end of the talks was announced in Rome.\n"
    article = _only(_read("-", stdin=io.StringIO(data)))
    assert article.text == data


def test_invalid_utf8_on_stdin_is_rejected_with_the_offset() -> None:
    rejection = _only(_read("-", stdin=io.BytesIO(b"Talks ended \xff")))
    assert rejection.message.startswith("<stdin>: invalid UTF-8 at byte 12 of the input")


def test_empty_stdin_is_rejected_as_empty() -> None:
    rejection = _only(_read("-", stdin=io.BytesIO(b"")))
    assert rejection.where == "<stdin>" and "empty article" in rejection.reason


def test_stdin_text_over_max_bytes_is_rejected() -> None:
    rejection = _only(_read("-", stdin=io.StringIO(ENGLISH * 10), max_bytes=500))
    assert "over the limit of 500" in rejection.reason


def test_folder_input_reads_its_txt_and_jsonl_files_sorted_by_name(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ENGLISH_2, encoding="utf-8")
    _jsonl(tmp_path / "a.jsonl", {"id": "j1", "text": ENGLISH})
    (tmp_path / "notes.csv").write_text("id,text\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(ENGLISH, encoding="utf-8")
    items = _read(tmp_path)
    assert [a.id for a in items] == ["j1", "b"]
    assert items[1].origin == str(tmp_path / "b.txt")


def test_missing_path_raises_input_error_before_anything_is_read(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    with pytest.raises(InputError, match="does not exist"):
        read_inputs([str(good), str(tmp_path / "nope.txt")])


def test_unknown_extension_raises_input_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<p>hi</p>", encoding="utf-8")
    with pytest.raises(InputError, match=r"unsupported extension '\.html'"):
        check_input(str(path))


def test_bad_default_date_raises_input_error() -> None:
    with pytest.raises(InputError, match="not an ISO date"):
        read_inputs(["-"], default_date="yesterday")


def test_read_input_lets_a_caller_report_a_bad_input_and_go_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    read, errors = [], []
    for source in [str(tmp_path / "gone.jsonl"), str(good)]:
        try:
            read.extend(read_input(source))
        except InputError as exc:
            errors.append(str(exc))
    assert [a.id for a in read] == ["good"]
    assert len(errors) == 1 and "gone.jsonl" in errors[0]
