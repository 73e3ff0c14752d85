"""The FastAPI app: JSON API under /api, exports, optional coding, and the dashboard
page with its static files, all from one process over one store opened read-only."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wirecoder import __version__
from wirecoder.api import coding, export_routes, routes
from wirecoder.api.errors import ApiError, install_error_handlers
from wirecoder.api.limits import BodySizeLimit
from wirecoder.api.reader import StoreReader

log = logging.getLogger(__name__)

# The page and its scripts come from this server only: nothing is fetched elsewhere.
CONTENT_SECURITY_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self'; "
                           "script-src 'self'; connect-src 'self'; frame-ancestors 'none'")
# Swagger UI's page starts itself with an inline script and inline styles.
DOCS_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'").replace(
    "script-src 'self'", "script-src 'self' 'unsafe-inline'")


@dataclass(frozen=True)
class ApiSettings:
    """How the app serves: which store, whether `POST /api/code` codes, and size limits."""

    db: Path
    allow_coding: bool = False
    max_body_bytes: int = 256 * 1024


def static_dir() -> Path:
    """The dashboard's static files shipped in the package (wirecoder/web/static)."""
    return Path(str(resources.files("wirecoder").joinpath("web", "static")))


class SecurityHeaders:
    """Adds the content security policy and no-sniff headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        policy = DOCS_SECURITY_POLICY if scope.get("path") == "/docs" \
            else CONTENT_SECURITY_POLICY

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                headers += [(b"content-security-policy", policy.encode()),
                            (b"x-content-type-options", b"nosniff")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers if scope["type"] == "http" else send)


def create_app(settings: ApiSettings) -> FastAPI:
    """The app over `settings.db`, opened read-only now (so a missing or too-new store
    fails here, before a port is opened) and closed when the app shuts down."""
    reader = StoreReader(settings.db)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            reader.close()

    app = FastAPI(title="wirecoder", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None, description="PLOVER events, stances and commitments "
                                              "from a wirecoder store.")
    app.state.reader = reader
    app.state.settings = settings
    install_error_handlers(app)
    app.include_router(routes.router)
    app.include_router(export_routes.router)
    if settings.allow_coding:
        app.include_router(coding.router)
    else:
        app.add_api_route("/api/code", _coding_disabled, methods=["POST"],
                          include_in_schema=False)
    _add_pages(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def _coding_disabled() -> Response:
    raise ApiError(403, "Coding over HTTP is off. Start the server with "
                        "`wirecoder serve --allow-coding` to use POST /api/code.",
                   code="coding_disabled")


def _add_pages(app: FastAPI) -> None:
    folder = static_dir()
    app.mount("/static", StaticFiles(directory=folder), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(folder / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=str(app.openapi_url), title="wirecoder API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg")
