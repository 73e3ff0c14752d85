"""A live server over the coded demo corpus, and headless Debian chromium driven by Playwright."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from wirecoder.api import ApiSettings, create_app
from wirecoder.coder import Coder
from wirecoder.datafiles import data_path
from wirecoder.ingest.article import Article
from wirecoder.ingest.readers import read_input
from wirecoder.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory, coder: Coder) -> Path:
    """The embedded demo corpus, coded by the real coder into a store file."""
    path = tmp_path_factory.mktemp("web") / "demo.duckdb"
    articles = [a for a in read_input(str(data_path("demo", "articles.jsonl")))
                if isinstance(a, Article)]
    with Store(path) as store:
        store.write_batch(coder.code_articles(articles))
    return path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(demo_store: Path) -> Iterator[str]:
    """`wirecoder serve` over the demo store on 127.0.0.1 and a free port; yields its URL."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(ApiSettings(db=demo_store)),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless chromium (Debian's); `.ci/run` installs it when it is missing."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed: apt-get install chromium (as .ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, live_server: str) -> Iterator[Any]:
    """A fresh tab on the dashboard, once it has drawn every panel; page errors fail the test."""
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto(live_server + "/")
    tab.wait_for_selector("body[data-ready]", timeout=20_000)
    yield tab
    context.close()
    assert errors == []
