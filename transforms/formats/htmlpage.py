"""HTML article pages: the main text by trafilatura, the metadata and highlights by newsbeam.

The main text is trafilatura's (``bare_extraction``: its cleaning, its own scoring of the main
content, and its fallbacks, readability's and jusText's algorithms, when its first pass looks
short). Main-text extraction is a field of its own; newsbeam's earlier hand-written scorer,
which matched class-name fragments ("banner", "rail", "widget"), lost whole articles on one
real page in six.

What newsbeam adds around it:

* Metadata from the page's own declarations, most specific first: ``og:title`` / JSON-LD
  ``headline`` / ``<title>`` / ``<h1>``; ``<link rel=canonical>`` / ``og:url``;
  ``article:published_time`` / JSON-LD ``datePublished`` / ``<time datetime>``, then
  htmldate's search of the page; ``meta name=author`` / the page's author markup / JSON-LD
  authors; ``<html lang>``. These come first because they are exact: a publisher's
  ``datePublished`` carries the time and the zone, where htmldate's answer is a day; its
  ``og:title`` is the headline without the site's menu text. trafilatura's own metadata pass
  (htmldate's extensive search included) would also double the time of a page.
* The highlights: the items of a Daily Mail ``mol-bullets`` list or a CNN "Story highlights"
  block, wherever on the page they sit (trafilatura keeps them as an ordinary list, or drops
  them as page furniture). They go to ``bullets`` and are not repeated in the body.
* The body as paragraphs: one per block of trafilatura's output (paragraph, heading, list
  item, table row, quotation), whitespace collapsed; the reader joins them with line breaks,
  ``normalize`` with blank lines.
* Pages that render their text with JavaScript still carry it in JSON-LD ``articleBody``;
  when that is much longer than what the page shows, it is the body.
"""
from __future__ import annotations

import html as _html
import json
import logging
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from newsbeam.schemas import reasons
from newsbeam.schemas.records import Document, Entry, Reject
from newsbeam.transforms.formats.common import Limits, capped_entry, reject
from newsbeam.transforms.html import (
    HIGHLIGHT_CLASS, HIGHLIGHT_LABEL, SHORTCODE, TEASER, element_to_text, text_to_paragraphs, without_markup,
)
from newsbeam.transforms.formats.maintext import main_text

__all__ = ["main_text", "parse_page", "read_html"]

# trafilatura and htmldate log every page they find too short or undated at WARNING/ERROR;
# newsbeam records such a page itself (a reject, or a null date), so their logs are noise.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_ARTICLE_TYPES = frozenset(
    "Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle "
    "BackgroundNewsArticle BlogPosting Report ScholarlyArticle LiveBlogPosting "
    "SocialMediaPosting WebPage".split()
)
# Controls that libxml2 refuses; none is text. Each is one byte in UTF-8, and no byte of a
# multi-byte sequence is below 0x80: deleting them from the UTF-8 bytes (``bytes.translate``,
# a table lookup in C) is deleting them from the text, at a third of a regex's cost.
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0e, 0x20)) + b"\x7f"
_NOT_ASCII_SPACE = re.compile(rb"[^ \t\n\r\x0b\x0c]")
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.I)
_DOCUMENT_PARTS = re.compile(r"<(?:head|body)[\s>]", re.I)
_JUNK_SCAN = 1 << 16  # how far into a page its real start is looked for
# PHP's own error output, printed into the page where the error happened ("<b>Warning</b>:
# Use of undefined constant ... in <b>/path/file.php</b> on line <b>928</b><br />"). It is
# never the page's text, but a few of them in a sidebar outweigh a short post in trafilatura's
# comparison of its candidates (html-eval-dev: 2 of 485 pages carry them; on one the body was
# four warnings instead of the post). Bounded: each part has a length cap, no nested repeats.
_PHP_MESSAGE = re.compile(
    r"(?:<br\s*/?>\s*)?<b>\s*(?:warning|notice|deprecated|strict standards|(?:catchable )?fatal error"
    r"|parse error)\s*</b>\s*:[^<]{0,2000}<b>[^<]{0,1000}</b>\s*on line\s*<b>\s*\d{1,9}\s*</b>"
    r"(?:\s*<br\s*/?>)?", re.I)
