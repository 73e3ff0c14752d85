"""Read .txt files, .jsonl files, folders of them and stdin into `Article`s, with a
`Rejection` (where + why) for every article that can't be coded.

Inputs:
- `notes.txt`: one article; its id is the file name stem ("notes"), it has no date unless
  `default_date` is given.
- `batch.jsonl`: one JSON object a line, `{"id"?, "text", "title"?, "date"?, "url"?,
  "source"?}`; other fields are ignored, blank lines skipped. Without `id` the article gets
  `article_id_for(text)`, a hash stable across whitespace differences.
- a folder: its .txt and .jsonl files (not sub-folders), sorted by name.
- `-`: stdin, read as JSONL if every non-empty line starts with `{`, else as one text
  article with a hash id.

Duplicate ids inside one input are kept and yielded twice: the store dedupes by id and
text, so a repeated line costs nothing and a changed text under an old id is not lost here.

A missing path or an unsupported extension is a whole-input error (`InputError`, E002 and
E003) raised when `read_input`/`read_inputs` is called, before anything is read. Everything
else (bad bytes, bad lines, bad fields, oversize, non-English) is a `Rejection` in the stream
and the reading goes on.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO

from wirecoder.errors import Errors, InputError
from wirecoder.ingest.article import Article, article_id_for
from wirecoder.ingest.validate import (
    DEFAULT_MAX_BYTES,
    SNIFF_BYTES,
    ContentError,
    check_article,
    field_reason,
    iso_date,
    one_line,
    parse_json_line,
    sniff_reason,
    text_from_bytes,
    unpaired_surrogate_reason,
)

logger = logging.getLogger(__name__)

STDIN = "-"
STDIN_NAME = "<stdin>"
INPUT_SUFFIXES = (".txt", ".jsonl")
# Room a JSONL line may take beyond its article: every character of the text escaped
# (at most 3x its UTF-8 size, e.g. "\u00e9" for a 2-byte "é") plus metadata.
_ESCAPE_FACTOR = 3
_METADATA_BYTES = 64 * 1024
_CHUNK = 1024 * 1024
_SPOOL_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class Rejection:
    """An article (or file) that can't be coded: where it is, why, and the id the input gave
    it (a .txt file's stem, a JSONL `id`), None when it had none."""

    where: str
    reason: str
    article_id: str | None = None

    @property
    def message(self) -> str:
        """One line for the user: `batch.jsonl:7 (id=abc): empty article: ...`."""
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class _Options:
    default_date: str | None
    max_bytes: int


def check_input(source: str) -> None:
    """Raise InputError (E002/E003) if `source` is not '-', a folder or a .txt/.jsonl file."""
    if source == STDIN:
        return
    path = Path(source)
    if not path.exists():
        raise InputError(Errors.E002.format(path=source))
    if path.is_dir():
        return
    if path.suffix.lower() not in INPUT_SUFFIXES:
        raise InputError(Errors.E003.format(path=source, ext=path.suffix or "(none)"))


def read_inputs(
    inputs: Sequence[str],
    *,
    stdin: TextIO | BinaryIO | None = None,
    default_date: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Rejection]:
    """Articles and rejections of every input, in order. Checks all inputs first: raises
    InputError (E002/E003, or E018 for a bad `default_date`) before reading any."""
    options = _options(default_date, max_bytes)
    for source in inputs:
        check_input(source)
    return _chain(_read_one(source, stdin, options) for source in inputs)


def read_input(
    source: str,
    *,
    stdin: TextIO | BinaryIO | None = None,
    default_date: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Rejection]:
    """Articles and rejections of one input; raises InputError at once if it can't be read.
    Loop over this to report a bad input and go on with the next one."""
    options = _options(default_date, max_bytes)
    check_input(source)
    return _read_one(source, stdin, options)


def _options(default_date: str | None, max_bytes: int) -> _Options:
    if default_date is not None:
        try:
            default_date = iso_date(default_date)
        except ContentError as exc:
            raise InputError(exc.reason) from None
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    return _Options(default_date, max_bytes)


def _chain(parts: Iterable[Iterator[Article | Rejection]]) -> Iterator[Article | Rejection]:
    for part in parts:
        yield from part


def _read_one(
    source: str, stdin: IO[Any] | None, options: _Options
) -> Iterator[Article | Rejection]:
    if source == STDIN:
        yield from _counted(_read_stdin(stdin or sys.stdin, options), STDIN_NAME)
        return
    path = Path(source)
    files = _folder_files(path) if path.is_dir() else [path]
    if path.is_dir() and not files:
        logger.warning("folder %s holds no .txt or .jsonl files", source)
    for file in files:
        where = source if file is path else str(file)
        reader = _read_txt if file.suffix.lower() == ".txt" else _read_jsonl_file
        yield from _counted(reader(file, where, options), where)


def _folder_files(folder: Path) -> list[Path]:
    found = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES]
    return sorted(found, key=lambda p: p.name)


def _counted(items: Iterator[Article | Rejection], name: str) -> Iterator[Article | Rejection]:
    read = rejected = 0
    for item in items:
        if isinstance(item, Rejection):
            rejected += 1
        else:
            read += 1
        yield item
    logger.info("%s: %d article(s) read, %d rejected", name, read, rejected)


