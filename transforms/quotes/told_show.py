"""Rule ``show_told`` (issue 16): the programme a speaker talks to, quoted right after "told".

"Carla Diaz told “Good Morning Ohio,” reminding viewers ...", "he told “Meet the Voters” on
Sunday that ...": a quotation opened right after "told", with no comma or colon between, is the
verb's listener, here a programme's name (a scare quote said by no one, docs/gold-annotation.md:
names of shows are ``scare``); the words the speaker told come after it or elsewhere. Words
told to someone need a listener first ("told reporters: “…”") or a comma or colon ("told, “…”"),
so they never stand right after "told".

The quote must read as a name, as in show_names.py: one to five words, each capitalized, a
small word of titles or a number, opening on a capital or a digit, no sentence end inside (a
comma or a stop right before the closing mark is the sentence's, not the name's) and no "to"
after it ("told “Never Again” to the crowd": the words told, the listener after them).
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.lexicon import TITLE_SMALL_WORDS
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import WORDS, mark_end

_TOLD: Final = re.compile(r"\btold[^\S\n]{1,3}+$", re.IGNORECASE)
_MAX_WORDS: Final = 5
_TO_AFTER: Final = re.compile(r"[,]?[^\S\n]{1,3}+to\b")


def is_show_told(text: str, span: Span, quoted: str) -> bool:
    """``quoted`` names a programme told something: right after "told" (see the module)."""
    if span.continued or span.open_at < 5 or not (quoted[:1].isupper() or quoted[:1].isdigit()):
        return False
    if _TOLD.search(text, max(0, span.open_at - 8), span.open_at) is None:
        return False
    body = quoted.rstrip().rstrip(",.")
    if len(body) > 60 or any(c in body for c in "?!;:\"“”.,"):
        return False
    if _TO_AFTER.match(text, mark_end(text, span)) is not None:
        return False  # "told “Never Again” to the crowd": the words told, the listener after them
    words = WORDS.findall(body)
    if not 1 <= len(words) <= _MAX_WORDS or words[-1] in TITLE_SMALL_WORDS:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_SMALL_WORDS for w in words)
