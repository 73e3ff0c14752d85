"""The one JSON shape of every API error, and the handlers that produce it.

    {"error": {"status": 404, "code": "not_found", "message": "...", "details": null}}

`code` is a stable machine-readable word; `message` says what happened and what to do;
`details` holds per-field problems for invalid parameters (a list), else null.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from wirecoder.errors import StoreError, WirecoderError

log = logging.getLogger(__name__)

CODES: dict[int, str] = {
    400: "bad_request", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    413: "payload_too_large", 415: "unsupported_media_type", 422: "invalid_parameters",
    500: "internal_error", 503: "store_unavailable",
}


class ApiError(Exception):
    """An error the API answers on purpose, with its status, code and message."""

    def __init__(self, status: int, message: str, code: str | None = None,
                 details: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.details = details


def error_response(status: int, message: str, code: str | None = None,
                   details: Any = None) -> JSONResponse:
    """The JSON response of an error, in the one shape."""
    body = {"error": {"status": status, "code": code or CODES.get(status, "error"),
                      "message": message, "details": details}}
    return JSONResponse(body, status_code=status)


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, exc.code, exc.details)


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "")
    if exc.status_code == 404 and message == "Not Found":
        message = "No such page or endpoint; the endpoints are listed at /docs."
    return error_response(exc.status_code, message)


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = [{"where": ".".join(str(p) for p in err.get("loc", ())),
                "problem": err.get("msg", "")} for err in exc.errors()]
    where = ", ".join(d["where"] for d in details)
    return error_response(422, f"Invalid request parameters ({where}); see /docs for the "
                               "accepted values.", details=details)


async def _wirecoder_error(_: Request, exc: Exception) -> JSONResponse:
    status = 503 if isinstance(exc, StoreError) else 400
    return error_response(status, str(exc))


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error answering a request", exc_info=exc)
    return error_response(500, "Something went wrong inside wirecoder; the server log has "
                               "the details. Please report it.")


def install_error_handlers(app: FastAPI) -> None:
    """Route every error the app can meet to the one JSON shape."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(WirecoderError, _wirecoder_error)
    app.add_exception_handler(Exception, _unexpected)
