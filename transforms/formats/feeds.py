"""RSS 0.9x/1.0/2.0 and Atom through feedparser, which only ever sees bytes.

Encoding follows feedparser's own RFC 3023 rules (``convert_to_utf8``), run here first so the
DTD screen (``safexml``) sees the document as UTF-8 whatever it was declared as, and so bytes
feedparser can only guess at (no declaration, not UTF-8) are detected properly instead of
being read as windows-1252. The UTF-8 result is then parsed with an explicit UTF-8 content
type, so feedparser decodes nothing a second time.
"""
from __future__ import annotations

import html as _html
import io
import re
import xml.parsers.expat
import xml.sax
import xml.sax.expatreader
from collections.abc import Iterator
from datetime import datetime, timezone

import feedparser
import feedparser.mixin
from feedparser.encodings import RE_XML_DECLARATION, convert_to_utf8

from newsbeam.schemas import reasons
from newsbeam.schemas.records import Document, Entry, Reject
from newsbeam.transforms.formats import encoding, safexml
from newsbeam.transforms.formats.common import Limits, ReadError, capped_entry, reject, too_many_entries

# What feedparser tries when nothing it was told works: a guess, not a reading.
_FALLBACK_ENCODINGS = frozenset(("windows-1252", "iso-8859-2"))
# feedparser lower-cases element names, so <ITEM> and <Entry> are entries too.
_ITEM_TAG = re.compile(rb"<(?:[A-Za-z][-\w.]*:)?(?:item|entry)[\s>/]", re.I)
_HTML_TYPES = frozenset(("text/html", "application/xhtml+xml", "html", "xhtml"))
_MARKUP = re.compile(r"<[A-Za-z/!]|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]\w*);")


def _add_tag_linear(self, term, scheme, label):
    """feedparser's ``_FeedParserMixin._add_tag`` (6.0.x) without its quadratic cost.

    feedparser drops a repeated tag by scanning every tag of the item (``value not in
    tags``): 20,000 ``<category>`` elements in one item took 15 s, 200,000 (a 5.5 MB feed)
    half an hour. Here the tags seen are also kept in a set (one per tag list, on the
    parser, which lives for one document). feedparser may still fill in the term of the
    last tag after adding it (``_end_category``), so the set holds every tag but the last,
    which is compared as it is now: the list built is exactly feedparser's."""
    context = self._get_context()
    tags = context.setdefault("tags", [])
    if (not term) and (not scheme) and (not label):
        return
    seen = self.__dict__.setdefault("_newsbeam_tags_seen", {})
    key = id(tags)
    if key not in seen or seen[key][0] is not tags:
        seen[key] = (tags, {_tag_key(t) for t in tags[:-1]})
    earlier = seen[key][1]
    value = (term, scheme, label)
    if value in earlier or (tags and _tag_key(tags[-1]) == value):
        return
    if tags:
        earlier.add(_tag_key(tags[-1]))
    tags.append(feedparser.FeedParserDict(term=term, scheme=scheme, label=label))


def _tag_key(tag) -> tuple:
    return (dict.get(tag, "term"), dict.get(tag, "scheme"), dict.get(tag, "label"))


feedparser.mixin._FeedParserMixin._add_tag = _add_tag_linear


# expat before 2.6.0 re-scans a token from its start each time more input arrives
# (CVE-2023-52425), and the SAX reader feedparser uses feeds it 64 KB at a time: a 16 MB
# attribute value took 18 s, 45 MB two minutes. Fed in chunks of 16 MiB, a token can span
# at most a few of them; the cost is one chunk of memory more than the document's bytes.
SAX_CHUNK_BYTES = 16 * 2**20
_create_expat_reader = xml.sax.expatreader.create_parser


def _create_parser_in_big_chunks(*args, **kwargs):
    if len(args) < 2:
        kwargs.setdefault("bufsize", SAX_CHUNK_BYTES)
    return _create_expat_reader(*args, **kwargs)


xml.sax.expatreader.create_parser = _create_parser_in_big_chunks


def _headers_dict(doc: Document) -> dict[str, str]:
    return {name.lower(): value for name, value in doc.headers}


