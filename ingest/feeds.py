"""Feeds and feed lists: polling RSS/Atom with conditional GET, reading and writing OPML.

XML safety. feedparser is only ever given a file object (given a string it
may fetch a URL or open a file; given bytes it first tries them as a file
name). Before it sees them, the document is brought to UTF-8 with
feedparser's own encoding detection (so a UTF-16 or UTF-32 document cannot
hide its DTD from us), and the whole DOCTYPE (internal subset included) and
any ENTITY declaration are cut from the prolog. With no declaration left,
no entity can be expanded (no billion laughs, no quadratic blowup) and no
external entity can be resolved; references to undeclared entities make the
strict parser fail and feedparser falls back to its loose parser, which
leaves them as text. Python's expat reader never fetches external DTDs.

A feed body that is itself a gzip stream (a ``.xml`` that is really a
``.xml.gz``) is decompressed with the same size cap as any body.

Entry links are resolved against the feed's final URL; entries without a
usable http(s) link are kept (so they are reported) but never fetched.
Entries are keyed by GUID, else link, else a hash of title and date; repeated
keys in one document keep the first.
"""
from __future__ import annotations

import hashlib
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from .fetch import FetchError, Fetcher, sniff_decompress

_ROOT_START = re.compile(rb"<[A-Za-z_]")
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)
_DECL = re.compile(rb"<!(?:ENTITY|ELEMENT|ATTLIST|NOTATION)\b", re.I)
MAX_FEED_BYTES = 10 * 1024 * 1024
UNUSABLE = "unusable feed: "  # prefix of errors about a body that was downloaded but cannot be used


@dataclass
class FeedEntry:
    """One item of a feed."""

    link: str | None
    guid: str | None
    title: str | None = None
    published: str | None = None

    @property
    def key(self) -> str:
        """A stable key of the entry within its feed."""
        if self.guid:
            return self.guid
        if self.link:
            return self.link
        digest = hashlib.sha1(f"{self.title or ''}\n{self.published or ''}".encode("utf-8")).hexdigest()
        return "sha1:" + digest


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
    retry_after: float | None = None
    final_url: str | None = None
    bytes: int = 0


class FeedError(ValueError):
    """A feed that cannot be parsed safely."""


def _iso(parsed) -> str | None:
    if not parsed:
        return None
    try:
        return "%04d-%02d-%02dT%02d:%02d:%02dZ" % tuple(parsed[:6])
    except (TypeError, ValueError):
        return None


def _skip_markup(data: bytes, i: int) -> int:
    """Index just past the declaration starting at ``data[i] == '<'`` (quotes, comments, [...] aware)."""
    depth, n = 0, len(data)
    j = i + 2
    while j < n:
        c = data[j:j + 1]
        if data.startswith(b"<!--", j):
            end = data.find(b"-->", j + 4)
            j = n if end < 0 else end + 3
            continue
        if c in (b'"', b"'"):
            end = data.find(c, j + 1)
            j = n if end < 0 else end + 1
            continue
        if c == b"[":
            depth += 1
        elif c == b"]":
            depth = max(0, depth - 1)
        elif c == b">" and depth == 0:
            return j + 1
        j += 1
    return n


def strip_dtd(data: bytes) -> bytes:
    """Remove the DOCTYPE and every markup declaration (ENTITY, ELEMENT, ...) from the prolog.

    Comments and processing instructions of the prolog are kept; scanning
    stops at the first other markup (the root element).
    """
    out, kept_from, i, n = [], 0, 0, len(data)
    while i < n:
        lt = data.find(b"<", i)
        if lt < 0:
            break
        if data.startswith(b"<!--", lt):
            end = data.find(b"-->", lt + 4)
            i = n if end < 0 else end + 3
        elif data.startswith(b"<?", lt):
            end = data.find(b"?>", lt + 2)
            i = n if end < 0 else end + 2
        elif _DOCTYPE.match(data, lt) or _DECL.match(data, lt):
            out.append(data[kept_from:lt])
            i = kept_from = _skip_markup(data, lt)
        else:
            break
    out.append(data[kept_from:])
    return b"".join(out)


