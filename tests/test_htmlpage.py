"""HTML article pages: trafilatura's main text with newsbeam's highlights, metadata and sniffing."""
from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from newsbeam.pipeline.cli import main
from newsbeam.schemas.records import Document, Entry
from newsbeam.transforms.normalize import normalize_entry
from newsbeam.transforms.formats.read import read_document, sniff
from tests.corpus import corpus_dir

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)

STORY = [
    "The harbour master has warned residents to expect flooding as spring tides arrive on the coast this week.",
    "‘We have not seen tides like this in thirty years,’ he said on Tuesday, standing on the quay wall.",
    "Sandbags were handed out at the town hall, where volunteers worked through the night to fill them.",
    "The council said the sea front would stay closed until Friday, when the tides are forecast to ease.",
    "Fishermen moved their boats to the inner basin, which is sheltered from the worst of the swell.",
]


def entry_of(html: str, name: str = "page.html") -> Entry:
    (entry,) = [e for e in read_document(Document("test", name, html.encode(), NOW)) if isinstance(e, Entry)]
    return entry


def dailymail_page() -> str:
    """The Daily Mail's shape: a page wrapper whose class contains "banner", the lead inside
    <header>, a mol-bullets list before the body, an image caption between paragraphs."""
    paras = "".join(f'<p class="mol-para-with-font">{p}</p>' for p in STORY[1:])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour master issues flood warning | Daily Mail Online</title>
<meta property="og:title" content="Harbour master issues flood warning as spring tides arrive">
<meta property="article:published_time" content="2026-11-24T08:15:00+00:00">
</head><body>
<div class="page-banner-wrapper has-banner"><div id="content" class="banner-content">
<nav class="nav-primary"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="article-text wide heading-tag-switch" itemprop="articleBody">
<header><h1>Harbour master issues flood warning as spring tides arrive</h1>
<p class="mol-para-with-font lead">{STORY[0]}</p></header>
<ul class="mol-bullets-with-font">
<li class="class-ZDCe"><font style="font-size:1.2em;"><strong>Tides expected to peak at 6.2m on Thursday night</strong></font></li>
<li class="class-ZDCe"><font style="font-size:1.2em;"><strong>Residents told to move cars from the quay by 6pm</strong></font></li>
</ul>
<div class="author-section byline-plain">By <a href="/search?s=Tom+Reyes">TOM REYES FOR MAILONLINE</a></div>
{paras}
<div class="artSplitter mol-img-group"><img alt="Waves" src="w.jpg"><p class="imageCaption">Waves crash over the sea wall</p></div>
</div>
<div class="related-carousel"><h3>Most read</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></div>
</div></div>
<footer><p>Published by Associated Newspapers Ltd</p></footer>
</body></html>"""


def cnn_page() -> str:
    """CNN's shape: "Story highlights" in a side-of-rail block before the body."""
    paras = "".join(f'<p class="zn-body__paragraph">{p}</p>' for p in STORY)
    return f"""<!DOCTYPE html><html><head><title>Storm sweeps the Northeast - CNN</title></head><body>
<div class="pg-right-rail-tall pg-wrapper"><article class="pg-rail-tall pg-side-of-rail">
<h1 class="pg-headline">Storm sweeps the Northeast</h1>
<p class="update-time">Updated 0832 GMT (1632 HKT) November 27, 2013</p>
<div class="el__storyhighlights"><h3>Story highlights</h3><ul class="el__storyhighlights__list">
<li class="el__storyhighlights__item">Storm dumps snow across the Northeast</li>
<li class="el__storyhighlights__item">More than 1,000 flights canceled</li></ul></div>
<section class="zn-body-text">{paras}</section>
</article><div class="pg-rail"><h2>More from CNN</h2><ul><li><a href="/x">Other</a></li></ul></div></div>
</body></html>"""


def test_dailymail_shape_keeps_its_body_and_its_bullets():
    entry = entry_of(dailymail_page())
    assert entry.bullets == ("Tides expected to peak at 6.2m on Thursday night",
                             "Residents told to move cars from the quay by 6pm")
    body = entry.body_text.split("\n")
    for para in STORY:  # the <header> lead included
        assert para in body
    assert not any("Tides expected" in p for p in body)  # bullets are not repeated in the body
    assert not any("Another story" in p or "Sport" == p for p in body)
    assert entry.title == "Harbour master issues flood warning as spring tides arrive"
    assert entry.published == datetime(2026, 11, 24, 8, 15, tzinfo=timezone.utc)


def test_cnn_shape_keeps_its_body_and_its_story_highlights():
    entry = entry_of(cnn_page())
    assert entry.bullets == ("Storm dumps snow across the Northeast", "More than 1,000 flights canceled")
    body = entry.body_text.split("\n")
    for para in STORY:
        assert para in body
    assert "Story highlights" not in body


def test_body_is_paragraphs_joined_by_blank_lines():
    article = normalize_entry(entry_of(dailymail_page()))
    assert article.body.split("\n\n")[:2] == STORY[:2]


PHP_WARNINGS = [
    "<br />\n<b>Warning</b>:  Use of undefined constant comments - assumed 'comments' in "
    "<b>/var/www/wp-content/plugins/recent.php</b> on line <b>928</b><br />\n" * 30,
    "PHP Notice:  Undefined index: HTTP_REFERER in /var/www/html/index.php on line 12\n" * 30,
    "\ufeff\n  Deprecated: Function create_function() is deprecated in /srv/x.php on line 3\n",
]


@pytest.mark.parametrize("junk", PHP_WARNINGS, ids=["br-b-warning", "php-notice", "bom-deprecated"])
def test_junk_before_html_is_still_an_html_page(junk):
    html = junk + dailymail_page()
    assert sniff(html.encode()) == "html"
    entry = entry_of(html)
    assert entry.format == "html"
    assert STORY[2] in entry.body_text.split("\n")


