"""Neo4j through the official driver: the same graph and the same Cypher as LadybugDB, on a server.

Writes are UNWIND batches of MERGE on stable ids inside write transactions,
backed by uniqueness constraints on ``Entity.id``, ``Event.id``,
``Article.url`` and ``Day.date`` (which also index them); the ``Day`` time
index is the same as in LadybugDB. :meth:`Neo4jStore.replace` makes the
server hold exactly one graph. The named queries in ``queries/*.cypher`` run
unchanged: they use only Cypher that LadybugDB and Neo4j share.

Connection: ``Neo4jStore(uri, user, password)``, or :meth:`Neo4jStore.from_env`
with ``NEO4J_URI``, ``NEO4J_USER`` (or ``NEO4J_USERNAME``), ``NEO4J_PASSWORD``
and optionally ``NEO4J_DATABASE``.
"""
from __future__ import annotations

import datetime as dt
import os

from .. import vocab
from ..model import KnowledgeGraph
from . import rows as R

BATCH = 5000
CONSTRAINTS = (("entity_id", "Entity", "id"), ("event_id", "Event", "id"), ("article_url", "Article", "url"),
               ("day_date", "Day", "date"))


def _plain(value):
    if hasattr(value, "to_native"):  # neo4j.time.Date, DateTime, Duration
        value = value.to_native()
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _param(value):
    return value


