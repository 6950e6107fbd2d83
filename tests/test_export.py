"""Exports: Turtle, JSON-LD, GraphML, GEXF, and CSV in the layout neo4j-admin import reads."""
import csv
import json

import networkx as nx
import pytest
import rdflib
from typer.testing import CliRunner

from scrutiny.app import Workspace
from scrutiny.cli import app
from scrutiny.graph.export import NODE_FILES, REL_FILES, export
from scrutiny.graph.stores.rdf import triples

runner = CliRunner()


@pytest.fixture(scope="module")
def kg(sample_home_template):
    return Workspace(sample_home_template).project()


@pytest.mark.parametrize("fmt,parse", [("ttl", "turtle"), ("jsonld", "json-ld")])
def test_rdf_exports_round_trip(kg, tmp_path, fmt, parse):
    out = tmp_path / f"graph.{fmt}"
    assert export(kg, fmt, out) == [out]
    g = rdflib.Graph()
    g.parse(out, format=parse)
    assert len(g) == len(set(triples(kg)))
    sem = rdflib.Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    assert len(set(g.subjects(rdflib.RDF.type, sem.Event))) == len(kg.events)
    assert (None, rdflib.OWL.sameAs, None) in g


@pytest.mark.parametrize("fmt,read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_exports_open_in_networkx(kg, tmp_path, fmt, read):
    out = tmp_path / f"graph.{fmt}"
    export(kg, fmt, out)
    g = read(out)
    assert g.number_of_nodes() == len(kg.entities) + len(kg.events) + len(kg.articles)
    types = {d.get("relationship") for _, _, d in g.edges(data=True)}
    assert {"ACTOR", "TARGET", "REPORTED_IN", "FOLLOWS", "CEASE_AND_DESIST"} <= types


def test_csv_for_neo4j_admin_import(kg, tmp_path):
    files = export(kg, "csv", tmp_path / "csv")
    names = {f.name for f in files}
    assert set(NODE_FILES) | set(REL_FILES) <= names and "import.txt" in names
    ids: dict[str, set[str]] = {}
    for name in NODE_FILES:
        with (tmp_path / "csv" / name).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        header = rows[0]
        id_column = next(i for i, h in enumerate(header) if ":ID(" in h)
        space = header[id_column].split("(")[1].rstrip(")")
        assert header[-1] == ":LABEL" and all(r[-1] == space for r in rows[1:])
        ids[space] = {r[id_column] for r in rows[1:]}
        assert len(ids[space]) == len(rows) - 1  # unique ids
    assert len(ids["Event"]) == len(kg.events) and len(ids["Entity"]) == len(kg.entities)
    total = 0
    for name in REL_FILES:
        with (tmp_path / "csv" / name).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        header = rows[0]
        assert header[:3] == [h for h in header[:3] if h.startswith((":START_ID(", ":END_ID(", ":TYPE"))]
        start_space = header[0].split("(")[1].rstrip(")")
        end_space = header[1].split("(")[1].rstrip(")")
        for row in rows[1:]:
            assert row[0] in ids[start_space] and row[1] in ids[end_space], (name, row[:3])
            assert row[2]
        total += len(rows) - 1
    assert total > len(kg.events)
    with (tmp_path / "csv" / "events.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert {"date:date", "amount:double", "law:string[]"} <= set(header)
    command = (tmp_path / "csv" / "import.txt").read_text()
    assert "neo4j-admin database import full" in command and "--nodes=entities.csv" in command
    assert json.loads((tmp_path / "csv" / "manifest.json").read_text())["relationships"] == list(REL_FILES)


def test_export_command(sample_home_template, tmp_path):
    out = tmp_path / "g.ttl"
    result = runner.invoke(app, ["export", "ttl", "--out", str(out), "--home", str(sample_home_template)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 1000
    bad = runner.invoke(app, ["export", "xml", "--out", str(out), "--home", str(sample_home_template)])
    assert bad.exit_code == 2
