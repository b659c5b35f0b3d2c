"""read_document: bytes in, Entries and Rejects out.

Small inline inputs and fixture files written for the project (tests/fixtures/readers/, each
with its expected result beside it as JSON), then the shared third-party corpus when it is
present (../shared/corpus; skipped on a fresh clone).
"""
from __future__ import annotations

import bz2
import collections
import gzip
import json
import lzma
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from newsbeam.schemas import reasons
from newsbeam.schemas.records import Document, Entry, Reject
from newsbeam.transforms.html import html_to_text
from newsbeam.transforms.normalize import normalize_entry
from newsbeam.transforms.formats.read import Limits, read_document, sniff

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
FETCHED = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")


def doc(data: bytes, name: str = "input", **kw) -> Document:
    return Document(source="test", input=name, data=data, fetched_at=FETCHED, **kw)


def read(data: bytes, limits: Limits = Limits(), **kw) -> list[Entry | Reject]:
    return list(read_document(doc(data, **kw), limits))


def outcome(items) -> dict[str, int]:
    """{"Entry": n, reason: n, ...}: the shape of a read, for table tests."""
    return dict(collections.Counter(
        "Entry" if isinstance(i, Entry) else i.reason for i in items
    ))


RSS_ITEM = "<item><title>Item {n}</title><link>https://x.example/{n}</link></item>"


def rss(items: int = 1, extra: str = "", decl: str = '<?xml version="1.0" encoding="utf-8"?>') -> bytes:
    body = "".join(RSS_ITEM.format(n=n) for n in range(items))
    return f"{decl}<rss version=\"2.0\"><channel><title>T</title>{extra}{body}</channel></rss>".encode()


# --- format recognition ---------------------------------------------------------------

