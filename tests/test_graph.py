"""The graph: idempotent writes, and the same question in Cypher and SPARQL gives the same rows."""
import datetime as dt

import pytest

from scrutiny.app import Workspace
from scrutiny.ingest.fetch import FetchConfig
from scrutiny.queries import runner

FAST = FetchConfig(min_host_delay=0.0, retries=0)


@pytest.fixture
def workspace(site, home):
    ws = Workspace(home)
    ws.ingest_feeds([site.url("/feed.xml")], FAST)
    return ws


def test_ingest_and_sync_twice_give_the_same_counts(workspace, site):
    before = workspace.counts()
    assert before["events"] > 0
    workspace.ingest_feeds([site.url("/feed.xml")], FAST)
    workspace.sync_graph()
    assert workspace.counts() == before
    with workspace.rdf() as rdf:
        triples = len(rdf)
    workspace.sync_graph()
    with workspace.rdf() as rdf:
        assert len(rdf) == triples


def test_rebuild_gives_the_same_graph(workspace):
    before = workspace.counts()
    assert workspace.rebuild()["events"] == before["events"]
    assert workspace.counts() == before


def test_who_acted_against_in_cypher_and_sparql(workspace):
    entity, cypher = workspace.who_acted_against("clearview ai", "cypher")
    _, sparql = workspace.who_acted_against("Clearview", "sparql")
    assert entity.id == "clearview-ai"
    assert cypher.columns == sparql.columns
    assert sorted(map(tuple, cypher.rows), key=str) == sorted(map(tuple, sparql.rows), key=str)
    actions = {(r[0], r[1]) for r in cypher.rows}
    assert ("YouTube", "cease_and_desist") in actions
    assert ("Information Commissioner's Office", "fine") in actions


def test_timeline_in_cypher_and_sparql(workspace):
    query = runner.load("timeline")
    params = {"since": "2022-01-01", "until": "2022-12-31"}
    c = workspace.named_query("timeline", "cypher", params)
    s = workspace.named_query("timeline", "sparql", params)
    assert c.rows and sorted(map(tuple, c.rows), key=str) == sorted(map(tuple, s.rows), key=str)
    assert all("2022-01-01" <= r[0] <= "2022-12-31" for r in c.rows)
    assert query.params[0].name == "since"
    events = workspace.timeline(dt.date(2020, 2, 3), dt.date(2020, 2, 9))
    assert ("YouTube", "cease_and_desist", "Clearview AI") in [(e.actor, e.action, e.target) for e in events]
    assert all(e.date == "2020-02-05" for e in events)


def test_typed_direct_edges(workspace):
    result = workspace.query("cypher", "MATCH (a:Entity)-[:FINE]->(c:Entity {id: $id}) RETURN a.name", {"id": "clearview-ai"})
    assert ["Information Commissioner's Office"] in result.rows


def test_every_named_query_has_both_engines():
    for name in runner.names():
        query = runner.load(name)
        assert query.cypher and query.sparql, name
        assert query.question, name
