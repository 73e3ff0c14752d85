"""Read one noun phrase: which names, titles, agent words and country cues it holds.

Pure functions over spaCy tokens; no decisions about which actor the phrase is (resolver.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from wirecoder.actors.kb import GROUPING_WORDS, AliasHit, KnowledgeBase, Term
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
GROUPING_NOUNS = frozenset(GROUPING_WORDS)
NOT_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
MAX_ALIAS_TOKENS = 8
NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "X", "NUM"})  # parts of speech a name can take
HITS_MEMO = "wirecoder.actors.hits"  # doc.user_data key of the per-doc alias look-ups


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
        """Hits on modifiers (not the head) of the given entry kinds; a name after anti- or
        pro- is what they are for or against, not whose they are ('pro-Russian separatists')."""
        return [
            h
            for h in self.hits
            if not h.covers(self.head.i)
            and h.alias.entry.kind in kinds
            and not _stance_marked(self.head.doc, h.start)
        ]

    def words(self) -> str:
        return fold(self.text)


def _stance_marked(doc, start: int) -> bool:
    """'anti-Syria', 'pro-Russian': the tokenizer splits the hyphen off."""
    before = [doc[k].lower_ for k in range(max(0, start - 2), start)]
    return before[-1:] in (["anti-"], ["pro-"]) or before in (["anti", "-"], ["pro", "-"])


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
    doc = head.doc
    if head.i + 2 < len(doc) and doc[head.i + 1].text == "-" and not head.whitespace_:
        # "secretary - general" split by the parser: the hyphenated word is one title
        after = doc[head.i + 2]
        if not doc[head.i + 1].whitespace_ and after.head.i in (head.i, head.i + 1):
            tokens += [doc[head.i + 1], after]
    return sorted(set(tokens), key=lambda t: t.i)


def worth_reading(head: Token, kb: KnowledgeBase) -> list[Token] | None:
    """The phrase's tokens, or None for a phrase that cannot name an actor: no capitalised
    name and no word of an agent, title, description or lower-case alias ('the talks')."""
    cue_words = kb.cue_words
    tokens = phrase_tokens(head)
    for token in tokens:
        if token.lower_ in cue_words or token.lemma_ in cue_words:
            return tokens
        if (
            token.text[:1].isupper()
            and token.pos_ in NAME_POS
            and token.ent_type_ not in NOT_NAME_ENTS
            and (
                token.pos_ == "PROPN"
                or not token.is_sent_start
                or token.is_upper
                or token.ent_type
                or kb.may_start(token.text)
            )
        ):
            return tokens
    return None


def read_phrase(head: Token, kb: KnowledgeBase, tokens: list[Token] | None = None) -> PhraseReading:
    """Collect the names, title, agent word and cues of the phrase headed by `head`."""
    tokens = tokens or phrase_tokens(head)
    doc = head.doc
    start, end = tokens[0].i, _name_end(head, tokens[0].i, tokens[-1].i + 1, kb)
    while start < head.i and doc[start].is_punct:
        start += 1
    span = doc[start:end]
    reading = PhraseReading(head, start, end, span.text)
    reading.hits = find_hits(doc, start, end, kb)
    words = " " + reading.words() + " "
    reading.title = _longest_term(words, kb.titles)
    if reading.title is not None and head.pos_ == "NOUN":
        # "the death of its leader": a title inside a complement does not make the phrase a person
        own_words = reading.title.phrase.replace("-", " ").split()
        if fold(head.text) not in own_words and fold(head.lemma_) not in own_words:
            reading.title = None
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
    candidates: list[tuple[int, int, list[AliasHit], str]] = []
    # Phrases nest and overlap: the aliases starting at a token are looked up once per doc.
    memo = doc.user_data.setdefault(HITS_MEMO, {})
    for i in range(start, end):
        if i not in memo:
            memo[i] = list(_hits_from(doc, i, kb))
        for length, text, hits in memo[i]:
            if i + length <= end:
                candidates.append((length, i, hits, text))
    found: list[Hit] = []
    taken: set[int] = set()
    for length, i, hits, text in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if any(k in taken for k in range(i, i + length)):
            continue
        if length == 1 and _first_name(doc[i], kb):
            hits = [h for h in hits if h.entry.kind == "person"]
        if hits:
            hits = _disambiguate(hits, text, doc, kb)
            found.append(Hit(_prefer(hits), i, i + length, tuple(hits)))
            taken.update(range(i, i + length))
    return sorted(found, key=lambda h: h.start)


def _name_end(head: Token, start: int, end: int, kb: KnowledgeBase) -> int:
    """The phrase's end, moved past a knowledge-base name that covers the head and goes on
    beyond the phrase the parser gave ('the Special Tribunal' + 'for Lebanon')."""
    doc = head.doc
    memo = doc.user_data.setdefault(HITS_MEMO, {})
    for i in range(start, head.i + 1):
        if i not in memo:
            memo[i] = list(_hits_from(doc, i, kb))
        end = max([end, *(i + length for length, _, _ in memo[i] if i + length > head.i)])
    return end


def inside_longer_name(doc, start: int, head_i: int, kb: KnowledgeBase) -> bool:
    """True when the head of a phrase beginning at `start` lies inside a knowledge-base name
    that begins before it: "American States" in "the Organization of American States",
    "Lebanon" in "the Special Tribunal for Lebanon" are words of the name, not actors."""
    memo = doc.user_data.setdefault(HITS_MEMO, {})
    for i in range(max(0, start - MAX_ALIAS_TOKENS + 1), start):
        if i not in memo:
            memo[i] = list(_hits_from(doc, i, kb))
        if any(i + length > head_i for length, _, _ in memo[i]):
            return True
    return False


def _hits_from(doc, i: int, kb: KnowledgeBase):
    """(length, text, hits) for each alias starting at token i; stops growing the n-gram as
    soon as no alias begins with it."""
    first = doc[i]
    upper = first.text[:1].isupper() or first.text[:1].isdigit()
    leading_the = first.lower_ == "the"
    text, token = "", first
    for length in range(1, min(MAX_ALIAS_TOKENS, len(doc) - i) + 1):
        previous, token = token, doc[i + length - 1] if length > 1 else first
        text = token.text if length == 1 else text + previous.whitespace_ + token.text
        if leading_the and length == 2:
            upper = token.text[:1].isupper() or token.text[:1].isdigit()
        if length == 1 and upper and token.tag_ in ("NNPS", "NNS"):
            # "the Ukrainians": a plural demonym names the state
            word = token.text
            singular = {token.lemma_, word[:-1] if word.endswith("s") else ""}
            plural = [h for s in singular if s for h in kb.lookup(s) if h.form == "demonym"]
            if plural and not kb.lookup(text):
                yield length, text, plural
                continue
        if not (leading_the and length == 1) and not kb.may_start(text):
            break
        found = kb.lookup(text)
        if found:
            span = [doc[k] for k in range(i, i + length)]
            place = any(h.entry.kind in ("country", "seat", "region") for h in found)
            hits = [h for h in found if (upper or h.lowercase) and _plausible(h, span, place)]
            if _name_goes_on(doc, i + length):
                # "Secretary-General Boutros-Ghali": a title's surname is the name's last word
                hits = [h for h in hits if not (h.derived and h.form == "titled")]
            if length == 1 and _named_before(doc, i):
                # "Peter Otieno": a derived surname after a first name that is not the
                # person's own is someone else ("Muammar Gadhafi" is the full-name rule's)
                hits = [h for h in hits if not _other_first_name(h, doc[i - 1], kb)
                        and not _namesake(h, doc[i - 1])]
            if length == 1 and _name_goes_on(doc, i + 1):
                # "Lázaro Cárdenas Batel": a surname alias that opens a longer name
                hits = [h for h in hits if not _namesake(h, doc[i + 1])]
            if hits:
                yield length, text, hits


def _name_goes_on(doc, k: int) -> bool:
    """The name continues at token k: another proper noun, or a hyphen joining one."""
    if k >= len(doc):
        return False
    after = doc[k]
    if after.text == "-" and not doc[k - 1].whitespace_ and k + 1 < len(doc):
        return not after.whitespace_ and doc[k + 1].pos_ == "PROPN"
    return after.pos_ == "PROPN" and after.ent_type_ == "PERSON"


def _named_before(doc, i: int) -> bool:
    """Token i continues a person's name the parser began on the token before."""
    before = doc[i - 1] if i > 0 else None
    return (
        before is not None
        and before.pos_ == "PROPN"
        and before.ent_type_ == "PERSON"
        and doc[i].ent_iob_ == "I"
    )


