"""From an HTML page to an article: body text, metadata, canonical URL, content hash.

trafilatura does the text and metadata extraction; this module adds charset
detection, the canonical URL (rel=canonical, og:url, courlan normalisation,
tracking parameters stripped), the content hash used for exact
deduplication and the LSH band keys used for near duplicates
(:mod:`scrutiny.ingest.dedupe`).

Charset: a byte-order mark wins, then the HTTP charset, then ``<meta
charset>`` / ``http-equiv``, then UTF-8 when the bytes are valid UTF-8, then
charset_normalizer's guess, then windows-1252. A declared single-byte
charset (latin-1, windows-1252, ascii) is overruled when the bytes are valid
UTF-8 with multi-byte sequences (the usual mislabelling), and a declared
UTF-8 with a few stray invalid bytes is kept with replacement characters.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import trafilatura
from courlan import normalize_url as courlan_normalize
from lxml import etree
from lxml import html as lxml_html

from . import dedupe

TRACKING_PARAMS = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|ref|ref_src|ref_url|smid|"
    r"_ga|_gl|_hsenc|_hsmi|spm|share|sr_share|ito|yclid|wt_mc|wt\.mc_id|cid|at_medium|at_campaign|"
    r"rss|feed|feedtype|mbid|cmp|s_cid|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|taid|xtor)$", re.I)

SINGLE_BYTE = {"iso-8859-1", "latin-1", "latin1", "l1", "windows-1252", "cp1252", "ascii", "us-ascii",
               "iso8859-1", "iso_8859-1", "8859"}


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
    site_name: str | None = None
    encoding: str | None = None
    bands: list[int] = field(default_factory=list)


# -- URLs ----------------------------------------------------------------------------
def normalise_url(url: str) -> str:
    """Canonical form of a URL: courlan normalisation (lower-case scheme and host, default port
    dropped, path quoted, query sorted, trackers removed), fragment dropped, our list of
    tracking parameters removed too."""
    url = "".join(url.split())
    try:
        norm = courlan_normalize(url, strict=False, trailing_slash=True)
    except (ValueError, AttributeError):
        norm = url
    parts = urlsplit(norm)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not TRACKING_PARAMS.match(k)])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def content_hash(text: str) -> str:
    """Hash of the text with case and whitespace normalised: equal for identical bodies."""
    normal = " ".join(text.lower().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


_CANONICAL = etree.XPath('//link[contains(concat(" ", normalize-space(translate(@rel, "CANONICAL", "canonical")),'
                          ' " "), " canonical ")]/@href')


def _meta_index(tree) -> dict[tuple[str, str], list[str]]:
    """Every ``<meta>`` content by (attribute, value) for property, name and itemprop, in document order:
    one walk over the tree instead of one XPath query per name."""
    index: dict[tuple[str, str], list[str]] = {}
    for el in tree.getroottree().iter("meta"):
        content = el.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop"):
            value = el.get(attr)
            if value is not None:
                index.setdefault((attr, value), []).append(content)
    return index


def _canonical_link(tree, base_url: str, metas: dict | None = None) -> str | None:
    """rel=canonical, else og:url; ignored when not http(s) or when it sends an article to a site root."""
    page_path = urlsplit(base_url).path.strip("/")
    metas = _meta_index(tree) if metas is None else metas
    for found_list in (_CANONICAL(tree), metas.get(("property", "og:url"), ()), metas.get(("name", "og:url"), ())):
        for found in found_list:
            candidate = urljoin(base_url, "".join(str(found).split()))
            parts = urlsplit(candidate)
            if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
                continue
            if not parts.path.strip("/") and not parts.query and page_path:
                continue  # a canonical pointing every page at the home page would merge them all
            return candidate
    return None


def _meta(metas, *names: str) -> str | None:
    """The first non-blank ``<meta>`` content of these names (a tree, or its :func:`_meta_index`)."""
    if not isinstance(metas, dict):
        metas = _meta_index(metas)
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = metas.get((attr, name))
            if found and str(found[0]).strip():
                return str(found[0]).strip()
    return None


def _html_language(tree, metas: dict | None = None) -> str | None:
    lang = tree.xpath("/html/@lang") or tree.xpath("/html/@xml:lang",
                                                    namespaces={"xml": "http://www.w3.org/XML/1998/namespace"})
    value = str(lang[0]).strip() if lang else None
    if not value:
        value = _meta(tree if metas is None else metas, "og:locale", "content-language", "language", "dc.language")
    if not value:
        return None
    code = re.split(r"[-_]", value.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


# -- charsets ----------------------------------------------------------------------------
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def charset_of(content_type: str | None) -> str | None:
    if content_type and "charset=" in content_type.lower():
        return content_type.lower().split("charset=")[-1].split(";")[0].strip().strip("\"'") or None
    return None


def _mostly_utf8(body: bytes) -> bool:
    """UTF-8 with a few stray bytes: multi-byte sequences present, invalid ones rare."""
    if not _UTF8_MULTIBYTE.search(body):
        return False
    bad = body.decode("utf-8", "replace").count("\ufffd") - body.count("\xef\xbf\xbd".encode("latin-1"))
    return bad <= max(3, len(body) // 2000)


def detect_encoding(body: bytes, declared: str | None = None) -> str:
    """The encoding to decode ``body`` with (see the module docstring for the order)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    candidates = [_codec(declared)]
    meta = _META_CHARSET.search(body[:8192])
    candidates.append(_codec(meta.group(1).decode("ascii", "ignore")) if meta else None)
    for enc in candidates:
        if not enc:
            continue
        if enc in ("utf-16", "utf-32", "utf-16-le", "utf-16-be"):  # a meta in ASCII cannot be right here
            enc = "utf-8"
        if enc.replace("_", "-") in SINGLE_BYTE or enc in ("latin_1", "cp1252", "ascii"):
            if _UTF8_MULTIBYTE.search(body) and _valid(body, "utf-8"):
                return "utf-8"
        if _valid(body, enc):
            return enc
        if enc == "utf-8" and _mostly_utf8(body):
            return "utf-8"
    if _valid(body, "utf-8"):
        return "utf-8"
    if _mostly_utf8(body):
        return "utf-8"
    try:
        from charset_normalizer import from_bytes
        matches = from_bytes(body[:65536])
        best = matches.best()
        if best is not None:
            # few non-ASCII bytes leave ties (cp1250 vs cp1252 for "crème"): prefer the web's usual one
            for m in matches:
                if m.encoding in _WESTERN and m.chaos <= best.chaos + 0.01 and _valid(body, m.encoding):
                    return _codec(m.encoding)
            if _codec(best.encoding):
                return _codec(best.encoding)
    except Exception:  # the detector is a hint, never a failure
        pass
    return "cp1252"


