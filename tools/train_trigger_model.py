"""Train the learned trigger model (wirecoder/events/learned.py) from training/events/*.jsonl.

Each verb and common noun of a training sentence is one instance: its label is the PLOVER
type of the gold event whose trigger it heads, or NONE. The model is a multinomial logistic
regression with L2 regularisation, fitted by full-batch Adam in numpy (deterministic: same
data, same weights). Weights below PRUNE in absolute value are dropped, and the rest are
written as a readable table, wirecoder/data/models/trigger_model.tsv.

    .venv/bin/python tools/train_trigger_model.py [--holdout 0.2] [--epochs 300]

With --holdout, a share of the sentences is kept out and the script prints per-class
precision and recall of trigger detection on it (the shipped model is trained on all).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from wirecoder.events.learned import NONE, features, instance_tokens  # noqa: E402
from wirecoder.nlp.pipeline import load_pipeline  # noqa: E402

TRAINING = REPO / "training" / "events"
OUT = REPO / "wirecoder" / "data" / "models" / "trigger_model.tsv"
PRUNE = 0.05
L2 = 1e-5
RATE = 0.05


def trigger_span(text: str, event: dict) -> tuple[int, int] | None:
    """Character span of the event's trigger (its trigger_index-th occurrence)."""
    start = -1
    for _ in range(int(event.get("trigger_index", 0)) + 1):
        start = text.find(event["trigger"], start + 1)
        if start < 0:
            return None
    return start, start + len(event["trigger"])


def labelled_instances(nlp, items: list[dict]) -> list[tuple[list[str], str]]:
    """(features, label) of every word the model reads in the sentences."""
    out = []
    docs = nlp.pipe([item["text"] for item in items], batch_size=64)
    for item, doc in zip(items, docs, strict=True):
        labels: dict[int, str] = {}
        for event in item.get("events", []):
            span = trigger_span(item["text"], event)
            if span is None:
                continue
            inside = [t for t in doc if t.idx < span[1] and span[0] < t.idx + len(t)]
            heads = [t for t in inside if t.head not in inside or t.head == t]
            readable = [t for t in heads + inside if t.pos_ in {"VERB", "NOUN"}]
            if readable:
                labels.setdefault(readable[0].i, event["event_type"])
        for token in instance_tokens(doc):
            out.append((features(token), labels.get(token.i, NONE)))
    return out


def fit(instances: list[tuple[list[str], str]], epochs: int, l2: float = L2
        ) -> tuple[list[str], list[str], np.ndarray]:
    """Feature names, class names and the fitted weight matrix (features x classes)."""
    vocab: dict[str, int] = {}
    for feats, _ in instances:
        for f in feats:
            vocab.setdefault(f, len(vocab))
    classes = sorted({label for _, label in instances})
    index = {c: i for i, c in enumerate(classes)}
    rows = np.concatenate([np.full(len(f), n) for n, (f, _) in enumerate(instances)])
    cols = np.concatenate([[vocab[x] for x in f] for f, _ in instances])
    y = np.array([index[label] for _, label in instances])
    n, k = len(instances), len(classes)
    weights = np.zeros((len(vocab), k))
    m, v = np.zeros_like(weights), np.zeros_like(weights)
    target = np.zeros((n, k))
    target[np.arange(n), y] = 1.0
    for step in range(1, epochs + 1):
        scores = np.zeros((n, k))
        np.add.at(scores, rows, weights[cols])
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        grad = np.zeros_like(weights)
        np.add.at(grad, cols, (probs - target)[rows])
        grad = grad / n + l2 * weights
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        weights -= RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    names = sorted(vocab, key=vocab.__getitem__)
    return names, classes, weights


def predict(names, classes, weights, feats: list[str]) -> tuple[str, float]:
    index = {f: i for i, f in enumerate(names)}
    score = sum((weights[index[f]] for f in feats if f in index), np.zeros(len(classes)))
    probs = np.exp(score - score.max())
    probs /= probs.sum()
    best = int(np.argmax(probs))
    return classes[best], float(probs[best])


def evaluate(names, classes, weights, held: list[tuple[list[str], str]]) -> None:
    for threshold in (0.5, 0.7, 0.85):
        tp = fp = fn = typed = 0
        for feats, gold in held:
            label, prob = predict(names, classes, weights, feats)
            said = label if label != NONE and prob >= threshold else NONE
            if said != NONE and gold != NONE:
                tp += 1
                typed += said == gold
            elif said != NONE:
                fp += 1
            elif gold != NONE:
                fn += 1
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        print(f"threshold {threshold}: trigger P {p:.2f} R {r:.2f}; "
              f"right type among found {typed / tp if tp else 0:.2f} (tp {tp}, fp {fp}, fn {fn})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout", type=float, default=0.0)
    parser.add_argument("--epochs", type=int, default=500)
    parser.add_argument("--l2", type=float, default=L2)
    args = parser.parse_args()
    items = [json.loads(line) for path in sorted(TRAINING.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = load_pipeline()
    if args.holdout:
        random.Random(7).shuffle(items)
        cut = int(len(items) * (1 - args.holdout))
        train, held = labelled_instances(nlp, items[:cut]), labelled_instances(nlp, items[cut:])
        names, classes, weights = fit(train, args.epochs, args.l2)
        print(f"{len(items[:cut])} training sentences, {len(items[cut:])} held out")
        evaluate(names, classes, weights, held)
        return 0
    instances = labelled_instances(nlp, items)
    counts = Counter(label for _, label in instances)
    names, classes, weights = fit(instances, args.epochs, args.l2)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    kept = 0
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# Learned trigger model: weights of a multinomial logistic regression, written\n"
                  "# by tools/train_trigger_model.py from training/events/*.jsonl "
                  f"({len(items)} sentences,\n# {len(instances)} words, "
                  f"{sum(v for k, v in counts.items() if k != NONE)} triggers). Do not edit by "
                  "hand: run `make train`.\n# Columns: feature, class (PLOVER type or NONE), "
                  "weight.\nfeature\tclass\tweight\n")
        for f, name in enumerate(names):
            for c, label in enumerate(classes):
                if abs(weights[f, c]) >= PRUNE:
                    out.write(f"{name}\t{label}\t{weights[f, c]:.3f}\n")
                    kept += 1
    print(f"{len(items)} sentences, {len(instances)} words, {len(names)} features; "
          f"{kept} weights kept in {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
