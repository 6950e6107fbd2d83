"""Pages -> articles: canonical URLs, charsets, metadata, near-duplicate signatures."""
import codecs

from scrutiny.ingest import dedupe
from scrutiny.ingest.articles import decode_html, detect_encoding, normalise_url, parse_article

BODY = ("<p>The data protection authority opened an investigation into the use of facial recognition by the "
        "city police on Tuesday after a complaint by a civil liberties group.</p>"
        "<p>The police said the system complied with the law and had helped to identify suspects in several "
        "cases, while the group said it had scanned thousands of people who were not suspected of anything.</p>")


def html(head: str = "", body: str = BODY, lang: str = "en") -> str:
    return f'<html lang="{lang}"><head><meta charset="utf-8">{head}</head><body><article>{body}</article></body></html>'


def test_normalise_url():
    assert normalise_url("HTTPS://News.Example:443/a/b?utm_source=rss&id=7&fbclid=x#top") == "https://news.example/a/b?id=7"
    assert normalise_url("http://news.example") == "http://news.example/"
    assert normalise_url("https://news.example/x?b=2&a=1") == "https://news.example/x?a=1&b=2"


def test_canonical_url_from_link_then_og_url_and_never_a_site_root():
    page = "https://mirror.example/2024/story?utm_medium=x"
    canonical = parse_article(html('<link rel="canonical" href="/2024/story-canonical?utm_campaign=y">'), page)
    assert canonical.canonical_url == "https://mirror.example/2024/story-canonical"
    og = parse_article(html('<meta property="og:url" content="https://origin.example/story">'), page)
    assert og.canonical_url == "https://origin.example/story"
    root = parse_article(html('<link rel="canonical" href="https://mirror.example/">'), page)
    assert root.canonical_url == "https://mirror.example/2024/story"
    bad = parse_article(html('<link rel="canonical" href="javascript:void(0)">'), page)
    assert bad.canonical_url == "https://mirror.example/2024/story"


def test_metadata():
    head = ('<title>Police face inquiry | The Courier</title><meta property="og:site_name" content="The Courier">'
            '<meta name="author" content="Jo Reporter"><meta property="article:published_time" content="2024-03-05T10:00:00Z">')
    a = parse_article(html(head, lang="en-GB"), "https://courier.example/news/inquiry")
    assert (a.outlet, a.author, a.published, a.language) == ("The Courier", "Jo Reporter", "2024-03-05", "en")
    assert "Police face inquiry" in a.title
    assert len(a.bands) == dedupe.BANDS and a.content_hash
    assert parse_article("<html><body></body></html>", "https://x.example/") is None
    assert parse_article(b"\x00\x01\x02", "https://x.example/") is None


def test_charsets():
    text = "Zürich café naïve — “quotes”"
    page = f"<html><head></head><body><p>{text}</p></body></html>"
    assert detect_encoding(page.encode("utf-8")) == "utf-8"
    assert detect_encoding(page.encode("utf-8"), "iso-8859-1") == "utf-8"            # mislabelled UTF-8
    assert decode_html(page.encode("cp1252"), "utf-8").count("café") == 1          # mislabelled cp1252
    meta = page.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    assert detect_encoding(meta.encode("cp1252")) == "cp1252"
    assert decode_html(codecs.BOM_UTF16_LE + page.encode("utf-16-le")).count("Zürich") == 1
    assert decode_html(codecs.BOM_UTF8 + page.encode("utf-8")).startswith("<html>")
    stray = page.encode("utf-8") * 50 + b"\xff"                                     # UTF-8 with one bad byte
    assert detect_encoding(stray, "utf-8") == "utf-8"
    cyrillic = "<html><body><p>" + "Полиция начала использовать камеры распознавания лиц. " * 5 + "</p></body></html>"
    assert "Полиция" in decode_html(cyrillic.encode("cp1251"))


def test_near_duplicate_signature():
    a = " ".join(f"word{i}" for i in range(300))
    b = a + " plus a short syndication note at the end"
    c = " ".join(f"other{i}" for i in range(300))
    assert dedupe.jaccard(dedupe.shingles(a), dedupe.shingles(b)) >= dedupe.NEAR_DUPLICATE_JACCARD
    assert set(dedupe.text_bands(a)) & set(dedupe.text_bands(b))
    assert not set(dedupe.text_bands(a)) & set(dedupe.text_bands(c))
    assert dedupe.text_bands("too short to compare") == []
