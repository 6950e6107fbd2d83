"""The embedded property-graph store: LadybugDB (the maintained Kuzu fork), Cypher on disk.

Schema (DESIGN.md): Entity, Event and Article nodes; ACTOR, TARGET,
REPORTED_IN, PART_OF and FOLLOWS relationships; one typed direct edge per
action (``(:Entity)-[:FINE {event, date}]->(:Entity)``); and a time index:
one ``Day`` node per date with events, ``(:Event)-[:ON_DAY]->(:Day)``, which
date-range questions start from (LadybugDB scans a node table's properties
with a parameter predicate row by row; 9,000 days scan faster than a million
events). Events also carry their parties' names and ids (``actor_name``,
``actor_id``, ``target_name``, ``target_id``) and their dispute's status
(``dispute_status``), so that a listing of a thousand events needs no
optional match per row.

Whole-graph rankings are kept, not recomputed per question (aggregating a
million events takes LadybugDB seconds): each ``Entity`` carries its counts
(``first_seen``, ``dated_events``, ``targeted``, ``targeted_by``,
``first_targeted``, ``last_targeted``, ``targeted_rank``: :func:`.rows.entity_stats`), and
``FineTotal`` nodes hold fines per country and currency
(:func:`.rows.fine_totals`). They are derived from the whole graph that
:meth:`CypherStore.write` is given (the store is a projection: it is always
written whole). Writes are UNWIND batches of MERGE on stable ids, so writing
the same graph twice changes nothing; :meth:`CypherStore.replace` also
removes what the graph no longer holds. Relationship writes use two MATCH clauses per row (a comma-joined MATCH
is quadratic in LadybugDB). :meth:`CypherStore.copy_from` bulk-loads CSV files
(the benchmark's path to a million events).

The schema version is kept in a ``Meta`` node; a store written by an older
schema is dropped and recreated on open (it is a projection of the document
store: ``scrutiny rebuild`` fills it again).
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import ladybug

from .. import vocab
from ..model import KnowledgeGraph
from . import rows as R

SCHEMA_VERSION = "5"
NODE_TABLES = [
    "CREATE NODE TABLE IF NOT EXISTS Meta(key STRING, value STRING, PRIMARY KEY(key))",
    "CREATE NODE TABLE IF NOT EXISTS Entity(id STRING, name STRING, kind STRING, country STRING, "
    "wikidata STRING, aliases STRING[], first_seen DATE, dated_events INT64, targeted INT64, targeted_by INT64, "
    "first_targeted DATE, last_targeted DATE, targeted_rank INT64, PRIMARY KEY(id))",
    "CREATE NODE TABLE IF NOT EXISTS Event(id STRING, action STRING, date DATE, date_precision STRING, "
    "status STRING, amount DOUBLE, currency STRING, law STRING[], summary STRING, confidence DOUBLE, "
    "dispute STRING, current_status STRING, actor_name STRING, target_name STRING, actor_id STRING, "
    "target_id STRING, dispute_status STRING, PRIMARY KEY(id))",
    "CREATE NODE TABLE IF NOT EXISTS Article(url STRING, title STRING, outlet STRING, published DATE, "
    "language STRING, PRIMARY KEY(url))",
    "CREATE NODE TABLE IF NOT EXISTS Day(date DATE, PRIMARY KEY(date))",
    "CREATE NODE TABLE IF NOT EXISTS FineTotal(key STRING, country STRING, currency STRING, fines INT64, "
    "total DOUBLE, PRIMARY KEY(key))",
]
REL_TABLES = [
    "CREATE REL TABLE IF NOT EXISTS ACTOR(FROM Entity TO Event)",
    "CREATE REL TABLE IF NOT EXISTS TARGET(FROM Event TO Entity)",
    "CREATE REL TABLE IF NOT EXISTS REPORTED_IN(FROM Event TO Article, sentence STRING, start INT64, "
    "`end` INT64, extractor STRING)",
    "CREATE REL TABLE IF NOT EXISTS PART_OF(FROM Entity TO Entity)",
    "CREATE REL TABLE IF NOT EXISTS FOLLOWS(FROM Event TO Event)",
    "CREATE REL TABLE IF NOT EXISTS ON_DAY(FROM Event TO Day)",
]
BATCH = 5000


def _iso(value: str | None) -> str | None:
    return R.iso(value)


_SCALAR = re.compile(r"(STRING|BOOL|DOUBLE|FLOAT|SERIAL|U?INT(8|16|32|64|128)?)(\[\])*$")


def _plain(value):
    """Query results as plain JSON-able values (dates as ISO strings)."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


