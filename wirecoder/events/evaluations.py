"""What a speaker calls something, or says it feels: the evaluations that make a statement
an event.

"Iran called the strike barbaric", "Tallinn described the move as economic pressure", "Ottawa
said the sanctions were unjustified" and "Moscow said it was deeply disappointed" are
disapproval (PLOVER ACCUSE); "called the accord historic" is praise (SUPPORT); "said the
reports were baseless" is a denial (REJECT). The words come from evaluations.tsv; triggers.tsv
asks for them with the requirements eval:negative, eval:positive and eval:false.

A judgement needs something judged that is not the speaker ("said the verdict was a farce",
not "said we were wrong"); a feeling needs the speaker as its subject ("said it was
concerned", not "said the voters were concerned"). A negated positive judgement is a negative
one ("said the count did not look credible"); a negated negative one is no event.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from wirecoder.datafiles import data_path, read_tsv
from wirecoder.errors import DataFileError

POLARITIES = frozenset({"negative", "positive", "false"})
KINDS = frozenset({"judgement", "feeling"})
# Verbs that name what their object is: "called X a Y", "described X as Y".
NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "dub", "deem",
                          "characterize", "characterise", "consider", "regard", "view",
                          "see", "denounce", "condemn"})
# Verbs of a content clause that state what its subject is: "the vote was flawed", "the deal
# did not look credible", "the move amounted to blackmail".
COPULAS = frozenset({"be", "look", "seem", "appear", "remain", "become", "sound", "prove",
                     "amount"})
# Subjects that are the speaker's own side, not something judged.
SELF_PRONOUNS = frozenset({"i", "we"})
FEELING_SUBJECTS = frozenset({"i", "we", "it", "they", "he", "she"})
# Speakers whose judgements are opinions ("voters said they were worried about prices").
OPINION_HOLDERS = frozenset({"voter", "resident", "respondent", "citizen", "people", "analyst",
                             "expert", "economist", "commentator", "villager", "investor",
                             "consumer", "shopper", "pollster", "poll", "survey", "many",
                             "most", "some"})
# What a feeling is about: "disappointed by the decision", "concerned about the drills".
FEELING_PREPS = frozenset({"by", "with", "at", "over", "about", "of"})
MODIFIER_DEPS = frozenset({"amod", "compound", "advmod", "acomp"})
# Nouns that carry the evaluation of their modifier: "a cowardly act", "a historic step".
CARRIER_NOUNS = frozenset({"act", "step", "move", "form", "piece", "example", "kind", "sort",
                           "sign", "attempt", "display", "show", "case", "instance", "day",
                           "moment", "chapter", "development", "decision", "measure", "action",
                           "thing", "way", "behaviour", "behavior", "conduct", "policy",
                           "breach", "abuse", "use", "gesture", "signal", "message",
                           "approach", "attitude", "stance", "tactic", "practice", "rhetoric",
                           "language", "campaign", "pattern", "bid"})


@dataclass(frozen=True)
class Word:
    lemma: str
    polarity: str
    kind: str


@dataclass(frozen=True)
class Evaluation:
    """An evaluation a verb carries: its polarity, the word that carries it, and who or what
    is evaluated (recipient candidates, best first)."""

    polarity: str
    word: Token
    targets: tuple[Token, ...]


@lru_cache(maxsize=1)
def evaluation_words() -> dict[str, Word]:
    """evaluations.tsv: lemma -> its polarity and kind."""
    path = data_path("lexicons", "evaluations.tsv")
    words = {}
    for number, row in read_tsv(path, ("lemma", "polarity", "kind")):
        if row["polarity"] not in POLARITIES or row["kind"] not in KINDS:
            raise DataFileError(f"{path}:{number}: polarity must be one of "
                                f"{sorted(POLARITIES)} and kind one of {sorted(KINDS)}")
        words[row["lemma"]] = Word(row["lemma"], row["polarity"], row["kind"])
    return words


def evaluation_of(verb: Token) -> Evaluation | None:
    """The evaluation a naming verb ("called it a farce") or a speech verb ("said it was
    a farce") makes, or None. What voters, residents or analysts say they think is an
    opinion, not an act."""
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is not None and speaker.lemma_.lower() in OPINION_HOLDERS:
        return None
    if verb.lemma_.lower() in NAMING_VERBS:
        return _named(verb)
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        if clause.lemma_.lower() in COPULAS:
            found = _stated(clause)
        else:
            found = _felt(clause)
        if found is not None:
            return found
    return None


def _named(verb: Token) -> Evaluation | None:
    """"called the shelling a massacre", "described the assault as treacherous"."""
    predicates = [c for c in verb.children if c.dep_ in {"oprd", "ccomp", "xcomp"}
                  and c.pos_ in {"NOUN", "ADJ", "PROPN"}]
    things = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if len(things) == 2 and things[1].dep_ == "dobj":
        predicates.append(things.pop())  # "branded the mission a violation": two objects
    for thing in things:
        # the parser's other reading of the two objects: "called [the rules [a form of ...]]"
        predicates += [c for c in thing.children if c.dep_ in {"dobj", "appos"}]
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        # and its reading of a small clause: "called [Ankara's water cuts short-sighted]"
        predicates += [c for c in clause.children if c.dep_ in {"acomp", "oprd", "attr"}]
        things += [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            predicates += [c for c in prep.children if c.dep_ in {"pobj", "amod", "acomp"}]
    hit = _first_word(predicates, "judgement")
    if hit is None:
        return None
    token, word = hit
    return Evaluation(word.polarity, token, tuple(things))


def _stated(clause: Token) -> Evaluation | None:
    """"the sentence was unjustified", "it was deeply disappointed"."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    predicates = [c for c in clause.children if c.dep_ in {"acomp", "attr", "oprd"}]
    if clause.lemma_.lower() == "amount":
        predicates += [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "to"
                       for o in p.children if o.dep_ == "pobj"]
    negated = any(c.dep_ == "neg" for c in clause.children)
    pronoun = subject.lower_ if subject.pos_ == "PRON" else None
    if pronoun in FEELING_SUBJECTS:
        hit = _first_word(predicates, "feeling")
        if hit is not None and not negated:
            return _feeling(*hit)
    if pronoun in SELF_PRONOUNS:
        return None
    hit = _first_word(predicates, "judgement")
    if hit is None:
        return None
    token, word = hit
    polarity = word.polarity
    if negated:
        if polarity != "positive":
            return None
        polarity = "negative"  # "the count did not look credible"
    return Evaluation(polarity, token, (subject,))


def _felt(clause: Token) -> Evaluation | None:
    """"it was dismayed by ...", parsed as a passive verb: the feeling is the clause's own."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ not in FEELING_SUBJECTS or \
            any(c.dep_ == "neg" for c in clause.children):
        return None
    hit = _first_word([clause], "feeling")
    return _feeling(*hit) if hit is not None else None


def _feeling(token: Token, word: Word) -> Evaluation:
    """A feeling and what it is about ("disappointed by the decision", "concerned about")."""
    about = [o for p in token.children if p.dep_ in {"prep", "agent"}
             and p.lower_ in FEELING_PREPS for o in p.children if o.dep_ == "pobj"]
    return Evaluation(word.polarity, token, tuple(about))


def _first_word(predicates: list[Token], kind: str) -> tuple[Token, Word] | None:
    """The first evaluation word of the kind among the predicates and their modifiers ("a
    cowardly act", "a piece of imperial arrogance")."""
    words = evaluation_words()
    for predicate in predicates:
        for token in _predicate_words(predicate):
            word = next((words[f] for f in _forms(token) if f in words), None)
            if word is not None and word.kind == kind:
                return token, word
    return None


def _forms(token: Token) -> list[str]:
    """The token's lemma and text, and the hyphenated word it ends ("short-sighted", which
    the tokenizer splits in three)."""
    forms = [token.lemma_.lower(), token.lower_]
    # and with its compound or adjective before it ("show trial", "witch hunt", "step forward")
    forms += [f"{c.lower_} {token.lemma_.lower()}" for c in token.children
              if c.dep_ in {"compound", "amod"} and c.i == token.i - 1]
    forms += [f"{token.lemma_.lower()} {c.lower_}" for c in token.children
              if c.dep_ == "advmod" and c.i == token.i + 1]
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and \
            not doc[i - 1].whitespace_:
        forms.append(f"{doc[i - 2].lower_}-{token.lower_}")
    return forms


def _predicate_words(predicate: Token) -> Iterator[Token]:
    """The predicate, what is coordinated with it, and, for an adjective or a noun that only
    carries an evaluation ("a cowardly act", "a piece of imperial arrogance"), its modifiers
    and 'of' complement ("legitimate targets" judges no one)."""
    yield predicate
    for conj in (c for c in predicate.children if c.dep_ == "conj"):
        yield from _predicate_words(conj)
    if predicate.pos_ == "NOUN" and predicate.lemma_.lower() not in CARRIER_NOUNS:
        return
    for child in predicate.children:
        if child.dep_ in MODIFIER_DEPS:
            yield child
        if child.dep_ == "prep" and child.lower_ == "of":
            for noun in (g for g in child.children if g.dep_ == "pobj"):
                yield noun
                yield from (m for m in noun.children if m.dep_ in MODIFIER_DEPS)
