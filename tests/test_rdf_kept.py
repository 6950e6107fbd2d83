"""The RDF store keeps the whole-graph counts (graph/stores/rdf.py kept_triples) that most_targeted,
new_this_week and fines_by_country read, and they answer like aggregating every event; Oxigraph's answers turned into
plain values directly are the values rdflib's terms give."""
import dataclasses
import datetime as dt

import pyoxigraph as ox
import pytest
from rdflib import RDF, Literal

from scrutiny.app import Workspace
from scrutiny.graph.stores import rows
from scrutiny.graph.stores.rdf import SCR, STAT_TERMS, RdfStore, _literal, _plain, _plain_ox, kept_triples
from scrutiny.graph.stores.sparql import bind_values
from scrutiny.queries import runner

from test_stores import candidate_params, named_params

# The same questions asked the slow way, aggregating every event (the texts these named queries had before
# they read the kept counts).
LIVE = {
    "most_targeted": """SELECT ?limit ?target ?id ?kind (COUNT(DISTINCT ?e) AS ?events) (COUNT(DISTINCT ?a) AS ?actors)
        (MIN(?date) AS ?first) (MAX(?date) AS ?last) WHERE {
          ?e scr:target ?t ; scr:actor ?a .
          ?t scr:id ?id ; schema:name ?target ; scr:kind ?kind .
          OPTIONAL { ?e sem:hasTimeStamp ?date }
        }
        GROUP BY ?limit ?target ?id ?kind
        ORDER BY DESC(?events) ?target ?id""",
    "new_this_week": """SELECT ?since ?party ?id ?kind ?first ?events WHERE {
          { SELECT ?x (MIN(?date) AS ?first) (COUNT(DISTINCT ?e) AS ?events) WHERE {
              ?e scr:actor|scr:target ?x ; sem:hasTimeStamp ?date .
            } GROUP BY ?x }
          FILTER (?first >= ?since)
          ?x scr:id ?id ; schema:name ?party ; scr:kind ?kind .
        }
        ORDER BY ?first ?party ?id""",
    "fines_by_country": """SELECT ?country ?currency (COUNT(DISTINCT ?e) AS ?fines) (SUM(?amount) AS ?total) WHERE {
          ?e scr:action <https://w3id.org/scrutiny/action/fine> ; scr:actor ?r ; scr:amount ?amount ;
             scr:currency ?currency .
          ?r scr:country ?country .
        }
        GROUP BY ?country ?currency
        ORDER BY ?country ?currency""",
}


@pytest.fixture(scope="module")
def kg(sample_home_template):
    return Workspace(sample_home_template).project()


@pytest.fixture(params=["Oxigraph", "Memory"])
def store(request, kg, tmp_path):
    s = RdfStore(tmp_path / "rdf") if request.param == "Oxigraph" else RdfStore(store="Memory")
    s.write(kg)
    yield s
    s.close()


def test_kept_counts_answer_like_aggregating_every_event(store):
    cases = {"most_targeted": [{"limit": 1000}, {"limit": 3}, {}], "fines_by_country": [{}],
             "new_this_week": [{"since": "1900-01-01"}, {"since": "2020-02-03"}, {"since": "2022-01-01"}]}
    for name, param_sets in cases.items():
        query = runner.load(name)
        answered = 0
        for params in param_sets:
            kept = runner.run(query, "sparql", store, params)
            bound = query.bind(params)
            columns, live = store.query(LIVE[name], bound)
            if "limit" in bound:
                live = live[:bound["limit"]]
            assert kept.columns == columns, name
            answered += bool(kept.rows)
            if name == "fines_by_country":  # the same sums, perhaps added in another order
                assert [r[:3] for r in kept.rows] == [r[:3] for r in live]
                assert [r[3] for r in kept.rows] == pytest.approx([r[3] for r in live])
            else:
                assert kept.rows == live, (name, params)
        assert answered, f"{name}: no answer on the sample corpus"