@pytest.mark.parametrize(
    "data, kind",
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (rss(), "feed"),
        (b"\n\n  " + rss(), "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
        (b'<rdf:RDF xmlns:rdf="x"></rdf:RDF>', "feed"),
        (b"<!-- generator --><?xml-stylesheet href='a'?><rss></rss>", "feed"),
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        (b"<html lang='en'><p>x</p></html>", "html"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": []}', "json"),
        (b'{"title": "a"}\n{"title": "b"}\n', "json"),
        (b"Headline\n- bullet\nBody.\n", "text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("<rss></rss>".encode("utf-16"), "feed"),
        ("{\"title\": \"x\"}".encode("utf-32-le"), "json"),
        # The name says JSON, the content is a feed: content wins.
        (rss(), "feed"),
    ],
)
def test_sniff_by_content(data, kind):
    assert sniff(data) == kind


def test_file_name_is_only_a_hint():
    as_json = read(rss(2), name="feed.json")
    as_txt = read(rss(2), name="feed.txt.gz")
    assert outcome(as_json) == outcome(as_txt) == {"Entry": 2}


# --- rejects and limits -----------------------------------------------------------------

def _gzip_bomb(size: int) -> bytes:
    compressor = __import__("zlib").compressobj(9, wbits=31)
    chunk = b"\0" * (1 << 20)
    out = [compressor.compress(chunk) for _ in range(size >> 20)]
    return b"".join(out) + compressor.flush()


@pytest.mark.parametrize(
    "data, limits, expected",
    [
        (b"", Limits(), {reasons.EMPTY: 1}),
        (b"   \r\n  ", Limits(), {reasons.EMPTY: 1}),
        (bytes(range(256)) * 8, Limits(), {reasons.NOT_A_FEED: 1}),
        (b"\x00\x01\x02garbage\xff\xfe\x00", Limits(), {reasons.NOT_A_FEED: 1}),
        (gzip.compress(rss(3))[:-12], Limits(), {reasons.CORRUPT_COMPRESSION: 1}),
        (gzip.compress(rss(3))[:20], Limits(), {reasons.CORRUPT_COMPRESSION: 1}),
        (bz2.compress(rss(3))[:-10], Limits(), {reasons.CORRUPT_COMPRESSION: 1}),
        (gzip.compress(rss(3)) + b"trailing junk", Limits(), {reasons.CORRUPT_COMPRESSION: 1}),
        (_gzip_bomb(8 << 20), Limits(max_input_bytes=1 << 20), {reasons.TOO_LARGE: 1}),
        (rss(3), Limits(max_input_bytes=100), {reasons.TOO_LARGE: 1}),
        (rss(3), Limits(max_entries=2), {reasons.TOO_MANY_ENTRIES: 1}),
        (rss(3), Limits(max_entries=3), {"Entry": 3}),
        (rss(0), Limits(), {reasons.NO_ENTRIES: 1}),
        # Broken XML over the recovery cap is refused; well-formed XML of any size is read.
        (rss(40)[:-20], Limits(max_recover_bytes=1000), {reasons.TOO_LARGE: 1}),
        # Cut off: the entries are recovered, and the document is a malformed reject (issue 13).
        (rss(40)[:-20], Limits(), {reasons.MALFORMED: 1, "Entry": 40}),
        (rss(40), Limits(max_recover_bytes=1000), {"Entry": 40}),
        (b'<rss version="2.0"><channel><title>x</title>', Limits(), {reasons.MALFORMED: 1}),
        (b"<?xml version='1.0'?><catalog><book>x</book></catalog>", Limits(), {reasons.NOT_A_FEED: 1}),
        (b'{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": []}', Limits(),
         {reasons.NO_ENTRIES: 1}),
        (b'{"version": "https://jsonfeed.org/version/1", "items": [{"id": "1"}, {"id": "2"}]}',
         Limits(max_entries=1), {reasons.TOO_MANY_ENTRIES: 1}),
        (b'{"version": "https://jsonfeed.org/version/1", "items": [', Limits(), {reasons.MALFORMED: 1}),
        (b'{"weather": "sunny"}', Limits(), {reasons.NOT_A_FEED: 1}),
        (b"[]", Limits(), {reasons.NO_ENTRIES: 1}),
        (b"[" * 100_000, Limits(), {reasons.MALFORMED: 1}),
        (b'{"title": "a"}\n{"title": "b"}\n{"title": "c"}\n', Limits(max_entries=2),
         {reasons.TOO_MANY_ENTRIES: 1}),
        (b'[{"title": "a"}, {"title": "b"}]', Limits(), {"Entry": 2}),
        # A broken first line does not hide the good ones.
        (b'{"title": "a",\n{"title": "b"}\n{"title": "c"}\n', Limits(), {reasons.MALFORMED: 1, "Entry": 2}),
        # A broken pretty-printed JSON document is one reject, not one per line.
        (b'{\n  "version": "https://jsonfeed.org/version/1",\n  "items": [\n    {"id": "1"},\n',
         Limits(), {reasons.MALFORMED: 1}),
        (b"<html><head></head><body></body></html>", Limits(), {reasons.NO_ENTRIES: 1}),
    ],
    ids=lambda v: None if not isinstance(v, bytes) else v[:24].decode("latin-1").replace("\x00", "0"),
)
def test_rejects_and_limits(data, limits, expected):
    items = read(data, limits)
    assert outcome(items) == expected
    for item in items:
        if isinstance(item, Reject):
            assert item.detail and item.stage in ("read", "parse")
            assert item.raw_excerpt is not None and len(item.raw_excerpt) <= 200
            assert item.source == "test" and item.input == "input" and item.fetched_at == FETCHED


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress],
                         ids=["gzip", "bzip2", "xz"])
def test_compressed_inputs_read_transparently(compress):
    assert outcome(read(compress(rss(4)), name="plain-name.xml")) == {"Entry": 4}


def test_concatenated_gzip_members_are_all_read():
    jsonl = b'{"title": "a", "body": "x"}\n'
    assert outcome(read(gzip.compress(jsonl) + gzip.compress(jsonl))) == {"Entry": 2}


