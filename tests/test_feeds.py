"""Feed parsing: XML safety (no entity expansion, no file or network access), encodings, gzip bodies,
relative links, entries without links, duplicate GUIDs; OPML; the `scrutiny feeds` commands."""
import codecs
import gzip
import sys
import time

import pytest
from typer.testing import CliRunner

from httpserver import LocalServer, Route
from scrutiny.cli import app
from scrutiny.ingest.feeds import (FeedError, Outline, parse_feed, read_opml, strip_dtd, write_opml)

BASE = "http://127.0.0.1:9/feeds/main.xml"

_AUDIT = {"on": False, "events": []}


def _hook(event, args):
    if not _AUDIT["on"]:
        return
    if event == "open":
        path = str(args[0])
        if not path.endswith((".py", ".pyc", ".so")) and "__pycache__" not in path:
            _AUDIT["events"].append((event, path))
    elif event.startswith(("socket.", "urllib.", "http.")):
        _AUDIT["events"].append((event, repr(args)[:100]))


sys.addaudithook(_hook)


def guarded_parse(body: bytes, url: str = BASE):
    """parse_feed with every file open and socket use recorded; returns (result or error, events, seconds)."""
    parse_feed(b"<rss version='2.0'><channel><title>warm</title></channel></rss>", url)  # lazy imports first
    _AUDIT["events"] = []
    _AUDIT["on"] = True
    t0 = time.perf_counter()
    try:
        try:
            out = parse_feed(body, url)
        except FeedError as exc:
            out = exc
    finally:
        _AUDIT["on"] = False
    return out, list(_AUDIT["events"]), time.perf_counter() - t0


def rss(items: str, prolog: str = "", title: str = "T") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>{prolog}<rss version="2.0"><channel><title>{title}</title>'
            f"{items}</channel></rss>").encode("utf-8")


def test_hostile_xml_from_the_shared_corpus_is_never_expanded(shared):
    folder = shared / "realworld" / "feeds" / "defusedxml" / "xmltestdata"
    files = sorted(folder.glob("*.xml"))
    assert len(files) >= 10
    for file in files:
        out, events, seconds = guarded_parse(file.read_bytes())
        assert seconds < 1.0, (file.name, seconds)
        assert events == [], (file.name, events)
        if not isinstance(out, Exception):
            title, entries = out
            text = " ".join([title or ""] + [e.title or "" for e in entries])
            assert len(text) < 10_000, file.name