class Neo4jStore:
    """A Neo4j database reached with the official ``neo4j`` driver."""

    name = "neo4j"

    def __init__(self, uri: str, user: str | None = None, password: str | None = None,
                 database: str | None = None):
        from neo4j import GraphDatabase

        auth = (user, password) if user is not None else None
        self.driver = GraphDatabase.driver(uri, auth=auth)
        self.database = database
        self.driver.verify_connectivity()

    @classmethod
    def from_env(cls, uri: str | None = None, user: str | None = None, password: str | None = None,
                 database: str | None = None) -> "Neo4jStore":
        uri = uri or os.environ.get("NEO4J_URI")
        if not uri:
            raise ValueError("no Neo4j server: give --uri or set NEO4J_URI")
        user = user if user is not None else os.environ.get("NEO4J_USER", os.environ.get("NEO4J_USERNAME"))
        password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
        return cls(uri, user, password, database or os.environ.get("NEO4J_DATABASE"))

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> "Neo4jStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _session(self):
        return self.driver.session(database=self.database) if self.database else self.driver.session()

    # -- schema --------------------------------------------------------------------------
    def create_schema(self) -> None:
        with self._session() as session:
            for name, label, key in CONSTRAINTS:
                try:
                    session.run(f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{key} IS UNIQUE"
                                ).consume()
                except Exception:  # Neo4j 4.4 syntax
                    session.run(f"CREATE CONSTRAINT {name} IF NOT EXISTS ON (n:{label}) ASSERT n.{key} IS UNIQUE"
                                ).consume()

    # -- writing -------------------------------------------------------------------------
    def _unwind(self, statement: str, rows: list) -> None:
        def work(tx, batch):
            tx.run(statement, rows=batch).consume()
        with self._session() as session:
            for i in range(0, len(rows), BATCH):
                session.execute_write(work, rows[i:i + BATCH])

    def write(self, graph: KnowledgeGraph) -> None:
        """MERGE every node and relationship of ``graph`` (idempotent)."""
        self.create_schema()
        self._unwind("UNWIND $rows AS r MERGE (e:Entity {id: r.id}) SET e.name = r.name, e.kind = r.kind, "
                     "e.country = r.country, e.wikidata = r.wikidata, e.aliases = r.aliases, "
                     "e.first_seen = date(r.first_seen), e.dated_events = r.dated_events, e.targeted = r.targeted, "
                     "e.targeted_by = r.targeted_by, e.first_targeted = date(r.first_targeted), "
                     "e.last_targeted = date(r.last_targeted), e.targeted_rank = r.targeted_rank", R.entities(graph))
        self._unwind("UNWIND $rows AS r MATCH (c:Entity {id: r.child}) MATCH (p:Entity {id: r.parent}) "
                     "MERGE (c)-[:PART_OF]->(p)", R.part_of(graph))
        self._unwind("UNWIND $rows AS r MERGE (a:Article {url: r.url}) SET a.title = r.title, a.outlet = r.outlet, "
                     "a.published = date(r.published), a.language = r.language", R.articles(graph))
        self._unwind("UNWIND $rows AS r MERGE (e:Event {id: r.id}) SET e.action = r.action, e.date = date(r.date), "
                     "e.date_precision = r.date_precision, e.status = r.status, e.amount = r.amount, "
                     "e.currency = r.currency, e.law = r.law, e.summary = r.summary, e.confidence = r.confidence, "
                     "e.dispute = r.dispute, e.current_status = r.current_status, e.actor_name = r.actor_name, "
                     "e.target_name = r.target_name, e.actor_id = r.actor_id, e.target_id = r.target_id, "
                     "e.dispute_status = r.dispute_status", R.events(graph))
        self._unwind("UNWIND $rows AS r MATCH (a:Entity {id: r.actor}) MATCH (e:Event {id: r.id}) "
                     "MERGE (a)-[:ACTOR]->(e)", R.actors(graph))
        self._unwind("UNWIND $rows AS r MATCH (e:Event {id: r.id}) MATCH (t:Entity {id: r.target}) "
                     "MERGE (e)-[:TARGET]->(t)", R.targets(graph))
        self._unwind("UNWIND $rows AS r MATCH (e:Event {id: r.id}) MATCH (a:Article {url: r.url}) "
                     "MERGE (e)-[s:REPORTED_IN {start: r.start}]->(a) SET s.sentence = r.sentence, "
                     "s.`end` = r.stop, s.extractor = r.extractor", R.sources(graph))
        self._unwind("UNWIND $rows AS r MATCH (l:Event {id: r.later}) MATCH (e:Event {id: r.earlier}) "
                     "MERGE (l)-[:FOLLOWS]->(e)", R.follows(graph))
        self._unwind("UNWIND $rows AS r MERGE (:Day {date: date(r.date)})", R.days(graph))
        self._unwind("UNWIND $rows AS r MATCH (e:Event {id: r.id}) MATCH (d:Day {date: date(r.date)}) "
                     "MERGE (e)-[:ON_DAY]->(d)", R.on_day(graph))
        for label, rows in R.typed_edges(graph).items():
            self._unwind(f"UNWIND $rows AS r MATCH (a:Entity {{id: r.actor}}) MATCH (t:Entity {{id: r.target}}) "
                         f"MERGE (a)-[x:`{label}` {{event: r.id}}]->(t) SET x.date = date(r.date)", rows)
        totals = R.fine_totals(graph)  # a whole-graph aggregate (see cypher.py): replaced, not merged
        self.query("MATCH (f:FineTotal) WHERE NOT f.key IN $keys DELETE f", {"keys": [r["key"] for r in totals]})
        self._unwind("UNWIND $rows AS r MERGE (f:FineTotal {key: r.key}) SET f.country = r.country, "
                     "f.currency = r.currency, f.fines = r.fines, f.total = r.total", totals)

    def replace(self, graph: KnowledgeGraph) -> None:
        """Hold exactly ``graph``: MERGE everything, then delete what it does not have."""
        self.write(graph)
        self.prune(graph)

    def prune(self, graph: KnowledgeGraph) -> None:
        for label, key, wanted in (("Event", "id", set(graph.events)), ("Article", "url", set(graph.articles)),
                                   ("Entity", "id", set(graph.entities))):
            existing = {r[0] for r in self.query(f"MATCH (n:{label}) RETURN n.{key}")[1]}
            self._unwind(f"UNWIND $rows AS k MATCH (n:{label} {{{key}: k}}) DETACH DELETE n",
                         sorted(existing - wanted))
        days = {r[0] for r in self.query("MATCH (d:Day) RETURN d.date")[1]}
        self._unwind("UNWIND $rows AS k MATCH (d:Day {date: date(k)}) DETACH DELETE d",
                     sorted(days - {r["date"] for r in R.days(graph)}))
        checks = [
            ("MATCH (a:Entity)-[x:ACTOR]->(e:Event) RETURN a.id, e.id, elementId(x)",
             {(r["actor"], r["id"]) for r in R.actors(graph)}),
            ("MATCH (e:Event)-[x:TARGET]->(t:Entity) RETURN e.id, t.id, elementId(x)",
             {(r["id"], r["target"]) for r in R.targets(graph)}),
            ("MATCH (c:Entity)-[x:PART_OF]->(p:Entity) RETURN c.id, p.id, elementId(x)",
             {(r["child"], r["parent"]) for r in R.part_of(graph)}),
            ("MATCH (l:Event)-[x:FOLLOWS]->(e:Event) RETURN l.id, e.id, elementId(x)",
             {(r["later"], r["earlier"]) for r in R.follows(graph)}),
            ("MATCH (e:Event)-[x:REPORTED_IN]->(a:Article) RETURN e.id, a.url, x.start, elementId(x)",
             {(r["id"], r["url"], r["start"]) for r in R.sources(graph)}),
            ("MATCH (e:Event)-[x:ON_DAY]->(d:Day) RETURN e.id, d.date, elementId(x)",
             {(r["id"], r["date"]) for r in R.on_day(graph)}),
        ]
        typed = R.typed_edges(graph)
        for action in vocab.actions():
            label = vocab.edge_label(action)
            checks.append((f"MATCH (a:Entity)-[x:`{label}`]->(t:Entity) RETURN a.id, t.id, x.event, elementId(x)",
                           {(r["actor"], r["target"], r["id"]) for r in typed.get(label, [])}))
        for query, wanted in checks:
            stale = [row[-1] for row in self.query(query)[1] if tuple(row[:-1]) not in wanted]
            self._unwind("UNWIND $rows AS i MATCH ()-[x]->() WHERE elementId(x) = i DELETE x", stale)

    def clear(self) -> None:
        with self._session() as session:
            session.run("MATCH (n) WHERE n:Event OR n:Article OR n:Entity OR n:Day OR n:FineTotal "
                        "CALL { WITH n DETACH DELETE n } "
                        "IN TRANSACTIONS OF 10000 ROWS").consume()

    # -- reading -------------------------------------------------------------------------
    def query(self, cypher: str, params: dict | None = None) -> tuple[list[str], list[list]]:
        with self._session() as session:
            result = session.run(cypher, {k: _param(v) for k, v in (params or {}).items()})
            columns = list(result.keys())
            rows = [[_plain(v) for v in record.values()] for record in result]
        return columns, rows

    def counts(self) -> dict[str, int]:
        out = {}
        for label, key in (("Article", "articles"), ("Entity", "entities"), ("Event", "events")):
            out[key] = self.query(f"MATCH (n:{label}) RETURN count(n)")[1][0][0]
        return out
