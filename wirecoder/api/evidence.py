"""Evidence sentences with the actor and the cue marked, for the stance matrix's cells."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from wirecoder.datafiles import data_path, read_tsv

# Words that turn a cue around; marked with the cue so a reader sees why it is "oppose".
NEGATORS: frozenset[str] = frozenset({"not", "no", "never", "n't", "refused", "refuse",
                                      "rejected", "reject", "ruled", "against"})


@lru_cache(maxsize=1)
def stance_cue_stems() -> tuple[str, ...]:
    """Word beginnings of the stance-cue lemmas (data/lexicons/stance_cues.tsv): "oppos"
    finds "opposes" and "opposed"."""
    stems = set()
    for _, row in read_tsv(data_path("lexicons", "stance_cues.tsv"), ("lemma",)):
        lemma = row["lemma"].lower()
        if " " not in lemma and len(lemma) >= 4:
            stems.add(lemma[:-1] if lemma.endswith("e") else lemma)
    return tuple(sorted(stems))


def _find_all(sentence: str, phrase: str) -> Iterable[tuple[int, int]]:
    if not phrase.strip():
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(phrase.strip())}(?!\w)", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(sentence)]


def highlight_spans(sentence: str, actor_phrases: Iterable[str],
                    cue_words: Iterable[str]) -> list[dict[str, Any]]:
    """Non-overlapping character spans of the sentence to mark: `actor` for the actor as
    written or named, `cue` for trigger words, stance cues and negators. Sorted by start."""
    spans: list[tuple[int, int, str]] = []
    for phrase in sorted(set(actor_phrases), key=len, reverse=True):
        spans.extend((s, e, "actor") for s, e in _find_all(sentence, phrase))
    for word in set(cue_words):
        spans.extend((s, e, "cue") for s, e in _find_all(sentence, word))
    stems = stance_cue_stems()
    for match in re.finditer(r"[A-Za-z']+", sentence):
        token = match.group().lower()
        if token in NEGATORS or token.startswith(stems):
            spans.append((match.start(), match.end(), "cue"))
    chosen: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end, kind))
    return [{"start": s, "end": e, "kind": k} for s, e, k in chosen]


def marked_evidence(observation: dict[str, Any],
                    triggers: dict[tuple[str, int], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The evidence sentences of one stance observation, each with `highlights`. `triggers`
    holds the events' trigger words per (article id, sentence)."""
    actor = observation.get("actor") or {}
    phrases = [p for p in (actor.get("text"), actor.get("name")) if p]
    marked = []
    for evidence in observation.get("evidence") or []:
        key = (str(evidence.get("article_id") or observation.get("article_id")),
               int(evidence.get("sentence") or 0))
        found = triggers.get(key, [])
        own = [t["trigger"] for t in found if actor.get("name") in (t["source"],
                                                                    t["attributed_to"])]
        text = evidence.get("text") or ""
        marked.append({**evidence,
                       "highlights": highlight_spans(text, phrases,
                                                     own or [t["trigger"] for t in found])})
    return marked
