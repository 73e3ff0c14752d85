"""Read one noun phrase: which names, titles, agent words and country cues it holds.

Pure functions over spaCy tokens; no decisions about which actor the phrase is (resolver.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from wirecoder.actors.kb import AliasHit, KnowledgeBase, Term
from wirecoder.actors.loader import fold

LEFT_DEPS = frozenset(
    {"det", "amod", "compound", "nmod", "poss", "nummod", "quantmod", "case", "predet", "npadvmod"}
)
MODIFIER_DEPS = LEFT_DEPS | {"punct", "prep", "cc", "appos", "acl", "relcl", "advmod"}
QUANTIFIERS = frozenset(
    {
        "several",
        "many",
        "some",
        "few",
        "numerous",
        "various",
        "other",
        "most",
        "all",
        "dozens",
        "both",
        "multiple",
        "more",
    }
)
GROUPING_NOUNS = frozenset(
    {
        "group",
        "number",
        "coalition",
        "handful",
        "dozen",
        "dozens",
        "majority",
        "bloc",
        "alliance",
        "club",
        "set",
    }
)
NOT_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
MAX_ALIAS_TOKENS = 8


@dataclass
class Hit:
    """A knowledge-base alias found on tokens [start, end) of the doc."""

    alias: AliasHit
    start: int
    end: int
    candidates: tuple[AliasHit, ...] = ()

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


@dataclass
class PhraseReading:
    """What one noun phrase (around a head token) contains."""

    head: Token
    start: int
    end: int
    text: str
    hits: list[Hit] = field(default_factory=list)
    title: Term | None = None
    agent: Term | None = None
    anaphor: Term | None = None
    pronoun_possessor: Token | None = None
    quantified: bool = False
    name_tokens: list[Token] = field(default_factory=list)

    def head_hit(self) -> Hit | None:
        """The hit that covers the head (the phrase names that entry)."""
        return next((h for h in self.hits if h.covers(self.head.i)), None)

    def cue_hits(self, *kinds: str) -> list[Hit]:
        """Hits on modifiers (not the head) of the given entry kinds."""
        return [h for h in self.hits if not h.covers(self.head.i) and h.alias.entry.kind in kinds]

    def words(self) -> str:
        return fold(self.text)


def phrase_tokens(head: Token) -> list[Token]:
    """The head with its pre-modifiers (with their subtrees) and an 'of' complement."""
    tokens = [head]
    for child in head.children:
        if child.i < head.i and child.dep_ in LEFT_DEPS | {"punct"}:
            tokens.extend(child.subtree)
        elif child.i > head.i and child.dep_ == "prep" and child.lower_ == "of":
            tokens.extend(child.subtree)
        elif child.i > head.i and child.dep_ in ("compound", "case"):
            tokens.append(child)
    return sorted(set(tokens), key=lambda t: t.i)


def read_phrase(head: Token, kb: KnowledgeBase) -> PhraseReading:
    """Collect the names, title, agent word and cues of the phrase headed by `head`."""
    tokens = phrase_tokens(head)
    doc = head.doc
    start, end = tokens[0].i, tokens[-1].i + 1
    while start < head.i and doc[start].is_punct:
        start += 1
    span = doc[start:end]
    reading = PhraseReading(head, start, end, span.text)
    reading.hits = find_hits(doc, start, end, kb)
    words = " " + reading.words() + " "
    reading.title = _longest_term(words, kb.titles)
    reading.agent = agent_term(head, kb)
    reading.anaphor = _anaphor(head, kb)
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            reading.pronoun_possessor = child
        if child.dep_ in ("nummod", "quantmod") or child.lower_ in QUANTIFIERS:
            reading.quantified = True
    covered = {i for h in reading.hits for i in range(h.start, h.end)}
    title_words = set(reading.title.phrase.replace("-", " ").split()) if reading.title else set()
    reading.name_tokens = [
        t
        for t in span
        if t.pos_ == "PROPN"
        and t.i not in covered
        and t.text != "-"
        and fold(t.text) not in title_words
        and fold(t.lemma_) not in kb.agents
        and t.ent_type_ not in NOT_NAME_ENTS
        and t.dep_ not in ("pobj", "poss")
    ]
    return reading


def find_hits(doc, start: int, end: int, kb: KnowledgeBase) -> list[Hit]:
    """Knowledge-base names in doc[start:end], longest first, not overlapping."""
    tokens = [doc[k] for k in range(start, end)]
    texts = [t.text_with_ws for t in tokens]
    capital = [t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens]
    the = [t.lower_ == "the" for t in tokens]
    found: list[Hit] = []
    taken: set[int] = set()
    for length in range(min(MAX_ALIAS_TOKENS, len(tokens)), 0, -1):
        for a in range(len(tokens) - length + 1):
            upper = capital[a + 1] if the[a] and length > 1 else capital[a]
            if any(k in taken for k in range(a, a + length)):
                continue
            text = "".join(texts[a : a + length]).strip()
            hits = [
                h
                for h in kb.lookup(text)
                if (upper or h.lowercase) and _plausible(h, tokens[a : a + length])
            ]
            if not hits and length == 1 and tokens[a].tag_ in ("NNPS", "NNS"):
                word = tokens[a].text
                singular = {tokens[a].lemma_, word[:-1] if word.endswith("s") else ""}
                hits = [h for s in singular if s for h in kb.lookup(s) if h.form == "demonym"]
            if hits:
                found.append(Hit(_prefer(hits), start + a, start + a + length, tuple(hits)))
                taken.update(range(a, a + length))
    return sorted(found, key=lambda h: h.start)


def agent_term(head: Token, kb: KnowledgeBase) -> Term | None:
    """The agent word the phrase ends in ('armed forces', 'officials'), if any."""
    doc = head.doc
    lasts = {fold(head.text), fold(head.lemma_)}
    for length in (3, 2, 1):
        first = head.i - length + 1
        if first < 0:
            continue
        prefix = " ".join(fold(doc[k].text) for k in range(first, head.i))
        for last in lasts:
            key = f"{prefix} {last}".strip()
            if key in kb.agents:
                return kb.agents[key]
    return None


def _longest_term(words: str, terms: dict[str, Term]) -> Term | None:
    """The longest lexicon phrase among the word n-grams (up to 4 words) of `words`."""
    tokens = words.split()
    for length in range(min(4, len(tokens)), 0, -1):
        for i in range(len(tokens) - length + 1):
            term = terms.get(" ".join(tokens[i : i + length]))
            if term is not None:
                return term
    return None


def _anaphor(head: Token, kb: KnowledgeBase) -> Term | None:
    left = [t for t in head.lefts if t.dep_ in ("det", "nummod", "amod", "predet", "preconj")]
    key = fold(" ".join([*(t.text for t in left), head.text]))
    return kb.anaphors.get(key)


def _plausible(hit: AliasHit, span: list[Token]) -> bool:
    """Single-word person names must be proper nouns, not dates or places."""
    if hit.form != "surname":
        return True
    token = span[0]
    # The small model tags a sentence-initial surname as a common noun now and then.
    proper = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text.istitle())
    return (
        len(span) == 1 and proper and token.ent_type_ not in (NOT_NAME_ENTS | {"GPE", "LOC", "FAC"})
    )


def _prefer(hits: list[AliasHit]) -> AliasHit:
    """Among entries sharing an alias: states and IGOs before people, names before capitals."""
    order = {"country": 0, "igo": 1, "group": 2, "region": 3, "seat": 4, "person": 5}
    return sorted(hits, key=lambda h: (h.form == "capital", order.get(h.entry.kind, 9)))[0]
