"""A remote SPARQL 1.1 endpoint: load the graph into it, ask it the named questions.

Loading replaces one named graph (``GRAPH_ID`` by default), either with the
Graph Store HTTP Protocol (one ``PUT ?graph=...`` of N-Triples) or with
SPARQL 1.1 Update (``DROP SILENT GRAPH`` then ``INSERT DATA`` in chunks).
Queries go to the query endpoint with that graph as the default graph
(``default-graph-uri``).

Parameters are bound the way rdflib binds them for remote stores, but inside
every WHERE group (sub-queries included) so that FILTERs see them: a
``VALUES`` block whose terms are serialised by rdflib (quoted and escaped),
never spliced in as text.

Endpoint URLs: give the query URL; the update and Graph Store URLs are
derived for the common layouts (Oxigraph ``/query`` -> ``/update``,
``/store``; Fuseki ``/sparql`` -> ``/update``, ``/data``) or given explicitly.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import httpx
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..model import KnowledgeGraph
from .rdf import GRAPH_ID, PREFIXES, _literal, _plain, triples

CHUNK = 20_000
_WHERE = re.compile(r"\bWHERE\s*\{", re.I)


class EndpointError(RuntimeError):
    """The endpoint refused a request."""


def derive_urls(url: str) -> tuple[str, str, str]:
    """(query, update, graph store) URLs from a query URL."""
    base = url.rstrip("/")
    for suffix, update, store in (("/query", "/update", "/store"), ("/sparql", "/update", "/data")):
        if base.endswith(suffix):
            root = base[: -len(suffix)]
            return url, root + update, root + store
    return url, url, url


def bind_values(query: str, params: dict) -> str:
    """``query`` with a VALUES block for ``params`` at the start of its WHERE group."""
    if not params:
        return query
    names = list(params)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ValueError(f"not a SPARQL variable name: {name!r}")
    terms = " ".join(_literal(params[n]).n3() for n in names)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }} "
    text = _strip_comments(query)
    # every WHERE group, sub-queries included: a sub-query does not see the bindings of the outer query
    braces = [m.end() for m in _WHERE.finditer(text)]
    if not braces:
        first = text.find("{") + 1
        if first <= 0:
            raise ValueError("no WHERE group to bind parameters in")
        braces = [first]
    for brace in reversed(braces):
        text = text[:brace] + block + text[brace:]
    return text


def _strip_comments(query: str) -> str:
    """Drop ``#`` comments outside IRIs and strings (line-based; enough for our query files)."""
    out = []
    for line in query.splitlines():
        in_iri = in_str = False
        quote = ""
        cut = len(line)
        for i, ch in enumerate(line):
            if in_str:
                if ch == quote and line[i - 1] != "\\":
                    in_str = False
            elif in_iri:
                if ch == ">":
                    in_iri = False
            elif ch in "\"'":
                in_str, quote = True, ch
            elif ch == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", line[i:]):
                in_iri = True
            elif ch == "#":
                cut = i
                break
        out.append(line[:cut])
    return "\n".join(out)


def _prologue(query: str) -> str:
    declared = {m.group(1) for m in re.finditer(r"PREFIX\s+([A-Za-z0-9_-]*):", query, re.I)}
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared)


def _term(binding: dict | None) -> Node | None:
    if binding is None:
        return None
    kind, value = binding.get("type"), binding.get("value")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    datatype = binding.get("datatype")
    lang = binding.get("xml:lang")
    return Literal(value, lang=lang, datatype=URIRef(datatype) if datatype and not lang else None)


def _ntriples(triples_: Iterable) -> Iterable[str]:
    for s, p, o in triples_:
        yield f"{s.n3()} {p.n3()} {o.n3()} .\n"


