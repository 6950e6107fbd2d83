"""Human corrections to the graph, kept as judgements and applied on every rebuild.

A judgement is a row in ``HOME/judgements.sqlite`` (SQLite, WAL, schema
version in ``PRAGMA user_version``): what was decided, by whom, when, and
whether it was undone (undo never deletes, so the log keeps the history).

Operations:

``merge_entities``   {keep, merged}: every mention of ``merged`` is ``keep``.
``split_entity``     {entity, name}: the surface name ``name`` is not ``entity`` but a party of its own.
``rename_entity``    {entity, name, kind}: display name (the old one stays an alias) and/or kind.
``merge_events``     {keep, merged, keep_mentions, merged_mentions}: two events are one.
``split_event``      {event, article, moved, rest}: the sources of ``article`` report another event.
``reject_event``     {event, mentions}: not a real event (an extraction error); its mentions are dropped.

Event judgements are stored with the mention keys of the events at the time
(see :func:`graph.ids.mention_key`), because event ids are derived from the
consolidated mentions and may change when more articles arrive.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .resolve import EntityCorrections

SCHEMA_VERSION = 1
OPERATIONS = ("merge_entities", "split_entity", "rename_entity", "merge_events", "split_event", "reject_event")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS judgements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    op TEXT NOT NULL CHECK (op IN ('merge_entities', 'split_entity', 'rename_entity', 'merge_events',
                                   'split_event', 'reject_event')),
    args TEXT NOT NULL,
    note TEXT,
    made_by TEXT NOT NULL,
    made_at TEXT NOT NULL,
    undone_by TEXT,
    undone_at TEXT
);
CREATE INDEX IF NOT EXISTS judgements_active ON judgements(undone_at);
"""


class JudgementError(ValueError):
    """A judgement that cannot be made or undone."""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Judgement:
    id: int
    op: str
    args: dict
    note: str | None
    made_by: str
    made_at: str
    undone_by: str | None = None
    undone_at: str | None = None

    @property
    def active(self) -> bool:
        return self.undone_at is None

    def describe(self) -> str:
        a = self.args
        if self.op == "merge_entities":
            return f"merge entity {a['merged']} into {a['keep']}"
        if self.op == "split_entity":
            return f"split name {a['name']!r} off entity {a['entity']}"
        if self.op == "rename_entity":
            parts = [f"name {a['name']!r}" if a.get("name") else "", f"kind {a['kind']}" if a.get("kind") else ""]
            return f"rename entity {a['entity']}: " + ", ".join(p for p in parts if p)
        if self.op == "merge_events":
            return f"merge event {a['merged']} into {a['keep']}"
        if self.op == "split_event":
            return f"split the sources of {a['article']} off event {a['event']}"
        if self.op == "reject_event":
            return f"reject event {a['event']}"
        return self.op

    def as_dict(self) -> dict:
        return {"id": self.id, "op": self.op, "args": self.args, "note": self.note, "by": self.made_by,
                "at": self.made_at, "undone_by": self.undone_by, "undone_at": self.undone_at,
                "description": self.describe()}


@dataclass
class Corrections:
    """Active judgements, in the form the builder applies them."""

    entities: EntityCorrections = field(default_factory=EntityCorrections)
    reject_mentions: set[str] = field(default_factory=set)
    reject_events: set[str] = field(default_factory=set)
    # ("merge", keep mention keys, merged mention keys) or ("split", moved keys, remaining keys), in order
    event_ops: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)

    @classmethod
    def of(cls, judgements: list[Judgement]) -> "Corrections":
        out = cls()
        for j in sorted(judgements, key=lambda j: j.id):
            if not j.active:
                continue
            a = j.args
            if j.op == "merge_entities":
                out.entities.merges.append((a["keep"], a["merged"]))
            elif j.op == "split_entity":
                out.entities.splits.append((a["entity"], a["name"]))
            elif j.op == "rename_entity":
                out.entities.renames.append((a["entity"], a.get("name"), a.get("kind")))
            elif j.op == "merge_events":
                out.event_ops.append(("merge", tuple(a["keep_mentions"]), tuple(a["merged_mentions"])))
            elif j.op == "split_event":
                out.event_ops.append(("split", tuple(a["moved"]), tuple(a["rest"])))
            elif j.op == "reject_event":
                out.reject_events.add(a["event"])
                out.reject_mentions.update(a.get("mentions") or ())
        return out


class JudgementStore:
    """The judgements of one scrutiny home."""

    def __init__(self, path: str | Path, timeout: float = 30.0):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            self.db.close()
            raise RuntimeError(f"{self.path} has schema {version}, newer than this scrutiny ({SCHEMA_VERSION})")
        if version < SCHEMA_VERSION:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "JudgementStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @staticmethod
    def _row(row) -> Judgement:
        return Judgement(row[0], row[1], json.loads(row[2]), row[3], row[4], row[5], row[6], row[7])

    def add(self, op: str, args: dict, by: str, note: str | None = None) -> Judgement:
        if op not in OPERATIONS:
            raise JudgementError(f"unknown judgement {op!r}")
        cur = self.db.execute(
            "INSERT INTO judgements(op, args, note, made_by, made_at) VALUES (?, ?, ?, ?, ?)",
            (op, json.dumps(args, sort_keys=True, ensure_ascii=False), note, by, _now()))
        return self.get(cur.lastrowid)

    def get(self, judgement_id: int) -> Judgement | None:
        row = self.db.execute("SELECT id, op, args, note, made_by, made_at, undone_by, undone_at FROM judgements "
                              "WHERE id = ?", (judgement_id,)).fetchone()
        return self._row(row) if row else None

    def undo(self, judgement_id: int, by: str) -> Judgement:
        """Mark a judgement undone (it stays in the log)."""
        current = self.get(judgement_id)
        if current is None:
            raise JudgementError(f"no judgement {judgement_id}")
        if not current.active:
            raise JudgementError(f"judgement {judgement_id} was already undone on {current.undone_at}")
        self.db.execute("UPDATE judgements SET undone_by = ?, undone_at = ? WHERE id = ? AND undone_at IS NULL",
                        (by, _now(), judgement_id))
        return self.get(judgement_id)

    def log(self) -> list[Judgement]:
        rows = self.db.execute("SELECT id, op, args, note, made_by, made_at, undone_by, undone_at FROM judgements "
                               "ORDER BY id").fetchall()
        return [self._row(r) for r in rows]

    def active(self) -> list[Judgement]:
        return [j for j in self.log() if j.active]

    def corrections(self) -> Corrections:
        return Corrections.of(self.log())


def load_corrections(path: str | Path) -> Corrections:
    """The active corrections of a judgements file; none when the file does not exist."""
    path = Path(path)
    if not path.exists():
        return Corrections()
    with JudgementStore(path) as store:
        return store.corrections()
