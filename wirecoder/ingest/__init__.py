"""Ingest: turn files and streams into validated `Article`s, reporting the ones that
can't be coded as `Rejection`s."""

from wirecoder.ingest.article import Article, article_id_for
from wirecoder.ingest.language import english_share, looks_english
from wirecoder.ingest.readers import Rejection, check_input, read_input, read_inputs
from wirecoder.ingest.validate import DEFAULT_MAX_BYTES, check_article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Article",
    "Rejection",
    "article_id_for",
    "check_article",
    "check_input",
    "english_share",
    "looks_english",
    "read_input",
    "read_inputs",
]