_UPPER, _LOWER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
_AUTHOR_CANDIDATES = lxml.etree.XPath(
    f"//*[@itemprop and contains(translate(@itemprop, '{_UPPER}', '{_LOWER}'), 'author')]"
    f" | //a[@rel and contains(translate(@rel, '{_UPPER}', '{_LOWER}'), 'author')]")
# The preselection of highlight containers and labels: ASCII case folding (as XPath's
# translate() did) and substring tests, in one Python pass over the elements. The XPath
# expressions that did it (translate() of every element's class and id, and of every text
# node) cost 30 ms on a page with a hint (html-eval-dev: 1.1 s on its 38 such pages, against
# 0.03 s for a walk over their elements).
_ASCII_LOWER = str.maketrans(_UPPER, _LOWER)
_HIGHLIGHT_MARKS = ("highlights", "mol-bullets", "bulletbin")


def _highlight_candidates(root) -> Iterator:
    """Elements whose class or id holds a highlight mark, in document order."""
    for el in root.iter(lxml.etree.Element):
        names = f"{el.get('class') or ''} {el.get('id') or ''}".translate(_ASCII_LOWER)
        if any(mark in names for mark in _HIGHLIGHT_MARKS):
            yield el


def _label_candidates(root) -> Iterator:
    """Elements of a label tag with a text node of their own that says "highlights", in
    document order."""
    for el in root.iter(*_LABEL_TAGS):
        if any(t and "highlights" in t.translate(_ASCII_LOWER)
               for t in (el.text, *(child.tail for child in el))):
            yield el


# Every highlight container or label holds "highlights", "mol-bullets" or "bulletbin" (what
# the walks above preselect on): a page whose source has none of them has no highlights and is
# not searched. Most pages have none, and the search (then two XPaths) cost 40% of
# trafilatura's extraction (html-eval-dev, 100 pages: 1.6 s against 4.0 s of CPU). Substring
# tests, in these spellings, because a case-insensitive regex or a lower() of the text costs
# 5-10x more (0.5 and 0.1 s). Seven scans of the text still cost 0.7 ms a page: the page's
# bytes, lowercased (a table lookup in C, unlike str.lower()), are scanned first, twice, and
# the spellings tested only on the pages that pass (html-eval-dev: 66 of 485; 0.3 s in all
# against 0.7 s).
_HIGHLIGHT_HINTS = ("ighlights", "IGHLIGHTS", "ighLights", "ullets", "ULLETS", "ulletbin", "ULLETBIN")


def _may_have_highlights(data: bytes, text: str) -> bool:
    """Whether ``text`` (``data`` is its ``page_bytes``) holds one of the hints: every hint,
    lowercased, holds "ighlights" or "ullet", and deleting controls cannot take a hint apart."""
    low = data.lower()
    return (b"ighlights" in low or b"ullet" in low) and any(hint in text for hint in _HIGHLIGHT_HINTS)


# A heading over a list of other stories (named data: the words sites put there), and how
# far into the body's text it must come to end it (a page that opens on such a list is not
# cut to nothing).
_STORY_LIST_HEADING = re.compile(
    r"(?:(?:other|more|related|recommended|latest|popular|trending|top)(?: [\w'’&-]+){0,3}"
    r" (?:stories|articles|columns|columnists|news|headlines|reads|posts|videos|opinions?)"
    r"|more (?:from|in|on) [\w'’&. -]{1,40}|you (?:may|might) (?:also )?(?:like|be interested in)"
    r"|most (?:read|popular|viewed|shared)|read next|further reading)\s*:?$", re.I)
_STORY_LIST_AFTER = 0.6
_LABEL_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b")
_PARSER = dict(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
               remove_pis=True, huge_tree=True, no_network=True, recover=True)


def page_bytes(text: str) -> bytes:
    """The page as UTF-8 bytes for the parser, without the controls libxml2 refuses. Bytes
    plus an explicit encoding: lxml refuses a str with an XML encoding declaration, and lone
    surrogates from bad input must not raise."""
    return text.encode("utf-8", "replace").translate(None, _CONTROL_BYTES)