def to_utf8(data: bytes, headers: dict[str, str]) -> tuple[bytes, str, Exception | None]:
    """``(utf-8 bytes with a utf-8 XML declaration, encoding read, bozo exception or None)``."""
    unicode_form = encoding.bom_encoding(data)
    if unicode_form and unicode_form != "utf-8":
        # A BOM (or UTF-16/32's zero bytes) says how the text is stored, whatever is declared;
        # feedparser tries its default UTF-8 first and would read UTF-16 as NUL-riddled ASCII.
        text = encoding.strip_bom(data.decode(unicode_form, "replace"))
        return _declare_utf8(text), unicode_form, None
    result: dict = {}
    converted = convert_to_utf8(headers, data, result)
    used = result.get("encoding") or ""
    error = result.get("bozo_exception")
    if used and not (used in _FALLBACK_ENCODINGS and error is not None):
        return converted, used, error
    # feedparser found nothing declared that decodes: read the bytes more carefully.
    raw = data
    bom = encoding.bom_encoding(raw)
    if bom == "utf-8":
        raw = raw[3:]
    elif bom:
        raw = raw.decode(bom, "replace").encode("utf-8")
    if encoding.is_utf8(raw):
        return converted, used, error
    decoded = encoding.mixed_utf8(raw)
    found = "utf-8" if decoded is not None else encoding.detect(raw)
    if decoded is None and found:
        try:
            decoded = raw.decode(found)
        except (UnicodeDecodeError, LookupError):
            return converted, used, error
    if decoded is None or found is None:
        return converted, used, error
    return _declare_utf8(decoded), found, error


def _declare_utf8(text: str) -> bytes:
    declaration = "<?xml version='1.0' encoding='utf-8'?>"
    if RE_XML_DECLARATION.search(text):
        text = RE_XML_DECLARATION.sub(declaration, text, count=1)
    else:
        text = declaration + "\n" + text
    return text.encode("utf-8")


def _when(parsed, raw) -> datetime | str | None:
    if parsed:
        try:
            return datetime(*parsed[:6], tzinfo=timezone.utc)  # type: ignore[misc]  # struct_time: year..second
        except (TypeError, ValueError, OverflowError):
            pass
    if isinstance(raw, str) and raw.strip():
        return raw.strip()
    return None


def _own(entry, key: str):
    """The entry's own value: ``entry.get("updated")`` falls back to the published date."""
    return entry[key] if key in entry else None


def _format(version: str) -> str:
    if version.startswith("atom"):
        return "atom"
    if version in ("rss090", "rss10"):
        return "rdf"
    return "rss"


def _as_html(detail, value: str | None) -> str | None:
    """Text of a feed field as HTML: plain-text fields are escaped, so '<' stays a character."""
    if not value:
        return None
    kind = (detail or {}).get("type") or "text/html"
    if kind in _HTML_TYPES:
        return value
    return "".join(f"<p>{_html.escape(line)}</p>" for line in value.splitlines()) or None


def _content_html(entry) -> str | None:
    contents = entry.get("content") or []
    html_parts = [c for c in contents if (c.get("type") or "text/html") in _HTML_TYPES]
    chosen = html_parts[0] if html_parts else (contents[0] if contents else None)
    if not chosen:
        return None
    return _as_html(chosen, chosen.get("value"))


def _authors(entry) -> tuple[str, ...]:
    names = []
    for author in entry.get("authors") or []:
        name = (author.get("name") or author.get("email") or "").strip()
        if name:
            names.append(name)
    if not names and entry.get("author"):
        names.append(entry["author"].strip())
    return tuple(dict.fromkeys(names))


def _language(entry, feed, headers) -> str | None:
    for detail in (entry.get("title_detail"), *(entry.get("content") or [])[:1],
                   entry.get("summary_detail")):
        if detail and detail.get("language"):
            return detail["language"]
    return feed.get("language") or headers.get("content-language") or None


def _self_link(feed) -> str | None:
    """The address the feed gives for itself (``atom:link rel="self"``)."""
    for link in feed.get("links") or []:
        if link.get("rel") == "self" and link.get("href"):
            return link["href"]
    return None


def to_entry(entry, feed, doc: Document, fmt: str, headers, limits: Limits, *,
             recovered: bool = False) -> Entry:
    title = entry.get("title")
    title_detail = entry.get("title_detail") or {}
    title_html = bool(title) and (
        (title_detail.get("type") in _HTML_TYPES) or bool(_MARKUP.search(title))
    )
    content = _content_html(entry)
    summary = _as_html(entry.get("summary_detail"), entry.get("summary"))
    if summary and content and summary.strip() == content.strip():
        summary = None  # feedparser copies content into summary when there is no summary
    tags = tuple(
        t for t in ((tag.get("term") or tag.get("label") or "").strip()
                    for tag in entry.get("tags") or []) if t
    )
    return capped_entry(
        doc, fmt, limits,
        feed_url=doc.feed_url or _self_link(feed),
        url=entry.get("link") or None,
        guid=entry.get("id") or None,
        title=title or None,
        title_html=title_html,
        authors=tuple(_authors(entry)),
        published=_when(_own(entry, "published_parsed"), _own(entry, "published")),
        updated=_when(_own(entry, "updated_parsed"), _own(entry, "updated")),
        language=_language(entry, feed, headers),
        summary_html=summary,
        content_html=content,
        tags=tags,
        recovered=recovered,
    )


