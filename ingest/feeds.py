"""Feeds and feed lists: polling RSS/Atom with conditional GET, reading and writing OPML.

Feed bytes are parsed with feedparser after a check that the document
declares no DTD (entity expansion and external entities are never resolved).
Entry links are resolved against the feed URL; entries without a usable link
are reported, not fetched.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser
from defusedxml import ElementTree as SafeET

from .fetch import Fetcher

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)


@dataclass
class FeedEntry:
    """One item of a feed."""

    link: str | None
    guid: str | None
    title: str | None = None
    published: str | None = None


@dataclass
class FeedPoll:
    """The outcome of polling one feed."""

    url: str
    status: int | None = None
    not_modified: bool = False
    title: str | None = None
    entries: list[FeedEntry] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None


class FeedError(ValueError):
    """A feed that cannot be parsed safely."""


def _iso(parsed) -> str | None:
    if not parsed:
        return None
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % tuple(parsed[:6])


def parse_feed(body: bytes, url: str) -> tuple[str | None, list[FeedEntry]]:
    """Title and entries of a feed document; raises :class:`FeedError` when unusable."""
    if _DOCTYPE.search(body[:4096]):
        raise FeedError("feed declares a DTD; refusing to expand entities")
    parsed = feedparser.parse(body, response_headers={"content-location": url},
                              resolve_relative_uris=True, sanitize_html=False)
    if parsed.bozo and not parsed.entries:
        raise FeedError(f"not a feed: {type(parsed.bozo_exception).__name__}: {parsed.bozo_exception}")
    entries = []
    seen_guids: set[str] = set()
    for item in parsed.entries:
        link = item.get("link")
        if link:
            link = urljoin(url, link.strip())
            if urlsplit(link).scheme not in ("http", "https"):
                link = None
        guid = item.get("id") or link
        if guid and guid in seen_guids:
            continue
        if guid:
            seen_guids.add(guid)
        entries.append(FeedEntry(link=link, guid=guid, title=item.get("title"),
                                 published=_iso(item.get("published_parsed") or item.get("updated_parsed"))))
    return parsed.feed.get("title"), entries


def poll_feed(fetcher: Fetcher, url: str, etag: str | None = None,
              last_modified: str | None = None) -> FeedPoll:
    """Conditional GET of a feed; a 304 yields no entries and no body."""
    result = fetcher.get(url, etag=etag, last_modified=last_modified)
    poll = FeedPoll(url=url, status=result.status, etag=etag, last_modified=last_modified)
    if result.not_modified:
        poll.not_modified = True
        return poll
    if not result.ok or result.body is None:
        poll.error = result.error or f"HTTP {result.status}"
        return poll
    poll.etag = result.headers.get("etag") or None
    poll.last_modified = result.headers.get("last-modified") or None
    try:
        poll.title, poll.entries = parse_feed(result.body, result.final_url)
    except FeedError as exc:
        poll.error = str(exc)
    return poll


@dataclass(frozen=True)
class Outline:
    """A feed listed in an OPML file."""

    url: str
    title: str | None = None
    category: str | None = None


def is_opml(body: bytes) -> bool:
    return b"<opml" in body[:2048].lower()


def read_opml(body: bytes, base: str | None = None) -> list[Outline]:
    """Feed outlines of an OPML document; relative URLs are resolved against ``base``."""
    root = SafeET.fromstring(body, forbid_dtd=True)
    out = []
    for node in root.iter("outline"):
        url = node.get("xmlUrl") or node.get("xmlurl")
        if not url:
            continue
        if base:
            url = urljoin(base, url.strip())
        out.append(Outline(url=url.strip(), title=node.get("title") or node.get("text"),
                           category=node.get("category")))
    return out


def read_opml_file(path: str | Path) -> list[Outline]:
    path = Path(path)
    return read_opml(path.read_bytes(), base=None)


def write_opml(outlines: list[Outline], title: str = "scrutiny feeds") -> str:
    """An OPML 2.0 document listing ``outlines``."""
    opml = ET.Element("opml", version="2.0")
    head = ET.SubElement(opml, "head")
    ET.SubElement(head, "title").text = title
    body = ET.SubElement(opml, "body")
    for o in outlines:
        attrs = {"type": "rss", "text": o.title or o.url, "xmlUrl": o.url}
        if o.title:
            attrs["title"] = o.title
        if o.category:
            attrs["category"] = o.category
        ET.SubElement(body, "outline", attrs)
    ET.indent(opml)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(opml, encoding="unicode") + "\n"