def test_fields_longer_than_the_limit_are_truncated():
    big = "word " * 5000
    data = json.dumps({"title": "t" * 500, "body": big, "bullets": ["b" * 300]}).encode()
    (entry,) = read(data, Limits(max_field_chars=100))
    assert len(entry.title) == 100 and len(entry.body_text) == 100 and len(entry.bullets[0]) == 100


def test_document_tags_are_added_to_every_entry():
    items = read(rss(2), tags=("local", "Item 0"))
    assert [e.tags for e in items] == [("local", "Item 0")] * 2


def test_relative_links_resolve_against_the_feed_or_page_address():
    feed = b'<rss version="2.0"><channel><item><title>t</title><link>/a/1</link></item></channel></rss>'
    (entry,) = read_document(doc(feed, feed_url="https://news.example/feed.xml"))
    assert entry.url == "https://news.example/a/1"
    page = (b'<html><head><title>t</title><link rel="canonical" href="/story/2"></head>'
            b"<body><p>text</p></body></html>")
    (entry,) = read_document(doc(page, name="https://news.example/story/2?ref=x"))
    assert entry.url == "https://news.example/story/2"


def test_script_rendered_page_falls_back_to_json_ld_body():
    page = (b'<html><head><title>Dam repairs</title><script type="application/ld+json">'
            b'{"@type": "NewsArticle", "headline": "Dam repairs begin", "datePublished": '
            b'"2026-11-20T08:00:00Z", "author": {"name": "Ruth Mbeki"}, "articleBody": '
            b'"Repairs began on Monday.\\nThe work will take a year."}</script></head>'
            b'<body><div id="app">Loading...</div></body></html>')
    (entry,) = read(page)
    assert entry.title == "Dam repairs begin"
    assert entry.body_text == "Repairs began on Monday.\nThe work will take a year."
    assert entry.authors == ("Ruth Mbeki",)
    assert entry.published == datetime(2026, 11, 20, 8, tzinfo=timezone.utc)


def test_http_headers_reach_feedparser():
    # The header's charset wins over the document's own declaration (RFC 3023).
    body = '<?xml version="1.0" encoding="utf-8"?><rss><channel><item><title>Caf\xe9</title></item></channel></rss>'
    data = body.encode("cp1252")
    (entry,) = read(data, headers=(("content-type", "application/rss+xml; charset=windows-1252"),))
    assert entry.title == "Café"


# --- fixtures with expected results -----------------------------------------------------

FIXTURE_FILES = sorted(p for p in FIXTURES.glob("*") if not p.name.endswith(".expected.json"))


def _jsonable(value):
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    return value


def _check(entry: Entry, expected: dict) -> None:
    for key, want in expected.items():
        if key == "bullets_from_content":
            assert list(html_to_text(entry.content_html).bullets) == want
        elif key == "paragraphs_from_content":
            assert list(html_to_text(entry.content_html).paragraphs) == want
        else:
            assert _jsonable(getattr(entry, key)) == want, key


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: p.name)
def test_fixture_files(path):
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text())
    items = read(path.read_bytes(), name=path.name)
    entries = [i for i in items if isinstance(i, Entry)]
    rejects = collections.Counter(i.reason for i in items if isinstance(i, Reject))
    assert len(entries) == expected["entries"]
    assert dict(rejects) == expected["rejects"]
    if "first" in expected:
        _check(entries[0], expected["first"])
    if "second" in expected:
        _check(entries[1], expected["second"])


def test_feed_dates_are_aware_utc_and_unparseable_ones_stay_raw():
    first, second = read((FIXTURES / "rss2_content_encoded.xml").read_bytes())
    assert first.published == datetime(2026, 11, 24, 7, 30, tzinfo=timezone.utc)
    assert first.published.utcoffset().total_seconds() == 0
    assert second.published == "Someday soon"


# --- encodings --------------------------------------------------------------------------

