"""HTML article pages: metadata from the head and JSON-LD, body from the main content.

Metadata, most specific first: ``og:title`` / JSON-LD ``headline`` / ``<title>`` / ``<h1>``;
``<link rel=canonical>`` / ``og:url``; ``article:published_time`` / JSON-LD ``datePublished``
/ ``<time datetime>``; ``meta name=author`` / JSON-LD authors; ``<html lang>``.

The body is the page's main content: an ``articleBody`` or ``<article>`` element when the page
marks one and it holds real prose, else the element whose paragraphs carry the most text (the
scoring idea of Readability, much reduced). Boilerplate inside it (share bars, related links,
newsletter boxes, captions) is removed by class and id before the text is taken.
"""
from __future__ import annotations

import html as _html
import json
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

from newsbeam.schemas import reasons
from newsbeam.schemas.records import Document, Entry, Reject
from newsbeam.transforms.formats.common import Limits, capped_entry, reject
from newsbeam.transforms.html import (
    DROP, HtmlText, element_to_text, marked_highlights, parse_html, text_to_paragraphs,
)

# Words that mark page furniture when a class or id starts or ends with them
# ("share-tools", "story-promo"); a word in the middle ("read-more-content") is not enough.
_BOILERPLATE = re.compile(
    r"^(?:comments?|share|sharing|social|related|promo|newsletter|subscribe|subscription|"
    r"sidebar|advert|advertisement|ads?|adv|sponsor|sponsored|footer|nav|navigation|menu|"
    r"breadcrumbs?|cookie|consent|modal|popup|outbrain|taboola|recommended|recommendations|"
    r"caption|credit|toolbar|print|signup|paywall|byline|dateline|author|timestamp|tags|"
    r"topics|sr|masthead|banner|widget|trending|popular|gallery|pullquote|rail|utility|"
    r"tools|lightbox|login|skip)$",
    re.I,
)
_WORDS = re.compile(r"[-_]+")
# Words that mark furniture wherever they appear in a class or id, camelCase included
# ("cnnArticleGalleryPhotoContainer").
_FURNITURE = re.compile(
    r"gallery|caption|share|social|related|promo|newsletter|outbrain|taboola|advert|sponsor|"
    r"breadcrumb|cookie|paywall|signup|subscribe|toolbar|widget|trending|lightbox",
    re.I,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CONTENT_HINT = re.compile(
    r"article-?body|articlebody|story-?body|entry-?content|post-?content|article-?content|"
    r"article-?text|story-?content|main-?content|body-?text|articletext|zn-body",
    re.I,
)
_ARTICLE_TYPES = frozenset(
    "Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle "
    "BackgroundNewsArticle BlogPosting Report ScholarlyArticle LiveBlogPosting "
    "SocialMediaPosting WebPage".split()
)
_MIN_PROSE = 200  # characters of paragraph text for a marked container to be trusted


def _meta_keys(meta) -> list[str]:
    return [v.lower() for v in (meta.get("property"), meta.get("name"), meta.get("itemprop"))
            if v]


def _meta(root, *keys: str) -> str | None:
    """First non-empty ``content`` of a meta tag whose name/property/itemprop is a key."""
    wanted = {k.lower() for k in keys}
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        value = (meta.get("content") or "").strip()
        if not value:
            continue
        for key in _meta_keys(meta):
            if key in wanted and key not in found:
                found[key] = value
    for key in keys:
        if key.lower() in found:
            return found[key.lower()]
    return None


def _metas(root, key: str) -> list[str]:
    out = []
    for meta in root.iter("meta"):
        if key in _meta_keys(meta) and (meta.get("content") or "").strip():
            out.append(meta.get("content").strip())
    return out


def _dom_authors(root) -> list[str]:
    """Authors marked up in the page itself: itemprop=author, rel=author links."""
    names = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
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


def _tokens(el) -> list[str]:
    """The first and last word of each class and id token."""
    out = []
    for token in f"{el.get('class') or ''} {el.get('id') or ''}".lower().split():
        words = [w for w in _WORDS.split(token) if w]
        if words:
            out.extend((words[0], words[-1]))
    return out


def _is_boilerplate(el) -> bool:
    if not len(el.attrib):
        return False  # most elements: nothing to judge by
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if _HIDDEN_STYLE.search(el.get("style") or ""):
        return True
    if _FURNITURE.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
        return True
    role = (el.get("role") or "").lower()
    if role in ("navigation", "complementary", "contentinfo", "banner", "dialog"):
        return True
    return any(_BOILERPLATE.match(t) for t in _tokens(el))


def _clean(root) -> None:
    """Remove dropped elements and boilerplate blocks from ``root`` in place."""
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in DROP or tag in ("aside", "header"):
            doomed.append(el)
        elif tag not in ("html", "body", "article", "main", "p") and _is_boilerplate(el):
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is None:
            continue
        # Keep the tail: it is text of the parent, not of the removed element.
        if el.tail:
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)


