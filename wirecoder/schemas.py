"""JSON Schemas of the three record kinds, shipped in the package, and a validator."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from wirecoder.datafiles import data_path

KINDS = ("event", "stance", "commitment")


@cache
def schema_for(kind: str) -> dict[str, Any]:
    """The JSON Schema of one record kind ('event', 'stance' or 'commitment')."""
    if kind not in KINDS:
        raise ValueError(f"unknown record kind {kind!r}; expected one of {KINDS}")
    path = data_path("schemas", f"{kind}.schema.json")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _validator(kind: str) -> Draft202012Validator:
    return Draft202012Validator(schema_for(kind))


def validation_errors(record: dict[str, Any]) -> list[str]:
    """Every way a record dict breaks its kind's schema (empty when it is valid)."""
    kind = record.get("kind")
    if kind not in KINDS:
        return [f"'kind' must be one of {KINDS}, got {kind!r}"]
    return [f"{'/'.join(map(str, e.path)) or '(record)'}: {e.message}"
            for e in _validator(kind).iter_errors(record)]