RUSSIAN = "Как пережить новогоднюю ночь: советы врачей и психологов для всей семьи"
JAPANESE = "ゲーム三昧な正月を過ごした人たちの話、今年こそ遅れないように準備しよう"
CHINESE = "我希望這篇文章很容易被翻譯成中文，並有助於改進軟件。感謝您閱讀本文。"
PORTUGUESE = "Notícias: São Paulo e Brasília têm previsão de calor intenso nesta terça-feira"
FRENCH = "L’été à Noël: « déjà vu » pour les pêcheurs — coût 40 € et ½ journée"
POLISH = "Zażółć gęślą jaźń - Łódź, Kraków i Gdańsk świętują rocznicę; prezydent przemawiał długo."


def _feed_text(title: str) -> str:
    return (f"<rss version=\"2.0\"><channel><title>{title}</title><item><title>{title}</title>"
            f"<description>{title}</description></item></channel></rss>")


@pytest.mark.parametrize(
    "text, codec, declared",
    [
        (RUSSIAN, "koi8-r", False),
        (RUSSIAN, "koi8-r", True),
        (RUSSIAN, "cp1251", True),
        (JAPANESE, "euc-jp", False),
        (JAPANESE, "shift_jis", True),
        (CHINESE, "big5", False),
        (CHINESE, "big5", True),
        (PORTUGUESE, "latin-1", False),
        (PORTUGUESE, "latin-1", True),
        (FRENCH, "cp1252", False),
        (POLISH, "cp1250", False),
        (POLISH, "iso-8859-2", True),
        (FRENCH, "cp1252", True),
        (FRENCH, "utf-8", False),
        (FRENCH, "utf-8-sig", False),
        (FRENCH, "utf-16", False),  # with BOM
        (FRENCH, "utf-16-le", True),
        (FRENCH, "utf-16-be", True),
        (FRENCH, "utf-32", False),
        (FRENCH, "utf-32-be", True),
    ],
)
def test_feed_encodings_decode_to_unicode(text, codec, declared):
    body = _feed_text(text)
    if declared:
        name = {"utf-16-le": "utf-16", "utf-16-be": "utf-16", "utf-32-be": "utf-32"}.get(codec, codec)
        body = f'<?xml version="1.0" encoding="{name}"?>' + body
    elif codec.startswith("utf-16") or codec.startswith("utf-32"):
        body = '<?xml version="1.0"?>' + body
    (entry,) = read(body.encode(codec))
    assert entry.title == text
    assert html_to_text(entry.summary_html).paragraphs == (text,)


@pytest.mark.parametrize("codec", ["koi8-r", "cp1251", "euc-jp", "big5", "latin-1", "utf-16"])
def test_text_and_jsonl_encodings(codec):
    text = {"koi8-r": RUSSIAN, "cp1251": RUSSIAN, "euc-jp": JAPANESE, "big5": CHINESE,
            "latin-1": PORTUGUESE, "utf-16": PORTUGUESE}[codec]
    (entry,) = read(f"{text}\n\n{text} {text}\n".encode(codec))
    assert entry.title == text
    record = json.dumps({"title": text, "body": text}, ensure_ascii=False) + "\n"
    (entry,) = read((record * 2).encode(codec))[:1]
    assert entry.title == text


@pytest.mark.parametrize(
    "text, codec, declaration",
    [
        (RUSSIAN, "cp1251", '<meta charset="windows-1251">'),
        (RUSSIAN, "koi8-r", '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'),
        (RUSSIAN, "cp1251", ""),
        (JAPANESE, "shift_jis", '<meta charset="shift_jis">'),
        (PORTUGUESE, "latin-1", ""),
        (FRENCH, "utf-8", ""),
    ],
)
def test_html_page_encodings(text, codec, declaration):
    page = (f"<!DOCTYPE html><html><head>{declaration}<title>{text}</title></head><body>"
            f"<article><p>{text}</p><p>{text} {text}</p></article></body></html>")
    (entry,) = read(page.encode(codec))
    assert entry.title == text
    assert entry.body_text.splitlines()[-1] == f"{text} {text}"