def _other_first_name(hit: AliasHit, first: Token, kb: KnowledgeBase) -> bool:
    """A surname the KB derived whose person's first name is not the word before it."""
    if not (hit.derived and hit.form == "surname") or kb.surnames is None:
        return False
    index = kb.surnames.index
    people = hit.entry.namesakes or (hit.entry,)
    return index is not None and not any(
        index.first_word_agrees(p.id, fold(first.text)) for p in people
    )


def _namesake(hit: AliasHit, neighbour: Token) -> bool:
    """A person's one-word alias next to a name word that is none of the person's own:
    "Joseph Lieberman" is not Avigdor Lieberman."""
    entry = hit.entry
    if entry.kind != "person" or neighbour.ent_type_ != "PERSON" or neighbour.pos_ != "PROPN":
        return False
    own = {fold(w) for name in (entry.name, *entry.aliases) for w in name.replace("-", " ").split()}
    return fold(neighbour.text) not in own


def _first_name(first: Token, kb: KnowledgeBase) -> bool:
    """'Jordan' in 'Jordan Bardella', 'Chad' in 'Chad Daybell': a place name that opens a
    person's name is not the place."""
    doc = first.doc
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B" or first.i + 1 >= len(doc):
        return False
    after = doc[first.i + 1]
    return (
        after.ent_iob_ == "I"
        and after.pos_ == "PROPN"
        and after.tag_ != "NNPS"  # "Bosnian Serbs", tagged a person now and then, is a people
        and fold(after.text) not in kb.titles
        and fold(after.lemma_) not in kb.agents
    )


