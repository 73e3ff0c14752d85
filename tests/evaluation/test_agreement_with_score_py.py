"""Our scorer gives the numbers and error lists of the shared benchmarks/score.py.

System outputs are generated from the shared gold files with a seeded RNG (gold spans and
types, perturbed: wrong types, shifted spans, missing or wrong actors, duplicates, false
positives, stray article ids), written to a temp file, and scored by both.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from wirecoder.evaluation.gold import load_gold
from wirecoder.evaluation.scoring import score
from wirecoder.records import EVENT_TYPES, POLARITIES

BENCHMARKS = Path(__file__).resolve().parents[2] / ".." / "shared" / "benchmarks"
GOLD_FILES = ("seed/gold.jsonl", "peer/plover-gsr.jsonl")
CONTEXTS = ("negation", "future", "hypothetical", "historical")

# name: (drop, wrong type, bad span, actor noise, false positives a line, duplicate)
PROFILES: dict[str, tuple[float, float, float, float, int, float]] = {
    "exact": (0.0, 0.0, 0.0, 0.0, 0, 0.0),
    "misses": (0.5, 0.0, 0.0, 0.0, 0, 0.0),
    "wrong-types": (0.1, 0.4, 0.1, 0.1, 0, 0.1),
    "actor-noise": (0.1, 0.1, 0.0, 0.7, 1, 0.0),
    "noisy": (0.3, 0.3, 0.3, 0.5, 3, 0.3),
}


def actor(country: str | None) -> dict[str, Any]:
    return {"text": "x", "name": "x", "actor_id": None, "country": country, "sector": None,
            "role": None}


def noisy_actor(allowed: list[str | None] | None, rng: random.Random,
                noise: float) -> dict[str, Any] | None:
    if rng.random() < noise:
        return rng.choice([None, actor(None), actor("ZZZ"), actor("RUS"), actor("USA")])
    country = rng.choice(allowed) if allowed else rng.choice(["FRA", None])
    return actor(country) if country or rng.random() < 0.5 else None


def noisy_span(start: int, end: int, size: int, rng: random.Random) -> tuple[int, int]:
    """A span that overlaps [start, end) partly, just touches it, or lies elsewhere."""
    kind = rng.randrange(4)
    if kind == 0:
        return max(0, start - rng.randrange(1, 20)), start  # touches, no overlap
    if kind == 1:
        return end, min(size, end + rng.randrange(1, 20))
    if kind == 2:
        cut = rng.randrange(start, end)
        return cut, cut + 1
    return rng.randrange(0, size), rng.randrange(0, size)


def event_records(art: dict[str, Any], rng: random.Random,
                  profile: tuple[float, float, float, float, int, float]) -> list[dict[str, Any]]:
    drop, wrong_type, bad_span, actor_noise, false_positives, duplicate = profile
    text, out = art["text"], []
    for gold in art["events"]:
        if rng.random() < drop:
            continue
        option = rng.choice(gold["options"])
        start = text.find(gold["evidence"])
        end = start + len(gold["evidence"])
        if rng.random() < bad_span:
            start, end = noisy_span(start, end, len(text), rng)
        context = ["negation"] if option.get("negated") else []
        if rng.random() < wrong_type:
            context = rng.sample(CONTEXTS, rng.randrange(3))
        elif option.get("modality") and rng.random() < 0.7:
            context.append(rng.choice(option["modality"]).capitalize())
        record = {"kind": "event", "article_id": art["id"], "sentence": 0,
                  "evidence": {"start": start, "end": end, "text": text[start:end]},
                  "event_type": rng.choice(EVENT_TYPES) if rng.random() < wrong_type
                  else option["event_type"], "context": context,
                  "source": noisy_actor((gold.get("source") or {}).get("country"), rng,
                                        actor_noise),
                  "recipient": noisy_actor((gold.get("recipient") or {}).get("country"), rng,
                                           actor_noise)}
        out.append(record)
        if rng.random() < duplicate:
            out.append(dict(record, context=[*record["context"], "future"]))
    for _ in range(false_positives):
        start = rng.randrange(len(text))
        end = min(len(text), start + rng.randrange(1, 60))
        out.append({"kind": "event", "article_id": art["id"], "sentence": 0,
                    "evidence": {"start": start, "end": end, "text": text[start:end]},
                    "event_type": rng.choice(EVENT_TYPES),
                    "context": rng.sample(CONTEXTS, rng.randrange(2)),
                    "source": noisy_actor(None, rng, 0.5), "recipient": None})
    return out


def stance_and_commitment_records(art: dict[str, Any], rng: random.Random) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for gold in art.get("stances", []):
        country = rng.choice([*gold["actor"]["country"], "ZZZ", None])
        keyword = rng.choice(gold["issue_keywords"])
        issue = rng.choice([f"the {keyword.upper()} question", f"{keyword}s", "fisheries"])
        record = {"kind": "stance", "actor": actor(country), "issue": issue,
                  "polarity": rng.choice(POLARITIES), "conditions": [], "evidence": []}
        if rng.random() < 0.5:
            record["article_id"] = art["id"]
        out.append(record)
    for gold in art.get("commitments", []):
        out.append({"kind": "commitment", "article_id": art["id"],
                    "giver": actor(rng.choice([*gold["giver"]["country"], "ZZZ"])),
                    "receiver": rng.choice([None, actor(rng.choice(gold["receiver"]["country"]))]),
                    "what": rng.choice(gold["what_keywords"]).title() + " help",
                    "context": ["negation"] if rng.random() < 0.5 else ["future"],
                    "evidence": {"article_id": art["id"], "sentence": 0, "text": "x"}})
    return out


def system_output(gold_path: Path, profile_name: str, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    records: list[dict[str, Any]] = []
    for art in rows:
        records += event_records(art, rng, PROFILES[profile_name])
        if profile_name != "exact":
            records += stance_and_commitment_records(art, rng)
    if records and profile_name == "noisy":
        # a record naming an article the gold does not have, and one without offsets
        records.append(dict(records[0], article_id="not-in-gold"))
        records.append(dict(records[-1], evidence={"text": "no offsets"}))
    rng.shuffle(records)
    return records


def reference_scores(gold_path: Path, system_path: Path) -> tuple[dict[str, Any], list[str]]:
    done = subprocess.run([sys.executable, str(BENCHMARKS / "score.py"), "--json",
                           "--show-errors", str(gold_path), str(system_path)],
                          capture_output=True, text=True, check=True, timeout=120)
    return json.loads(done.stdout), [line for line in done.stderr.splitlines() if line]


@pytest.fixture(scope="module")
def benchmarks() -> Path:
    if not (BENCHMARKS / "score.py").is_file():
        pytest.skip(f"shared benchmarks not found at {BENCHMARKS.resolve()} "
                    "(clone the repo beside a copy of shared/)")
    return BENCHMARKS


@pytest.mark.parametrize("gold_file", GOLD_FILES)
@pytest.mark.parametrize("profile_name, seed", [
    ("exact", 0), ("misses", 1), ("wrong-types", 2), ("actor-noise", 3),
    ("noisy", 4), ("noisy", 5), ("noisy", 6),
])
def test_metrics_and_errors_equal_those_of_score_py(benchmarks: Path, tmp_path: Path,
                                                    gold_file: str, profile_name: str,
                                                    seed: int) -> None:
    gold_path = benchmarks / gold_file
    records = system_output(gold_path, profile_name, seed)
    system_path = tmp_path / "system.jsonl"
    system_path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    expected, expected_errors = reference_scores(gold_path, system_path)

    report = score(load_gold(gold_path), records)

    ours = report.to_dict()
    del ours["events_by_type"]
    assert ours == expected
    assert report.error_lines("dyad") == expected_errors


def test_generated_outputs_exercise_both_hits_and_misses(benchmarks: Path) -> None:
    # Guards the agreement test against comparing only trivial all-zero reports.
    gold_path = benchmarks / GOLD_FILES[0]
    report = score(load_gold(gold_path), system_output(gold_path, "noisy", 4))
    full = report.events["full"]
    assert full.tp > 0 and full.fp > 0 and full.fn > 0
    assert report.stances.total > 0 and report.commitments.total > 0