@pytest.mark.parametrize("title, site, expected", [
    ("Talks resume - Breitbart", "Breitbart", "Talks resume"),
    ("Talks resume | CNN", "CNN", "Talks resume"),
    ("Talks resume - Breitbart", None, "Talks resume - Breitbart"),  # no site name: kept
    ("Talks resume with Breitbart", "Breitbart", "Talks resume with Breitbart"),
])
def test_html_page_title_without_the_site_name(title, site, expected):
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    page = (f'<html><head><meta property="og:title" content="{title}">{meta}</head>'
            "<body><article><p>Body text.</p></article></body></html>")
    (entry,) = read(page.encode())
    assert entry.title == expected


def test_mostly_utf8_with_stray_cp1252_bytes():
    data = "<rss><channel><item><title>Valid é and ".encode() + b"invalid \xe9 byte</title></item></channel></rss>"
    (entry,) = read(data)
    assert entry.title == "Valid é and invalid é byte"


@pytest.mark.parametrize(
    "garbled, fixed",
    [
        ("The Mayorâ€™s plan", "The Mayor’s plan"),
        ("Ã‰cole fermÃ©e", "École fermée"),
        # Not mojibake: must come out unchanged.
        ("Η ¨ανατροφή¨ δυστυχώς", "Η ¨ανατροφή¨ δυστυχώς"),
        ("Join ZZAJÉ’s fan list", "Join ZZAJÉ’s fan list"),
        ("SÃO PAULO", "SÃO PAULO"),
    ],
)
def test_mojibake_is_repaired_only_when_certain(garbled, fixed):
    record = json.dumps({"title": garbled, "body": garbled}, ensure_ascii=False).encode()
    (entry,) = read(record)
    assert entry.title == fixed and entry.body_text == fixed


def test_mojibake_precheck_never_skips_a_text_the_suspect_pattern_matches():
    """``repair`` skips the suspect pattern where a check of the UTF-8 bytes says it cannot
    match: on random text mixing ASCII, the pattern's lead and continuation characters of
    every code page, C1 controls, curly quotes, "Ã"/"Â" before spaces and lone surrogates, the
    check never says "cannot" where the pattern matches (and does say it on plain text)."""
    import random

    from newsbeam.transforms.formats import mojibake

    pieces = ["a", "Z", " ", ".", "\n", "“", "”", "’", "—", "é", "á", "Ã", "Â", "Ã ", "Â ", "\x85", "\x9f",
              "\u00a0", "«", "€", "ж", "中", "\ud800", "😀"]
    for codec in mojibake._CODE_PAGES:
        pieces += list(bytes(range(0xC2, 0xF5)).decode(codec, "ignore")[::7])
        pieces += list(bytes(range(0x80, 0xC0)).decode(codec, "ignore")[::7])
    rng = random.Random(1500)
    skipped = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        if not mojibake._may_hold_mojibake(text):
            skipped += 1
            assert mojibake._SUSPECT.search(text) is None, repr(text)
    assert skipped > 1000
    assert not mojibake._may_hold_mojibake("“Nicolás,” she said — ‘fine’ ")


# --- the shared corpus ------------------------------------------------------------------

# Item counts from ../shared/corpus/news-feeds/README.md.
NEWS_FEEDS = {
    "atom10_heise_developer.xml": 15, "atom10_theverge_full-content.xml": 10,
    "jsonfeed_daringfireball.json": 48, "jsonfeed_humanwhocodes.json": 10,
    "rss1_rdf_deutsche_welle.xml": 141, "rss1_rdf_science_twis.xml": 69,
    "rss2_404media_content-encoded.xml": 15, "rss2_abc_australia_top.xml": 25,
    "rss2_aktuality_sk.xml": 30, "rss2_aljazeera.xml": 25, "rss2_bbc_news_world.xml": 33,
    "rss2_dawn_world_content-encoded.xml": 30, "rss2_elpais_english_content-encoded.xml": 56,
    "rss2_foreignpolicy_content-encoded.xml": 25, "rss2_guardian_us_2018.xml": 55,
    "rss2_jornal_de_noticias_iso-8859-1.xml": 40, "rss2_livemint_news.xml": 25,
    "rss2_mercopress_no-xmldecl.xml": 10, "rss2_npr_world_content-encoded.xml": 10,
    "rss2_nyt_world.xml": 57, "rss2_techcrunch_feedburner_leading-ws.xml": 20,
    "rss2_theweek_content-encoded.xml": 50, "rss2_time_world_content-encoded.xml": 100,
    "rss2_uol_noticias_undeclared-latin1.xml": 15, "rss2_washingtonpost_world.xml": 9,
    "rss2_wsj_world.xml": 20,
}
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|â€|\ufffd")