# Existing relationships, read back for pruning: (query, row key) per table.
_EXISTING = {
    "ACTOR": "MATCH (a:Entity)-[:ACTOR]->(e:Event) RETURN a.id, e.id",
    "TARGET": "MATCH (e:Event)-[:TARGET]->(t:Entity) RETURN e.id, t.id",
    "PART_OF": "MATCH (c:Entity)-[:PART_OF]->(p:Entity) RETURN c.id, p.id",
    "FOLLOWS": "MATCH (l:Event)-[:FOLLOWS]->(e:Event) RETURN l.id, e.id",
    "REPORTED_IN": "MATCH (e:Event)-[s:REPORTED_IN]->(a:Article) RETURN e.id, a.url, s.start",
    "ON_DAY": "MATCH (e:Event)-[:ON_DAY]->(d:Day) RETURN e.id, d.date",
}
_DELETE = {
    "ACTOR": "UNWIND $rows AS r MATCH (a:Entity {id: r.a})-[x:ACTOR]->(e:Event {id: r.b}) DELETE x",
    "TARGET": "UNWIND $rows AS r MATCH (e:Event {id: r.a})-[x:TARGET]->(t:Entity {id: r.b}) DELETE x",
    "PART_OF": "UNWIND $rows AS r MATCH (c:Entity {id: r.a})-[x:PART_OF]->(p:Entity {id: r.b}) DELETE x",
    "FOLLOWS": "UNWIND $rows AS r MATCH (l:Event {id: r.a})-[x:FOLLOWS]->(e:Event {id: r.b}) DELETE x",
    "REPORTED_IN": "UNWIND $rows AS r MATCH (e:Event {id: r.a})-[x:REPORTED_IN]->(a:Article {url: r.b}) "
                   "WHERE x.start = r.c DELETE x",
    "ON_DAY": "UNWIND $rows AS r MATCH (e:Event {id: r.a})-[x:ON_DAY]->(d:Day {date: date(r.b)}) DELETE x",
}


def _abc(values: tuple) -> dict:
    return dict(zip("abc", values))


