"""A citation line of a link post or a review roundup (stop 46, trade46): a paragraph that is
only an author, an outlet and the quoted title of their piece, before the excerpt it introduces:
"Federico Viticci, MacStories, “The 10.5-inch iPad Pro: Future-Proof”:", "Ann Lee, The Harbor
Review, ‘A Winter in Salt’". Tech and culture blogs and reading lists cite so; the quote is the
title of an article (the guide: titles of works are ``scare``, no speaker), not words the author
says (it was read as a sentence standing alone: ``direct``).

The shape read: the quote's paragraph holds before it two or three parts joined by ", " (each of
at most six words, each word capitalized, a number, or a small word of a title or name), and
after it nothing but a colon or a full stop; the quoted words are written in title case (most of
their longer words capitalized), as headlines are. A quote that ends on its own full stop or
exclamation mark with no colon after it is a sentence said, set in title case by a "quotes of
the week" list or a vox pop ("Donald Trump, Phoenix, “We Will Build The Wall.”"), no title
(read46t). Pure; reads one paragraph of bounded length.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.lexicon import TITLE_SMALL_WORDS
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import mark_end

_MOST_BEFORE: Final = 120  # characters of the author and outlet before the title
_PARTS: Final = (2, 3)  # author, outlet (a section or a date may follow the outlet)
_PART_WORDS: Final = 6
_LONG_WORD: Final = 4  # words of this length or more are capitalized in a title-case headline
_TITLE_SHARE: Final = 0.6


def cited_title(text: str, span: Span) -> bool:
    """The quote ``span`` of ``text`` is the title in a citation line (see the module)."""
    if span.continued or span.close_at < 0:
        return False
    line = text.rfind("\n", 0, span.open_at) + 1
    if span.open_at - line > _MOST_BEFORE:
        return False
    before = text[line:span.open_at]
    if not before.endswith(", "):
        return False
    parts = before[:-2].split(", ")
    if len(parts) not in _PARTS or not all(_name_part(p) for p in parts):
        return False
    line_end = text.find("\n", span.open_at)
    after = text[mark_end(text, span):line_end if line_end >= 0 else len(text)].strip()
    quoted = text[span.start:span.end]
    if after != ":" and quoted.rstrip("”’\"' ").endswith((".", "!")):
        return False  # "Donald Trump, Phoenix, “We Will Build The Wall.”": a sentence said (read46t)
    return after in ("", ":", ".") and _title_case(quoted)


def _name_part(part: str) -> bool:
    """A name or an outlet: a few words, capitalized or small words, the first capitalized."""
    words = part.split()
    if not 0 < len(words) <= _PART_WORDS or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _title_case(quoted: str) -> bool:
    """Most of the quoted words of four letters or more open on a capital (a headline); a
    brand's "iPad" counts as capitalized, a number ("10.5-inch") is no word."""
    long_words = [w for w in (w.lstrip("“‘\"'(") for w in quoted.split())
                  if len(w.strip(".,:;!?’'\"“”‘")) >= _LONG_WORD and not w[:1].isdigit()]
    if not long_words or not _capped(quoted.lstrip("“‘\"'(")) and not quoted[:1].isdigit():
        return False
    return sum(1 for w in long_words if _capped(w)) >= _TITLE_SHARE * len(long_words)


def _capped(word: str) -> bool:
    """``word`` opens on a capital, or on one lower-case letter before one ("iPad", "eBay")."""
    return word[:1].isupper() or word[:1].islower() and word[1:2].isupper()
