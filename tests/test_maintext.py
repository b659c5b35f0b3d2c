"""The main text on newsbeam's own tree (no copy, no text output, options copied from one built
once) is what ``trafilatura.bare_extraction`` gives on a copy of it; the page is parsed once."""
from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura
from trafilatura.settings import Extractor

from newsbeam.transforms.formats import htmlpage
from newsbeam.transforms.formats.htmlpage import page_bytes, parse_page
from newsbeam.transforms.formats.maintext import _blocks, extract_body, main_text, options_for
from tests.corpus import corpus_dir
from tests.test_htmlpage import STORY, cnn_page, dailymail_page, entry_of

FIXTURES = Path(__file__).parent / "fixtures"


def _bare(html: str, url: str | None) -> tuple[str, ...]:
    """The paragraphs of trafilatura's public entry point, on a tree of its own."""
    extracted = trafilatura.bare_extraction(parse_page(html), url=url, include_comments=False,
                                            include_tables=True, with_metadata=False, deduplicate=False)
    return tuple(_blocks(extracted.body)) if extracted is not None and extracted.body is not None else ()


def _pages() -> list[tuple[str, str]]:
    short = "<html><body><p>Too short.</p></body></html>"
    lists = ("<html><body><article><h1>Lists</h1>" + "".join(f"<p>{p}</p>" for p in STORY)
             + "<ul><li>One item of the list that is long enough to be kept</li><li>And another</li></ul>"
             + "<table><tr><td>a cell</td><td>another cell</td></tr></table></article></body></html>")
    files = sorted((FIXTURES / "html").glob("*.html")) + sorted((FIXTURES / "readers").glob("*.html"))
    return ([("dailymail", dailymail_page()), ("cnn", cnn_page()), ("short", short), ("lists", lists)]
            + [(f.name, f.read_text(encoding="utf-8")) for f in files])


@pytest.mark.parametrize("name,html", _pages(), ids=[name for name, _ in _pages()])
@pytest.mark.parametrize("url", [None, "https://news.example/2026/11/24/story.html"])
def test_the_main_text_on_our_tree_is_bare_extractions(name, html, url):
    assert main_text(parse_page(html), url) == _bare(html, url)


def test_the_options_are_those_extractor_builds():
    for url in (None, "", "https://news.example/a", "https://news.example/caf\u00e9", "https://x.example/\udcff"):
        ours, theirs = options_for(url), Extractor(output_format="txt", comments=False, tables=True, dedup=False,
                                                    url=url)
        # (date_params carries the day the options were first built, which differs from now when a
        # run crosses midnight UTC: read only with metadata, never for the body)
        assert {k: getattr(ours, k) for k in Extractor.__slots__ if k != "date_params"} == \
            {k: getattr(theirs, k) for k in Extractor.__slots__ if k != "date_params"}, url
        assert ours.date_params.keys() == theirs.date_params.keys()
    # Each page has its own copy: one page's URL never leaks into the next.
    assert options_for("https://a.example/").url == "https://a.example/" and options_for(None).url is None


def test_the_extraction_prunes_the_tree_it_is_given():
    # Readers' comments go before anything else when comments are not wanted: in place.
    comments = '<div id="comments"><p>First! Great story, thanks for writing it up.</p></div>'
    root = parse_page(dailymail_page().replace("</footer>", "</footer>" + comments))
    assert root.find(".//div[@id='comments']") is not None
    assert extract_body(root) is not None
    assert root.find(".//div[@id='comments']") is None  # why read_html reads everything else first


def test_a_page_trafilatura_keeps_nothing_of_still_has_its_text_as_body():
    # Under trafilatura's minimum size: the body is the page's text, read from a fresh parse of
    # the page (the extraction pruned the first tree).
    html = "<html><head><title>Notice</title></head><body><div>Closed on Monday.</div></body></html>"
    assert main_text(parse_page(html)) == ()
    assert entry_of(html).body_text == "Closed on Monday."


def test_htmldate_reads_the_tree_before_the_extraction_prunes_it(monkeypatch):
    # A page whose only date is in its readers' comments keeps the day htmldate finds there.
    seen = []
    real = htmlpage._htmldate
    monkeypatch.setattr(htmlpage, "_htmldate", lambda root, url: seen.append(
        root.find(".//div[@id='comments']") is not None) or real(root, url))
    comments = '<div id="comments"><p><span class="comment-date">24.11.2026</span> great!</p></div>'
    html = dailymail_page().replace('<meta property="article:published_time" content="2026-11-24T08:15:00+00:00">',
                                    "").replace("</footer>", "</footer>" + comments)
    assert str(entry_of(html).published)[:10] == "2026-11-24"
    assert seen == [True]


@pytest.mark.parametrize("text", ["", "   \n\t ", "\x01\x02 \x0b", "\u3000\u00a0 ", " \x00\u3000"])
def test_a_page_of_white_space_and_controls_is_empty(text):
    assert parse_page(text) is None and parse_page(page_bytes(text)) is None


@pytest.mark.parametrize("text", ["x", " \u00e9t\u00e9", "\u3000<p>a</p>", "\x01<p>\x02a</p>", "\udcff"])
def test_a_page_with_any_text_is_parsed(text):
    assert parse_page(text) is not None


def test_controls_are_taken_out_of_the_page_before_it_is_parsed():
    assert page_bytes("<p>a\x00b\x1fc\x7fd\x0be\u00e9\tf</p>") == "<p>abcde\u00e9\tf</p>".encode()


def test_highlights_are_searched_only_where_a_hint_is_spelled(monkeypatch):
    searched = []
    monkeypatch.setattr(htmlpage, "page_highlights", lambda root: searched.append(1) or ())
    for spelling, searched_too in (("story-highlights", True), ("STORY-HIGHLIGHTS", True), ("ighLights", True),
                                   ("mol-bullets", True), ("bulletbin", True), ("HighLIGHTS", False),
                                   ("bullet-list", False), ("plain", False)):
        searched.clear()
        entry_of(f'<html><body><div class="{spelling}"><p>{STORY[0]}</p></div></body></html>')
        assert bool(searched) is searched_too, spelling


@pytest.mark.slow
def test_the_main_text_on_our_tree_is_bare_extractions_on_the_eval_pages():
    import gzip

    pages = sorted((corpus_dir("html-eval-dev") / "pages").glob("*.gz"))[::5]
    for path in pages:
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        assert main_text(parse_page(html)) == _bare(html, None), path.name