def _blank(data: bytes) -> bool:
    """Whether the page holds nothing but white space (as ``str.strip`` sees it)."""
    first = _NOT_ASCII_SPACE.search(data)
    if first is None:
        return True
    # Non-ASCII first: a Unicode space (no-break, ideographic...) or text; decode to tell.
    return data[first.start()] >= 0x80 and not data.decode("utf-8", "replace").strip()


def parse_page(text: str | bytes):
    """The page (text, or ``page_bytes``) as an ``lxml.html`` tree (what trafilatura walks), or
    None when it is empty."""
    data = page_bytes(text or "") if isinstance(text, str) else text
    if _blank(data):
        return None
    # One parser per call: a parser is not thread-safe, and Beam may run DoFns in threads.
    try:
        root = lxml.html.fromstring(data, parser=lxml.html.HTMLParser(**_PARSER))
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return None
    if root is None or not isinstance(root.tag, str):
        return None
    if root.tag != "html":
        # A fragment: lxml returns its only element; trafilatura expects a document.
        root = lxml.html.fromstring(b"<html><body>" + data + b"</body></html>",
                                    parser=lxml.html.HTMLParser(**_PARSER))
    return root


def _meta_keys(meta) -> list[str]:
    return [v.lower() for v in (meta.get("property"), meta.get("name"), meta.get("itemprop"))
            if v]


def _meta_index(root) -> dict[str, list[str]]:
    """The non-empty ``content`` of the page's meta tags under each of their names (property,
    name, itemprop; lowercased), in document order: read once per page, then looked up
    (a walk over the meta tags per lookup cost 1 ms a page)."""
    index: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        value = (meta.get("content") or "").strip()
        if not value:
            continue
        for key in dict.fromkeys(_meta_keys(meta)):
            index.setdefault(key, []).append(value)
    return index


def _meta(metas: dict[str, list[str]], *keys: str) -> str | None:
    """First non-empty ``content`` of a meta tag whose name/property/itemprop is a key (the
    keys in order of preference)."""
    for key in keys:
        if values := metas.get(key.lower()):
            return values[0]
    return None


def _metas(metas: dict[str, list[str]], key: str) -> list[str]:
    return list(metas.get(key, ()))


def _dom_authors(root) -> list[str]:
    """Authors marked up in the page itself: itemprop=author, rel=author links."""
    names = []
    # XPath preselects in C (a walk in Python over every element cost as much as the rest of
    # the metadata); the exact test stays in Python.
    for el in _AUTHOR_CANDIDATES(root):
        if (el.get("itemprop") or "").lower() == "author" or \
                (el.tag == "a" and "author" in (el.get("rel") or "").lower().split()):
            inner = el.find('.//*[@itemprop="name"]')
            source = inner if inner is not None else el
            name = (source.get("content") or _text(source)).strip()
            if name and len(name) < 80 and not name.startswith("http"):
                names.append(name)
    return names


def _json_ld(root) -> list[dict]:
    """Article-like objects from the page's JSON-LD blocks (``@graph`` flattened)."""
    out: list[dict] = []
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        if len(script.text) > 2_000_000:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and len(out) < 50:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(isinstance(k, str) and k in _ARTICLE_TYPES for k in kinds):
                    out.append(item)
    # Real articles before the WebPage wrapper some sites also declare.
    return sorted(out, key=lambda d: d.get("@type") == "WebPage")


def _ld_names(value) -> list[str]:
    if isinstance(value, (str, dict)):
        value = [value]
    names = []
    for one in value if isinstance(value, list) else []:
        name = one.get("name") if isinstance(one, dict) else one
        if isinstance(name, str) and name.strip() and not name.strip().startswith("http"):
            names.append(name.strip())
    return names


def _ld(objects: list[dict], key: str) -> str | None:
    for obj in objects:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _date(value: str | None) -> datetime | str | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return value.strip()
    return when.astimezone(timezone.utc) if when.tzinfo is not None else value.strip()


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())

