"""Page chrome: the parts of a news page that are not its prose (bylines, datelines, credit
and caption lines, "More:" links, share widgets, subheads), blanked before the parse.

Blanking replaces each chrome character by a space (newlines are kept), so the text keeps
its length and every offset into it stays an offset into the article: evidence spans still
point at the article, and the chrome can neither become an actor ("LAGOS, Nigeria (Reuters)
- ..." as the source of an attack, a photo credit as a speaker) nor an event ("More:
Nigeria's army says it has freed 200 hostages").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from wirecoder.datafiles import data_path, read_tsv

# "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By JANE DOE | Staff writer"
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin|da|del|la|le))*"
BYLINE = re.compile(rf"^\s*by\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*\s*(?:[,|/–—-].{{0,60}})?$",
                    re.IGNORECASE)
# "LAGOS, Nigeria (Reuters) - ", "GENEVA -- ", "KYIV, Ukraine, March 3 (AP) — ", "SEOUL, Nov
# 23, 2010 (AFP) -", "BOGOTÁ, Colombia -": a place in capitals (accented ones too) opening a
# paragraph, an optional region, date (with its year) and agency, then a dash.
DATELINE = re.compile(
    r"^(?P<dateline>\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ /-]{1,30}[A-ZÀ-ÖØ-Þ.]"
    r"(?:,\s*[A-Z][\w.'’ -]{1,30}?)?"
    r"(?:,\s*\w{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?"
    r"(?:\s*\([\w.&' -]{1,30}\))?"
    r"\s*(?:--|—|–|-|:)\s*)(?=\S)")
# A run of share-widget words ("Share Tweet Post Email", "THIS ARTICLE Share ...").
WIDGET_WORDS = {"share", "tweet", "post", "email", "e-mail", "print", "save", "comment",
                "comments", "facebook", "twitter", "whatsapp", "linkedin", "reddit", "pin",
                "copy", "link", "this", "article", "story", "x", "messenger", "telegram"}
WIDGET_RUN = re.compile(r"(?:\b[A-Za-z-]+\b[ \t]*){3,}")
# A subhead: a short line that ends in no sentence punctuation.
SUBHEAD_MAX_WORDS = 8
SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")")


@lru_cache(maxsize=1)
def chrome_prefixes() -> tuple[str, ...]:
    """Lower-case openings of lines that are credits, captions or links (chrome_lines.tsv)."""
    path = data_path("lexicons", "chrome_lines.tsv")
    return tuple(row["opening"].lower() for _, row in read_tsv(path, ("opening",)))


def chrome_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of the chrome in an article's text."""
    offset = 0
    lines = text.split("\n")
    for number, line in enumerate(lines):
        yield from (
            (offset + start, offset + end) for start, end in _line_chrome(line, number))
        offset += len(line) + 1


def _line_chrome(line: str, number: int) -> Iterator[tuple[int, int]]:
    stripped = line.strip()
    if not stripped:
        return
    lowered = stripped.lower()
    if BYLINE.match(stripped) or lowered.startswith(chrome_prefixes()) or \
            _is_subhead(stripped, number):
        yield 0, len(line)
        return
    dateline = DATELINE.match(line)
    if dateline and _is_dateline(dateline.group("dateline")):
        yield 0, dateline.end("dateline")
    for run in WIDGET_RUN.finditer(line):
        words = run.group().split()
        widget = [w.lower() in WIDGET_WORDS for w in words]
        # the longest stretch of widget words, three or more, with a share word in it
        start = 0
        while start < len(words):
            if not widget[start]:
                start += 1
                continue
            end = start
            while end < len(words) and widget[end]:
                end += 1
            stretch = [w.lower() for w in words[start:end]]
            if end - start >= 3 and {"share", "tweet", "email"} & set(stretch):
                first = _word_offset(run.group(), words, start)
                last = _word_offset(run.group(), words, end - 1) + len(words[end - 1])
                yield run.start() + first, run.start() + last
            start = end


def _word_offset(text: str, words: list[str], index: int) -> int:
    position = 0
    for i, word in enumerate(words):
        position = text.index(word, position)
        if i == index:
            return position
        position += len(word)
    return position


def _is_dateline(prefix: str) -> bool:
    """The capitals before the dash are a place, not a sentence's first word in capitals
    ("NATO - the alliance said"): a dateline has a comma, an agency, or two letters more."""
    place = prefix.strip().rstrip("-—–:").strip()
    head = re.split(r"[,(]", place)[0].strip()
    return ("," in place or "(" in place or len(head) >= 5) and head.upper() == head


def _is_subhead(line: str, number: int) -> bool:
    words = line.split()
    return number > 0 and 0 < len(words) <= SUBHEAD_MAX_WORDS and \
        not line.endswith(SENTENCE_END) and not line.startswith(("-", "*", "•")) and \
        line[:1].isupper()


def dateline_places(text: str) -> list[str]:
    """The place names of the article's dateline ("LAGOS, Nigeria (Reuters) -" -> ["LAGOS",
    "Nigeria"]; "NAIROBI/MOGADISHU, Oct 20 -" -> ["NAIROBI", "MOGADISHU"]), or []."""
    for line in text.split("\n")[:6]:
        match = DATELINE.match(line)
        if match and _is_dateline(match.group("dateline")):
            head = re.split(r"[(]", match.group("dateline"))[0]
            parts = [p.strip(" -—–:.") for p in re.split(r"[,/]", head)]
            return [p for p in parts if p and not re.search(r"\d", p)]
        if line.strip() and not BYLINE.match(line.strip()):
            return []
    return []


def prose_text(text: str) -> str:
    """The article's text with its chrome blanked: same length, same offsets."""
    chars = list(text)
    for start, end in chrome_spans(text):
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
