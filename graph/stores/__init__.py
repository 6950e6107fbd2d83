"""Graph stores: one interface, several back ends.

=============  ===========================================  ====================
store          what                                         module
=============  ===========================================  ====================
``ladybug``    embedded Cypher on disk (the default)        :mod:`.cypher`
``oxigraph``   RDF with rdflib on Oxigraph, SPARQL, on disk :mod:`.rdf`
``neo4j``      a Neo4j server through the official driver   :mod:`.neo4j`
``networkx``   in memory, for paths, centrality, GraphML    :mod:`.nx`
SPARQL         a remote SPARQL 1.1 endpoint                 :mod:`.sparql`
=============  ===========================================  ====================

Every store takes a whole :class:`~scrutiny.graph.model.KnowledgeGraph`:
``write`` MERGEs it (idempotent, additive), ``replace`` makes the store hold
exactly it, ``clear`` empties it. Stores that answer questions also implement
:class:`QueryEngine` (``query(text, params) -> (columns, rows)``), which is what
:mod:`scrutiny.queries.runner` runs named queries on.
"""
from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..model import KnowledgeGraph


@runtime_checkable
class GraphStore(Protocol):
    """A place the knowledge graph is written to."""

    name: str

    def write(self, graph: KnowledgeGraph) -> None:
        """MERGE every node and relationship (writing twice changes nothing)."""

    def replace(self, graph: KnowledgeGraph) -> None:
        """Hold exactly ``graph``: what it no longer has is removed."""

    def clear(self) -> None:
        """Remove every node and relationship."""

    def counts(self) -> dict[str, int]:
        """``{"articles", "entities", "events"}``."""

    def close(self) -> None: ...


@runtime_checkable
class QueryEngine(Protocol):
    """A store that answers Cypher or SPARQL with bound parameters."""

    def query(self, text: str, params: dict | None = None) -> tuple[list[str], list[list]]: ...


__all__ = ["GraphStore", "QueryEngine"]