class SparqlEndpoint:
    """A SPARQL 1.1 endpoint over HTTP."""

    name = "sparql-endpoint"

    def __init__(self, query_url: str, update_url: str | None = None, store_url: str | None = None,
                 graph: str = str(GRAPH_ID), timeout: float = 120.0, auth: tuple[str, str] | None = None):
        q, u, s = derive_urls(query_url)
        self.query_url, self.update_url, self.store_url = q, update_url or u, store_url or s
        self.graph = graph
        self.client = httpx.Client(timeout=httpx.Timeout(timeout, connect=10.0), auth=auth,
                                   headers={"User-Agent": "scrutiny (knowledge graph sync)"})

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "SparqlEndpoint":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------
    def load(self, kg: KnowledgeGraph, method: str = "gsp") -> int:
        """Replace the endpoint's graph with the projection of ``kg``; returns the triples sent."""
        if method == "gsp":
            return self._put(triples(kg))
        if method == "update":
            return self._update(triples(kg))
        raise ValueError(f"unknown load method {method!r}; choose gsp or update")

    def _check(self, response: httpx.Response, what: str) -> None:
        if response.status_code >= 400:
            raise EndpointError(f"{what} failed: HTTP {response.status_code}: {response.text[:300]}")

    def _send(self, method: str, url: str, **kwargs) -> httpx.Response:
        try:
            return self.client.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            raise EndpointError(f"{method} {url}: {exc}") from exc

    def _put(self, triples_: Iterable) -> int:
        lines = list(_ntriples(triples_))
        body = "".join(lines).encode("utf-8")
        response = self._send("PUT", self.store_url, params={"graph": self.graph}, content=body,
                              headers={"Content-Type": "application/n-triples"})
        self._check(response, f"PUT {self.store_url}")
        return len(lines)

    def _update(self, triples_: Iterable) -> int:
        self.update(f"DROP SILENT GRAPH <{self.graph}>")
        sent, chunk = 0, []
        for line in _ntriples(triples_):
            chunk.append(line)
            if len(chunk) >= CHUNK:
                self.update(f"INSERT DATA {{ GRAPH <{self.graph}> {{\n{''.join(chunk)}}} }}")
                sent, chunk = sent + len(chunk), []
        if chunk:
            self.update(f"INSERT DATA {{ GRAPH <{self.graph}> {{\n{''.join(chunk)}}} }}")
            sent += len(chunk)
        return sent

    def update(self, text: str) -> None:
        response = self._send("POST", self.update_url, content=text.encode("utf-8"),
                              headers={"Content-Type": "application/sparql-update"})
        self._check(response, f"update at {self.update_url}")

    # -- reading -------------------------------------------------------------------------
    def query(self, sparql: str, params: dict | None = None) -> tuple[list[str], list[list]]:
        """Run SPARQL on the endpoint with parameters bound; same columns and values as
        :meth:`RdfStore.query` (parameter columns dropped)."""
        params = params or {}
        text = _prologue(sparql) + bind_values(sparql, params)
        response = self._send(
            "POST", self.query_url, data={"query": text, "default-graph-uri": self.graph},
            headers={"Accept": "application/sparql-results+json"})
        self._check(response, f"query at {self.query_url}")
        doc = response.json()
        if "boolean" in doc:
            return ["ask"], [[bool(doc["boolean"])]]
        variables = [v for v in doc["head"]["vars"] if v not in params]
        rows = [[_plain(_term(b.get(v))) for v in variables] for b in doc["results"]["bindings"]]
        return variables, rows

    def __len__(self) -> int:
        return int(self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[1][0][0])

    def counts(self) -> dict[str, int]:
        _, rows = self.query(
            "SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?n) AS ?entities) "
            "(COUNT(DISTINCT ?e) AS ?events) WHERE { { ?a a schema:NewsArticle } UNION "
            "{ ?n scr:id ?id . FILTER(STRSTARTS(STR(?n), \"https://w3id.org/scrutiny/entity/\")) } UNION "
            "{ ?e a sem:Event } }")
        return dict(zip(("articles", "entities", "events"), (int(x) for x in rows[0])))