def _read_txt(path: Path, where: str, options: _Options) -> Iterator[Article | Rejection]:
    """One article from a .txt file; the size is checked before a byte is read."""
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            reason = Errors.E015.format(what="article", size=size, limit=options.max_bytes)
            yield Rejection(where, reason, path.stem)
            return
        with path.open("rb") as handle:
            data = handle.read(options.max_bytes + len(b"\xef\xbb\xbf"))
    except OSError as exc:
        yield Rejection(where, Errors.E019.format(detail=exc.strerror or exc), path.stem)
        return
    yield _text_article(data, where, path.stem, options)


def _text_article(
    data: bytes, where: str, article_id: str | None, options: _Options, unit: str = "file"
) -> Article | Rejection:
    """One article from the whole bytes of a .txt file or of stdin; `unit` names it in errors."""
    try:
        text = text_from_bytes(data, unit=unit)
    except ContentError as exc:
        return Rejection(where, exc.reason, article_id)
    article = Article(id=article_id or article_id_for(text), text=text,
                      date=options.default_date, origin=where)
    reason = check_article(article, options.max_bytes)
    return Rejection(where, reason, article_id) if reason else article


def _read_jsonl_file(path: Path, where: str, options: _Options) -> Iterator[Article | Rejection]:
    """The articles of a .jsonl file, one a line."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Rejection(where, Errors.E019.format(detail=exc.strerror or exc))
        return
    with handle:
        yield from _read_jsonl(handle, where, options)


def _read_jsonl(
    handle: IO[bytes], name: str, options: _Options
) -> Iterator[Article | Rejection]:
    """Articles of a seekable binary JSONL stream, line by line; a binary file is one rejection."""
    reason = sniff_reason(handle.read(SNIFF_BYTES))
    if reason:
        yield Rejection(name, reason)
        return
    handle.seek(0)
    line_cap = _ESCAPE_FACTOR * options.max_bytes + _METADATA_BYTES
    number = 0
    while raw := handle.readline(line_cap + 1):
        number += 1
        where = f"{name}:{number}"
        if len(raw) > line_cap:
            size = len(raw) + _skip_rest_of_line(handle, raw)
            yield Rejection(where, Errors.E015.format(what="line", size=size, limit=line_cap))
        elif raw.strip():
            yield _jsonl_article(raw, where, options)


def _skip_rest_of_line(handle: IO[bytes], start: bytes) -> int:
    """Read past the rest of an over-long line in chunks; return how many bytes it had."""
    skipped = 0
    chunk = start
    while chunk and not chunk.endswith(b"\n"):
        chunk = handle.readline(_CHUNK)
        skipped += len(chunk)
    return skipped


def _jsonl_article(raw: bytes, where: str, options: _Options) -> Article | Rejection:
    """The article of one JSONL line, or why it has none; `where` gains the id once known."""
    try:
        record = parse_json_line(text_from_bytes(raw.rstrip(b"\r\n"), unit="line"))
        reason = field_reason(record)
        if reason:
            raise ContentError(reason)
    except ContentError as exc:
        return Rejection(where, exc.reason)
    origin = where
    explicit = None if record.get("id") is None else str(record["id"])
    if explicit is not None:
        where = f"{where} (id={one_line(explicit)})"
    text: str = record["text"]
    article = Article(id=explicit or "", text=text, title=record.get("title"),
                      url=record.get("url"), source=record.get("source"), origin=origin)
    try:
        surrogate = unpaired_surrogate_reason(article)
        if surrogate:  # the hash id below needs encodable text
            raise ContentError(surrogate)
        date = options.default_date if record.get("date") is None else iso_date(record["date"])
    except ContentError as exc:
        return Rejection(where, exc.reason, explicit)
    article = replace(article, id=explicit or article_id_for(text), date=date)
    reason = check_article(article, options.max_bytes)
    return Rejection(where, reason, explicit) if reason else article


def _read_stdin(stream: IO[Any], options: _Options) -> Iterator[Article | Rejection]:
    """Spool stdin to a temporary file (memory first, disk past 8 MB) while deciding whether
    every non-empty line starts with '{'; then read it as JSONL or as one text article."""
    source = getattr(stream, "buffer", None) or stream
    with tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES) as spool:
        all_json, any_content, at_line_start = True, False, True
        while chunk := _as_bytes(source.readline(_CHUNK)):
            spool.write(chunk)
            content = chunk.strip().removeprefix(b"\xef\xbb\xbf")
            if at_line_start and content:
                any_content = True
                all_json = all_json and content.startswith(b"{")
                at_line_start = False
            if chunk.endswith(b"\n"):
                at_line_start = True
        size = spool.tell()
        spool.seek(0)
        if any_content and all_json:
            yield from _read_jsonl(spool, STDIN_NAME, options)
        elif size > options.max_bytes:
            reason = Errors.E015.format(what="article", size=size, limit=options.max_bytes)
            yield Rejection(STDIN_NAME, reason)
        else:
            yield _text_article(spool.read(), STDIN_NAME, None, options, unit="input")


def _as_bytes(chunk: str | bytes) -> bytes:
    """Bytes of a stdin chunk; text streams are re-encoded so bad bytes are still found."""
    if isinstance(chunk, bytes):
        return chunk
    try:
        return chunk.encode("utf-8", "surrogateescape")  # restores undecodable stdin bytes
    except UnicodeEncodeError:
        return chunk.encode("utf-8", "surrogatepass")

