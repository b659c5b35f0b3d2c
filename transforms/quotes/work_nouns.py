"""Nouns for a work whose title may follow them (``WORK_NOUNS``) and the test that a quote
stands right after one (``after_work_noun``): title-case words after "said in his 2012 memoir,"
or "the song" are the work's title even in a sentence that reports speech (rule
``title_after_work_noun``). Pure."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.tokens import word_before

WORK_NOUNS: Final = frozenset("""
book books memoir memoirs novel novels biography autobiography song songs anthem hymn album
albums film films movie movies documentary documentaries play musical opera series sitcom
podcast podcasts column columns essay essays poem poems painting paintings exhibit exhibition
history histories anthology
""".split())


def after_work_noun(text: str, lo: int, hi: int) -> bool:
    """The word before ``hi`` (not before ``lo``) is one of ``WORK_NOUNS``, a comma or colon
    after it or not; or (stop 53) such a noun and a short phrase on "of", "on" or "about", then a
    comma ("in her 2008 history of post-War Europe, “Where Have All the Soldiers Gone”")."""
    if word_before(text, hi, lo).lower().rstrip(",:") in WORK_NOUNS:
        return True
    tail = text[max(lo, hi - 80):hi].rstrip()
    if not tail.endswith((",", ":")):
        return False
    words = tail[:-1].split()
    for k in range(max(0, len(words) - 6), len(words) - 1):
        if words[k].lower() in WORK_NOUNS and words[k + 1] in ("of", "on", "about"):
            return True
    return False