class CypherStore:
    """A LadybugDB database under ``path``."""

    name = "ladybug"

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = Path(path)
        self.db = ladybug.Database(str(self.path), read_only=read_only)
        self.conn = ladybug.Connection(self.db)
        if not read_only:
            if self.schema_version() not in (None, SCHEMA_VERSION):
                self.drop_schema()
            self.create_schema()

    def close(self) -> None:
        self.conn.close()
        self.db.close()

    def __enter__(self) -> "CypherStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema --------------------------------------------------------------------------
    def tables(self) -> dict[str, str]:
        result = self.conn.execute("CALL show_tables() RETURN name, type")
        out = {}
        while result.has_next():
            name, kind = result.get_next()
            out[name] = kind
        return out

    def schema_version(self) -> str | None:
        """None for an empty database; "1" for one written before the version was recorded."""
        tables = self.tables()
        if not tables:
            return None
        if "Meta" not in tables:
            return "1"
        rows = self.query("MATCH (m:Meta {key: 'schema'}) RETURN m.value")[1]
        return rows[0][0] if rows else "1"

    def drop_schema(self) -> None:
        tables = self.tables()
        for name, kind in sorted(tables.items(), key=lambda t: t[1] != "REL"):
            self.conn.execute(f"DROP TABLE `{name}`")

    def create_schema(self) -> None:
        for statement in NODE_TABLES + REL_TABLES:
            self.conn.execute(statement)
        for action in vocab.actions():
            label = vocab.edge_label(action)
            self.conn.execute(
                f"CREATE REL TABLE IF NOT EXISTS `{label}`(FROM Entity TO Entity, event STRING, date DATE)")
        self.conn.execute("MERGE (m:Meta {key: 'schema'}) SET m.value = $v", {"v": SCHEMA_VERSION})

    # -- writing -------------------------------------------------------------------------
    def _unwind(self, statement: str, rows: list) -> None:
        for i in range(0, len(rows), BATCH):
            self.conn.execute(statement, {"rows": rows[i:i + BATCH]})

    def write(self, graph: KnowledgeGraph) -> None:
        """MERGE every node and relationship of ``graph`` (idempotent)."""
        self._unwind(
            "UNWIND $rows AS r MERGE (e:Entity {id: r.id}) SET e.name = r.name, e.kind = r.kind, "
            "e.country = r.country, e.wikidata = r.wikidata, e.aliases = CAST(r.aliases AS STRING[]), "
            "e.first_seen = date(r.first_seen), e.dated_events = r.dated_events, e.targeted = r.targeted, "
            "e.targeted_by = r.targeted_by, e.first_targeted = date(r.first_targeted), "
            "e.last_targeted = date(r.last_targeted), e.targeted_rank = r.targeted_rank",
            R.entities(graph))
        self._unwind(
            "UNWIND $rows AS r MATCH (c:Entity {id: r.child}) MATCH (p:Entity {id: r.parent}) "
            "MERGE (c)-[:PART_OF]->(p)", R.part_of(graph))
        self._unwind(
            "UNWIND $rows AS r MERGE (a:Article {url: r.url}) SET a.title = r.title, a.outlet = r.outlet, "
            "a.published = date(r.published), a.language = r.language", R.articles(graph))
        self._unwind(
            "UNWIND $rows AS r MERGE (e:Event {id: r.id}) SET e.action = r.action, e.date = date(r.date), "
            "e.date_precision = r.date_precision, e.status = r.status, e.amount = CAST(r.amount AS DOUBLE), "
            "e.currency = r.currency, e.law = CAST(r.law AS STRING[]), e.summary = r.summary, "
            "e.confidence = CAST(r.confidence AS DOUBLE), e.dispute = r.dispute, "
            "e.current_status = r.current_status, e.actor_name = r.actor_name, e.target_name = r.target_name, "
            "e.actor_id = r.actor_id, e.target_id = r.target_id, e.dispute_status = r.dispute_status",
            R.events(graph))
        self._unwind(
            "UNWIND $rows AS r MATCH (a:Entity {id: r.actor}) MATCH (e:Event {id: r.id}) MERGE (a)-[:ACTOR]->(e)",
            R.actors(graph))
        self._unwind(
            "UNWIND $rows AS r MATCH (e:Event {id: r.id}) MATCH (t:Entity {id: r.target}) MERGE (e)-[:TARGET]->(t)",
            R.targets(graph))
        self._unwind(
            "UNWIND $rows AS r MATCH (e:Event {id: r.id}) MATCH (a:Article {url: r.url}) "
            "MERGE (e)-[s:REPORTED_IN {start: r.start}]->(a) SET s.sentence = r.sentence, s.`end` = r.stop, "
            "s.extractor = r.extractor", R.sources(graph))
        self._unwind(
            "UNWIND $rows AS r MATCH (l:Event {id: r.later}) MATCH (e:Event {id: r.earlier}) "
            "MERGE (l)-[:FOLLOWS]->(e)", R.follows(graph))
        self._unwind("UNWIND $rows AS r MERGE (d:Day {date: date(r.date)})", R.days(graph))
        self._unwind(
            "UNWIND $rows AS r MATCH (e:Event {id: r.id}) MATCH (d:Day {date: date(r.date)}) "
            "MERGE (e)-[:ON_DAY]->(d)", R.on_day(graph))
        for label, rows in R.typed_edges(graph).items():
            self._unwind(
                f"UNWIND $rows AS r MATCH (a:Entity {{id: r.actor}}) MATCH (t:Entity {{id: r.target}}) "
                f"MERGE (a)-[x:`{label}` {{event: r.id}}]->(t) SET x.date = date(r.date)", rows)
        totals = R.fine_totals(graph)  # a whole-graph aggregate: replaced, not merged
        keys = [r["key"] for r in totals]
        if keys:
            self.conn.execute("MATCH (f:FineTotal) WHERE NOT list_contains($keys, f.key) DELETE f", {"keys": keys})
        else:
            self.conn.execute("MATCH (f:FineTotal) DELETE f")
        self._unwind("UNWIND $rows AS r MERGE (f:FineTotal {key: r.key}) SET f.country = r.country, "
                     "f.currency = r.currency, f.fines = r.fines, f.total = r.total", totals)

    def replace(self, graph: KnowledgeGraph) -> None:
        """Make the store hold exactly ``graph``: MERGE everything, then delete what is not in it."""
        self.write(graph)
        self.prune(graph)

    def prune(self, graph: KnowledgeGraph) -> None:
        """Delete nodes and relationships that ``graph`` does not have."""
        for table, key, wanted in (("Event", "id", set(graph.events)), ("Article", "url", set(graph.articles)),
                                   ("Entity", "id", set(graph.entities))):
            existing = {r[0] for r in self.query(f"MATCH (n:{table}) RETURN n.{key}")[1]}
            stale = sorted(existing - wanted)
            self._unwind(f"UNWIND $rows AS k MATCH (n:{table} {{{key}: k}}) DETACH DELETE n", stale)
        existing = {r[0] for r in self.query("MATCH (d:Day) RETURN d.date")[1]}
        stale = sorted(existing - {r["date"] for r in R.days(graph)})
        self._unwind("UNWIND $rows AS k MATCH (d:Day {date: date(k)}) DETACH DELETE d", stale)
        expected = {
            "ACTOR": {(r["actor"], r["id"]) for r in R.actors(graph)},
            "TARGET": {(r["id"], r["target"]) for r in R.targets(graph)},
            "PART_OF": {(r["child"], r["parent"]) for r in R.part_of(graph)},
            "FOLLOWS": {(r["later"], r["earlier"]) for r in R.follows(graph)},
            "REPORTED_IN": {(r["id"], r["url"], r["start"]) for r in R.sources(graph)},
            "ON_DAY": {(r["id"], r["date"]) for r in R.on_day(graph)},
        }
        for table, wanted in expected.items():
            existing = {tuple(r) for r in self.query(_EXISTING[table])[1]}
            self._unwind(_DELETE[table], [_abc(x) for x in sorted(existing - wanted)])
        typed = R.typed_edges(graph)
        for action in vocab.actions():
            label = vocab.edge_label(action)
            wanted = {(r["actor"], r["target"], r["id"]) for r in typed.get(label, [])}
            existing = {tuple(r) for r in self.query(
                f"MATCH (a:Entity)-[x:`{label}`]->(t:Entity) RETURN a.id, t.id, x.event")[1]}
            self._unwind(
                f"UNWIND $rows AS r MATCH (a:Entity {{id: r.a}})-[x:`{label}`]->(t:Entity {{id: r.b}}) "
                f"WHERE x.event = r.c DELETE x", [_abc(x) for x in sorted(existing - wanted)])

    def clear(self) -> None:
        """Delete every node and relationship (the schema stays)."""
        for table in ("Event", "Article", "Entity", "Day", "FineTotal"):
            self.conn.execute(f"MATCH (n:{table}) DETACH DELETE n")

    def copy_from(self, files: dict[str, str | Path]) -> None:
        """Bulk load CSV files (with a header row) into empty tables: ``{"Entity": path, ...}``.

        Node files first, then relationship files whose first two columns are the endpoints'
        primary keys. Used by the benchmark; the normal write path is :meth:`write`."""
        for table, path in files.items():
            self.conn.execute(f"COPY `{table}` FROM '{Path(path).as_posix()}' (HEADER=true)")

    # -- reading -------------------------------------------------------------------------
    def query(self, cypher: str, params: dict | None = None) -> tuple[list[str], list[list]]:
        """Run Cypher with parameters; returns column names and rows of plain values."""
        result = self.conn.execute(cypher, params or {})
        columns = result.get_column_names()
        rows = result.get_all()
        # only columns of other types than plain scalars (dates, lists, ...) are converted: a timeline of a
        # thousand rows spent more time here, cell by cell, than in the database
        convert = [i for i, kind in enumerate(result.get_column_data_types()) if not _SCALAR.match(kind)]
        if convert:
            for row in rows:
                for i in convert:
                    if row[i] is not None:
                        row[i] = _plain(row[i])
        return columns, rows

    def counts(self) -> dict[str, int]:
        out = {}
        for table, key in (("Article", "articles"), ("Entity", "entities"), ("Event", "events")):
            out[key] = self.query(f"MATCH (n:{table}) RETURN count(n)")[1][0][0]
        return out
