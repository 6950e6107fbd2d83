"""data/ontology.ttl: the vocabularies it reuses and a SKOS scheme with exactly the 14 actions."""
import rdflib
from rdflib.namespace import OWL, RDF, SKOS

from scrutiny.data import path as data_path
from scrutiny.graph import vocab
from scrutiny.graph.stores.rdf import ACTION, SCR, SEM


def test_the_action_scheme_is_the_action_lexicon():
    g = rdflib.Graph()
    g.parse(data_path("ontology.ttl"), format="turtle")
    concepts = set(g.subjects(SKOS.inScheme, SCR.ActionScheme))
    assert len(concepts) == 14
    notations = {str(g.value(c, SKOS.notation)) for c in concepts}
    assert notations == set(vocab.actions())
    for slug, spec in vocab.actions().items():
        concept = ACTION[slug]
        assert (concept, RDF.type, SKOS.Concept) in g
        assert str(g.value(concept, SKOS.prefLabel)) == spec.get("label", slug)
        assert g.value(concept, SKOS.definition) is not None


def test_reused_vocabularies():
    g = rdflib.Graph()
    g.parse(data_path("ontology.ttl"), format="turtle")
    assert (SCR.Event, rdflib.RDFS.subClassOf, SEM.Event) in g
    assert (SCR.actor, rdflib.RDFS.subPropertyOf, SEM.hasActor) in g
    assert (SCR.article, rdflib.RDFS.subPropertyOf, rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")) in g
    assert (None, RDF.type, OWL.Ontology) in g
