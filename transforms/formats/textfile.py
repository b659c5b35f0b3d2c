"""Plain-text articles: the seed layout and CNN/DailyMail ``.story`` files.

Seed layout (``shared/examples/seed-article.txt``): the first non-empty line is the headline;
the run of lines right after it that start with a bullet marker (``- ``, ``• ``, ``* ``,
``– ``, or a number such as ``1.`` / ``1)``) are the highlights; every other line is a body
paragraph.

Story layout: paragraphs, then repeated blocks of ``@highlight``, a blank line and one
highlight sentence. A story file has no headline line, so its title is left empty rather
than promoting the first paragraph (which would then be missing from the body).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from newsbeam.schemas import reasons
from newsbeam.schemas.records import Document, Entry, Reject
from newsbeam.transforms.formats.common import Limits, capped_entry, reject

BULLET = re.compile(r"^\s*(?:[-•*–—▪●◦]|\d{1,3}[.)])\s+(?=\S)")
HIGHLIGHT_MARK = "@highlight"
# A line ends where str.splitlines ends one; found lazily, never as a list of every line
# (36 MB of line breaks would be 36 million strings).
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
_HIGHLIGHT_LINE = re.compile(r"^[^\S\n]*@highlight[^\S\n]*$", re.I | re.M)


def _lines(text: str) -> Iterator[str]:
    """The non-blank lines of ``text``, stripped, in order."""
    for match in _LINE.finditer(text):
        line = match.group().strip()
        if line:
            yield line


def split_seed(text: str, limit: int | None = None) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """``(headline, bullets, paragraphs)`` of a seed-layout article; at most ``limit``
    bullets and ``limit`` paragraphs are collected (reading stops there)."""
    lines = _lines(text)
    headline = next(lines, None)
    if headline is None:
        return None, (), ()
    bullets: list[str] = []
    paragraphs: list[str] = []
    # Blank lines may separate the headline from the bullets and the bullets from each other.
    for line in lines:
        marker = BULLET.match(line)
        if not marker:
            paragraphs.append(line)
            break
        if limit is None or len(bullets) < limit:
            bullets.append(line[marker.end():].strip())
    for line in lines:
        if limit is not None and len(paragraphs) >= limit:
            break
        paragraphs.append(line)
    return headline, tuple(bullets), tuple(paragraphs)


def split_story(text: str, limit: int | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(highlights, paragraphs)`` of a CNN/DailyMail story file; at most ``limit`` of each."""
    paragraphs: list[str] = []
    highlights: list[str] = []
    expecting = False
    for line in _lines(text):
        if line.lower() == HIGHLIGHT_MARK:
            expecting = True
            continue
        target = highlights if expecting else paragraphs
        expecting = False
        if limit is not None and len(target) >= limit:
            if len(highlights) >= limit and len(paragraphs) >= limit:
                break
            continue
        target.append(line)
    return tuple(highlights), tuple(paragraphs)


def is_story(text: str) -> bool:
    return _HIGHLIGHT_LINE.search(text) is not None


def read_text(doc: Document, text: str, limits: Limits) -> Iterator[Entry | Reject]:
    # One more than the cap is collected, to know that there were more.
    over = limits.max_paragraphs + 1
    if is_story(text):
        bullets, paragraphs = split_story(text, over)
        title = None
    else:
        title, bullets, paragraphs = split_seed(text, over)
    if not title and not paragraphs and not bullets:
        yield reject(doc, reasons.EMPTY, "text file with no lines of text")
        return
    if not paragraphs:  # a line or a list (notes, a to-do list): no body, so no article
        yield reject(doc, reasons.NO_ENTRIES,
                     f"no body paragraph (a first line and {len(bullets)} list lines): not an article",
                     raw=text.encode("utf-8", "replace"))
        return
    for name, values in (("paragraphs", paragraphs), ("highlights", bullets)):
        if len(values) > limits.max_paragraphs:
            yield reject(doc, reasons.TOO_MANY_PARAGRAPHS,
                         f"more than {limits.max_paragraphs} {name}; the first "
                         f"{limits.max_paragraphs} are kept", raw=text[:400])
    yield capped_entry(
        doc, "text", limits,
        title=title,
        body_text="\n".join(paragraphs[: limits.max_paragraphs]) or None,
        bullets=tuple(bullets[: limits.max_paragraphs]),
    )
