"""HTML to plain text: block structure kept, markup, scripts and entities gone.

Pure functions over strings and lxml trees; no Beam. ``html_to_text`` is called for every
feed entry and article page, so it parses once with lxml's HTML parser (libxml2, no network,
comments and processing instructions dropped at parse time) and walks the tree iteratively:
hostile input can nest elements tens of thousands deep, and a recursive walk would hit
Python's recursion limit.

What comes out:

* ``paragraphs``: one string per block (p, div, li, h1-h6, blockquote, tr, br-separated line,
  ...), whitespace collapsed, Unicode NFC. A ``<br>`` inside a sentence (the line before ends on
  no stop and the next opens in lower case) is a space: feeds wrap sentences so. Items of body lists are their own paragraphs.
  Scripts, styles, forms, navigation, footers and picture captions (figcaption, and
  ``class="...caption..."``) are dropped whole. Every entity is decoded, including a
  second layer of escaping (``&amp;rsquo;``), and no tag or ``javascript:`` survives.
* ``bullets``: highlights (issue 3): a list that comes before the first paragraph when
  paragraphs follow it (unless every item is a link: that is "related stories"), any list
  inside a Daily Mail ``mol-bullets`` or CNN "story highlights" container, and the list
  after a "Story highlights" label. Bullets are not repeated in ``paragraphs``.
* ``body_lists``: every other list, item texts grouped per list, so a consumer can tell a
  bulleted list in the body from ordinary paragraphs while ``paragraphs`` still reads in order.
* Left out of ``paragraphs`` when there is prose besides: teasers for other stories ("Read
  more: ...", "Related: ..."), a paragraph that is one link and nothing else ("Continue
  reading"), and WordPress shortcodes left unexpanded ("[time-brightcove ...]").
"""
from __future__ import annotations

import dataclasses
import html as _html
import re
import unicodedata
from collections.abc import Iterable

import lxml.etree

__all__ = [
    "HtmlText", "element_to_text", "html_to_text", "parse_html",
    "text_to_paragraphs", "without_markup",
]


@dataclasses.dataclass(frozen=True)
class HtmlText:
    paragraphs: tuple[str, ...]
    bullets: tuple[str, ...]
    body_lists: tuple[tuple[str, ...], ...] = ()


EMPTY = HtmlText((), (), ())

# Elements whose whole subtree is dropped: code, widgets, navigation and caption text. A
# figcaption repeats or describes a picture, which is not the article's prose.
DROP = frozenset(
    """script style noscript template iframe frame frameset svg math form nav footer
    figcaption button select option textarea input object embed applet canvas audio video
    source track map area head title meta link base dialog menu""".split()
)
# Elements that end a line of text. Everything else is inline and joins its neighbours.
BLOCK = frozenset(
    """p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote tr table thead tbody tfoot
    caption section article header aside main address pre hr figure details summary center
    fieldset legend hgroup body html""".split()
)
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
LISTS = frozenset(("ul", "ol"))
CELLS = frozenset(("td", "th"))

# A container whose lists are highlights whatever their position: the Daily Mail marks its
# bullets with class "mol-bullets"; CNN wrapped its "Story highlights" in such classes.
HIGHLIGHT_CLASS = re.compile(r"mol-bullets|story-?highlights|storyhighlights|cnn_bulletbin", re.I)
# Picture captions that are not figcaptions: WordPress's "wp-caption-text", the Daily
# Mail's "imageCaption". Like figcaption, they describe a picture, not the story.
_CAPTION_CLASS = re.compile(r"caption", re.I)
# A label that announces the highlights list after it; it is not itself text of the article.
HIGHLIGHT_LABEL = re.compile(r"^(?:story\s+)?highlights\s*:?$", re.I)

# Furniture that feeds leave between paragraphs: a teaser for another story ("Read More: <a
# link>"; a paragraph that is nothing but a link, like "Seguir leyendo", is caught by its
# links) and a WordPress shortcode that was never expanded ("[time-brightcove id=1]"). Spanish,
# Portuguese and French pages write the teaser as "Lea también:", "LEIA MAIS:", "Lire aussi :"
# (the second word is required: "Lee:" may open a transcript's line); left in, it also parts a
# quote from the paragraph that names its speaker ("…, dijo." after it).
TEASER = re.compile(r"(?:read|see|watch|listen)(?: (?:more|also|next|now))?\s*:|related(?: \w+)?\s*:|"
                     r"more on this(?: story)?\s*:|"
                     r"(?:lea|lee|vea|mira|leia|veja|(?:à |a )?lire|voir)\s(?:también|tambien|además|más|"
                     r"também|mais|aussi|également)\s*:|saiba mais\s*:", re.I)
