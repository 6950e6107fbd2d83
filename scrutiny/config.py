"""Where scrutiny keeps its data: the home directory and the paths inside it."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs


def resolve_home(home: str | os.PathLike | None = None) -> Path:
    """``--home`` if given, else ``$SCRUTINY_HOME``, else the user data directory."""
    if home:
        return Path(home).expanduser().resolve()
    env = os.environ.get("SCRUTINY_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir("scrutiny", appauthor=False))


@dataclass(frozen=True)
class Home:
    """The files of one scrutiny data directory."""

    root: Path

    @classmethod
    def open(cls, home: str | os.PathLike | None = None) -> "Home":
        root = resolve_home(home)
        root.mkdir(parents=True, exist_ok=True)
        return cls(root)

    @property
    def docstore(self) -> Path:
        return self.root / "documents.sqlite"

    @property
    def cypher_store(self) -> Path:
        return self.root / "graph.lbug"

    @property
    def rdf_store(self) -> Path:
        return self.root / "rdf"
