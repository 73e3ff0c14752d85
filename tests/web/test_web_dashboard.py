"""The dashboard in a real browser over the coded demo corpus."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and pixel values of an 8-bit RGB or RGBA PNG (as chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    at, idat, width, height, channels = 8, b"", 0, 0, 0
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        chunk = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        at += 12 + length
    raw, stride = zlib.decompress(idat), width * channels
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc
                                      else corner)) & 255
        rows.append(line)
        previous = line
    pixels = [bytes(row[x:x + 3]) for row in rows[::4] for x in range(0, stride, channels * 4)]
    return width, height, pixels


def test_stance_cell_opens_its_evidence_sentence_with_actor_and_cue_marked(page, tmp_path: Path):
    cells = page.locator("button.stance-cell")
    assert cells.count() > 5
    first = cells.first
    actor = first.get_attribute("data-actor")
    first.click()
    page.wait_for_selector("#evidence-panel[data-loaded] blockquote.evidence-sentence")
    panel = page.locator("#evidence-panel")
    assert actor in panel.locator("#evidence-title").inner_text()
    sentence = panel.locator("blockquote.evidence-sentence").first
    assert len(sentence.inner_text()) > 20
    assert sentence.locator("mark.actor").count() >= 1
    assert panel.locator("mark.cue").count() >= 1
    shot = tmp_path / "dashboard-evidence.png"
    page.screenshot(path=str(shot), full_page=True)
    width, height, pixels = _png_pixels(shot.read_bytes())
    assert width >= 1400 and height >= 1100
    commonest = max(set(pixels), key=pixels.count)
    assert len(set(pixels)) > 50  # text, bars, shapes: not one flat colour
    assert pixels.count(commonest) / len(pixels) < 0.9


def test_every_panel_draws_the_demo_data(page):
    assert page.locator("#network g.node").count() >= 5
    assert page.locator("#network line.edge").count() >= 3
    assert page.locator("#timeline rect.bar").count() >= 10
    assert page.locator("#timeline path.change-mark").count() >= 1
    assert page.locator("#map path.country").count() > 150
    assert page.locator("#map circle.place").count() >= 1
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 50
    assert "of" in page.locator("#page-info").inner_text()


def test_filtering_by_type_narrows_the_event_table(page):
    page.select_option("select[name=type]", "ASSAULT")
    page.click("#filters button[type=submit]")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#events-table tbody tr td:nth-child(2)')]"
        ".every(td => td.textContent.startsWith('ASSAULT'))")
    total = page.locator("#events-total").inner_text()
    assert total.strip("()").isdigit() and int(total.strip("()")) < 50
    assert "type=ASSAULT" in (page.get_attribute("#export-csv", "href") or "")