def read_html(doc: Document, text: str, limits: Limits) -> Iterator[Entry | Reject]:
    text = _without_php_messages(_without_leading_junk(text))
    data = page_bytes(text)
    root = parse_page(data)
    if root is None:
        yield reject(doc, reasons.EMPTY, "HTML page with no content")
        return
    ld = _json_ld(root)
    metas = _meta_index(root)
    title_el = root.find(".//title")
    h1 = root.find(".//h1")
    title = _without_site_name(
        _meta(metas, "og:title", "twitter:title")
        or _ld(ld, "headline")
        or (_text(title_el) if title_el is not None else None)
        or (_text(h1) if h1 is not None else None),
        _meta(metas, "og:site_name"))
    url = _page_url(root, metas, ld, doc)
    published = (
        _meta(metas, "article:published_time", "article:published", "datePublished", "pubdate", "publishdate",
              "dc.date.issued", "dcterms.created", "date", "sailthru.date", "parsely-pub-date")
        or _ld(ld, "datePublished")
    )
    if not published:
        for time_el in root.iter("time"):
            if time_el.get("datetime"):
                published = time_el.get("datetime")
                break
    updated = _meta(metas, "article:modified_time", "article:modified", "dateModified",
                    "og:updated_time") \
        or _ld(ld, "dateModified")
    authors = [a for a in _metas(metas, "author") if not a.startswith("http")]
    if not authors:
        authors = _dom_authors(root)
    if not authors:
        for obj in ld:
            authors = _ld_names(obj.get("author"))
            if authors:
                break
    language = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
                or _meta(metas, "content-language", "dc.language", "og:locale")
                or _ld(ld, "inLanguage"))
    description = _meta(metas, "og:description", "description", "twitter:description")
    tags = tuple(dict.fromkeys(_metas(metas, "article:tag")))

    bullets = page_highlights(root) if _may_have_highlights(data, text) else ()
    # htmldate's quick search (markup and URL; its extensive search reads every text node and
    # would cost as much as the extraction): a day, the best left when the page declares no
    # date. Read before the extraction, which prunes the tree.
    dated = _htmldate(root, url) if not published else None
    # (markup a page wrote as text, "<a href=…>" or "[box class=…]": no tag survives, as in a feed's text)
    paragraphs = without_markup(main_text(root, url))
    if not paragraphs:
        # trafilatura keeps nothing from a page with very little text (under its minimum
        # size): then the page's text is all there is, and it is the body (read from a new
        # parse: trafilatura pruned the first).
        whole = parse_page(data)
        body = whole.find(".//body") if whole is not None else None
        paragraphs = element_to_text(body).paragraphs if body is not None else ()
    if bullets:
        shown = set(bullets)
        paragraphs = tuple(p for p in paragraphs if p not in shown and not HIGHLIGHT_LABEL.match(p))
    paragraphs = _drop_title(_without_teasers(paragraphs), title)
    ld_body = _ld(ld, "articleBody")
    if ld_body and len(ld_body) > 2 * sum(len(p) for p in paragraphs):
        # Pages that render their text with JavaScript still carry it in JSON-LD.
        paragraphs = text_to_paragraphs(ld_body)
    if not published and paragraphs:
        published = dated
    if not paragraphs and not title:
        yield reject(doc, reasons.NO_ENTRIES, "HTML page with no title and no article text")
        return
    yield capped_entry(
        doc, "html", limits,
        url=url,
        title=title,
        title_html=bool(title and "&" in title),
        authors=tuple(dict.fromkeys(authors)),
        published=_date(published),
        updated=_date(updated),
        language=language.strip() if language and language.strip() else None,
        summary_html=_html.escape(description) if description else None,
        body_text="\n".join(paragraphs) or None,
        bullets=tuple(bullets),
        tags=tuple(tags),
    )


def _without_leading_junk(text: str) -> str:
    """The page from its doctype or ``<html>`` on, when something else comes first (PHP
    warnings, debug output): a parser would put that junk at the top of the body, and the
    page's own head and body inside it."""
    start = _HTML_START.search(text, 0, _JUNK_SCAN)
    if start is None or not text[:start.start()].strip("\ufeff \t\r\n"):
        return text
    if _DOCUMENT_PARTS.search(text, 0, start.start()):
        return text  # a <head> or <body> before it: the match is not where the page starts
    return text[start.start():]