def test_our_own_entity_attacks_inside_feeds(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    lol = "".join(f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    bomb = rss("<item><title>&lol9;</title><link>http://a.example/1</link></item>",
               prolog=f'<!DOCTYPE rss [<!ENTITY lol0 "lol">{lol}]>', title="&lol9;")
    out, events, seconds = guarded_parse(bomb)
    assert seconds < 1 and events == []
    title, entries = out
    assert "lollol" not in (title or "") + "".join(e.title or "" for e in entries)
    assert entries[0].link == "http://a.example/1"

    quadratic = rss("<item><title>" + "&a;" * 20000 + "</title><link>http://a.example/2</link></item>",
                    prolog='<!DOCTYPE rss [<!ENTITY a "' + "x" * 50000 + '">]>')
    out, events, seconds = guarded_parse(quadratic)
    assert seconds < 1 and events == []
    assert "xxxxxxxxxx" not in (out[1][0].title or "")

    with LocalServer({"/dtd": Route(b'<!ENTITY x "EXTERNAL-HTTP">', content_type="application/xml-dtd")}) as server:
        external = rss("<item><title>&file; &web;</title><link>http://a.example/3</link></item>",
                       prolog=f'<!DOCTYPE rss [<!ENTITY file SYSTEM "{secret.as_uri()}">'
                              f'<!ENTITY web SYSTEM "{server.url("/dtd")}"> <!ENTITY % p SYSTEM "{server.url("/dtd")}"> %p;]>')
        out, events, seconds = guarded_parse(external)
        assert events == [] and server.requests == []
    assert "TOP-SECRET" not in repr(out) and "EXTERNAL-HTTP" not in repr(out)


def test_a_utf16_feed_cannot_hide_its_dtd():
    doc = ('<?xml version="1.0" encoding="utf-16"?><!DOCTYPE rss [<!ENTITY a "AAAAAAAAAA">'
           '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title>'
           '<item><title>x</title><link>http://a.example/1</link></item></channel></rss>')
    body = codecs.BOM_UTF16_LE + doc.encode("utf-16-le")
    out, events, seconds = guarded_parse(body)
    title, entries = out
    assert "AAAAAAAAAA" not in (title or "") and entries[0].link == "http://a.example/1"


def test_strip_dtd_keeps_comments_and_the_document():
    doc = b'<?xml version="1.0"?>\n<!-- a <b> comment -->\n<!DOCTYPE r [<!ENTITY a "x>y"> <!-- ]> -->]>\n<r>&a;</r>'
    assert strip_dtd(doc) == b'<?xml version="1.0"?>\n<!-- a <b> comment -->\n\n<r>&a;</r>'
    assert strip_dtd(b"<r><!ENTITY in body></r>") == b"<r><!ENTITY in body></r>"  # only the prolog


def test_links_guids_and_entries_without_links():
    body = rss("""
      <item><title>relative</title><link>news/a.html</link><guid>g1</guid></item>
      <item><title>rooted</title><link>/news/b.html?x=1</link><guid>g2</guid></item>
      <item><title>dup guid</title><link>news/other.html</link><guid>g1</guid></item>
      <item><title>no link</title><guid isPermaLink="false">g4</guid></item>
      <item><title>guid is the link</title><guid>https://c.example/story</guid></item>
      <item><title>javascript</title><link>javascript:alert(1)</link><guid>g6</guid></item>
      <item><title>no guid, no link</title><pubDate>Wed, 05 Feb 2020 09:00:00 GMT</pubDate></item>""")
    title, entries = parse_feed(body, "https://news.example/feeds/main.xml")
    assert title == "T"
    got = [(e.title, e.link) for e in entries]
    assert got == [("relative", "https://news.example/feeds/news/a.html"),
                   ("rooted", "https://news.example/news/b.html?x=1"),
                   ("no link", None), ("guid is the link", "https://c.example/story"),
                   ("javascript", None), ("no guid, no link", None)]
    assert entries[-1].key.startswith("sha1:") and entries[-1].published == "2020-02-05T09:00:00Z"


def test_encodings_and_gzip_bodies():
    latin = ('<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>Caf\xe9</title>'
             '<item><title>R\xe9gulateur</title><link>http://a.example/1</link></item></channel></rss>').encode("latin-1")
    title, entries = parse_feed(latin, BASE)
    assert title == "Café" and entries[0].title == "Régulateur"
    title, entries = parse_feed(gzip.compress(latin), BASE)  # a .xml that is really .xml.gz
    assert title == "Café"
    with pytest.raises(FeedError):
        parse_feed(b"<html><body>Document moved</body></html>", BASE)
    with pytest.raises(FeedError):
        parse_feed(b"", BASE)


def test_gzip_feeds_of_the_shared_corpus(shared):
    folder = shared / "realworld" / "feeds" / "node-feedparser"
    compressed = next(folder.rglob("compressed.xml"))
    assert compressed.read_bytes()[:2] == b"\x1f\x8b"
    title, entries = parse_feed(compressed.read_bytes(), BASE)
    assert entries and all(e.link is None or e.link.startswith("http") for e in entries)
    broken = next(folder.rglob("invalid-characters-gzipped.xml"))
    try:
        parse_feed(broken.read_bytes(), BASE)
    except FeedError:
        pass  # refused is fine; crashing is not


def test_opml_round_trip_and_nested_categories():
    doc = b"""<?xml version="1.0"?><opml version="2.0"><head/><body>
      <outline text="Regulators"><outline text="ICO" xmlUrl="https://ico.example/feed"/>
      <outline text="CNIL" xmlUrl="/cnil.xml" category="fr"/></outline>
      <outline text="Top" xmlUrl="https://top.example/rss"/></body></opml>"""
    outlines = read_opml(doc, base="https://lists.example/x.opml")
    assert outlines == [Outline("https://ico.example/feed", "ICO", "Regulators"),
                        Outline("https://lists.example/cnil.xml", "CNIL", "fr"),
                        Outline("https://top.example/rss", "Top", None)]
    assert read_opml(write_opml(outlines).encode()) == outlines
    with pytest.raises(FeedError):
        read_opml(b'<!DOCTYPE opml [<!ENTITY a "b">]><opml><body/></opml>')


def test_default_feed_list_is_real_and_large_enough():
    from scrutiny.data import path as data_path
    from scrutiny.ingest.feeds import read_opml_file
    outlines = read_opml_file(data_path("feeds.opml"))
    assert len(outlines) >= 25
    assert all(o.url.startswith("https://") for o in outlines)


def test_feeds_commands(tmp_path):
    runner = CliRunner()
    home = str(tmp_path / "home")
    opml = tmp_path / "in.opml"
    opml.write_text(write_opml([Outline("https://a.example/feed", "A", "news"), Outline("https://b.example/rss")]))
    r = runner.invoke(app, ["feeds", "import", str(opml), "--home", home])
    assert r.exit_code == 0 and "added 2 feeds" in r.output
    r = runner.invoke(app, ["feeds", "add", "https://c.example/atom", "https://a.example/feed", "--home", home])
    assert r.exit_code == 0 and "added https://c.example/atom" in r.output and "already subscribed" in r.output
    assert runner.invoke(app, ["feeds", "add", "ftp://x", "--home", home]).exit_code == 2
    r = runner.invoke(app, ["feeds", "list", "--format", "json", "--home", home])
    import json
    listed = json.loads(r.output)
    assert [f["url"] for f in listed] == ["https://a.example/feed", "https://b.example/rss", "https://c.example/atom"]
    assert listed[0]["title"] == "A" and listed[0]["category"] == "news"
    r = runner.invoke(app, ["feeds", "remove", "https://b.example/rss", "--home", home])
    assert r.exit_code == 0
    assert runner.invoke(app, ["feeds", "remove", "https://nope.example/", "--home", home]).exit_code == 1
    out = tmp_path / "out.opml"
    assert runner.invoke(app, ["feeds", "export", "--out", str(out), "--home", home]).exit_code == 0
    assert [o.url for o in read_opml(out.read_bytes())] == ["https://a.example/feed", "https://c.example/atom"]
