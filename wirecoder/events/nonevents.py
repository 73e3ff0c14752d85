"""What reads like an event and reports none: figurative uses ("struck a conciliatory tone"),
plots of films and books, poll results, commentators' predictions, questions, states of
affairs ("has been the target of attacks", "poses a threat") and sports results ("hammered
Germany 4-0").

Each rule is a kind of sentence, checked on the trigger's parse; `no_event_reason` names the
first rule that applies, so a dropped trigger can be explained.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from wirecoder.datafiles import data_path, read_tsv
from wirecoder.events.arguments import speech_verbs, subject_of
from wirecoder.events.triggers import Candidate

# Works whose content is told, not done ("the film depicts a raid").
WORK_NOUNS = {"film", "movie", "novel", "book", "series", "documentary", "play", "episode",
              "sitcom", "thriller", "drama", "musical", "memoir", "screenplay", "plot", "game",
              "painting", "opera", "miniseries", "show", "biopic", "novella", "comic"}
DEPICTION_VERBS = {"depict", "portray", "dramatize", "dramatise", "fictionalize", "fictionalise",
                   "chronicle", "imagine", "recreate", "re-create", "reenact", "re-enact",
                   "show", "feature", "star", "retell"}
# Who answers a poll, and what a poll is.
POLL_WORDS = {"respondent", "poll", "survey", "pollster", "percent", "%", "per", "polled",
              "surveyed", "interviewee", "voter"}
POLL_SUBJECT_WORDS = {"respondent", "polled", "surveyed", "interviewee"}
# "62 percent of Americans", "a majority of voters": a share of a public is a poll's answer.
SHARE_WORDS = {"percent", "%", "majority", "minority", "third", "half", "quarter", "most",
               "two-thirds", "fifth"}
PEOPLE_WORDS = {"american", "voter", "people", "citizen", "adult", "resident", "respondent",
                "german", "briton", "israeli", "palestinian", "ukrainian", "russian", "those",
                "public", "electorate", "member", "user", "young", "woman", "man"}
# Commentators: their forecasts are opinion, not an actor's stated intent.
COMMENTATORS = {"analyst", "expert", "observer", "commentator", "researcher", "scholar",
                "academic", "professor", "economist", "pundit", "strategist", "forecaster",
                "pollster", "columnist", "historian", "specialist", "fellow", "consultant",
                "lecturer", "think", "tank"}
FORECAST_VERBS = {"expect", "predict", "forecast", "anticipate", "believe", "think", "reckon",
                  "suspect", "fear", "doubt", "estimate", "project", "warn", "caution", "say",
                  "tell", "write", "argue", "suggest", "note"}
QUESTION_MARKS = {"whether", "if", "why", "how", "when", "what", "who", "which"}
QUESTION_VERBS = {"ask", "wonder", "question", "query", "inquire", "enquire"}
# Predicate nouns ("would be considered targets") need a modal or a verb that makes them so.
PRED_GOVERNORS = {"consider", "treat", "regard", "declare", "deem", "become", "make",
                  "designate", "view", "see", "label", "brand"}
MODALS = {"will", "would", "could", "may", "might", "shall", "'ll", "can"}
# Where a verb of battle is a sports result ("toppled France 2-1 in the final", "won on
# penalties"): common nouns only, so "in the Arab League" stays politics.
SPORT_NOUNS = {"final", "semifinal", "semi-final", "quarterfinal", "quarter-final", "match",
               "tournament", "championship", "derby", "penalty", "wicket", "innings",
               "playoff", "play-off", "friendly", "qualifier", "fixture"}
# A verb's dependents that are clauses or participants of their own, not its phrases.
CLAUSE_DEPS = {"nsubj", "nsubjpass", "csubj", "punct", "aux", "auxpass", "neg", "cc", "conj",
               "advcl", "ccomp", "xcomp", "relcl", "parataxis", "mark"}


@dataclass(frozen=True)
class Idiom:
    """A figurative use of a trigger: its lemma, part of speech and the words around it."""

    lemma: str
    pos: str
    role: str
    words: frozenset[str]


@lru_cache(maxsize=1)
def idioms() -> dict[tuple[str, str], list[Idiom]]:
    """idioms.tsv by (lemma, pos)."""
    table: dict[tuple[str, str], list[Idiom]] = {}
    for _, row in read_tsv(data_path("lexicons", "idioms.tsv"), ("lemma", "pos", "role", "words")):
        idiom = Idiom(row["lemma"], row["pos"], row["role"],
                      frozenset(w.strip() for w in row["words"].split(",") if w.strip()))
        table.setdefault((idiom.lemma, idiom.pos), []).append(idiom)
    return table


def no_event_reason(cand: Candidate) -> str | None:
    """Why the trigger reports no event, or None when it may report one."""
    token = cand.token
    inner = cand.inner
    if inner is not None and cand.trigger.event_type in {"THREATEN", "AGREE"} and \
            _is_idiom(inner, inner.token):
        return "idiom"  # "vowed to fight corruption", "warned it would kill the bill"
    for reason, applies in (("name", _in_a_name), ("idiom", _is_idiom),
                            ("depiction", _is_depicted),
                            ("poll", _is_poll), ("forecast", _is_forecast),
                            ("question", _is_question), ("state", _is_state),
                            ("sport", _is_sport), ("struggle", _is_struggle),
                            ("commentary", _is_commentary), ("condition", _is_condition),
                            ("ability", _is_ability)):
        if applies(cand, token):
            return reason
    return None


def _in_a_name(cand: Candidate, token: Token) -> bool:
    """A noun trigger inside a proper name ("the Congolese Rally for Democracy", "the
    Strike Force unit") names an organisation, not an act."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.ent_type_ in {"ORG", "WORK_OF_ART", "LAW", "FAC", "EVENT", "PRODUCT"}:
        return True
    return token.text[:1].isupper() and token.i > token.sent.start and \
        token.tag_ in {"NNP", "NNPS"}


def _words_in(role: str, token: Token) -> Iterator[Token]:
    if role == "obj":
        for child in token.children:
            if child.dep_ in {"dobj", "attr", "oprd"}:
                yield child
                yield from (c for c in child.children if c.dep_ in {"compound", "amod"})
            if child.dep_ == "prep" and child.lower_ in {"to", "against", "on", "for"}:
                yield from (g for g in child.children if g.dep_ == "pobj")
    elif role == "subj":
        subject = subject_of(token) if token.pos_ == "VERB" else None
        if subject is not None:
            yield subject
            yield from (c for c in subject.children if c.dep_ in {"compound", "amod"})
    elif role == "mod":
        for child in token.children:
            if child.dep_ in {"compound", "amod", "nmod", "poss", "acomp"}:
                yield child
            if child.dep_ == "prep" and child.lower_ in {"of", "for", "on"}:
                yield from (g for g in child.children if g.dep_ == "pobj")
    elif role == "head" and token.head != token:
        yield token.head
    elif role == "prt":
        yield from (c for c in token.children if c.dep_ in {"prt", "advmod"})


def _is_idiom(cand: Candidate, token: Token) -> bool:
    pos = "V" if token.pos_ == "VERB" else "N"
    for idiom in idioms().get((token.lemma_.lower(), pos), []):
        if any(w.lemma_.lower() in idiom.words or w.lower_ in idiom.words
               for w in _words_in(idiom.role, token)):
            return True
    return False


def _clause_chain(token: Token, depth: int = 6) -> Iterator[Token]:
    """The token and the heads it hangs under, up to the sentence root."""
    current = token
    for _ in range(depth):
        yield current
        if current.head == current:
            return
        current = current.head


def _is_depicted(cand: Candidate, token: Token) -> bool:
    """"The film, which depicts a raid on a rebel base", "a novel about a coup"."""
    for node in _clause_chain(token):
        if node is not token and node.lemma_.lower() in DEPICTION_VERBS and node.pos_ == "VERB":
            subject = subject_of(node)
            if node.lemma_.lower() not in {"show", "feature", "star"} or (
                    subject is not None and _names_work(subject)) or _names_work(node.head):
                return True
        if node is not token and node.pos_ in {"NOUN", "PROPN"} and _names_work(node):
            return True
    return False


def _names_work(token: Token) -> bool:
    return token.lemma_.lower() in WORK_NOUNS or any(
        c.lemma_.lower() in WORK_NOUNS for c in token.children if c.dep_ in {"appos", "compound"})


def _is_poll(cand: Candidate, token: Token) -> bool:
    """"62 percent of respondents said they opposed ...", "those surveyed backed the deal",
    "a poll found that most voters reject the plan"."""
    for node in _clause_chain(token):
        subject = subject_of(node) if node.pos_ in {"VERB", "AUX"} else None
        if subject is None:
            continue
        words = {t.lemma_.lower() for t in subject.subtree} | {t.lower_ for t in subject.subtree}
        public = words & PEOPLE_WORDS or any(t.ent_type_ == "NORP" for t in subject.subtree)
        if words & POLL_SUBJECT_WORDS or (subject.lemma_.lower() in SHARE_WORDS and public):
            return True
        if any(c.lemma_.lower() in {"pollster", "survey", "poll"} for c in node.children
               if c.dep_ in {"dobj", "dative"}):
            return True  # "told pollsters they rejected the plan"
        if node.lemma_.lower() in {"find", "show", "suggest"} and words & POLL_WORDS:
            return True  # "a poll found that ..."
    return False


def _is_forecast(cand: Candidate, token: Token) -> bool:
    """An analyst's or expert's prediction of what an actor will or could do."""
    if not _modal_or_future(token):
        return False
    for node in _clause_chain(token):
        if node is token or node.lemma_.lower() not in FORECAST_VERBS | set(speech_verbs()):
            continue
        subject = subject_of(node)
        if subject is not None and _is_commentator(subject):
            return True
    for tok in token.sent:  # "..., according to analysts"
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
            if any(_is_commentator(o) for o in tok.nbor(1).children if o.dep_ == "pobj"):
                return True
    return False


def _is_commentator(subject: Token) -> bool:
    heads = [subject, *(c for c in subject.children if c.dep_ in {"appos", "conj"})]
    if any(c.dep_ == "relcl" and c.lemma_.lower() in STUDY_VERBS for c in subject.children):
        return True  # "Mariana Quispe, who researches social movements, warned ..."
    return any(h.lemma_.lower() in COMMENTATORS or h.lower_ in COMMENTATORS for h in heads)


# Verbs of a relative clause that make a person a commentator.
STUDY_VERBS = {"research", "study", "teach", "analyse", "analyze", "write", "follow"}
# Verbal acts that an expert only comments with: "experts warned", "analysts criticised".
COMMENTED_TYPES = {"THREATEN", "ACCUSE", "REQUEST", "SUPPORT", "REJECT"}


def _is_commentary(cand: Candidate, token: Token) -> bool:
    """"Experts warned that any operation would be fraught with risk": a commentator's
    warning, criticism or call is an opinion, not an act of a political actor."""
    if cand.trigger.event_type not in COMMENTED_TYPES or token.pos_ != "VERB":
        return False
    subject = subject_of(token)
    return subject is not None and _is_commentator(subject)


def _modal_or_future(token: Token) -> bool:
    for node in _clause_chain(token, 3):
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in node.children):
            return True
        if node.lemma_.lower() in {"likely", "expected", "poised", "set", "going", "bound"}:
            return True
        if node.dep_ in {"ccomp", "advcl", "relcl"}:
            break
    return False


