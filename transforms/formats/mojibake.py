"""Mojibake repair (UTF-8 read as windows-1252 and the like), only where the fix is certain.

``ftfy.fix_text`` also uncurls quotes, rewrites ligatures and widths, and would change
text that is merely unusual; ``ftfy.fix_encoding`` only undoes encoding mix-ups and leaves
ftfy's "negative" cases (Greek diaereses, ``É’s``...) alone. On top of that a fix is kept
only when ftfy's own badness score says the result is cleaner than the input.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Any


from newsbeam.schemas.records import Entry


# The code pages ftfy knows how to undo (its CHARMAP_ENCODINGS, plus the DOS ones it
# recognizes in box-drawing mojibake).
_CODE_PAGES = ("latin-1", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257",
               "iso-8859-2", "mac_roman", "cp437", "cp850", "cp866", "koi8-r")


def _suspect_pattern() -> re.Pattern:
    """Characters that UTF-8 bytes become when read in a legacy code page.

    A UTF-8 multi-byte sequence is a lead byte (0xC2-0xF4) then continuation bytes
    (0x80-0xBF). Read in one of those code pages, that is a lead
    character followed by a continuation character. Text with no such pair (and no C1
    control) has no mojibake ftfy could undo, and skipping ftfy's own, much slower check
    there matters: it ran longer than parsing the feeds.
    """
    leads: set[str] = set()
    follows: set[str] = set()
    for codec in _CODE_PAGES:
        leads |= set(bytes(range(0xC2, 0xF5)).decode(codec, "ignore"))
        follows |= set(bytes(range(0x80, 0xC0)).decode(codec, "ignore"))
    lead_class = "".join(sorted(leads)).replace("\\", "\\\\").replace("]", "\\]").replace("^", "\\^").replace("-", "\\-")
    follow_class = "".join(sorted(follows)).replace("\\", "\\\\").replace("]", "\\]").replace("^", "\\^").replace("-", "\\-")
    # "Ã " and "Â ": a lead whose no-break-space continuation was turned into a plain space.
    return re.compile(f"[{lead_class}][{follow_class}]|[\x80-\x9f]|[ÃÂ] ")


_SUSPECT = _suspect_pattern()
# Every match of _SUSPECT is two characters outside ASCII in a row (a lead, then a
# continuation: both outside ASCII in every code page of _CODE_PAGES), a C1 control, or "Ã" or
# "Â" before a space. A text that holds none of these cannot match: English with curly quotes
# and dashes ("Nicolás" too), most of the time. They are looked for in the text's UTF-8 bytes
# with C-level scans: two characters outside ASCII in a row are a continuation byte followed
# by a lead byte, found in a copy where each byte is replaced by its class. That costs a
# tenth of reading the text with _SUSPECT, whose classes are tried at every character.
_BYTE_CLASSES = bytes.maketrans(bytes(range(256)), b" " * 0x80 + b"c" * 0x40 + b"L" * 0x40)
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")


def _may_hold_mojibake(text: str) -> bool:
    """Whether ``_SUSPECT`` can match in ``text`` (False only where it cannot)."""
    raw = text.encode("utf-8", "surrogatepass")
    return b"cL" in raw.translate(_BYTE_CLASSES) or b"\xc3\x83 " in raw or b"\xc3\x82 " in raw or (
        b"\xc2" in raw and _C1_UTF8.search(raw) is not None)


def repair(text: str | None) -> str | None:
    if not text or text.isascii() or not _may_hold_mojibake(text) or not _SUSPECT.search(text):
        return text
    import ftfy  # loaded on the first text that may hold mojibake
    from ftfy.badness import badness

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return text
    return fixed if badness(fixed) < badness(text) else text


def repair_entry(entry: Entry) -> Entry:
    changes: dict[str, Any] = {}
    for name in ("title", "summary_html", "content_html", "body_text"):
        value = getattr(entry, name)
        fixed = repair(value)
        if fixed is not value:
            changes[name] = fixed
    for name in ("authors", "bullets", "tags"):
        values = getattr(entry, name)
        fixed_values = tuple(repair(v) for v in values)
        if fixed_values != values:
            changes[name] = fixed_values
    return dataclasses.replace(entry, **changes) if changes else entry