@needs_corpus
def test_news_feed_table_matches_the_corpus_readme():
    readme = (CORPUS / "news-feeds" / "README.md").read_text()
    rows = dict(re.findall(r"^\| `([^`]+)` \| [^|/]+/ (\d+)", readme, re.M))
    assert {name: int(n) for name, n in rows.items()} == NEWS_FEEDS


@needs_corpus
@pytest.mark.parametrize("name, count", sorted(NEWS_FEEDS.items()))
def test_news_feed_corpus(name, count):
    items = read((CORPUS / "news-feeds" / name).read_bytes(), name=name)
    assert outcome(items) == {"Entry": count}
    fmt = {"atom10": "atom", "jsonfeed": "jsonfeed", "rss1": "rdf", "rss2": "rss"}[name.split("_")[0]]
    for entry in items:
        assert entry.format == fmt
        assert entry.title or entry.content_html or entry.summary_html
        for text in (entry.title, entry.summary_html, entry.content_html):
            assert not text or not _MOJIBAKE.search(text), text[:200]


@needs_corpus
def test_news_feed_corpus_details():
    def entries(name):
        return read((CORPUS / "news-feeds" / name).read_bytes(), name=name)

    uol = entries("rss2_uol_noticias_undeclared-latin1.xml")
    assert "simulações" in uol[0].title  # Latin-1 without a declaration
    jn = entries("rss2_jornal_de_noticias_iso-8859-1.xml")
    assert any("ç" in e.title or "ã" in e.title for e in jn)
    verge = entries("atom10_theverge_full-content.xml")
    assert verge[0].published == datetime(2025, 7, 1, 13, 15, 48, tzinfo=timezone.utc)
    assert verge[0].authors == ("Tina Nguyen",)
    assert len(html_to_text(verge[0].content_html).paragraphs) > 5
    dawn = entries("rss2_dawn_world_content-encoded.xml")
    assert all(e.content_html for e in dawn)
    assert all(isinstance(e.published, datetime) for e in dawn)
    fireball = entries("jsonfeed_daringfireball.json")
    assert all(e.url and e.content_html for e in fireball)
    zakas = entries("jsonfeed_humanwhocodes.json")
    assert all(isinstance(e.published, datetime) for e in zakas)


def _fixture_headers(data: bytes) -> tuple[tuple[str, str], ...]:
    """The ``Header:`` lines of a feedparser fixture (its HTTP response headers)."""
    text = data.decode("utf-8", "ignore").replace("\x00", "")
    return tuple((m.group(1).strip().lower(), m.group(2).strip())
                 for m in re.finditer(r"^Header:\s+([^:]+):(.*)$", text, re.M))


# Expected text written out by hand from each fixture's description; the fixtures' own
# ``Expect:`` lines are Python expressions and are never evaluated here.
ENCODING_TEXT = {
    "encoding/http_text_xml_charset_2.xml": "This is a £“test.”",
    "encoding/http_text_xml_charset_overrides_encoding_2.xml": "This is a £“test.”",
    "encoding/euc-kr-item.xml": "년",
    "encoding/demoronize-1.xml": "don’t",
    "encoding/demoronize-2.xml": "don’t",
    "encoding/double-encoded-html.xml": "…",
    "encoding/bozo_double-encoded-html.xml": "…",
    "illformed/chardet/eucjp.xml": "ゲーム三昧な正月",
    "illformed/chardet/euckr.xml": "EUC-KR 에서 TypeKey 한글닉네임 표시하기",
    "illformed/chardet/gb2312.xml": "不归移民漫画系列：专业工作",
    "illformed/chardet/koi8r.xml": "Как пережить новогоднюю ночь",
    "illformed/chardet/shiftjis.xml": "DrecomRSSに記事投稿が反映されない…",
    "illformed/chardet/tis620.xml": "สำนักงานส่งเสริมอุตสาหกรรมซอฟต์แวร์แห่งชาติ",
    "illformed/chardet/windows1255.xml": "האם תדפיס נייר של אתר אינטרנט",
}
FEEDPARSER = CORPUS / "feedparser-tests"