# Present modals of ability: "the EU can help exporters", "Iran cannot shoot them down".
ABILITY_AUX = {"can", "ca", "cannot"}


def _is_ability(cand: Candidate, token: Token) -> bool:
    """"The EU can help Lithuanian exporters find other markets", "Tehran cannot shoot down
    what it cannot see": what an actor is able to do, told by the writer, is no act (what a
    speaker says his side can do is: "we can strike any base" is a threat)."""
    able = False
    for node in _clause_chain(token, 3):
        if any(c.dep_ == "aux" and c.lower_ in ABILITY_AUX for c in node.children):
            able = True
            break
        if node.dep_ in {"ccomp", "advcl", "relcl"}:
            break
    if not able:
        return False
    return not any(node is not token and node.lemma_.lower() in speech_verbs()
                   for node in _clause_chain(token))


def _is_question(cand: Candidate, token: Token) -> bool:
    """"A reporter asked the minister whether Japan would send warships": a question is
    no demand, and nothing in it happened."""
    if token.lemma_.lower() in QUESTION_VERBS:
        for child in token.children:
            if child.dep_ in {"ccomp", "xcomp", "dobj"} and any(
                    g.lower_ in QUESTION_MARKS and
                    g.dep_ in {"mark", "advmod", "nsubj", "nsubjpass", "dobj", "attr"}
                    for g in child.children):
                return True
    for node in _clause_chain(token):
        if node is not token and node.lemma_.lower() in QUESTION_VERBS and \
                node.pos_ == "VERB" and any(
                    c.lower_ in QUESTION_MARKS and c.dep_ in {"mark", "advmod"}
                    for c in token.children):
            return True
    return False