SHORTCODE = re.compile(r"\[/?[a-z][\w-]*(?:\s[^\[\]]*)?\]$")
# A shortcode inside a paragraph ("[box_colored class=“x” title=“LF 13”]…[/box_colored]"): a
# closing one, or one with an attribute; never an editor's bracket ("[sic]", "[the IF]").
_SHORTCODE_INLINE = re.compile(r"\[(?:/[a-z][\w-]{1,40}|[a-z][\w-]{1,40}\s[^\[\]\n]{0,400}?[\w-]=[\"“”″'][^\[\]\n]{0,400})\]")
# Markup a page wrote as text: a tag with its attributes (name="value") or none, or a closing
# tag; never "a<b and c>d" or "<i think so>" (read51), which a feed's second escaping never makes.
_LEAKED_TAG = re.compile(
    r"</?(?:p|div|span|a|b|i|u|em|strong|br|img|ul|ol|li|h[1-6]|blockquote|script|style|iframe|table|tr|td|"
    r"font|small|sup|sub|figure|section|article)(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+))*\s*/?>",
    re.I)
# C0/C1 controls (except whitespace) and noncharacters: libxml2 refuses some, and none is text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# An entity left in the text after one HTML parse means the source escaped it twice
# (``&amp;rsquo;``, common in feeds). Only names HTML defines, with their semicolon, are
# decoded, so "AT&T;" or "R&D" survive.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A tag left in the text after parsing means the HTML itself was escaped twice.
_TAG = re.compile(
    r"</?(?:p|div|span|a|b|i|u|em|strong|br|img|ul|ol|li|h[1-6]|blockquote|script|style|"
    r"iframe|table|tr|td|font|small|sup|sub|figure|section|article|object|embed|svg|"
    r"form|input|link|meta)\b[^<>]*>",
    re.I,
)
_SCRIPT_URL = re.compile(r"(?:java|vb)\s*script\s*:", re.I)
# A line break inside a sentence is a soft wrap, not a paragraph's end: feeds (The Week's)
# break lines mid-sentence ("… concludes in despair,”<br>said Justin Chang in …", "… that
# nothing<br>matters when …"). The line before ends on none of these (after closing marks),
# and the next line opens in lower case, or on an opening mark and lower case ("…
# makers’<br>“tough-minded understanding”"); a capital may open a line of an address, a
# poem, a list ("Line one<br>Line two", "Chapin Fish,<br>William Pitt …"): those stay lines.
_SENTENCE_ENDS = frozenset(".!?:;…")
_CLOSING_MARKS = "”’\"')]»›"
_LINE_OPENS = "“‘\"'„«‹(¿¡"

_PARSER_OPTIONS = dict(
    # libxml2's default limits cut text off below 256 levels of nesting (real pages reach
    # that) and at 10 MB text nodes; inputs are already capped by Limits, so lift them.
    # Depth still stops at 2,048, beyond which text is dropped rather than parsed.
    huge_tree=True,
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    default_doctype=False,
    encoding="utf-8",
)


def _parser() -> lxml.etree.HTMLParser:
    # lxml.etree's parser rather than lxml.html's: the latter looks up a Python element class
    # for every node, a fifth of the whole conversion time, for methods nothing here uses.
    # A parser instance is not thread-safe and Beam may run DoFns in threads; one is cheap
    # to build, so build one per call.
    return lxml.etree.HTMLParser(**_PARSER_OPTIONS)


def parse_html(html: str):
    """The document tree (an lxml element) of ``html``, or None when there is nothing."""
    if not html:
        return None
    cleaned = _CONTROL.sub("", html)
    if not cleaned.strip():
        return None
    # Bytes plus an explicit encoding: lxml refuses a str with an XML encoding declaration,
    # and lone surrogates from bad input must not raise.
    data = cleaned.encode("utf-8", "replace")
    try:
        return lxml.etree.fromstring(data, parser=_parser())
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return None


def html_to_text(html: str) -> HtmlText:
    """Paragraphs, highlight bullets and body lists of an HTML fragment or page."""
    if not html or ("<" not in html and "&" not in html):
        paras = text_to_paragraphs(html or "")
        return _final(HtmlText(paras, (), ())) if paras else EMPTY
    root = parse_html(html)
    if root is None:
        return EMPTY
    result = element_to_text(root)
    if _TAG.search(" ".join(result.paragraphs + result.bullets)):
        # Markup escaped twice: what the first parse produced is itself HTML. Parse it once
        # more (not recursively: a third layer is left to the tag stripper below).
        paras = tuple(p for text in result.paragraphs for p in _parse_once(text).paragraphs)
        bullets = tuple(b for text in result.bullets for b in _parse_once(text).paragraphs)
        result = HtmlText(paras, bullets, result.body_lists)
    return _final(result)