def _to_utf8(body: bytes, content_type: str | None) -> bytes:
    """The document as UTF-8 (feedparser's detection: BOM, HTTP charset, XML declaration, fallbacks)."""
    from feedparser.encodings import convert_to_utf8
    from feedparser.util import FeedParserDict

    headers = {"content-type": content_type} if content_type else {}
    result = FeedParserDict(bozo=False, entries=[], feed=FeedParserDict(), headers={})
    data = convert_to_utf8(headers, body, result)
    if not result.get("encoding"):
        return body  # undecodable: feedparser's loose parser will decode it with replacement
    return data


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> tuple[str | None, list[FeedEntry]]:
    """Title and entries of a feed document; raises :class:`FeedError` when unusable."""
    if not isinstance(body, (bytes, bytearray)):
        raise TypeError("parse_feed takes bytes")  # a str could make feedparser open files or URLs
    import feedparser  # (here: commands that read no feed do not pay for importing it)

    try:
        body = sniff_decompress(bytes(body), MAX_FEED_BYTES)
    except FetchError as exc:
        raise FeedError(str(exc)) from exc
    if not body.strip():
        raise FeedError("empty document")
    if "json" in (content_type or "").lower() or body.lstrip()[:1] == b"{":  # JSON Feed
        parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": url,
                                                                      "content-type": "application/json"})
        return _result(parsed, url)
    data = strip_dtd(_to_utf8(body, content_type))
    # a file object: given bytes, feedparser would first try them as a *file name* to open
    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": url,
                                                      "content-type": "application/xml; charset=utf-8"},
                              resolve_relative_uris=True, sanitize_html=True)
    return _result(parsed, url)


def _result(parsed, url: str) -> tuple[str | None, list[FeedEntry]]:
    if not parsed.entries and not parsed.feed.get("title") and not parsed.get("version"):
        exc = parsed.get("bozo_exception")
        raise FeedError(f"not a feed: {type(exc).__name__}: {exc}" if exc else "not a feed")
    entries = []
    seen: set[str] = set()
    for item in parsed.entries:
        link = _entry_link(item, url)
        guid = (item.get("id") or "").strip() or None
        entry = FeedEntry(link=link, guid=guid, title=(item.get("title") or None),
                          published=_iso(item.get("published_parsed") or item.get("updated_parsed")))
        if entry.key in seen:
            continue
        seen.add(entry.key)
        entries.append(entry)
    return parsed.feed.get("title") or None, entries


def _entry_link(item, base: str) -> str | None:
    candidates = [item.get("link")]
    candidates += [l.get("href") for l in item.get("links", []) if l.get("rel", "alternate") == "alternate"]
    # (an RSS permalink GUID without <link> is already the link: feedparser sets guidislink)
    for link in candidates:
        if not link or not isinstance(link, str):
            continue
        link = urljoin(base, "".join(link.split()))
        parts = urlsplit(link)
        if parts.scheme.lower() in ("http", "https") and parts.hostname:
            return link
    return None


def poll_feed(fetcher: Fetcher, url: str, etag: str | None = None,
              last_modified: str | None = None) -> FeedPoll:
    """Conditional GET of a feed; a 304 yields no entries and no body."""
    result = fetcher.get(url, etag=etag, last_modified=last_modified)
    poll = FeedPoll(url=url, status=result.status, etag=etag, last_modified=last_modified,
                    retry_after=result.retry_after, final_url=result.final_url)
    if result.not_modified:
        poll.not_modified = True
        return poll
    if not result.ok or result.body is None:
        poll.error = result.error or f"HTTP {result.status}"
        return poll
    poll.bytes = len(result.body)
    try:
        poll.title, poll.entries = parse_feed(result.body, result.final_url or url,
                                              result.headers.get("content-type"))
    except Exception as exc:  # FeedError, or a parser crash on hostile input: never the end of the run
        detail = str(exc) if isinstance(exc, FeedError) else f"parser failed: {type(exc).__name__}: {exc}"
        poll.error = UNUSABLE + detail
    # the validators of an unusable body are kept too: re-polling it answers 304 (no download)
    # until the publisher changes it; the feed keeps its error meanwhile
    poll.etag = result.headers.get("etag") or None
    poll.last_modified = result.headers.get("last-modified") or None
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
    """Feed outlines of an OPML document; relative URLs are resolved against ``base``.

    A nested outline without its own category takes the text of its parent
    folder as category.
    """
    try:
        root = SafeET.fromstring(body, forbid_dtd=True)
    except (ET.ParseError, DefusedXmlException) as exc:
        raise FeedError(f"not a usable OPML document: {exc}") from exc
    out: list[Outline] = []

    def walk(node, folder: str | None) -> None:
        for child in node:
            if child.tag != "outline":
                walk(child, folder)
                continue
            url = (child.get("xmlUrl") or child.get("xmlurl") or "").strip()
            if url:
                if base:
                    url = urljoin(base, url)
                out.append(Outline(url=url, title=child.get("title") or child.get("text"),
                                   category=child.get("category") or folder))
            walk(child, child.get("category") or child.get("text") or folder if not url else folder)

    walk(root, None)
    return list({o.url: o for o in out}.values())


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