def _is_state(cand: Candidate, token: Token) -> bool:
    """A predicate noun states how things are ("the group has been the target of air
    strikes") unless a modal or a verb of treating makes it a threat ("any troops would be
    considered targets")."""
    if cand.trigger.requires != "pred":
        return False
    head = token.head
    if head.lemma_.lower() in PRED_GOVERNORS:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children)


def _is_sport(cand: Candidate, token: Token) -> bool:
    """A score on the verb ("hammered Germany 4-0") or a phrase of the verb that ends in a
    match noun ("in the quarter-final", "by eight wickets"): a sports result, whoever the
    teams are named for."""
    if token.pos_ != "VERB":
        return False
    for child in token.children:
        if child.like_num and child.i + 2 < len(child.doc) and \
                child.nbor(1).text in {"-", "\u2013"} and child.nbor(2).like_num:
            return True
        if child.dep_ in CLAUSE_DEPS:
            continue
        words = [t for t in child.subtree if not t.is_punct]
        if words and words[-1].pos_ != "PROPN" and words[-1].lemma_.lower() in SPORT_NOUNS:
            return True
    return False


STRUGGLE_VERBS = {"fight", "battle", "struggle"}
# Who fights with arms: with one of these as subject, a fight with no enemy named is combat.
ARMED_WORDS = {"troop", "soldier", "rebel", "militant", "fighter", "force", "army", "militia",
               "insurgent", "jihadist", "gunman", "guerrilla", "militiaman", "paramilitary",
               "commando", "marine", "unit", "brigade", "battalion", "regiment"}


