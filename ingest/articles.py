"""From an HTML page to an article: body text, metadata, canonical URL, content hash.

trafilatura does the text and metadata extraction; this module adds the
canonical URL (rel=canonical, og:url, normalised, tracking parameters
stripped) and the content hash used for exact deduplication.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import trafilatura
from lxml import html as lxml_html

TRACKING_PARAMS = re.compile(
    r"^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|ref|ref_src|smid|"
    r"_ga|_gl|spm|share|source|src|sr_share|ito|yclid|wt_mc|cid)$", re.I)


@dataclass
class ParsedArticle:
    """What one page yields: text plus metadata, ready for the document store."""

    url: str
    canonical_url: str
    text: str
    content_hash: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, drop fragments, default ports and tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not TRACKING_PARAMS.match(k)])
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, query, ""))


def content_hash(text: str) -> str:
    """Hash of the text with case and whitespace normalised: equal for identical bodies."""
    normal = " ".join(text.lower().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def _canonical_link(tree, base_url: str) -> str | None:
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        found = tree.xpath(xpath)
        if found and found[0].strip():
            candidate = urljoin(base_url, found[0].strip())
            if urlsplit(candidate).scheme in ("http", "https"):
                return candidate
    return None


def _html_language(tree) -> str | None:
    lang = tree.xpath("/html/@lang")
    if lang and lang[0].strip():
        return lang[0].strip().split("-")[0].lower()
    return None


def parse_article(html: str | bytes, url: str) -> ParsedArticle | None:
    """Extract the body text and metadata of a page; ``None`` when it has no article text."""
    if isinstance(html, bytes):
        html = decode_html(html)
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    if doc is None or not (doc.text or "").strip():
        return None
    canonical = normalise_url(_canonical_link(tree, url) or url)
    text = doc.text.strip()
    return ParsedArticle(
        url=url, canonical_url=canonical, text=text, content_hash=content_hash(text),
        title=doc.title or None, outlet=doc.sitename or doc.hostname or None, author=doc.author or None,
        published=doc.date or None, language=getattr(doc, "language", None) or _html_language(tree))


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-]+)""", re.I)


def decode_html(body: bytes, declared: str | None = None) -> str:
    """Decode page bytes: declared charset, then <meta charset>, then UTF-8, then cp1252."""
    candidates = []
    if declared:
        candidates.append(declared)
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "ignore"))
    candidates += ["utf-8", "cp1252"]
    for enc in candidates:
        try:
            return body.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", "replace")