_PREFIXED_TAG = re.compile(rb"</?([A-Za-z_][-\w.]*):[A-Za-z_]")
_DECLARED = re.compile(rb"xmlns:([A-Za-z_][-\w.]*)\s*=")


def strip_undeclared_prefixes(data: bytes) -> bytes | None:
    """The document with element prefixes that no ``xmlns:`` declares removed, or None.

    Some generators write ``<rss:item>`` without ever declaring ``rss:``; no parser can place
    such elements, and feedparser's fallback then finds no items. Dropping the prefix gives
    the plain RSS they meant. Only tried when a first parse found nothing.
    """
    used = set(_PREFIXED_TAG.findall(data))
    undeclared = used - set(_DECLARED.findall(data)) - {b"xml", b"xmlns"}
    if not undeclared:
        return None
    names = b"|".join(re.escape(p) for p in sorted(undeclared))
    data = re.sub(rb"<(/?)(?:" + names + rb"):", rb"<\1", data)
    return re.sub(rb"(\s)(?:" + names + rb"):([-\w.]+\s*=)", rb"\1\2", data)


def _well_formed(utf8: bytes) -> bool:
    """Whether expat, feedparser's first parser, reads the document without error.

    Safe on any input: the DOCTYPE is gone by now (``safexml``), and expat loads no
    external entity unless given a handler for them.
    """
    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(utf8, True)
    except xml.parsers.expat.ExpatError:
        return False
    return True


# to_utf8 puts its own declaration before the document's when whitespace came first.
_LEADING_DECLARATIONS = re.compile(rb"\A(?:\s*<\?xml\s[^>]{0,500}?\?>)*\s*")


def _structurally_sound(utf8: bytes) -> bool:
    """Whether the document's elements are whole, whatever feedparser's strict parser said.

    Three faults make feedparser fall back to its lenient parser without losing anything:
    HTML entities no DTD declares (``&eacute;``; the DOCTYPE is gone by now), element prefixes
    no ``xmlns`` declares, and whitespace before the XML declaration. expat without
    namespaces and with an assumed external DTD accepts those three and nothing else that is
    not well-formed: an unclosed tag or a cut-off document still fails.
    """
    parser = xml.parsers.expat.ParserCreate()
    parser.UseForeignDTD(True)
    try:
        parser.Parse(_LEADING_DECLARATIONS.sub(b"", utf8, count=1), True)
    except xml.parsers.expat.ExpatError:
        return False
    return True


# No feed has a start tag of a megabyte; parsing one costs expat seconds (4 s for 45 MB of
# attribute value, 15 s under feedparser), so it is refused before any parser sees it.
MAX_TAG_BYTES = 2**20
_HUGE_TAG = re.compile(rb"<[A-Za-z_][^<>]{%d}" % MAX_TAG_BYTES)


def markup_tags(data: bytes, stop: int) -> int:
    """The ``<`` of ``data`` outside CDATA sections and comments (start and end tags), counted
    up to a little past ``stop``; each is work for feedparser, whatever its size. Linear: the
    next section of each kind is searched for again only once the scan has passed it."""
    count, i, n = 0, 0, len(data)
    next_cdata, next_comment = data.find(b"<![CDATA[", 0), data.find(b"<!--", 0)
    while i < n and count <= stop:
        if 0 <= next_cdata < i:
            next_cdata = data.find(b"<![CDATA[", i)
        if 0 <= next_comment < i:
            next_comment = data.find(b"<!--", i)
        starts = [x for x in (next_cdata, next_comment) if x >= 0]
        if not starts:
            return count + data.count(b"<", i)
        start = min(starts)
        count += data.count(b"<", i, start) + 1
        close = data.find(b"]]>" if start == next_cdata else b"-->", start + 4)
        if close < 0:
            return count
        i = close + 3
    return count


def _entries_upper_bound(data: bytes) -> int:
    return len(_ITEM_TAG.findall(data))


def _parse(utf8: bytes, headers: dict[str, str]):
    # No sanitizing here: feedparser's regex-based sanitizer can leave script text behind as
    # prose ("function executeMe() {"), while html_to_text parses with a real HTML parser and
    # drops whole script elements. The *_html fields are raw by contract; html_to_text is
    # the boundary that makes them safe text. Relative links inside content are not resolved
    # either: only text is kept from content, and skipping both passes halves parse time.
    return feedparser.parse(io.BytesIO(utf8), response_headers=headers, sanitize_html=False,
                            resolve_relative_uris=False)