def _is_struggle(cand: Candidate, token: Token) -> bool:
    """"Clinton is fighting to contain the damage", "they are fighting for Georgia's future":
    an effort or a cause, not combat; armed men or a state fighting, or a fight against an
    enemy, is."""
    if token.lemma_.lower() not in STRUGGLE_VERBS or token.pos_ != "VERB":
        return False
    if any(c.dep_ in {"xcomp", "advcl"} and any(g.tag_ == "TO" for g in c.children)
           for c in token.children):
        return True  # "fighting to contain", "battling to save"
    if any(c.dep_ == "dobj" for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ in {"against", "with", "alongside"}
            for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and token.dep_ in {"conj", "xcomp", "advcl", "relcl", "acl"}:
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.ent_type_ in {"GPE", "NORP"}:
        return False  # "Russia would keep fighting": a state at war
    words = {t.lemma_.lower() for t in subject.subtree} if subject is not None else set()
    return not words & ARMED_WORDS


CONDITION_MARKS = {"if", "unless"}


def _is_condition(cand: Candidate, token: Token) -> bool:
    """"... would resume the war if Hamas did not disarm": what a condition supposes is no
    event (the threat it conditions is)."""
    for node in (token, *token.ancestors):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                                        for c in node.children):
            return True
        if node.dep_ in {"ccomp", "ROOT", "relcl"}:
            return False
    return False
