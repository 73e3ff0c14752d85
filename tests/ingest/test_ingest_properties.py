"""Property tests: nothing fed to the JSONL reader makes it raise."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.ingest import Article, Rejection, read_inputs

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                  max_size=4),
    max_leaves=10,
)
_records = st.dictionaries(
    st.sampled_from(["id", "text", "title", "date", "url", "source", "other"]),
    _json_values | st.text(max_size=200) | st.text(alphabet="\n\r\x00\ud800 aé{", max_size=9),
    max_size=7,
)


def _read_jsonl_bytes(data: bytes) -> list[Article | Rejection]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.jsonl"
        path.write_bytes(data)
        return list(read_inputs([str(path)], max_bytes=4096))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_as_jsonl_yield_only_articles_and_rejections(data: bytes) -> None:
    items = _read_jsonl_bytes(data)
    assert all(isinstance(item, Article | Rejection) for item in items)
    assert len(items) <= data.count(b"\n") + 1


@settings(max_examples=300, deadline=None)
@given(st.lists(_records, max_size=6))
def test_random_json_objects_yield_one_item_per_line(records: list[dict]) -> None:
    data = "\n".join(json.dumps(r) for r in records).encode("utf-8")
    items = _read_jsonl_bytes(data + b"\n")
    assert len(items) == len(records)
    for item in items:
        if isinstance(item, Article):
            assert item.text.strip() and item.id
            item.text.encode("utf-8")  # every accepted text is valid Unicode
        else:
            assert item.reason and "\n" not in item.message
