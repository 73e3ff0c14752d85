"""Actor resolution: accuracy per phenomenon on our labelled mentions, and speed against parsing.

Accuracy: tests/fixtures/actors/mentions.jsonl is parsed with the coder's own spaCy pipeline,
resolved with `ActorResolver` on each snippet's date, and each labelled mention is compared
on country, country+sector, and name/role where the label gives them.

Speed: over the demo corpus (wirecoder/data/demo/articles.jsonl) plus the mention snippets,
the time spent in `ActorResolver.resolve` (and, separately, in asking `actor_for` of every
noun a later stage may ask about) as a share of the spaCy parse time of the same texts.
Usage:
    .venv/bin/python benchmarks/actors.py [--show-errors] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime
import json
import time
from pathlib import Path

from spacy.tokens import Doc

from wirecoder.actors.evaluation import LEVELS, Tally, read_snippets, score_snippets
from wirecoder.actors.kb import KnowledgeBase
from wirecoder.actors.resolver import ActorResolver
from wirecoder.nlp.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
MENTIONS = ROOT / "tests" / "fixtures" / "actors" / "mentions.jsonl"
DEMO = ROOT / "wirecoder" / "data" / "demo" / "articles.jsonl"
TARGET_ACCURACY = 0.95
TARGET_SHARE = 0.10


def _cell(tally: Tally, level: str) -> str:
    value = tally.accuracy(level)
    return "   -  " if value is None else f"{value:5.2f} "


def print_accuracy(show_errors: bool) -> None:
    nlp = load_pipeline()
    start = time.perf_counter()
    kb = KnowledgeBase.from_files([])
    load_seconds = time.perf_counter() - start
    score = score_snippets(read_snippets(MENTIONS), nlp, ActorResolver(kb))
    print(f"knowledge base: {len(kb.entries)} entries, loaded in {load_seconds:.3f} s (uncached)")
    header = f"{'phenomenon':<16}{'n':>4}  " + "".join(f"{lv:>15}" for lv in LEVELS)
    print(header)
    for name in sorted(score.by_phenomenon):
        tally = score.by_phenomenon[name]
        flag = "" if (tally.accuracy("country") or 0) >= TARGET_ACCURACY else "  < target"
        cells = "".join(f"{_cell(tally, lv):>15}" for lv in LEVELS)
        print(f"{name:<16}{tally.total['country']:>4}  {cells}{flag}")
    cells = "".join(f"{_cell(score.overall, lv):>15}" for lv in LEVELS)
    print(f"{'overall':<16}{score.overall.total['country']:>4}  {cells}")
    if show_errors:
        print("\nmisses:")
        for line in score.misses:
            print("  " + line)


def _texts() -> list[tuple[str, datetime.date | None]]:
    texts: list[tuple[str, datetime.date | None]] = []
    for line in DEMO.read_text(encoding="utf-8").splitlines():
        if line.strip():
            article = json.loads(line)
            day = article.get("date")
            texts.append((article["text"], datetime.date.fromisoformat(day) if day else None))
    texts.extend((s.text, s.date) for s in read_snippets(MENTIONS))
    return texts


def print_speed(repeat: int) -> None:
    nlp = load_pipeline()
    resolver = ActorResolver(KnowledgeBase.load())
    texts = _texts()
    nlp("warm up")
    # Best of `repeat` runs for each stage: the least disturbed by other work on the machine.
    parse = resolve = ask = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        docs: list[Doc] = list(nlp.pipe([t for t, _ in texts], batch_size=32))
        parse = min(parse, time.perf_counter() - start)
        resolving = asking = 0.0
        for doc, (_, day) in zip(docs, texts, strict=True):
            start = time.perf_counter()
            actors = resolver.resolve(doc, on=day)
            resolving += time.perf_counter() - start
            start = time.perf_counter()
            for token in doc:
                if token.pos_ in ("NOUN", "PROPN", "PRON"):
                    actors.actor_for(token)
            asking += time.perf_counter() - start
        resolve, ask = min(resolve, resolving), min(ask, asking)
    words = sum(len(t.split()) for t, _ in texts)
    print(f"\nspeed over {len(texts)} texts ({words} words), best of {repeat}:")
    print(f"  spaCy parse   {parse:7.3f} s")
    share = resolve / parse
    flag = "" if share < TARGET_SHARE else "  > target"
    print(f"  resolve       {resolve:7.3f} s  = {share:6.1%} of parse{flag}")
    print(f"  + actor_for on every noun {ask:7.3f} s  = {(resolve + ask) / parse:6.1%} of parse")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true", help="print every missed mention")
    parser.add_argument("--repeat", type=int, default=3, help="timing repetitions")
    args = parser.parse_args()
    print_accuracy(args.show_errors)
    print_speed(args.repeat)


if __name__ == "__main__":
    main()
