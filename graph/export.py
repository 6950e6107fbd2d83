"""Exports of the knowledge graph: Turtle, JSON-LD, GraphML, GEXF and CSV for neo4j-admin import.

* ``ttl``, ``jsonld``: the RDF projection (:mod:`.stores.rdf`) with the ontology.
* ``graphml``, ``gexf``: the networkx projection (:mod:`.stores.nx`), for Gephi,
  yEd, Cytoscape.
* ``csv``: a folder in the layout ``neo4j-admin database import full`` reads:
  node files with ``:ID(space)`` and ``:LABEL`` columns, relationship files with
  ``:START_ID(space)``, ``:END_ID(space)`` and ``:TYPE``, typed properties
  (``date:date``, ``amount:double``, ``aliases:string[]`` with ``;`` between
  items), and ``import.txt`` with the command.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import TYPE_CHECKING

from .model import KnowledgeGraph
from .stores import rows as R

if TYPE_CHECKING:
    from rdflib import Graph

# rdflib and networkx are imported where a format needs them: importing them with this module
# would cost every CLI command (the CLI imports FORMATS) about 0.25 s of start-up.

FORMATS = ("ttl", "jsonld", "graphml", "gexf", "csv")


def rdf_graph(kg: KnowledgeGraph) -> Graph:
    from rdflib import Graph

    from .stores.rdf import PREFIXES, triples
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for t in triples(kg):
        g.add(t)
    return g


def export(kg: KnowledgeGraph, fmt: str, out: str | Path) -> list[Path]:
    """Write ``kg`` as ``fmt`` to ``out`` (a file; a folder for ``csv``); returns the files written."""
    out = Path(out)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "csv":
        return write_neo4j_csv(kg, out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "ttl":
        rdf_graph(kg).serialize(destination=str(out), format="turtle")
    elif fmt == "jsonld":
        from .stores.rdf import PREFIXES
        text = rdf_graph(kg).serialize(format="json-ld", context=dict(PREFIXES), indent=2)
        out.write_text(text, encoding="utf-8")
    else:  # graphml, gexf
        import networkx as nx

        from .stores.nx import to_networkx
        g = to_networkx(kg)
        if fmt == "graphml":
            nx.write_graphml(g, out)
        else:
            for _, data in g.nodes(data=True):  # GEXF's node label is the display name
                data["label"] = data.get("name") or data.get("summary") or data.get("title") or data.get("id")
            nx.write_gexf(g, out)
    return [out]


# -- neo4j-admin import -------------------------------------------------------------------------
def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(str(v).replace(";", ",") for v in value)
    return str(value)


def _write(path: Path, header: list[str], rows: list[list]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_cell(v) for v in row])
    return path


NODE_FILES = ("entities.csv", "events.csv", "articles.csv", "days.csv", "fine_totals.csv")
REL_FILES = ("actor.csv", "target.csv", "reported_in.csv", "part_of.csv", "follows.csv", "typed.csv", "on_day.csv")


def write_neo4j_csv(kg: KnowledgeGraph, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = [
        _write(folder / "entities.csv",
               ["id:ID(Entity)", "name", "kind", "country", "wikidata", "aliases:string[]", "first_seen:date",
                "dated_events:long", "targeted:long", "targeted_by:long", "first_targeted:date",
                "last_targeted:date", "targeted_rank:long", ":LABEL"],
               [[r["id"], r["name"], r["kind"], r["country"], r["wikidata"], r["aliases"], r["first_seen"],
                 r["dated_events"], r["targeted"], r["targeted_by"], r["first_targeted"], r["last_targeted"],
                 r["targeted_rank"], "Entity"] for r in R.entities(kg)]),
        _write(folder / "events.csv",
               ["id:ID(Event)", "action", "date:date", "date_precision", "status", "amount:double", "currency",
                "law:string[]", "summary", "confidence:double", "dispute", "current_status", "actor_name",
                "target_name", "actor_id", "target_id", "dispute_status", ":LABEL"],
               [[r["id"], r["action"], r["date"], r["date_precision"], r["status"], r["amount"], r["currency"],
                 r["law"], r["summary"], r["confidence"], r["dispute"], r["current_status"], r["actor_name"],
                 r["target_name"], r["actor_id"], r["target_id"], r["dispute_status"], "Event"]
                for r in R.events(kg)]),
        _write(folder / "articles.csv",
               ["url:ID(Article)", "title", "outlet", "published:date", "language", ":LABEL"],
               [[r["url"], r["title"], r["outlet"], r["published"], r["language"], "Article"]
                for r in R.articles(kg)]),
        _write(folder / "fine_totals.csv",
               ["key:ID(FineTotal)", "country", "currency", "fines:long", "total:double", ":LABEL"],
               [[r["key"], r["country"], r["currency"], r["fines"], r["total"], "FineTotal"]
                for r in R.fine_totals(kg)]),
        _write(folder / "days.csv", ["id:ID(Day)", "date:date", ":LABEL"], [[r["date"], r["date"], "Day"] for r in R.days(kg)]),
        _write(folder / "actor.csv", [":START_ID(Entity)", ":END_ID(Event)", ":TYPE"],
               [[r["actor"], r["id"], "ACTOR"] for r in R.actors(kg)]),
        _write(folder / "target.csv", [":START_ID(Event)", ":END_ID(Entity)", ":TYPE"],
               [[r["id"], r["target"], "TARGET"] for r in R.targets(kg)]),
        _write(folder / "reported_in.csv",
               [":START_ID(Event)", ":END_ID(Article)", ":TYPE", "sentence", "start:long", "end:long", "extractor"],
               [[r["id"], r["url"], "REPORTED_IN", r["sentence"], r["start"], r["stop"], r["extractor"]]
                for r in R.sources(kg)]),
        _write(folder / "part_of.csv", [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"],
               [[r["child"], r["parent"], "PART_OF"] for r in R.part_of(kg)]),
        _write(folder / "follows.csv", [":START_ID(Event)", ":END_ID(Event)", ":TYPE"],
               [[r["later"], r["earlier"], "FOLLOWS"] for r in R.follows(kg)]),
        _write(folder / "typed.csv", [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "event", "date:date"],
               [[r["actor"], r["target"], label, r["id"], r["date"]]
                for label, rows in sorted(R.typed_edges(kg).items()) for r in rows]),
        _write(folder / "on_day.csv", [":START_ID(Event)", ":END_ID(Day)", ":TYPE"],
               [[r["id"], r["date"], "ON_DAY"] for r in R.on_day(kg)]),
    ]
    command = ["neo4j-admin", "database", "import", "full", "--multiline-fields=true"]
    command += [f"--nodes={name}" for name in NODE_FILES] + [f"--relationships={name}" for name in REL_FILES]
    command += ["neo4j"]
    note = folder / "import.txt"
    note.write_text(
        "# Load into an empty, stopped Neo4j database (run from this folder):\n" + " ".join(command) + "\n"
        "# then create the constraints scrutiny uses:\n"
        + "\n".join(f"CREATE CONSTRAINT {n} IF NOT EXISTS FOR (x:{label}) REQUIRE x.{key} IS UNIQUE;"
                    for n, label, key in (("entity_id", "Entity", "id"), ("event_id", "Event", "id"),
                                          ("article_url", "Article", "url"), ("day_date", "Day", "date"))) + "\n",
        encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps({"nodes": list(NODE_FILES), "relationships": list(REL_FILES),
                                                      "command": command}, indent=2), encoding="utf-8")
    return files + [note]
