"""A learned reading of which words are event triggers, and of which PLOVER type.

A multinomial logistic regression over a word's syntactic context (its lemma, its object,
particle and prepositions, its subject's kind, its neighbours), trained by
`tools/train_trigger_model.py` (`make train`) on the hand-labelled sentences in
`training/events/`, and shipped as a readable table of feature weights
(`data/models/trigger_model.tsv`): every decision can be traced to the weights behind it.

The coder uses it where the lexicon is silent: a verb or noun no trigger row names, read
by the model as an event of one type with high probability, becomes a candidate like a
lexicon trigger (`events/triggers.py`). It never overrides a lexicon match. (Used the other
way, to veto lexicon matches it reads as no event, it bought precision with as much
recall and lost 3 points of dyad F1 on the PLOVER GSR sentences; see the README.)
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from wirecoder.datafiles import data_path, read_tsv

NONE = "NONE"
# How sure the model must be before a word the lexicon does not know becomes a trigger;
# chosen on held-out training sentences (tools/train_trigger_model.py --holdout) and the
# article development set (README, "The learned trigger model").
MIN_PROBABILITY = 0.7
# The CAMEO code exported for an event the model found: the commonest code of its type
# in triggers.tsv.
CAMEO_OF = {"ACCUSE": "111", "AGREE": "030", "AID": "070", "ASSAULT": "190", "COERCE": "173",
            "CONCEDE": "080", "CONSULT": "040", "COOPERATE": "062", "MOBILIZE": "154",
            "PROTEST": "143", "REJECT": "120", "REQUEST": "100", "RETREAT": "0874",
            "SANCTION": "161", "SUPPORT": "051", "THREATEN": "130"}
# Parts of speech the model reads: verbs and common nouns ("airstrike", "talks").
READ_POS = {"VERB", "NOUN"}
ENTITY_KINDS = {"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"}


def instance_tokens(tokens) -> list[Token]:
    """The tokens the model reads in a span or doc."""
    return [t for t in tokens if t.pos_ in READ_POS and t.dep_ not in {"compound", "amod"}]


def _kind(token: Token) -> str:
    if token.ent_type_ in ENTITY_KINDS:
        return token.ent_type_
    if token.pos_ == "PRON":
        return "PRON"
    return "NOUN" if token.pos_ in {"NOUN", "PROPN"} else token.pos_


def features(token: Token) -> list[str]:
    """The feature strings of a word in its sentence."""
    lemma = token.lemma_.lower()
    found = ["bias", f"l={lemma}", f"pos={token.tag_}", f"dep={token.dep_}",
             f"l={lemma}|dep={token.dep_}", f"suf={lemma[-4:]}"]
    has_object = False
    for child in token.children:
        dep, child_lemma = child.dep_, child.lemma_.lower()
        if dep in {"dobj", "attr", "oprd"}:
            has_object = True
            found += [f"obj={child_lemma}", f"l={lemma}|obj={child_lemma}",
                      f"objkind={_kind(child)}", f"l={lemma}|objkind={_kind(child)}"]
        elif dep in {"nsubj", "nsubjpass"}:
            found += [f"subjkind={_kind(child)}", f"{dep}={child_lemma}"]
        elif dep == "prt":
            found.append(f"l={lemma}|prt={child_lemma}")
        elif dep in {"prep", "agent"}:
            found.append(f"l={lemma}|prep={child_lemma}")
            for grand in child.children:
                if grand.dep_ == "pobj":
                    found += [f"prep={child_lemma}|pobjkind={_kind(grand)}",
                              f"l={lemma}|{child_lemma}={grand.lemma_.lower()}"]
        elif dep == "neg":
            found.append("neg")
        elif dep in {"aux", "auxpass"} and child_lemma in {"will", "would", "could", "may",
                                                         "might", "should", "must"}:
            found.append("modal")
    if not has_object:
        found.append(f"l={lemma}|noobj")
    head = token.head
    if head.i != token.i:
        found += [f"head={head.lemma_.lower()}", f"head={head.lemma_.lower()}|dep={token.dep_}"]
    doc = token.doc
    if token.i + 1 < len(doc):
        found.append(f"l={lemma}|next={doc[token.i + 1].lemma_.lower()}")
    if token.i > 0:
        found.append(f"prev={doc[token.i - 1].lemma_.lower()}|l={lemma}")
    return found


@dataclass(frozen=True)
class TriggerModel:
    """Feature weights per class; `classes` holds the PLOVER types and NONE."""

    classes: tuple[str, ...]
    weights: dict[str, dict[str, float]]
    known_lemmas: frozenset[str]

    def probabilities(self, token: Token) -> dict[str, float]:
        """The model's probability of each class for the word."""
        scores = dict.fromkeys(self.classes, 0.0)
        for feature in features(token):
            for label, weight in self.weights.get(feature, {}).items():
                scores[label] += weight
        top = max(scores.values())
        exp = {label: math.exp(score - top) for label, score in scores.items()}
        total = sum(exp.values())
        return {label: value / total for label, value in exp.items()}

    def best(self, token: Token) -> tuple[str, float]:
        """The most probable class and its probability."""
        probs = self.probabilities(token)
        label = max(probs, key=probs.__getitem__)
        return label, probs[label]


MODEL_FILE = ("models", "trigger_model.tsv")


@lru_cache(maxsize=1)
def load_trigger_model() -> TriggerModel | None:
    """The shipped model, or None when it has not been trained (`make train`)."""
    path = data_path(*MODEL_FILE)
    if not path.exists():
        return None
    weights: dict[str, dict[str, float]] = defaultdict(dict)
    classes: set[str] = set()
    for _, row in read_tsv(path, ("feature", "class", "weight")):
        weights[row["feature"]][row["class"]] = float(row["weight"])
        classes.add(row["class"])
    lemmas = frozenset(f[2:] for f in weights if f.startswith("l=") and "|" not in f)
    return TriggerModel(tuple(sorted(classes)), dict(weights), lemmas)
