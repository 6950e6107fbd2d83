"""Extraction: parties and actions in news text (gazetteer, lexicon, roles, status, dates, amounts)."""
from .extractor import EXTRACTOR_VERSION, Extractor, extract

__all__ = ["EXTRACTOR_VERSION", "Extractor", "extract"]
