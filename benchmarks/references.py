"""Reference accuracy: reactions aimed at an act named earlier in the article ("dismissed the
offer", "denied it"), on our labelled snippets (tests/fixtures/references/nominal.jsonl).

    .venv/bin/python benchmarks/references.py

Prints, per snippet, whether the reaction was coded with the expected source and recipient,
and the accuracy over all snippets (optional ones reported apart).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from wirecoder.coder import Coder  # noqa: E402
from wirecoder.ingest.article import Article  # noqa: E402

FIXTURE = REPO / "tests" / "fixtures" / "references" / "nominal.jsonl"


def main() -> int:
    items = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    coder = Coder()
    articles = [Article(id=i["id"], text=i["text"], date=i["date"]) for i in items]
    right = {"required": [0, 0], "optional": [0, 0]}
    for item, result in zip(items, coder.code_articles(articles), strict=True):
        want = item["expect"]
        got = [(e.event_type, e.source.country if e.source else None,
                e.recipient.country if e.recipient else None)
                for e in result.events if e.trigger == want["trigger"]]
        ok = (want["event_type"], want["source"], want["recipient"]) in got
        kind = "optional" if want.get("optional") else "required"
        right[kind][0] += ok
        right[kind][1] += 1
        print(f"{'ok ' if ok else 'MISS'} {item['id']}: want {want['event_type']} "
              f"{want['source']}->{want['recipient']}; got {got}")
    for kind, (hit, total) in right.items():
        if total:
            print(f"{kind}: {hit}/{total} = {hit / total:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
