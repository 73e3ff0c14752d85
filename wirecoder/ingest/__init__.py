"""Ingest: turn files and streams into validated `Article`s, reporting the ones that can't be coded."""

from wirecoder.ingest.article import Article, article_id_for

__all__ = ["Article", "article_id_for"]
