"""Extraction: parties and actions in news text (gazetteer, lexicon, roles, status, dates, amounts)."""
import re

# The rules use well over 512 distinct inline patterns per article, more than the re module caches by
# default, so it kept compiling the same ones again (about a sixth of extraction time, bench/extract_speed.py).
# A larger cache keeps them compiled; _MAXCACHE is CPython's own setting for it (3.11 to 3.13).
if getattr(re, "_MAXCACHE", 0) < 4096:
    re._MAXCACHE = 4096

from .extractor import EXTRACTOR_VERSION, Extractor, extract  # noqa: E402

__all__ = ["EXTRACTOR_VERSION", "Extractor", "extract"]
