"""Vocabularies as data: gazetteer, action lexicon, laws, ontology, feeds, sample corpus.

Code reads these files through :func:`path`; nothing here is Python logic.
"""
from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """Absolute path of a bundled data file, e.g. ``path("gazetteer.tsv")``."""
    return DATA_DIR.joinpath(*parts)
