"""Stable identifiers: slugs for entities, content hashes for events and sources."""
from __future__ import annotations

import hashlib
import re
import unicodedata


def slugify(name: str) -> str:
    """"Clearview AI, Inc." -> "clearview-ai-inc"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unnamed"


def _digest(*parts: object) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def event_id(actor: str | None, action: str, target: str | None, window: str | None) -> str:
    """The same actor, action and target in the same date window is the same event."""
    return "ev-" + _digest(actor, action, target, window)


def source_id(event: str, article_url: str, start: int) -> str:
    return "src-" + _digest(event, article_url, start)


def mention_key(article_url: str, action: str, actor: str | None, target: str | None, evidence: str) -> str:
    """A stable key for one extracted event mention: the article, the action, the parties as the
    extractor named them and the evidence sentence (whitespace-normalised). Human judgements
    (reject, split, merge) refer to mentions by this key, so they survive re-consolidation."""
    sentence = " ".join((evidence or "").split())
    return "m-" + _digest(article_url, action, actor, target, sentence)
