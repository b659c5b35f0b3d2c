"""Bytes to Unicode for every format: BOMs, declarations, HTTP charsets, then detection.

Declared encodings win (HTTP header, XML declaration, ``<meta charset>``). Undeclared bytes
that are not UTF-8 go to charset-normalizer, with one correction learnt from real feeds: when
several single-byte code pages read the text equally cleanly, windows-1252 is taken, which
is what browsers do with undeclared Western pages (charset-normalizer alone reads undeclared
Portuguese Latin-1 as Baltic cp1257).

Feeds keep feedparser's own RFC 3023 rules (``feedparser.encodings.convert_to_utf8``) and are
only re-decoded here when feedparser fell back to guessing.
"""
from __future__ import annotations

import codecs
import re


_BOMS = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)
# '<' or '{' (or any ASCII) in a 4-byte window: how XML appendix F tells UTF-16/32 without BOM.
_NULL_PATTERNS = (
    (re.compile(rb"^\x00\x00\x00[^\x00]"), "utf-32-be"),
    (re.compile(rb"^[^\x00]\x00\x00\x00"), "utf-32-le"),
    (re.compile(rb"^\x00[^\x00]\x00[^\x00]"), "utf-16-be"),
    (re.compile(rb"^[^\x00]\x00[^\x00]\x00"), "utf-16-le"),
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']""")

# Single-byte code pages charset-normalizer may pick for Latin-script text.
_WESTERN_RIVALS = frozenset(
    "cp1250 cp1252 cp1254 cp1257 cp1258 latin_1 iso8859_2 iso8859_3 iso8859_4 iso8859_9 "
    "iso8859_10 iso8859_13 iso8859_14 iso8859_15 iso8859_16 cp775 cp850 cp852 cp858 "
    "mac_roman mac_latin2 mac_iceland mac_turkish".split()
)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a BOM or a UTF-16/32 null-byte pattern announces, else None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    for pattern, name in _NULL_PATTERNS:
        if pattern.match(data[:4]):
            return name
    return None


def strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def charset_from_headers(headers) -> str | None:
    for name, value in headers or ():
        if name.lower() == "content-type":
            match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", value, re.I)
            if match:
                return match.group(1)
    return None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Browsers read these labels as their supersets; so must we to get the same text.
    if codec == "ascii":
        # "us-ascii" is what servers say by default, not a statement about the bytes.
        return None
    return {"iso8859-1": "cp1252", "latin-1": "cp1252",
            "gb2312": "gb18030", "gbk": "gb18030"}.get(codec, codec)


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# A well-formed multi-byte UTF-8 sequence (RFC 3629 ranges).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_NON_ASCII = re.compile(rb"[\x80-\xff]")
# Below this many non-ASCII bytes no detector has evidence; the web's default is kept.
MIN_DETECTION_EVIDENCE = 16


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", "replace").replace("\ufffd", ""), error.end


codecs.register_error("newsbeam-cp1252", _cp1252_fallback)  # type: ignore[arg-type]  # used to decode only


def mixed_utf8(data: bytes) -> str | None:
    """Mostly-UTF-8 bytes with stray windows-1252 ones (pasted text, concatenated sources).

    Returns the text with each invalid byte read as windows-1252, or None when the bytes are
    not mostly UTF-8 (then they are a legacy encoding and need detection instead).
    """
    valid = len(_UTF8_SEQUENCE.findall(data))
    if not valid:
        return None
    text = data.decode("utf-8", "replace")
    invalid = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if invalid > valid:
        return None
    return data.decode("utf-8", "newsbeam-cp1252")


def detect(data: bytes) -> str | None:
    """Best guess for undeclared, non-UTF-8 bytes; None when nothing reads them cleanly."""
    sample = data[: 1 << 20]  # detection cost grows with size; a megabyte is plenty
    if len(_NON_ASCII.findall(sample[:65536])) < MIN_DETECTION_EVIDENCE:
        return "cp1252"
    import charset_normalizer  # loaded on the first undeclared, non-UTF-8 input

    results = charset_normalizer.from_bytes(sample)
    best = results.best()
    if best is None:
        return None
    if best.encoding in _WESTERN_RIVALS:
        for match in results:
            if match.encoding != "cp1252":
                continue
            same_language = match.languages[:1] == best.languages[:1]
            if match.chaos <= best.chaos + 0.01 or (same_language and match.chaos <= best.chaos + 0.1):
                return "cp1252"
    return best.encoding


def decode_text(data: bytes, headers=(), *, markup: bool = False) -> tuple[str, str]:
    """``(text, encoding)`` for a text, JSON or HTML document. Never raises.

    Order: BOM, HTTP charset, in-document declaration (``markup``: XML declaration or
    ``<meta charset>``), UTF-8, detection, windows-1252 with replacement as the last resort.
    """
    bom = bom_encoding(data)
    candidates = [bom, _codec(charset_from_headers(headers))]
    if markup:
        head = data[:4096]
        for pattern in (_XML_ENCODING, _META_CHARSET):
            match = pattern.search(head)
            if match:
                candidates.append(_codec(match.group(1).decode("ascii", "replace")))
    candidates.append("utf-8")
    for name in candidates:
        if not name:
            continue
        # A document declared as UTF-16 but without BOM or nulls is really ASCII-compatible.
        if name.startswith(("utf-16", "utf-32")) and not bom:
            continue
        try:
            return strip_bom(data.decode(name)), name
        except (UnicodeDecodeError, LookupError):
            continue
    mixed = mixed_utf8(data)
    if mixed is not None:
        return strip_bom(mixed), "utf-8"
    guess = detect(data)
    if guess:
        try:
            return strip_bom(data.decode(guess)), guess
        except (UnicodeDecodeError, LookupError):
            pass
    return strip_bom(data.decode("cp1252", "replace")), "cp1252"
