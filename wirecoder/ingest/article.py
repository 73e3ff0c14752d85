"""The input unit of the coder: one news article with its publication date."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    """One article. `date` is the ISO publication date used to resolve relative dates and
    office holders; `origin` says where it came from ("file.jsonl:12") for error messages."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None


def normalise_text(text: str) -> str:
    """NFC, unified line ends and collapsed whitespace: the form article ids are hashed from."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return " ".join(text.split())


def article_id_for(text: str) -> str:
    """A content hash of the normalised text: the default id of an article without one."""
    return "a_" + hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()[:16]