def _valid(body: bytes, enc: str) -> bool:
    try:
        body.decode(enc)
        return True
    except (UnicodeDecodeError, LookupError):
        return False


def decode_html(body: bytes, declared: str | None = None) -> str:
    """Decode page bytes (BOM, declared charset, meta, UTF-8, detector, windows-1252)."""
    enc = detect_encoding(body, declared)
    text = body.decode(enc, "replace")
    return text[1:] if text.startswith("\ufeff") else text


# -- extraction ----------------------------------------------------------------------------
def _parse_tree(html: str):
    # lxml refuses str input carrying an encoding declaration
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1)
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, etree.ParserError, etree.XMLSyntaxError):
        return None
    return tree if tree is not None and len(tree) else None


def parse_article(html: str | bytes, url: str, declared_charset: str | None = None) -> ParsedArticle | None:
    """Extract the body text and metadata of a page; ``None`` when it has no article text."""
    encoding = None
    if isinstance(html, bytes):
        encoding = detect_encoding(html, declared_charset)
        html = html.decode(encoding, "replace").lstrip("\ufeff")
    tree = _parse_tree(html)
    if tree is None:
        return None
    # read what we need from the head before trafilatura cleans the tree in place
    metas = _meta_index(tree)
    canonical = normalise_url(_canonical_link(tree, url, metas) or url)
    language = _html_language(tree, metas)
    site_name = _meta(metas, "og:site_name", "application-name", "publisher")
    try:
        meta = page_metadata(tree, url)
        # favor_precision: F1 0.964 on the scrapinghub pages against 0.957 without (bench/ingest_f1.py)
        doc = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False,
                                          include_tables=True, favor_precision=True)
    except Exception:  # trafilatura on hostile markup: a failed page, not a failed run
        return None
    if doc is None or not (doc.text or "").strip():
        return None
    text = doc.text.strip()
    host = urlsplit(canonical).hostname
    outlet = meta.sitename or site_name or (host[4:] if host and host.startswith("www.") else host) or None
    return ParsedArticle(
        url=url, canonical_url=canonical, text=text, content_hash=content_hash(text),
        title=meta.title or None, outlet=outlet, author=meta.author or None,
        published=meta.date or None, language=language, site_name=site_name or meta.sitename or None,
        encoding=encoding, bands=dedupe.text_bands(text))


def publication_date(tree, url: str) -> str | None:
    """htmldate's date with its extensive search, as trafilatura's metadata extraction does it.

    Its dateparser fallback (15 of the 413 real-world pages reach it) costs up to about 3 s of CPU
    the first time a process uses it (:mod:`.work` keeps it to one process per run); running the
    fast search first does not avoid that on a mixed corpus and changes some dates
    (bench/ingest_dates.py), so the extensive search stays.
    """
    from htmldate import find_date
    from trafilatura.settings import set_date_params

    params = set_date_params(True)
    params["url"] = url
    return find_date(tree, **params)


def page_metadata(tree, url: str):
    """Title, author, date and site name: trafilatura's ``extract_metadata`` without the parts we do not
    store (categories, tags, licence), which cost about a tenth of the page's time."""
    from trafilatura import metadata as tm

    meta = tm.examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    try:
        meta = tm.extract_meta_json(tree, meta)
    except Exception:  # bugs in JSON-LD handling
        pass
    if not meta.title:
        meta.title = tm.extract_title(tree)
    if not meta.author:
        meta.author = tm.extract_author(tree)
    if not meta.url:
        meta.url = tm.extract_url(tree, url)
    meta.date = publication_date(tree, meta.url or url)
    if not meta.sitename:
        meta.sitename = tm.extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    return meta