def test_php_warnings_inside_the_page_are_not_its_text():
    """PHP prints its warnings where the error happened, e.g. in a sidebar widget; they outweighed
    a short post in trafilatura's choice of candidates, and the body was the warnings."""
    warning = ("<b>Warning</b>:  Use of undefined constant {0} - assumed '{0}' (this will throw an Error in a "
               "future version of PHP) in <b>/srv/www/blog/wp-content/plugins/latest-replies/widget.php</b> "
               "on line <b>{1}</b><br />\n<br />\n")
    warnings = "".join(warning.format(name, 400 + i) for i, name in enumerate(["replies", "pings"] * 3))
    post = ("<p>Our second daughter arrived on a rainy Sunday morning, two weeks early.</p>"
            "<p>Her brother inspected her for a long time and then went back to his trains.</p><p>=)</p>")
    html = (f"<!DOCTYPE html><html><head><title>blog &raquo; Number two</title></head><body>"
            f"<div id='page'><div id='content'><div class='post'><h2>Number two</h2>"
            f"<small>3 August 2015 by Kim</small><div class='entry'>{post}</div></div></div>"
            f"<div id='sidebar'><h2>Latest replies</h2><ul>\n<br />\n{warnings}"
            f"<li><a href='/a/#c1'>Sam</a>: hello</li></ul></div></div></body></html>")
    body = entry_of(html).body_text
    assert "Our second daughter arrived" in body and "Her brother inspected her" in body
    assert "Warning" not in body and "on line" not in body


@pytest.mark.parametrize("heading", ["Other Opinion Columns", "More stories", "You may also like",
                                     "RELATED ARTICLES", "More from Harbour News"])
def test_a_trailing_list_of_other_stories_is_not_the_body(heading):
    teasers = "".join(f"<div class='story-block'><h4><strong>Kicker {i}</strong> <a href='/story-{i}'>Headline {i} "
                      f"of another story</a></h4><p class='standfirst'>Lines of another story.</p></div>"
                      for i in range(3))
    # Inside the article's container, after its last paragraph, as the Herald Sun has it.
    html = dailymail_page().replace('<div class="artSplitter', f'<h2>{heading}</h2>{teasers}<div class="artSplitter')
    body = entry_of(html).body_text
    assert STORY[-1] in body
    assert heading not in body and "another story" not in body


def test_such_a_heading_early_in_the_text_cuts_nothing():
    # A heading that names other stories before most of the article is the article's own.
    html = dailymail_page().replace(f'<p class="mol-para-with-font">{STORY[2]}</p>',
                                    f'<h2>More from the harbour stories</h2><p class="mol-para-with-font">{STORY[2]}</p>')
    assert "More from the harbour stories" in html
    body = entry_of(html).body_text
    assert STORY[-1] in body and "More from the harbour stories" in body


@pytest.mark.parametrize("data, kind", [
    (b"<br />\n<b>Warning</b>: x<br />\n<?xml version='1.0'?><rss version='2.0'><channel/></rss>", "feed"),
    (b"notice: x\n<rss version='2.0'><channel></channel></rss>", "feed"),
    (b"<?xml version='1.0'?><rss version='2.0'><channel><description>&lt;html&gt;</description></channel></rss>",
     "feed"),
    (b"Just a headline\n\nAnd a paragraph of text.", "text"),
])
def test_sniffing_still_tells_feeds_and_text_apart(data, kind):
    assert sniff(data) == kind


def test_a_page_with_a_date_only_in_its_text_gets_one_from_htmldate():
    html = dailymail_page().replace('<meta property="article:published_time" content="2026-11-24T08:15:00+00:00">',
                                    "").replace("<header>", '<header><time>24 November 2026</time>')
    entry = entry_of(html, name="https://news.example/2026/11/24/harbour.html")
    assert str(entry.published)[:10] == "2026-11-24"


# --- the evaluation set: body F1 floors (slow: about a minute on two cores) ------------------

FLOORS = {"all": 0.92, "news": 0.92}
# Pages with none of their text: the target is at most 1% (4 of 485), and newsbeam has 4
# (0.82%): three where trafilatura's own extract() picks the wrong candidate as well (a consent
# form, a list of other stories, a standfirst over an interview), and one whose expected snippets
# keep soft hyphens that the body does not. A fifth, a short post whose sidebar carried PHP
# warnings, is found since the warnings are taken out (test_php_warnings_inside_the_page_are_not_its_text).
MAX_EMPTY_PAGES = {"all": 4, "news": 0}


@pytest.mark.slow
def test_html_eval_dev_floors(tmp_path):
    corpus = corpus_dir("html-eval-dev")
    out = tmp_path / "out"
    assert main(["-q", "run", "--input", str(corpus / "pages" / "*.gz"), "--output", str(out)]) == 0
    scores = {}
    for scope, extra in (("all", []), ("news", ["--news-only"])):
        printed = subprocess.run([sys.executable, str(corpus / "score_html.py"), str(corpus / "expected.jsonl"),
                                  "--output", str(out), *extra], capture_output=True, text=True, check=True).stdout
        pages, empty = map(int, re.search(r"pages (\d+):.*none of their text: (\d+)", printed).groups())
        f1 = float(re.search(r"F1=([0-9.]+)", printed).group(1))
        scores[scope] = (f1, empty)
        print(f"html-eval-dev {scope}: F1 {f1:.3f}, pages with none of their text {empty}/{pages}")
    for scope, floor in FLOORS.items():
        assert scores[scope][0] >= floor, (scope, scores[scope])
        assert scores[scope][1] <= MAX_EMPTY_PAGES[scope], (scope, scores[scope])