@needs_corpus
@pytest.mark.parametrize("name, text", sorted(ENCODING_TEXT.items()))
def test_feedparser_encoding_fixtures_decode(name, text):
    data = (FEEDPARSER / name).read_bytes()
    items = read(data, name=name, headers=_fixture_headers(data))
    (entry,) = [i for i in items if isinstance(i, Entry)]
    found = " ".join(
        filter(None, [entry.title, *(html_to_text(h).paragraphs[0] if html_to_text(h).paragraphs
                                     else "" for h in (entry.summary_html, entry.content_html) if h)])
    )
    assert text in found


@needs_corpus
def test_feedparser_encoding_fixtures_have_no_mojibake():
    """Every encoding fixture that yields entries yields clean Unicode."""
    files = sorted((FEEDPARSER / "encoding").glob("*.xml")) + sorted(
        (FEEDPARSER / "illformed" / "chardet").glob("*.xml"))
    assert len(files) == 90
    seen = 0
    for path in files:
        data = path.read_bytes()
        for item in read(data, name=path.name, headers=_fixture_headers(data)):
            if isinstance(item, Entry):
                seen += 1
                for text in (item.title, item.summary_html, item.content_html):
                    if text and "bozo" not in path.name and "crash" not in path.name:
                        assert not _MOJIBAKE.search(text), (path.name, text)
            else:
                assert item.reason in (reasons.NO_ENTRIES, reasons.MALFORMED), path.name
    assert seen >= 20


# Prose may mention a tag ("the <blink> tag"); markup that acts may not survive.
_UNSAFE = re.compile(r"<(?:script|iframe|object|embed|img|a|svg|style|form|meta|link)\b|"
                     r"javascript:|vbscript:|alert\(|\bon(?:load|click|mouseover|error)\s*=", re.I)


@needs_corpus
def test_every_feedparser_fixture_is_accounted_for():
    """All 2,107 upstream fixtures: no exception, every file an entry or a reasoned reject."""
    counts: collections.Counter = collections.Counter()
    files = [p for p in sorted(FEEDPARSER.rglob("*")) if p.suffix in (".xml", ".json")]
    assert len(files) == 2107
    for path in files:
        data = path.read_bytes()
        items = read(data, name=str(path), headers=_fixture_headers(data))
        assert items, path
        for item in items:
            counts["Entry" if isinstance(item, Entry) else item.reason] += 1
            if isinstance(item, Entry):
                # *_html fields are raw; html_to_text is what makes them text, and nothing
                # of a script, a tag or an event handler may survive it.
                for html in (item.title, item.summary_html, item.content_html):
                    if html:
                        out = html_to_text(html)
                        text = " ".join(out.paragraphs + out.bullets)
                        assert not _UNSAFE.search(text), (path, text[:200])
    print("feedparser-tests:", dict(counts))
    assert counts["Entry"] > 1200
    assert set(counts) <= {"Entry", reasons.NO_ENTRIES, reasons.MALFORMED, reasons.NOT_A_FEED}


# --- article pages ----------------------------------------------------------------------

ARTICLES = CORPUS / "articles"


def _article_cases():
    cases = [(f"newspaper4k/{n}", ARTICLES / "newspaper4k" / f"{n}.html")
             for n in ("cnn_article", "fox13now_001", "time_001")]
    cases += [(f"readability/{d}", ARTICLES / "readability" / d / "source.html")
              for d in ("bbc-1", "breitbart", "cnn", "guardian-1", "herald-sun-1", "nytimes-3",
                        "seattletimes-1", "telegraph", "wapo-1", "wapo-2")]
    return cases


