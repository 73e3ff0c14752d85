"""A benchmark corpus of any size, built deterministically from our own demo articles.

Each article recombines whole sentences drawn (with a seeded RNG) from the demo articles the
team wrote (wirecoder/data/demo/articles.jsonl), 8 to 28 sentences long (about 180 to 650
words, news-article length), with a publication date in 2025. No outside text is used. Usage:
    .venv/bin/python benchmarks/corpus.py [--articles 200] [--seed 4] > corpus.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "wirecoder" / "data" / "demo" / "articles.jsonl"
SENTENCES_PER_ARTICLE = (8, 28)
# A period after these does not end a sentence ("U.S. Secretary", "Mr. Lavrov").
ABBREVIATIONS = {"U.S.", "U.K.", "U.N.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.",
                 "St.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def split_sentences(text: str) -> list[str]:
    """Sentences of a text, split at end punctuation followed by a capital."""
    sentences: list[str] = []
    for piece in BOUNDARY.split(text.strip()):
        if sentences and sentences[-1].split()[-1] in ABBREVIATIONS:
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    return sentences


def demo_sentences(path: Path = DEMO) -> list[str]:
    """Every sentence of the demo articles, in file order."""
    with path.open(encoding="utf-8") as handle:
        return [s for line in handle if line.strip()
                for s in split_sentences(json.loads(line)["text"])]


def build_corpus(n_articles: int, seed: int = 4) -> list[dict[str, str]]:
    """`n_articles` articles (id, date, title, text), the same for the same seed."""
    rng = random.Random(seed)
    pool = demo_sentences()
    start = dt.date(2025, 1, 1)
    corpus = []
    for number in range(n_articles):
        length = rng.randint(*SENTENCES_PER_ARTICLE)
        text = " ".join(rng.choice(pool) for _ in range(length))
        date = start + dt.timedelta(days=rng.randrange(365))
        corpus.append({"id": f"speed-{number:04d}", "date": date.isoformat(),
                       "title": f"benchmark article {number}", "text": text})
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=4)
    options = parser.parse_args()
    for article in build_corpus(options.articles, options.seed):
        sys.stdout.write(json.dumps(article, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
