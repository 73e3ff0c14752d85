"""`POST /api/code`: text in, records out. Registered only with `--allow-coding`; the
coder (spaCy pipeline, knowledge base) loads on the first request, and nothing is stored."""

from __future__ import annotations

import threading
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from wirecoder.api.errors import ApiError
from wirecoder.ingest.article import Article, article_id_for
from wirecoder.ingest.validate import ContentError, check_article, iso_date

MAX_TEXT_CHARS = 100_000

router = APIRouter(prefix="/api", tags=["coding"])


class CodeRequest(BaseModel):
    """One article to code."""

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    date: str | None = Field(default=None, max_length=32,
                             description="Publication date (ISO), for relative dates "
                                         "and office holders.")
    id: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=1000)


class _LazyCoder:
    """One coder per server, loaded on first use; coding runs one article at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._coder: Any = None

    def code(self, article: Article) -> Any:
        with self._lock:
            if self._coder is None:
                from wirecoder.coder import Coder

                self._coder = Coder()
            return next(iter(self._coder.code_articles([article])))


_coder = _LazyCoder()


@router.post("/code")
def code(request: CodeRequest) -> dict[str, Any]:
    """Code one text: its events, commitments and stance observations (not stored)."""
    try:
        date = iso_date(request.date) if request.date else None
    except ContentError as error:
        raise ApiError(422, str(error)) from error
    article = Article(id=request.id or article_id_for(request.text), text=request.text,
                      title=request.title, date=date)
    reason = check_article(article)
    if reason:
        raise ApiError(422, f"The text can't be coded: {reason}")
    result = _coder.code(article)
    if result.error:
        raise ApiError(500, result.error, code="coding_failed")
    return {"article_id": article.id, "coder_version": result.coder_version,
            "events": [e.to_dict() for e in result.events],
            "commitments": [c.to_dict() for c in result.commitments],
            "stances": [s.to_dict() for s in result.stances]}