def _parse_once(html: str) -> HtmlText:
    root = parse_html(html)
    return EMPTY if root is None else element_to_text(root)


def _final(result: HtmlText) -> HtmlText:
    """Last guarantees on every string: no tags, no script URLs, no entities."""
    def clean(items: Iterable[str]) -> tuple[str, ...]:
        out = []
        for item in items:
            # Each check is a cheap substring test first: this runs for every paragraph.
            item = _without_tags(item, _TAG)
            if "&" in item:
                item = _CONTROL.sub("", _unescape_leftover(item))
            # Repeated: removing "javascript:" from "javajavascript:script:" makes another.
            while ":" in item and _SCRIPT_URL.search(item):
                item = _SCRIPT_URL.sub("", item)
            item = _normalize(item)
            if item:
                out.append(item)
        return tuple(out)

    return HtmlText(
        clean(result.paragraphs),
        clean(result.bullets),
        tuple(lst for lst in (clean(items) for items in result.body_lists) if lst),
    )


def _without_tags(item: str, tags: re.Pattern[str]) -> str:
    """``item`` without the tags ``tags`` finds and without inline shortcodes (a cheap substring
    test first for each: this runs for every paragraph)."""
    if "<" in item:
        item = tags.sub(" ", item)
    if "[" in item and ("=" in item or "[/" in item):
        item = _SHORTCODE_INLINE.sub(" ", item)
    return item


def without_markup(paragraphs: Iterable[str]) -> tuple[str, ...]:
    """``paragraphs`` of a page's main text without markup that leaked into them as text
    (``<a href="…" target="_blank">``, an unexpanded shortcode inside a paragraph): what
    ``html_to_text`` guarantees of every string, for text another extractor gave (s51)."""
    out = []
    for item in paragraphs:
        item = " ".join(_without_tags(item, _LEAKED_TAG).split())
        if item:
            out.append(item)
    return tuple(out)


def _unescape_leftover(text: str) -> str:
    # html.unescape leaves names HTML does not define as they are.
    return _ENTITY.sub(lambda m: _html.unescape(m.group(0)), text)


def _normalize(text: str) -> str:
    """Whitespace runs (any Unicode space) made one space, ends trimmed, NFC."""
    text = " ".join(text.split())
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _class_of(el) -> str:
    cls = el.get("class") or ""
    ident = el.get("id") or ""
    return f"{cls} {ident}" if ident else cls


# A block of text: (kind, text, list id, inside a highlights container, all link text).
# kind is "p", "heading" or "item"; the list id is the outermost list an item belongs to.
# Tuples, not dataclasses: a long page makes hundreds of thousands of them.
_Block = tuple


def _visible(text: str) -> int:
    """Characters of ``text`` that are not whitespace."""
    return len(text) - sum(text.count(c) for c in " \n\t\r\xa0")


def _walk(root) -> list[_Block]:
    """Blocks of text in document order."""
    blocks: list[_Block] = []
    parts: list[str] = []
    # Counters rather than stacks of elements: entering and leaving are symmetric.
    heading = pre = highlight = li_depth = link_depth = 0
    linked = [0]  # characters of the pending text that sit inside links
    list_stack: list[int] = []  # ids of the open lists, outermost first
    next_list = 0
    highlight_els: list = []  # open highlight containers, innermost last
    skipped = None  # the element whose subtree was just skipped; its end event comes next
    soft = None  # the <br> just read as a soft wrap (a space), not a block's end

    def flush() -> None:
        if not parts:
            return
        raw = "".join(parts)
        parts.clear()
        lit = highlight > 0
        all_link = linked[0] > 0 and linked[0] >= _visible(raw)
        linked[0] = 0
        for line in raw.split("\n") if pre else (raw,):
            text = " ".join(line.split())
            if not text:
                continue
            if li_depth and list_stack:
                blocks.append(("item", text, list_stack[0], lit, all_link))
            else:
                blocks.append(("heading" if heading else "p", text, -1, lit, all_link))

    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if tag.__class__ is not str:  # comments and PIs left by a recovering parse
            if event == "end" and el.tail:
                parts.append(el.tail)
            continue
        # libxml2's HTML parser lower-cases every tag name already.
        if event == "start":
            cls = el.get("class")
            if tag in DROP or (cls and _CAPTION_CLASS.search(cls)):
                walker.skip_subtree()
                skipped = el
                continue
            if cls or el.get("id"):
                if HIGHLIGHT_CLASS.search(_class_of(el)):
                    highlight_els.append(el)
                    highlight += 1
            if tag == "br" and not pre and not heading and _soft_break(parts, el):
                soft = el
                parts.append(" ")
            elif tag in BLOCK:
                flush()
                if tag in HEADINGS:
                    heading += 1
                elif tag == "pre":
                    pre += 1
                elif tag in LISTS:
                    list_stack.append(next_list)
                    next_list += 1
                elif tag == "li":
                    li_depth += 1
            elif tag in CELLS:
                parts.append(" ")
            elif tag == "a":
                link_depth += 1
            if el.text:
                parts.append(el.text)
                if link_depth:
                    linked[0] += _visible(el.text)
        else:
            if el is skipped:
                skipped = None
            else:
                if highlight_els and highlight_els[-1] is el:
                    highlight_els.pop()
                    highlight -= 1
                if el is soft:
                    pass
                elif tag in BLOCK:
                    flush()
                    if tag in HEADINGS:
                        heading -= 1
                    elif tag == "pre":
                        pre -= 1
                    elif tag in LISTS and list_stack:
                        list_stack.pop()
                    elif tag == "li":
                        li_depth -= 1
                elif tag in CELLS:
                    parts.append(" ")
                elif tag == "a" and link_depth:
                    link_depth -= 1
            if el.tail:
                if tag in BLOCK and el is not soft:
                    flush()
                parts.append(el.tail)
                if link_depth:
                    linked[0] += _visible(el.tail)
    flush()
    return blocks


