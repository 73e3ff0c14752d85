"""HTTP API and dashboard speed on a generated store of 100,000 events.

Generates the store (synthetic records, written through Store.write_batch), serves it with
uvicorn on 127.0.0.1, then measures
  * latency of GET /api/events with filters (p50, p95; target p95 < 200 ms), and
  * dashboard page load in headless chromium until every panel is drawn (target < 2 s).
Usage:
    .venv/bin/python benchmarks/api.py [--events 100000] [--db out/api-bench.duckdb]
                                       [--requests 320]
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from wirecoder.api import ApiSettings, create_app
from wirecoder.ingest.article import Article
from wirecoder.records import (
    EVENT_TYPES,
    Actor,
    EventRecord,
    EvidenceRef,
    Location,
    Span,
    StanceRecord,
)
from wirecoder.results import ArticleResult
from wirecoder.store import Store

REPO = Path(__file__).resolve().parents[1]
EVENTS_PER_ARTICLE = 5
COUNTRIES = [("France", "FRA", 48.86, 2.35), ("Germany", "DEU", 52.52, 13.40),
             ("Italy", "ITA", 41.90, 12.50), ("Poland", "POL", 52.23, 21.01),
             ("Ukraine", "UKR", 50.45, 30.52), ("Russia", "RUS", 55.76, 37.62),
             ("Turkey", "TUR", 39.93, 32.86), ("Egypt", "EGY", 30.04, 31.24),
             ("Sudan", "SDN", 15.50, 32.56), ("China", "CHN", 39.90, 116.40),
             ("Japan", "JPN", 35.68, 139.69), ("Brazil", "BRA", -15.79, -47.88),
             ("Kenya", "KEN", -1.29, 36.82), ("India", "IND", 28.61, 77.21),
             ("United States", "USA", 38.90, -77.04), ("Mexico", "MEX", 19.43, -99.13)]
ISSUES = ["ceasefire", "sanctions relief", "foreign troops", "grain exports", "border talks",
          "arms deliveries", "refugee returns", "nuclear inspections"]
FILTERS = [{}, {"actor": "Russia"}, {"country": "UKR", "type": "ASSAULT,COERCE"},
           {"class": "verbal_conflict", "since": "2025-03-01", "until": "2025-05-31"},
           {"q": "border"}, {"context": "negation"}, {"exclude": "negation,hypothetical",
                                                      "location": "POL"},
           {"source": "France", "recipient": "Germany", "offset": 100}]


def _article(index: int, rng: random.Random) -> ArticleResult:
    day = 1 + index % 330
    date = time.strftime("%Y-%m-%d", time.gmtime(1735689600 + day * 86400))
    article_id = f"bench-{index:06d}"
    text = " ".join(f"Sentence {i} of article {index} about {rng.choice(ISSUES)} and the "
                    f"{rng.choice(['border', 'port', 'capital'])}." for i in range(6))
    events, stances = [], []
    for i in range(EVENTS_PER_ARTICLE):
        (src, src_code, lat, lon), (dst, dst_code, *_) = rng.sample(COUNTRIES, 2)
        event_type = rng.choice(EVENT_TYPES)
        start = i * 50
        events.append(EventRecord(
            article_id=article_id, sentence=i,
            evidence=Span(start, start + 49, text[start:start + 49]),
            event_type=event_type, source=Actor(src, src, src_code, src_code, "GOV"),
            recipient=Actor(dst, dst, dst_code, dst_code, "GOV"),
            context=rng.choice([[], [], [], ["negation"], ["hypothetical"], ["future"]]),
            issue=rng.choice(ISSUES), date=date, location=Location(src, src_code, lat, lon),
            cameo="010", confidence=0.7, trigger="met"))
    src, src_code, *_ = rng.choice(COUNTRIES)
    stances.append(StanceRecord(actor=Actor(src, src, src_code, src_code, "GOV"),
                                issue=rng.choice(ISSUES),
                                polarity=rng.choice(["support", "oppose", "mixed"]),
                                evidence=[EvidenceRef(article_id, 0, text[:49])], date=date))
    return ArticleResult(article=Article(id=article_id, text=text, title=f"Article {index}",
                                         date=date), events=events, stances=stances,
                         coder_version="bench")


def build_store(path: Path, events: int) -> None:
    """A store with `events` synthetic events (5 an article), unless it already has them."""
    if path.exists():
        with Store(path, read_only=True) as store:
            if store.counts()["events"] == events:
                return
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    started = time.perf_counter()
    with Store(path) as store:
        articles = events // EVENTS_PER_ARTICLE
        for first in range(0, articles, 2000):
            store.write_batch(_article(i, rng) for i in range(first, min(first + 2000, articles)))
    print(f"generated {events:,} events in {time.perf_counter() - started:.1f} s -> {path}")


def _serve(path: Path) -> tuple[uvicorn.Server, threading.Thread, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(ApiSettings(db=path)), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


def measure_events(base: str, requests: int) -> list[float]:
    """Milliseconds per GET /api/events, cycling through FILTERS after one warm-up round."""
    times = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for params in FILTERS:
            client.get("/api/events", params=params).raise_for_status()
        for i in range(requests):
            params = FILTERS[i % len(FILTERS)]
            started = time.perf_counter()
            client.get("/api/events", params=params).raise_for_status()
            times.append((time.perf_counter() - started) * 1000)
    return times


def measure_page(base: str, loads: int = 3) -> list[float]:
    """Milliseconds from navigation start until the dashboard has drawn every panel."""
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"]
    found = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             headless=True, args=args)
        for _ in range(loads):
            context = browser.new_context(viewport={"width": 1400, "height": 1100})
            page = context.new_page()
            page.goto(base + "/")
            page.wait_for_selector("body[data-ready=true]", timeout=60_000)
            found.append(float(page.get_attribute("body", "data-ready-after-ms") or "nan"))
            context.close()
        browser.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=REPO / "out" / "api-bench.duckdb")
    parser.add_argument("--requests", type=int, default=320)
    args = parser.parse_args()
    build_store(args.db, args.events)
    server, thread, base = _serve(args.db)
    try:
        times = sorted(measure_events(base, args.requests))
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"GET /api/events with filters on {args.events:,} events: "
              f"p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, "
              f"max {times[-1]:.1f} ms over {len(times)} requests (target p95 < 200 ms)")
        if Path("/usr/bin/chromium").exists():
            loads = measure_page(base)
            print(f"dashboard drawn (every panel) after {', '.join(f'{t:.0f}' for t in loads)} "
                  f"ms; median {statistics.median(loads):.0f} ms (target < 2000 ms)")
        else:
            print("page load not measured: /usr/bin/chromium is not installed")
    finally:
        server.should_exit = True
        thread.join(timeout=10)


if __name__ == "__main__":
    main()
