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


def split_seed(text: str) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """``(headline, bullets, paragraphs)`` of a seed-layout article."""
    lines = [line.strip() for line in text.splitlines()]
    i = 0
    while i < len(lines) and not lines[i]:
        i += 1
    if i == len(lines):
        return None, (), ()
    headline = lines[i]
    i += 1
    bullets: list[str] = []
    j = i
    # Blank lines may separate the headline from the bullets and the bullets from each other.
    while j < len(lines):
        if not lines[j]:
            j += 1
            continue
        marker = BULLET.match(lines[j])
        if not marker:
            break
        bullets.append(lines[j][marker.end():].strip())
        j += 1
        i = j
    paragraphs = tuple(line for line in lines[i:] if line)
    return headline, tuple(bullets), paragraphs


def split_story(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(highlights, paragraphs)`` of a CNN/DailyMail story file."""
    paragraphs: list[str] = []
    highlights: list[str] = []
    expecting = False
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        if line.lower() == HIGHLIGHT_MARK:
            expecting = True
        elif expecting:
            highlights.append(line)
            expecting = False
        else:
            paragraphs.append(line)
    return tuple(highlights), tuple(paragraphs)


def is_story(text: str) -> bool:
    return any(line.strip().lower() == HIGHLIGHT_MARK for line in text.splitlines())


def read_text(doc: Document, text: str, limits: Limits) -> Iterator[Entry | Reject]:
    if is_story(text):
        bullets, paragraphs = split_story(text)
        title = None
    else:
        title, bullets, paragraphs = split_seed(text)
    if not title and not paragraphs and not bullets:
        yield reject(doc, reasons.EMPTY, "text file with no lines of text")
        return
    if not paragraphs:  # a line or a list (notes, a to-do list): no body, so no article
        yield reject(doc, reasons.NO_ENTRIES,
                     f"no body paragraph (a first line and {len(bullets)} list lines): not an article",
                     raw=text.encode("utf-8", "replace"))
        return
    yield capped_entry(
        doc, "text", limits,
        title=title,
        body_text="\n".join(paragraphs) or None,
        bullets=tuple(bullets),
    )
