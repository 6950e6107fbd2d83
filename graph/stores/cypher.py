"""The embedded property-graph store: LadybugDB (the maintained Kuzu fork), Cypher on disk.

Schema (DESIGN.md): Entity, Event and Article nodes; ACTOR, TARGET,
REPORTED_IN and PART_OF relationships; one typed direct edge per action
(``(:Entity)-[:FINE {event, date}]->(:Entity)``). Writes are UNWIND batches of
MERGE on stable ids, so writing the same graph twice changes nothing.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import ladybug

from .. import vocab
from ..model import KnowledgeGraph

NODE_TABLES = [
    "CREATE NODE TABLE IF NOT EXISTS Entity(id STRING, name STRING, kind STRING, country STRING, "
    "wikidata STRING, aliases STRING[], PRIMARY KEY(id))",
    "CREATE NODE TABLE IF NOT EXISTS Event(id STRING, action STRING, date DATE, date_precision STRING, "
    "status STRING, amount DOUBLE, currency STRING, law STRING[], summary STRING, confidence DOUBLE, "
    "PRIMARY KEY(id))",
    "CREATE NODE TABLE IF NOT EXISTS Article(url STRING, title STRING, outlet STRING, published DATE, "
    "language STRING, PRIMARY KEY(url))",
]
REL_TABLES = [
    "CREATE REL TABLE IF NOT EXISTS ACTOR(FROM Entity TO Event)",
    "CREATE REL TABLE IF NOT EXISTS TARGET(FROM Event TO Entity)",
    "CREATE REL TABLE IF NOT EXISTS REPORTED_IN(FROM Event TO Article, sentence STRING, start INT64, "
    "`end` INT64, extractor STRING)",
    "CREATE REL TABLE IF NOT EXISTS PART_OF(FROM Entity TO Entity)",
]
BATCH = 5000


def _iso(value: str | None) -> str | None:
    """The ISO date part of a date or timestamp string (LadybugDB's date() parses it), else None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _plain(value):
    """Query results as plain JSON-able values (dates as ISO strings)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10] if isinstance(value, dt.date) and not isinstance(value, dt.datetime) \
            else value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


class CypherStore:
    """A LadybugDB database under ``path``."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = Path(path)
        self.db = ladybug.Database(str(self.path), read_only=read_only)
        self.conn = ladybug.Connection(self.db)
        if not read_only:
            self.create_schema()

    def close(self) -> None:
        self.conn.close()
        self.db.close()

    def __enter__(self) -> "CypherStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def create_schema(self) -> None:
        for statement in NODE_TABLES + REL_TABLES:
            self.conn.execute(statement)
        for action in vocab.actions():
            label = vocab.edge_label(action)
            self.conn.execute(
                f"CREATE REL TABLE IF NOT EXISTS `{label}`(FROM Entity TO Entity, event STRING, date DATE)")

    # -- writing -------------------------------------------------------
    def _unwind(self, statement: str, rows: list[dict]) -> None:
        for i in range(0, len(rows), BATCH):
            self.conn.execute(statement, {"rows": rows[i:i + BATCH]})

    def write(self, graph: KnowledgeGraph) -> None:
        """MERGE every node and relationship of ``graph`` (idempotent)."""
        self._unwind(
            "UNWIND $rows AS r MERGE (e:Entity {id: r.id}) SET e.name = r.name, e.kind = r.kind, "
            "e.country = r.country, e.wikidata = r.wikidata, e.aliases = CAST(r.aliases AS STRING[])",
            [{"id": e.id, "name": e.name, "kind": e.kind, "country": e.country, "wikidata": e.wikidata,
              "aliases": list(e.aliases)} for e in graph.entities.values()])
        self._unwind(
            "UNWIND $rows AS r MATCH (c:Entity {id: r.child}) MATCH (p:Entity {id: r.parent}) "
            "MERGE (c)-[:PART_OF]->(p)",
            [{"child": e.id, "parent": e.parent} for e in graph.entities.values()
             if e.parent and e.parent in graph.entities])
        self._unwind(
            "UNWIND $rows AS r MERGE (a:Article {url: r.url}) SET a.title = r.title, a.outlet = r.outlet, "
            "a.published = date(r.published), a.language = r.language",
            [{"url": a.url, "title": a.title, "outlet": a.outlet, "published": _iso(a.published),
              "language": a.language} for a in graph.articles.values()])
        events = list(graph.events.values())
        self._unwind(
            "UNWIND $rows AS r MERGE (e:Event {id: r.id}) SET e.action = r.action, e.date = date(r.date), "
            "e.date_precision = r.date_precision, e.status = r.status, e.amount = CAST(r.amount AS DOUBLE), "
            "e.currency = r.currency, e.law = CAST(r.law AS STRING[]), e.summary = r.summary, "
            "e.confidence = CAST(r.confidence AS DOUBLE)",
            [{"id": e.id, "action": e.action, "date": _iso(e.date), "date_precision": e.date_precision,
              "status": e.status, "amount": e.amount, "currency": e.currency, "law": list(e.law),
              "summary": e.summary, "confidence": e.confidence} for e in events])
        self._unwind(
            "UNWIND $rows AS r MATCH (a:Entity {id: r.actor}) MATCH (e:Event {id: r.id}) MERGE (a)-[:ACTOR]->(e)",
            [{"id": e.id, "actor": e.actor} for e in events if e.actor])
        self._unwind(
            "UNWIND $rows AS r MATCH (e:Event {id: r.id}) MATCH (t:Entity {id: r.target}) MERGE (e)-[:TARGET]->(t)",
            [{"id": e.id, "target": e.target} for e in events if e.target])
        self._unwind(
            "UNWIND $rows AS r MATCH (e:Event {id: r.id}) MATCH (a:Article {url: r.url}) "
            "MERGE (e)-[s:REPORTED_IN {start: r.start}]->(a) SET s.sentence = r.sentence, s.`end` = r.stop, "
            "s.extractor = r.extractor",
            [{"id": e.id, "url": s.article_url, "sentence": s.sentence, "start": s.start, "stop": s.end,
              "extractor": s.extractor} for e in events for s in e.sources])
        by_action: dict[str, list[dict]] = {}
        for e in events:
            if e.actor and e.target:
                by_action.setdefault(e.action, []).append(
                    {"actor": e.actor, "target": e.target, "id": e.id, "date": _iso(e.date)})
        for action, rows in by_action.items():
            label = vocab.edge_label(action)
            self._unwind(
                f"UNWIND $rows AS r MATCH (a:Entity {{id: r.actor}}) MATCH (t:Entity {{id: r.target}}) "
                f"MERGE (a)-[x:`{label}` {{event: r.id}}]->(t) SET x.date = date(r.date)", rows)

    def clear(self) -> None:
        """Delete every node and relationship (the schema stays)."""
        for table in ("Event", "Article", "Entity"):
            self.conn.execute(f"MATCH (n:{table}) DETACH DELETE n")

    # -- reading -------------------------------------------------------
    def query(self, cypher: str, params: dict | None = None) -> tuple[list[str], list[list]]:
        """Run Cypher with parameters; returns column names and rows of plain values."""
        result = self.conn.execute(cypher, params or {})
        columns = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append([_plain(v) for v in result.get_next()])
        return columns, rows

    def counts(self) -> dict[str, int]:
        out = {}
        for table, key in (("Article", "articles"), ("Entity", "entities"), ("Event", "events")):
            out[key] = self.query(f"MATCH (n:{table}) RETURN count(n)")[1][0][0]
        return out