def _soft_break(parts: list[str], br) -> bool:
    """Whether the line break ``br`` wraps a sentence (the pending text ``parts`` ends in
    mid-sentence and a line of the same sentence follows) rather than ending a block."""
    last = ""
    for part in reversed(parts):
        last = part.rstrip()
        if last:
            break
    last = last.rstrip(_CLOSING_MARKS)
    if not last or last[-1] in _SENTENCE_ENDS:
        return False
    tail = (br.tail or "").lstrip()
    if not tail:
        # "…,”<br><strong>said</strong> …": the next line opens in an inline element; two
        # <br>s (or a block) end the paragraph.
        after = br.getnext()
        if after is None or after.tag.__class__ is not str or after.tag in BLOCK or not after.text:
            return False
        tail = after.text.lstrip()
    return _opens_lower(tail)


def _opens_lower(line: str) -> bool:
    """Whether ``line`` opens in lower case, or on opening marks and then lower case."""
    k = 0
    while k < len(line) and k < 3 and line[k] in _LINE_OPENS:
        k += 1
    return k < len(line) and line[k].islower()


def element_to_text(root) -> HtmlText:
    """Paragraphs, bullets and body lists of an lxml element (a page, or part of one)."""
    blocks = _walk(root)
    if not blocks:
        return EMPTY
    first_para = next((i for i, b in enumerate(blocks) if b[0] == "p"), len(blocks))

    # Which lists are highlights. A list before the first paragraph whose items are all
    # links is navigation or "related stories", not highlights.
    prose_lists = {b[2] for b in blocks if b[0] == "item" and not b[4]}
    highlight_lists: set[int] = set()
    labels: set[int] = set()
    for i, (kind, text, list_id, lit, _) in enumerate(blocks):
        if kind == "item":
            if lit or (i < first_para < len(blocks) and list_id in prose_lists):
                highlight_lists.add(list_id)
        elif HIGHLIGHT_LABEL.match(text):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None and nxt[0] == "item":
                highlight_lists.add(nxt[2])
                labels.add(i)

    paragraphs: list[str] = []
    bullets: list[str] = []
    body_lists: dict[int, list[str]] = {}
    prose = sum(1 for b in blocks if b[0] == "p" and not b[4])
    for i, (kind, text, list_id, _, all_link) in enumerate(blocks):
        if i in labels:
            continue
        if kind == "p" and prose and (all_link or TEASER.match(text) or SHORTCODE.match(text)):
            continue  # "Read more: ...", a paragraph that is one link, "[video id=1]"
        if kind == "item" and list_id in highlight_lists:
            bullets.append(text)
            continue
        paragraphs.append(text)
        if kind == "item":
            body_lists.setdefault(list_id, []).append(text)
    return HtmlText(
        tuple(paragraphs), tuple(bullets), tuple(tuple(v) for v in body_lists.values())
    )


def text_to_paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs of plain text: one per non-blank line, whitespace collapsed, NFC."""
    out = []
    for line in _CONTROL.sub("", text).splitlines():
        line = _normalize(line)
        if line:
            out.append(line)
    return tuple(out)