def read_feed(doc: Document, data: bytes, limits: Limits) -> Iterator[Entry | Reject]:
    """Entries of an RSS/Atom document (``data`` already decompressed)."""
    headers = _headers_dict(doc)
    try:
        utf8, _, enc_error = to_utf8(data, headers)
        utf8 = safexml.defuse(utf8)
    except ReadError as exc:
        yield reject(doc, exc.reason, exc.detail, stage=exc.stage, raw=data)
        return
    if _entries_upper_bound(utf8) > limits.max_entries * 2:
        # Cheap pre-check so a million-item feed is refused before feedparser builds it;
        # the exact count is checked after parsing.
        yield reject(doc, reasons.TOO_MANY_ENTRIES,
                     f"more than {limits.max_entries} entries", raw=data)
        return
    if _HUGE_TAG.search(utf8):
        yield reject(doc, reasons.TOO_LARGE,
                     f"a start tag longer than {MAX_TAG_BYTES} bytes (its attributes)", raw=data)
        return
    if len(utf8) > limits.max_recover_bytes and not _well_formed(utf8):
        yield reject(doc, reasons.TOO_LARGE,
                     f"not well-formed XML and {len(utf8)} bytes; the recovering parser "
                     f"takes at most {limits.max_recover_bytes}", raw=data)
        return
    tags = markup_tags(utf8, limits.max_markup_tags)
    if tags > limits.max_markup_tags:
        yield reject(doc, reasons.TOO_LARGE,
                     f"more than {limits.max_markup_tags} tags of markup; parsing each costs the "
                     "same whatever its size", raw=data)
        return
    parse_headers = {"content-type": "application/xml; charset=utf-8"}
    for name in ("content-location", "content-language"):
        if name in headers:
            parse_headers[name] = headers[name]
    if "content-location" not in parse_headers and doc.feed_url:
        # The base for relative item links; feedparser never fetches it.
        parse_headers["content-location"] = doc.feed_url
    parsed = _parse(utf8, parse_headers)
    entries = parsed.get("entries") or []
    if not entries and parsed.get("bozo"):
        repaired = strip_undeclared_prefixes(utf8)
        if repaired is not None:
            retry = _parse(repaired, parse_headers)
            if retry.get("entries"):
                parsed, entries = retry, retry["entries"]
    problem = parsed.get("bozo_exception") or enc_error
    detail = f"{type(problem).__name__}: {problem}" if problem is not None else ""
    if (over := too_many_entries(doc, len(entries), "entries", limits, raw=data)) is not None:
        yield over
        return
    version = parsed.get("version") or ""
    if not entries:
        # feedparser's bozo here is about structure: the encoding was settled above.
        broken = bool(parsed.get("bozo"))
        looks_like_feed = bool(version) or bool(parsed.get("feed"))
        if looks_like_feed and not broken:
            yield reject(doc, reasons.NO_ENTRIES, f"{version or 'feed'} with no entries",
                         raw=data)
        elif looks_like_feed:
            yield reject(doc, reasons.MALFORMED,
                         f"{version or 'feed'} not well-formed, no entries recovered: {detail}",
                         raw=data)
        else:
            yield reject(doc, reasons.NOT_A_FEED,
                         f"no RSS or Atom feed found{': ' + detail if detail else ''}", raw=data)
        return
    fmt = _format(version)
    feed = parsed.get("feed") or {}
    # Entries that feedparser's lenient parser got out of a document expat refused: kept,
    # but the document is a reject all the same (nothing about it is silent), and each
    # entry is marked so that it never replaces a fuller stored version (merge.decide).
    recovered = bool(parsed.get("bozo")) and isinstance(parsed.get("bozo_exception"), xml.sax.SAXException) \
        and not _structurally_sound(utf8)
    if recovered:
        yield reject(doc, reasons.MALFORMED,
                     f"{version or 'feed'} not well-formed, {len(entries)} entries recovered "
                     f"(they never replace a fuller stored version): {detail}", raw=data)
    for number, entry in enumerate(entries, 1):
        if recovered and _hollow(entry):
            yield reject(doc, reasons.MALFORMED,
                         f"entry {number} of a document that is not well-formed has no link, "
                         "no id and no content", raw=entry.get("title") or "")
            continue
        yield to_entry(entry, feed, doc, fmt, headers, limits, recovered=recovered)


def _hollow(entry) -> bool:
    """An entry with nothing that identifies it or says anything beyond a title: what the
    lenient parser makes of markup it could not read (``<item><title>Broken <b>tag``)."""
    if entry.get("link") or entry.get("id"):
        return False
    return not any((c.get("value") or "").strip() for c in entry.get("content") or []) and \
        not (entry.get("summary") or "").strip()
