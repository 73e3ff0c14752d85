"""Exports of the filtered events: PLOVER JSON, CAMEO-style TSV, CSV, Parquet, GraphML."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyarrow.parquet as pq

from wirecoder.events.confidence import DEFAULT_MIN_CONFIDENCE
from wirecoder.schemas import validation_errors


def test_plover_json_holds_contract_records_and_the_filters(client):
    response = client.get("/api/export/events.json", params={"actor": "Norway"})
    assert "attachment" in response.headers["content-disposition"]
    document = json.loads(response.content)
    # the default operating point is a filter too, and the export says so
    assert document["format"] == "PLOVER" and document["filters"] == {
        "actor": "Norway", "min_confidence": DEFAULT_MIN_CONFIDENCE}
    assert document["count"] == len(document["events"]) == 4
    for record in document["events"]:
        assert validation_errors(record) == []


def test_cameo_tsv_has_codes_quad_class_and_one_row_per_event(client):
    text = client.get("/api/export/events.tsv").text
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    assert len(rows) == 5
    first = rows[0]  # oldest first: Norway's pledge to Estonia
    assert (first["Date"], first["SourceActorFull"], first["TargetActorEntity"]) == (
        "20250302", "NORGOV", "EST")
    assert (first["EventCode"], first["EventRootCode"], first["QuadClass"]) == ("070", "07", "2")
    assert rows[2]["QuadClass"] == "3"  # the accusation: verbal conflict


def test_csv_has_a_header_and_filtered_rows(client):
    text = client.get("/api/export/events.csv", params={"type": "ACCUSE"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["article_id"] for r in rows] == ["border-1"]
    assert rows[0]["evidence_text"].startswith("Latvia accused Norway")


def test_parquet_reads_back_with_every_event(client):
    response = client.get("/api/export/events.parquet")
    table = pq.read_table(io.BytesIO(response.content))
    assert table.num_rows == 5
    assert "event_type" in table.column_names and "location_lat" in table.column_names


def test_graphml_is_valid_xml_with_weighted_directed_edges(client):
    root = ET.fromstring(client.get("/api/export/network.graphml").content)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    graph = root.find("g:graph", ns)
    assert graph is not None and graph.get("edgedefault") == "directed"
    assert len(graph.findall("g:node", ns)) == 3
    edge = next(e for e in graph.findall("g:edge", ns)
                if (e.get("source"), e.get("target")) == ("Norway|NOR", "Estonia|EST"))
    values = {d.get("key"): d.text for d in edge.findall("g:data", ns)}
    assert values["edge_cooperation"] == "2" and values["edge_conflict"] == "0"


def test_export_limit_caps_the_rows(client):
    text = client.get("/api/export/events.csv", params={"limit": 2}).text
    assert len(text.strip().splitlines()) == 3
