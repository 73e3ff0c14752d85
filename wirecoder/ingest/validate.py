"""Checks that decide whether an input can be coded: byte-level checks used by the
readers (binary content, UTF-8), JSONL field checks and the article-level `check_article`.

Every check returns a reason (a coded message from `wirecoder.errors.Errors`) or None;
the readers add where the problem is (file, line, id).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from wirecoder.errors import Errors
from wirecoder.ingest.article import Article
from wirecoder.ingest.language import english_share, looks_english

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# Bytes of a file sniffed for binary content before reading it line by line.
SNIFF_BYTES = 8192
# A share of control characters above this marks a text as binary.
CONTROL_SHARE_LIMIT = 0.05
OPTIONAL_TEXT_FIELDS = ("title", "url", "source")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# C0 controls and DEL, except tab, line feed, vertical tab, form feed and carriage return.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS = frozenset(_CONTROL_BYTES.decode("ascii"))


class ContentError(ValueError):
    """Content that can't become an article; `reason` is the coded message."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def binary_reason(data: bytes) -> str | None:
    """E011 if the bytes hold a NUL or more than 5% control bytes, else None."""
    if not data:
        return None
    if b"\x00" in data:
        return Errors.E011
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls / len(data) > CONTROL_SHARE_LIMIT:
        return Errors.E011
    return None


def decode_utf8(data: bytes, unit: str = "file") -> str:
    """Text of UTF-8 bytes (a leading BOM dropped); raises ContentError with the byte offset."""
    skip = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[skip + exc.start: skip + exc.end]
        detail = f"byte {bad.hex(' ', 1) if bad else 'sequence'} {exc.reason}"
        raise ContentError(
            Errors.E012.format(offset=skip + exc.start, unit=unit, detail=detail)
        ) from None


def text_from_bytes(data: bytes, unit: str = "file") -> str:
    """Decoded text of raw input bytes; raises ContentError for binary or non-UTF-8 content."""
    reason = binary_reason(data) if unit == "line" else sniff_reason(data)
    if reason:
        raise ContentError(reason)
    return decode_utf8(data, unit)


def sniff_reason(head: bytes) -> str | None:
    """E012/E011 if the first bytes of a file show it is UTF-16 or binary, else None."""
    if head.startswith(_UTF16_BOMS):
        detail = "it starts with a UTF-16 byte-order mark"
        return Errors.E012.format(offset=0, unit="file", detail=detail)
    return binary_reason(head)


def parse_json_line(line: str) -> dict[str, Any]:
    """The JSON object on one JSONL line; raises ContentError (E013/E014) otherwise."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ContentError(Errors.E013.format(detail=f"{exc.msg} at column {exc.colno}")) from None
    except (ValueError, RecursionError) as exc:  # int too long, nesting too deep
        raise ContentError(Errors.E013.format(detail=str(exc) or type(exc).__name__)) from None
    if not isinstance(value, dict):
        raise ContentError(Errors.E014.format(detail=f"found a JSON {_json_type(value)}"))
    if "text" not in value:
        keys = ", ".join(repr(k) for k in list(value)[:5]) or "no fields"
        raise ContentError(Errors.E014.format(detail=f"found {keys}"))
    return value


def field_reason(record: dict[str, Any]) -> str | None:
    """E017 if `text` is not a string or an optional field has the wrong type, else None.

    `id` may be a string or an integer; title/url/source/date a string or null."""
    if not isinstance(record["text"], str):
        return _type_reason("text", "a string", record["text"])
    article_id = record.get("id")
    if article_id is not None:
        if isinstance(article_id, bool) or not isinstance(article_id, str | int):
            return _type_reason("id", "a string or an integer", article_id)
        if isinstance(article_id, str) and not article_id.strip():
            return _type_reason("id", "a non-empty string", article_id)
    for name in (*OPTIONAL_TEXT_FIELDS, "date"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return _type_reason(name, "a string or null", value)
    return None


def iso_date(value: str) -> str:
    """The YYYY-MM-DD part of an ISO date or datetime; raises ContentError (E018) otherwise."""
    text = value.strip()
    try:
        if _ISO_DATE.fullmatch(text):
            return dt.date.fromisoformat(text).isoformat()
        if _ISO_DATE.fullmatch(text[:10]) and text[10:11] in ("T", " "):
            return dt.datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    raise ContentError(Errors.E018.format(value=one_line(value)))


def one_line(value: str) -> str:
    """The value with line breaks, other unprintable characters and lone surrogates escaped."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in value)


def check_article(article: Article, max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
    """Why the article can't be coded (a coded reason), or None if it can."""
    text = article.text
    if not text.strip():
        return Errors.E010
    reason = unpaired_surrogate_reason(article)
    if reason:
        return reason
    if _control_share(text) > CONTROL_SHARE_LIMIT or "\x00" in text:
        return Errors.E011
    size = utf8_size(text, max_bytes)
    if size > max_bytes:
        return Errors.E015.format(what="article", size=size, limit=max_bytes)
    if not looks_english(text):
        return Errors.E016.format(share=english_share(text))
    return None


def unpaired_surrogate_reason(article: Article) -> str | None:
    """E017 if a text field holds a lone UTF-16 surrogate (from a JSON \\ud800 escape)."""
    for name in ("text", "id", *OPTIONAL_TEXT_FIELDS):
        value = getattr(article, name)
        if not value:
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            code = ord(value[exc.start])
            got = f"an unpaired surrogate \\u{code:04x} at character {exc.start}"
            return Errors.E017.format(field=name, expected="valid Unicode", got=got)
    return None


def utf8_size(text: str, max_bytes: int) -> int:
    """UTF-8 size of the text; when the length alone shows it is over `max_bytes`, the
    character count (a lower bound) is returned without encoding the text."""
    if len(text) > max_bytes or len(text) * 4 <= max_bytes:
        return len(text)  # over: at least 1 byte a char; under: at most 4 bytes a char
    return len(text.encode("utf-8", "surrogatepass"))


def _control_share(text: str) -> float:
    sample = text[:SNIFF_BYTES * 8]
    if not sample:
        return 0.0
    return sum(1 for ch in sample if ch in _CONTROL_CHARS) / len(sample)


def _type_reason(field: str, expected: str, value: Any) -> str:
    shown = repr(value) if isinstance(value, str) else f"a JSON {_json_type(value)}"
    return Errors.E017.format(field=field, expected=expected, got=shown)


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean",
             int: "number", float: "number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