def _prose_lengths(root) -> dict:
    """Characters of paragraph text under each element, in one pass over the tree.

    Asked of every candidate, a per-element walk is quadratic on pages that nest containers
    deeply; summing children bottom-up (reversed document order puts every descendant
    before its ancestor) is linear.
    """
    lengths: dict = {}
    for el in reversed(list(root.iter())):
        if el.tag == "p":
            lengths[el] = len(_text(el))
        else:
            lengths[el] = sum(lengths.get(child, 0) for child in el)
    return lengths


def _scored_candidate(root, prose: dict):
    """The element whose paragraphs carry the most prose (Readability's idea, reduced)."""
    scores: dict = {}
    for p in root.iter("p"):
        length = prose.get(p, 0)
        if length < 25:
            continue
        text = _text(p)
        score = 1 + text.count(",") + min(length // 100, 3)
        parent = p.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + score
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0) + score / 2
    if not scores:
        return None
    # Ties go to the first in document order, the usual place of the main story.
    best = max(scores, key=scores.__getitem__)
    # Paragraphs split across sibling containers: climb while the parent holds clearly more.
    while True:
        parent = best.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if prose.get(parent, 0) > 1.3 * prose.get(best, 0) and \
                scores.get(parent, 0) >= 0.6 * scores[best]:
            best = parent
        else:
            break
    return best


def main_content(root):
    """The element holding the article's body, or None."""
    prose = _prose_lengths(root)
    marked = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "article":
            marked.append((1, el))
        elif not len(el.attrib):
            continue
        elif (el.get("itemprop") or el.get("property") or "").lower() == "articlebody":
            marked.append((0, el))
        elif _CONTENT_HINT.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            marked.append((2, el))
    scored = _scored_candidate(root, prose)
    scored_len = prose.get(scored, 0) if scored is not None else 0
    for _, el in sorted(marked, key=lambda pair: (pair[0], -prose.get(pair[1], 0))):
        length = prose.get(el, 0)
        # A marked container is trusted when it holds most of the prose the scorer found.
        if length >= _MIN_PROSE and length >= 0.6 * scored_len:
            return el
    return scored


def read_html(doc: Document, text: str, limits: Limits) -> Iterator[Entry | Reject]:
    root = parse_html(text)
    if root is None:
        yield reject(doc, reasons.EMPTY, "HTML page with no content")
        return
    ld = _json_ld(root)
    title_el = root.find(".//title")
    h1 = root.find(".//h1")
    title = _without_site_name(
        _meta(root, "og:title", "twitter:title")
        or _ld(ld, "headline")
        or (_text(title_el) if title_el is not None else None)
        or (_text(h1) if h1 is not None else None),
        _meta(root, "og:site_name"))
    canonical = None
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            canonical = link.get("href").strip()
            break
    url = canonical or _meta(root, "og:url") or _ld(ld, "url")
    if url and not urlsplit(url).scheme:
        # A relative canonical link: resolve it against the page's own address when known.
        base = next((u for u in (_meta(root, "og:url"), doc.feed_url, doc.input)
                     if u and urlsplit(u).scheme in ("http", "https")), None)
        url = urljoin(base, url) if base else url
    published = (
        _meta(root, "article:published_time", "article:published", "datePublished", "pubdate", "publishdate",
              "dc.date.issued", "dcterms.created", "date", "sailthru.date", "parsely-pub-date")
        or _ld(ld, "datePublished")
    )
    if not published:
        for time_el in root.iter("time"):
            if time_el.get("datetime"):
                published = time_el.get("datetime")
                break
    updated = _meta(root, "article:modified_time", "article:modified", "dateModified",
                    "og:updated_time") \
        or _ld(ld, "dateModified")
    authors = [a for a in _metas(root, "author") if not a.startswith("http")]
    if not authors:
        authors = _dom_authors(root)
    if not authors:
        for obj in ld:
            authors = _ld_names(obj.get("author"))
            if authors:
                break
    language = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
                or _meta(root, "content-language", "dc.language", "og:locale")
                or _ld(ld, "inLanguage"))
    description = _meta(root, "og:description", "description", "twitter:description")
    tags = tuple(dict.fromkeys(_metas(root, "article:tag")))

    # Highlights may sit outside the main content (the Daily Mail puts them above it).
    page_bullets = marked_highlights(root)
    _clean(root)
    content = main_content(root)
    if content is None:
        # No paragraphs anywhere: a page of bare text (or br-separated lines) in its body.
        content = root.find(".//body")
    text_of = element_to_text(content) if content is not None else HtmlText((), (), ())
    bullets = text_of.bullets or page_bullets
    paragraphs = _drop_title(text_of.paragraphs, title)
    ld_body = _ld(ld, "articleBody")
    if ld_body and len(ld_body) > 2 * sum(len(p) for p in paragraphs):
        # Pages that render their text with JavaScript still carry it in JSON-LD.
        paragraphs = text_to_paragraphs(ld_body)
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


def looks_like_html(head: str) -> bool:
    lowered = head[:4096].lower()
    return bool(re.search(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s", lowered))


