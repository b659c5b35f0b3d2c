"""Mojibake repair (UTF-8 read as windows-1252 and the like), only where the fix is certain.

``ftfy.fix_text`` also uncurls quotes, rewrites ligatures and widths, and would change
text that is merely unusual; ``ftfy.fix_encoding`` only undoes encoding mix-ups and leaves
ftfy's "negative" cases (Greek diaereses, ``É’s``...) alone. On top of that a fix is kept
only when ftfy's own badness score says the result is cleaner than the input.
"""
from __future__ import annotations

import dataclasses

import ftfy
from ftfy.badness import badness

from schemas.records import Entry


def repair(text: str | None) -> str | None:
    if not text or text.isascii():
        return text
    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return text
    return fixed if badness(fixed) < badness(text) else text


def repair_entry(entry: Entry) -> Entry:
    changes = {}
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