def test_kept_counts_are_those_of_rows(kg):
    stats = rows.entity_stats(kg)
    triples = set(kept_triples(kg))
    ranked = {str(s): int(o) for s, p, o in triples if p == SCR.targetedRank}
    assert sorted(ranked.values()) == list(range(1, len(ranked) + 1))
    assert len(ranked) == sum(1 for s in stats.values() if s["targeted_rank"] is not None) > 0
    totals = rows.fine_totals(kg)
    assert len({s for s, p, o in triples if p == RDF.type and o == SCR.FineTotal}) == len(totals) > 0


def test_writing_again_replaces_the_kept_counts(kg, tmp_path):
    """A write keeps one value per party and statistic: the counts of the graph written last."""
    fines = sorted(e.id for e in kg.events.values() if e.action == "fine" and e.amount is not None)
    targeted = sorted(e.id for e in kg.events.values() if e.actor and e.target)
    gone = {fines[0], targeted[0]}
    smaller = dataclasses.replace(kg, events={k: v for k, v in kg.events.items() if k not in gone},
                                  follows=[f for f in kg.follows if not {f.later, f.earlier} & gone])
    assert set(kept_triples(smaller)) != set(kept_triples(kg))
    for s in (RdfStore(tmp_path / "rdf"), RdfStore(store="Memory")):
        with s:
            s.write(kg)
            s.write(smaller)
            props = {prop for prop, _ in STAT_TERMS.values()}
            held = {t for t in s.graph if t[1] in props}
            held |= {t for node in s.graph.subjects(RDF.type, SCR.FineTotal) for t in s.graph.triples((node, None, None))}
            assert _n3(held) == _n3(kept_triples(smaller))
            s.write(smaller)  # writing the same graph again changes nothing
            assert len({t for t in s.graph if t[1] in props}) == len({t for t in held if t[1] in props})


def _n3(triples) -> set[tuple]:
    """Triples as text, a plain literal and an xsd:string one alike (Oxigraph gives the latter)."""
    from rdflib.namespace import XSD as _XSD
    return {tuple(str(x) if isinstance(x, Literal) and x.datatype in (None, _XSD.string) else x.n3() for x in t)
            for t in triples}


def test_oxigraph_answers_as_through_rdflib_terms(kg, tmp_path):
    """Every named query on Oxigraph: the plain values made straight from Oxigraph's terms are the values
    (and types) that rdflib's terms give."""
    with RdfStore(tmp_path / "rdf") as s:
        s.write(kg)
        answered = 0
        for name in runner.names():
            query = runner.load(name)
            mine = named_params(kg)
            for params in ([mine[name]] if name in mine else candidate_params(kg, query)[:3]):
                terms = {k: _literal(v) for k, v in query.bind(params).items()}
                text = bind_values(query.sparql, terms)
                direct, through = s._query_oxigraph(text, terms), s._query_rdflib(text, terms)
                assert direct == through, name
                assert [[type(v) for v in r] for r in direct[1]] == [[type(v) for v in r] for r in through[1]]
                answered += bool(direct[1])
        assert answered >= len(runner.names()) // 2
        assert s.query("ASK { ?e scr:follows ?x }") == (["ask"], [[True]])


@pytest.mark.parametrize("term", [
    ox.Literal("text"), ox.Literal("texte", language="fr"), ox.Literal("42", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer")),
    ox.Literal("-0.5E3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#double")),
    ox.Literal("INF", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#double")),
    ox.Literal("2020-02-29", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
    ox.Literal("2020-02-30", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
    ox.Literal("2020-02-03Z", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
    ox.Literal("2020-02-03T10:00:00", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")),
    ox.Literal("1.50", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
    ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")),
    ox.Literal("abc", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
    ox.Literal("x", datatype=ox.NamedNode("https://example.org/custom")),
    ox.NamedNode("https://w3id.org/scrutiny/entity/ico"), ox.BlankNode("b0"), None,
])
def test_plain_values_of_oxigraph_terms(term):
    from oxrdflib._converter import from_ox
    direct, through = _plain_ox(term), _plain(from_ox(term))
    assert direct == through and type(direct) is type(through)
    if isinstance(term, ox.Literal) and term.datatype.value.endswith("#date") and term.value == "2020-02-29":
        assert direct == dt.date(2020, 2, 29).isoformat()
