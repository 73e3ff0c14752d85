"""Writers of the export formats: PLOVER JSON, CAMEO-style TSV, CSV, Parquet, GraphML.

CSV and TSV stream from an executed DuckDB cursor in chunks, so a large export does not
sit in memory as Python objects; Parquet goes through Arrow.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import duckdb

from wirecoder import __version__
from wirecoder.store.analytics import FLAT_EVENT_COLUMNS, PLOVER_CLASSES, QUAD_CLASS

CHUNK_ROWS = 5000
TextWriter = Callable[[duckdb.DuckDBPyConnection], Iterator[str]]

# Phoenix/CAMEO-style columns: codes first (ISO alpha-3 country + CAMEO-style sector),
# then the CAMEO code, its root and QuadClass (1 verbal and 2 material cooperation,
# 3 verbal and 4 material conflict), then what PLOVER and wirecoder add.
CAMEO_TSV_COLUMNS: tuple[str, ...] = (
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity",
    "SourceActorRole", "TargetActorFull", "TargetActorEntity", "TargetActorRole",
    "EventCode", "EventRootCode", "QuadClass", "PLOVERType", "PLOVERMode", "Contexts",
    "SourceName", "TargetName", "LocationName", "Latitude", "Longitude", "ArticleID", "URL",
    "Sentence")


def plover_json(records: list[dict[str, Any]], filters: dict[str, Any]) -> bytes:
    """Events as one JSON document: the contract records (PLOVER field names) with a header
    saying what made them and which filters chose them."""
    document = {"format": "PLOVER", "plover_version": "0.7", "generator":
                f"wirecoder {__version__}", "filters": filters, "count": len(records),
                "events": records}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _rows(cursor: duckdb.DuckDBPyConnection) -> Iterator[list[tuple[Any, ...]]]:
    while chunk := cursor.fetchmany(CHUNK_ROWS):
        yield chunk


def events_csv(cursor: duckdb.DuckDBPyConnection) -> Iterator[str]:
    """CSV text in chunks: a header of FLAT_EVENT_COLUMNS, then one row per event."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(FLAT_EVENT_COLUMNS)
    for chunk in _rows(cursor):
        writer.writerows(chunk)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _tsv_field(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def cameo_row(event: dict[str, Any]) -> list[str]:
    """One CAMEO-style TSV row from a flat event row (FLAT_EVENT_COLUMNS as keys)."""
    date = (event["date"] or "")[:10]
    digits = date.replace("-", "")
    parts = date.split("-") + ["", "", ""]
    source = (event["source_country"] or "") + (event["source_sector"] or "")
    target = (event["recipient_country"] or "") + (event["recipient_sector"] or "")
    cameo = event["cameo"] or ""
    return [_tsv_field(v) for v in (
        event["id"], digits, parts[0], parts[1], parts[2], source, event["source_country"],
        event["source_sector"], target, event["recipient_country"], event["recipient_sector"],
        cameo, cameo[:2], QUAD_CLASS.get(PLOVER_CLASSES.get(event["event_type"], ""), ""),
        event["event_type"], event["mode"], event["context"], event["source_name"],
        event["recipient_name"], event["location_name"], event["location_lat"],
        event["location_lon"], event["article_id"], event["url"], event["evidence_text"])]


def events_cameo_tsv(cursor: duckdb.DuckDBPyConnection) -> Iterator[str]:
    """CAMEO-style TSV text in chunks: a header of CAMEO_TSV_COLUMNS, then one row per event."""
    yield "\t".join(CAMEO_TSV_COLUMNS) + "\n"
    for chunk in _rows(cursor):
        yield "".join("\t".join(cameo_row(dict(zip(FLAT_EVENT_COLUMNS, row, strict=True))))
                      + "\n" for row in chunk)


def events_parquet(table: Any) -> bytes:
    """A Parquet file (zstd) of a pyarrow Table of flat event rows."""
    import pyarrow.parquet as pq

    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def network_graphml(network: dict[str, Any]) -> str:
    """The actor network as GraphML: directed edges source→recipient with event counts."""
    keys = [("name", "node", "string"), ("country", "node", "string"),
            ("events", "node", "int"), ("events", "edge", "int"),
            ("cooperation", "edge", "int"), ("conflict", "edge", "int")]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for name, domain, kind in keys:
        lines.append(f'  <key id="{domain}_{name}" for="{domain}" attr.name="{name}" '
                     f'attr.type="{kind}"/>')
    lines.append('  <graph id="actors" edgedefault="directed">')
    for node in network["nodes"]:
        lines.append(f"    <node id={quoteattr(node['id'])}>")
        for name in ("name", "country", "events"):
            if node.get(name) is not None:
                lines.append(f'      <data key="node_{name}">{escape(str(node[name]))}</data>')
        lines.append("    </node>")
    for i, edge in enumerate(network["edges"]):
        lines.append(f"    <edge id=\"e{i}\" source={quoteattr(edge['source'])} "
                     f"target={quoteattr(edge['target'])}>")
        for name in ("events", "cooperation", "conflict"):
            lines.append(f'      <data key="edge_{name}">{int(edge[name])}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)
