"""check_article and the byte/field checks the readers are built on."""

from __future__ import annotations

import pytest

from wirecoder.ingest.article import Article
from wirecoder.ingest.validate import (
    ContentError,
    binary_reason,
    check_article,
    decode_utf8,
    iso_date,
    parse_json_line,
    utf8_size,
)

ENGLISH = ("The two delegations agreed in Geneva on Wednesday to meet again next month and "
           "to exchange lists of detained civilians before then.")


def _article(text: str, **fields: str) -> Article:
    return Article(id="t1", text=text, **fields)


def test_codable_english_article_has_no_reason() -> None:
    assert check_article(_article(ENGLISH)) is None


def test_text_with_control_characters_is_binary() -> None:
    assert check_article(_article("\x01\x02\x03\x04 the talks")).startswith("binary content")


def test_text_with_a_nul_is_binary_even_when_long() -> None:
    assert check_article(_article(ENGLISH * 20 + "\x00")).startswith("binary content")


def test_tabs_and_newlines_are_not_control_characters() -> None:
    assert check_article(_article(ENGLISH.replace(" ", "\t\n\r"))) is None


def test_unpaired_surrogate_is_rejected_naming_field_and_position() -> None:
    reason = check_article(_article(ENGLISH, title="bad \ud800"))
    assert reason == ("field 'title' must be valid Unicode, got an unpaired surrogate "
                      "\\ud800 at character 4")


def test_size_counts_utf8_bytes_not_characters() -> None:
    text = "é" * 60
    assert utf8_size(text, 100) == 120
    assert "article is 120 bytes" in check_article(_article(text), max_bytes=100)


def test_few_control_bytes_in_long_text_are_not_binary() -> None:
    assert binary_reason(b"A report\x0c on page two." * 10) is None


def test_utf8_error_reports_offset_and_bad_byte() -> None:
    with pytest.raises(ContentError, match=r"byte 3 of the line \(byte ff invalid start byte"):
        decode_utf8(b"abc\xffdef", unit="line")


def test_offset_counts_a_leading_bom() -> None:
    with pytest.raises(ContentError, match="at byte 5 of the file"):
        decode_utf8(b"\xef\xbb\xbfab\xc3")


@pytest.mark.parametrize("value, expected", [("2025-09-05", "2025-09-05"),
                                             ("2025-09-05T23:10:00+02:00", "2025-09-05"),
                                             ("2025-09-05 06:00", "2025-09-05"),
                                             (" 2024-02-29 ", "2024-02-29")])
def test_iso_dates_and_datetimes_keep_the_date(value: str, expected: str) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize("value", ["2025-02-30", "5 September 2025", "2025-09", "20250905T1",
                                   "2025-09-05Tnoon", ""])
def test_non_iso_dates_are_rejected(value: str) -> None:
    with pytest.raises(ContentError, match="is not an ISO date"):
        iso_date(value)


def test_deeply_nested_json_is_malformed_not_a_crash() -> None:
    with pytest.raises(ContentError, match="malformed JSON"):
        parse_json_line("[" * 100_000 + "]" * 100_000)


def test_json_error_names_the_column() -> None:
    with pytest.raises(ContentError, match="at column 14"):
        parse_json_line('{"text": "a" "b"}')
