"""An offline check that an article is English: the share of its words that are English
function words, plus the script the letters are written in.

Decision rule (`looks_english`):
1. No word tokens at all (numbers, punctuation): accepted, there is nothing to judge.
2. Most letters outside the Latin script (Cyrillic, Arabic, Han, ...): rejected, whatever
   the length; the script is strong evidence on its own.
3. Fewer than `MIN_TOKENS` (5) words of Latin script: accepted. A 3-word line has too few
   words for the function-word share to mean anything, and rejecting "Talks resume Monday"
   would lose an English article on weak evidence.
4. An English function-word share of `ENGLISH_THRESHOLD` (0.15) or more: accepted.
   English news prose scores about 0.30-0.45 (name-heavy paragraphs about 0.20);
   French, German and Spanish score under 0.10 because the shared words ("a", "in", "on")
   are a small part of their grammar words.
5. Below that, a text is rejected only on positive evidence: another Latin-script
   language's function words (foreign_function_words.tsv) outnumber the English ones, or
   a long text (`LONG_TOKENS` words) has almost no English grammar words at all. A terse
   English headline sentence full of names ("Kenyan riot police fired tear gas at
   opposition marchers outside Nairobi parliament") scores under 0.15 and must pass.

Only the first `SAMPLE_CHARS` characters are looked at, so a 5 MB article costs the same
as a long one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from wirecoder.datafiles import data_path, read_tsv
from wirecoder.errors import DataFileError, Errors

ENGLISH_THRESHOLD = 0.15
MIN_TOKENS = 5
LONG_TOKENS = 60
NEAR_ZERO = 0.05
FOREIGN_WORDS_FILE = ("lexicons", "foreign_function_words.tsv")
SAMPLE_CHARS = 20_000
FUNCTION_WORDS_FILE = ("lexicons", "english_function_words.txt")

# Scripts written without spaces between words: each character counts as one token,
# otherwise a Chinese paragraph would be three "words" and escape the check.
_UNSPACED = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
    "\U00020000-\U0002ffff"  # Han extensions
)
_TOKEN = re.compile(rf"[{_UNSPACED}]|(?:(?![{_UNSPACED}])[^\W\d_])+(?:'[^\W\d_]+)*")
_WORD_LINE = re.compile(r"[a-z]+(?:'[a-z]+)?")


def load_function_words(path: Path | None = None) -> frozenset[str]:
    """The English function words of the lexicon file (one lower-case word a line).

    Raises DataFileError naming the line of a malformed or repeated entry."""
    path = path or data_path(*FUNCTION_WORDS_FILE)
    words: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if not _WORD_LINE.fullmatch(line):
                detail = f"'{line}' is not one lower-case word"
                raise DataFileError(Errors.E040.format(path=path, line=number, detail=detail))
            if line in words:
                detail = f"'{line}' is listed twice"
                raise DataFileError(Errors.E040.format(path=path, line=number, detail=detail))
            words.add(line)
    return frozenset(words)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return load_function_words()


def word_tokens(text: str) -> list[str]:
    """Lower-cased word tokens: letter runs (with inner apostrophes), one per CJK/Thai character."""
    sample = text[:SAMPLE_CHARS].replace("\u2019", "'").lower()
    return _TOKEN.findall(sample)


def english_share(text: str) -> float:
    """Share (0-1) of the text's word tokens that are English function words; 0.0 if none."""
    return _share_of_function_words(word_tokens(text))


def _share_of_function_words(tokens: list[str]) -> float:
    if not tokens:
        return 0.0
    words = _function_words()
    return sum(1 for token in tokens if token in words) / len(tokens)


def latin_share(text: str) -> float:
    """Share (0-1) of the letters in the text's sample that are Latin script; 1.0 if none."""
    letters = [ch for ch in text[:SAMPLE_CHARS] if ch.isalpha()]
    if not letters:
        return 1.0
    # Latin letters are ASCII or in U+00C0-U+024F / U+1E00-U+1EFF (accented Latin).
    latin = sum(1 for ch in letters if ch < "\u0250" or "\u1e00" <= ch <= "\u1eff")
    return latin / len(letters)


def looks_english(text: str) -> bool:
    """True if the text reads as English, or is too short to say (see the module docstring)."""
    tokens = word_tokens(text)
    if not tokens:
        return True
    if latin_share(text) < 0.5:
        return False
    if len(tokens) < MIN_TOKENS:
        return True
    english = _share_of_function_words(tokens)
    if english >= ENGLISH_THRESHOLD:
        return True
    if foreign_share(tokens) > english:
        return False
    return not (len(tokens) >= LONG_TOKENS and english < NEAR_ZERO)


@lru_cache(maxsize=1)
def _foreign_words() -> dict[str, frozenset[str]]:
    path = data_path(*FOREIGN_WORDS_FILE)
    return {row["language"]: frozenset(row["words"].split())
            for _, row in read_tsv(path, ("language", "words"))}


def foreign_share(tokens: list[str]) -> float:
    """The highest share of tokens that are function words of one other Latin-script language."""
    if not tokens:
        return 0.0
    return max(sum(1 for t in tokens if t in words) / len(tokens)
               for words in _foreign_words().values())