def _expected_text(name: str) -> str:
    if name.startswith("newspaper4k/"):
        return (ARTICLES / f"{name}.txt").read_text()
    return "\n".join(html_to_text((ARTICLES / name / "expected.html").read_text()).paragraphs)


def _token_f1(got: str, want: str) -> float:
    a = collections.Counter(re.findall(r"\w+", got.lower()))
    b = collections.Counter(re.findall(r"\w+", want.lower()))
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


# Per-page floors where a page cannot reach the common 0.93 (none at present: the Herald Sun's
# trailing "Other Opinion Columns" teasers, which trafilatura keeps, are cut by the reader's
# rule for a trailing list of other stories, and it is back at 1.0).
_ARTICLE_FLOORS: dict[str, float] = {}


@needs_corpus
@pytest.mark.parametrize("name, path", _article_cases(), ids=lambda v: v if isinstance(v, str) else "")
def test_article_pages_give_the_expected_text(name, path):
    (entry,) = read(path.read_bytes(), name=name)
    assert entry.format == "html"
    floor = _ARTICLE_FLOORS.get(name, 0.93)
    assert _token_f1(entry.body_text or "", _expected_text(name)) >= floor
    # ... and that text is the article's body, not the page's meta description.
    assert _token_f1(normalize_entry(entry).body, _expected_text(name)) >= floor
    assert entry.title
    assert "<" not in entry.body_text and "function(" not in entry.body_text
    meta_file = ARTICLES / name / "expected-metadata.json"
    if meta_file.exists():
        meta = json.loads(meta_file.read_text())
        # Readability's title sometimes keeps the site's suffix (" - Breitbart").
        assert entry.title.split(" - ")[0].strip() in meta["title"]
        if meta.get("lang"):
            assert entry.language.lower() == meta["lang"].lower()
        if meta.get("publishedTime") and "T" in meta["publishedTime"] and meta["publishedTime"][-1] in "Z0":
            assert isinstance(entry.published, datetime)


@needs_corpus
def test_cnn_story_highlights_become_bullets():
    (entry,) = read((ARTICLES / "newspaper4k" / "cnn_article.html").read_bytes())
    assert entry.bullets == (
        "NEW: The worst of holiday travel fears fail to materialize",
        'NEW: "Tomorrow will be a quieter day," says CNN meteorologist',
        "Fate of Macy's Thanksgiving Day Parade balloons still up in the air",
    )


@needs_corpus
def test_seed_article():
    data = (SHARED / "examples" / "seed-article.txt").read_bytes()
    (entry,) = read(data, name="seed-article.txt")
    assert entry.title.startswith("TRUMP TAKES AIM AT VENEZUELA")
    assert len(entry.bullets) == 4 and entry.bullets[0].startswith("Donald Trump has not ruled out")
    assert len(entry.body_text.splitlines()) == 7


FTFY = CORPUS / "hostile" / "ftfy-mojibake"


@needs_corpus
def test_ftfy_negative_cases_are_left_alone():
    from newsbeam.transforms.formats.mojibake import repair

    cases = json.loads((FTFY / "negative.json").read_text())
    for case in cases:
        # fix_encoding's expectation: the text unchanged except C1 controls made characters.
        assert repair(case["original"]) == case.get("fixed-encoding", case["fixed"]), case["label"]


@needs_corpus
@pytest.mark.parametrize("name", ["in-the-wild.json", "synthetic.json"])
def test_ftfy_mojibake_cases_are_repaired(name):
    from newsbeam.transforms.formats.mojibake import repair

    cases = [c for c in json.loads((FTFY / name).read_text()) if c["expect"] == "pass"]
    fixed = sum(repair(c["original"]) == c.get("fixed-encoding", c["fixed"]) for c in cases)
    # The misses are fixes that would put U+FFFD into the text: left alone on purpose.
    assert fixed >= len(cases) - 1