def _without_php_messages(text: str) -> str:
    """The page without PHP's warnings and notices, wherever it printed them."""
    if "on line" not in text:  # a substring test in C: almost no page has any
        return text
    return _PHP_MESSAGE.sub("", text)


def page_highlights(root) -> tuple[str, ...]:
    """The items of the page's highlights: lists inside a marked container (``mol-bullets``,
    ``story-highlights``), and the list right after a "Story highlights" label."""
    items: list[str] = []
    # Containers and labels are preselected by XPath in C: most pages have neither.
    for el in _highlight_candidates(root):
        if HIGHLIGHT_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}") and not any(
                HIGHLIGHT_CLASS.search(f"{a.get('class') or ''} {a.get('id') or ''}") for a in el.iterancestors()):
            items.extend(element_to_text(el).bullets)
    for el in _label_candidates(root):
        text = el.text_content() if len(el) else (el.text or "")
        if len(text) > 40 or not HIGHLIGHT_LABEL.match(text.strip()):
            continue
        nxt = el.getnext()
        if nxt is not None and nxt.tag in ("ul", "ol"):
            items.extend(" ".join(li.text_content().split()) for li in nxt.iter("li"))
    return tuple(dict.fromkeys(item for item in items if item))


def _without_teasers(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The body without teasers for other stories ("Read more: ...", "Related: ..."),
    unexpanded WordPress shortcodes, and a trailing list of other stories under its own
    heading ("Other Opinion Columns", "More stories", "You may also like"), all of which
    trafilatura keeps as paragraphs of the text."""
    kept = tuple(p for p in paragraphs if not (TEASER.match(p) or SHORTCODE.match(p)))
    return _without_trailing_story_list(kept or paragraphs)


def _without_trailing_story_list(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The body up to a heading that announces other stories, when that heading comes after
    most of the text: what follows it is headlines and standfirsts of other articles."""
    total = sum(len(p) for p in paragraphs)
    seen = 0
    for i, p in enumerate(paragraphs):
        if seen >= _STORY_LIST_AFTER * total and len(p) <= 60 and _STORY_LIST_HEADING.match(p):
            return paragraphs[:i]
        seen += len(p)
    return paragraphs


def _htmldate(root, url: str | None) -> str | None:
    from htmldate import find_date

    try:
        return find_date(root, extensive_search=False, original_date=True, url=url,
                         outputformat="%Y-%m-%d")
    except (ValueError, TypeError, OverflowError, lxml.etree.LxmlError):
        return None


def _page_url(root, metas: dict[str, list[str]], ld: list[dict], doc: Document) -> str | None:
    canonical = None
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            canonical = link.get("href").strip()
            break
    url = canonical or _meta(metas, "og:url") or _ld(ld, "url") or doc.url
    if url and not urlsplit(url).scheme:
        # A relative canonical link: resolve it against the page's own address when known.
        base = next((u for u in (_meta(metas, "og:url"), doc.url, doc.feed_url, doc.input)
                     if u and urlsplit(u).scheme in ("http", "https")), None)
        url = urljoin(base, url) if base else url
    return url


_SITE_SEPARATOR = re.compile(r"\s+[-|–—:·•]{1,2}\s+$")


def _without_site_name(title: str | None, site: str | None) -> str | None:
    """The headline without the site's name that pages append to it ("... - Breitbart",
    "... | CNN"), when the page says what its site is called."""
    if not title or not site or len(site) >= len(title):
        return title
    head = title[:len(title) - len(site)]
    if title[len(head):].lower() != site.lower():
        return title
    sep = _SITE_SEPARATOR.search(head)
    return head[:sep.start()] if sep and sep.start() > 0 else title


def _drop_title(paragraphs: tuple[str, ...], title: str | None) -> tuple[str, ...]:
    """The body without a leading copy of the headline (the h1 inside <article>)."""
    if paragraphs and title and " ".join(paragraphs[0].split()) == " ".join(title.split()):
        return paragraphs[1:]
    return paragraphs
