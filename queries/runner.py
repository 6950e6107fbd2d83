"""Named queries: one question, two files (``NAME.cypher`` and ``NAME.rq``), one runner.

Each file starts with a header of comment lines::

    // Question: Who has acted against a party ...?
    // Param: entity (string) id of the targeted party

(``#`` instead of ``//`` in SPARQL). Parameters are always passed to the
engine as parameters, typed by the header (``string``, ``date``, ``int``,
``float``), never formatted into the query text. A parameter may have a
default, used when no value is given::

    // Param: limit (int, default 25) at most this many parties

A ``Listing:`` line marks a whole-graph listing (an export for scripts, path
finding and pictures, whose answer grows with the graph) rather than a
question with a bounded answer::

    // Listing: every event as an edge; grows with the graph

A parameter named ``limit`` caps the number of rows: Cypher says
``LIMIT $limit``; SPARQL's LIMIT takes no variable, so the runner keeps the
first ``limit`` rows of the (ordered) SPARQL answer.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

QUERY_DIR = Path(__file__).resolve().parent
ENGINES = ("cypher", "sparql", "neo4j")
LANGUAGE = {"cypher": "cypher", "neo4j": "cypher", "sparql": "sparql"}  # Neo4j runs the same Cypher
_PARAM = re.compile(r"^(?://|#)\s*Param:\s*(\w+)\s*\((\w+)(?:\s*,\s*default\s+([^)]*?))?\s*\)\s*(.*)$")
_QUESTION = re.compile(r"^(?://|#)\s*Question:\s*(.*)$")
_LISTING = re.compile(r"^(?://|#)\s*Listing:\s*(.*)$")


class QueryEngine(Protocol):
    def query(self, text: str, params: dict | None = None) -> tuple[list[str], list[list]]: ...


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    description: str = ""
    default: str | None = None

    def coerce(self, value):
        if value is None:
            return None
        if self.type == "date":
            return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        if self.type == "int":
            return int(value)
        if self.type == "float":
            return float(value)
        return str(value)


@dataclass
class NamedQuery:
    """A question with its Cypher and SPARQL texts."""

    name: str
    question: str
    params: list[Param] = field(default_factory=list)
    cypher: str = ""
    sparql: str = ""
    listing: str = ""  # non-empty for a whole-graph listing: what it lists

    @property
    def is_listing(self) -> bool:
        return bool(self.listing)

    def text(self, engine: str) -> str:
        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
        return self.cypher if LANGUAGE[engine] == "cypher" else self.sparql

    def bind(self, values: dict) -> dict:
        """Typed parameters; unknown names and missing values (without a default) are errors."""
        known = {p.name: p for p in self.params}
        unknown = set(values) - set(known)
        if unknown:
            raise ValueError(f"query {self.name} has no parameter {', '.join(sorted(unknown))}")
        values = {**{p.name: p.default for p in self.params if p.default is not None},
                  **{k: v for k, v in values.items() if v is not None}}
        missing = [p.name for p in self.params if values.get(p.name) is None]
        if missing:
            raise ValueError(f"query {self.name} needs {', '.join(missing)}")
        return {name: known[name].coerce(value) for name, value in values.items()}


def _header(text: str) -> tuple[str, list[Param], str]:
    question, params, listing = "", [], ""
    for line in text.splitlines():
        if not line.startswith(("//", "#")):
            if line.strip() and not line.upper().startswith("PREFIX"):
                break
            continue
        if m := _QUESTION.match(line):
            question = m.group(1).strip()
        elif m := _PARAM.match(line):
            params.append(Param(m.group(1), m.group(2), m.group(4).strip(), m.group(3)))
        elif m := _LISTING.match(line):
            listing = m.group(1).strip()
    return question, params, listing


def load(name: str, directory: Path = QUERY_DIR) -> NamedQuery:
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise KeyError(f"no named query {name!r}")
    cypher_file, sparql_file = directory / f"{name}.cypher", directory / f"{name}.rq"
    if not cypher_file.exists() and not sparql_file.exists():
        raise KeyError(f"no named query {name!r}")
    cypher = cypher_file.read_text(encoding="utf-8") if cypher_file.exists() else ""
    sparql = sparql_file.read_text(encoding="utf-8") if sparql_file.exists() else ""
    question, params, listing = _header(cypher or sparql)
    return NamedQuery(name, question, params, cypher, sparql, listing)


def names(directory: Path = QUERY_DIR) -> list[str]:
    return sorted({p.stem for p in directory.glob("*.cypher")} | {p.stem for p in directory.glob("*.rq")})


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list]

    def records(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def run(query: NamedQuery, engine_name: str, engine: QueryEngine, params: dict | None = None) -> QueryResult:
    """Run a named query on an engine with typed parameters."""
    bound = query.bind(params or {})
    columns, rows = engine.query(query.text(engine_name), bound)
    if isinstance(bound.get("limit"), int):
        rows = rows[:max(bound["limit"], 0)]
    return QueryResult(columns, rows)