def _disambiguate(hits: list[AliasHit], text: str, doc, kb: KnowledgeBase) -> list[AliasHit]:
    """An alias two entries share ('Congo', 'Georgia'): the article's cues pick the entry;
    people sharing a surname ('President Mubarak'): the countries the article names."""
    ambiguity = kb.ambiguous.get(_strip_the_key(text))
    namesakes = len(hits) == 1 and bool(hits[0].entry.namesakes)
    if ambiguity is None and not namesakes:
        return hits
    folded = doc.user_data.get("wirecoder.folded_text")
    if folded is None:
        folded = doc.user_data["wirecoder.folded_text"] = fold(doc.text)
    if ambiguity is None:
        return [kb.narrow_namesakes(hits[0], folded)]
    cued = any(c in folded for c in ambiguity.cues)
    entry = kb.entries[ambiguity.alternative if cued else ambiguity.default]
    return [AliasHit(entry, "name")]


def _strip_the_key(text: str) -> str:
    key = fold(text)
    return key[4:] if key.startswith("the ") else key


def agent_term(head: Token, kb: KnowledgeBase) -> Term | None:
    """The agent word the phrase ends in ('armed forces', 'officials'), if any."""
    lasts = {fold(head.text), fold(head.lemma_)}
    if not lasts & kb.cue_words:
        return None  # every agent phrase ends in one of the cue words
    doc = head.doc
    before = [fold(doc[k].text) for k in range(max(0, head.i - 2), head.i)]
    for length in (3, 2, 1):
        if length - 1 > len(before):
            continue
        prefix = " ".join(before[len(before) - (length - 1) :]) if length > 1 else ""
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
    left = [t for t in head.lefts
            if t.dep_ in ("det", "nummod", "amod", "predet", "preconj", "compound")]
    key = fold(" ".join([*(t.text for t in left), head.text]))
    return kb.anaphors.get(key)


def _plausible(hit: AliasHit, span: list[Token], place: bool) -> bool:
    """Single-word person names must be proper nouns, not dates; nor places when the word
    also names a place ('Jordan', 'Georgia'). The small model tags unfamiliar surnames
    ('Kuleba') as places now and then, so a place tag alone does not rule a name out."""
    if hit.form != "surname":
        return True
    token = span[0]
    # The small model tags a sentence-initial surname as a common noun now and then.
    proper = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text.istitle())
    not_names = NOT_NAME_ENTS | ({"GPE", "LOC", "FAC"} if place else set())
    if hit.derived and token.ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
        return False  # a surname derived from a full name, not an alias: never as a place
    one_word = (
        len(span) == 1
        or (  # "Boutros-Ghali": a hyphenated surname is one word
            len(span) % 2 == 1
            and all(span[j].text == "-" for j in range(1, len(span), 2))
            and not any(t.whitespace_ for t in span[:-1])
        )
    )
    return one_word and proper and token.ent_type_ not in not_names


def _prefer(hits: list[AliasHit]) -> AliasHit:
    """Among entries sharing an alias: states and IGOs before people, names before capitals."""
    order = {"country": 0, "igo": 1, "group": 2, "region": 3, "seat": 4, "person": 5}
    return sorted(hits, key=lambda h: (h.form == "capital", order.get(h.entry.kind, 9)))[0]
