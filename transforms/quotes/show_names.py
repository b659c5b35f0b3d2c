"""Rule ``show_after_network`` (issue 16): a show's name right after a broadcaster's possessive.

"on Fox News Channel’s “Hannity,”", "in an interview on CBS' “60 Minutes.”", "told MSNBC’s
“Hardball”": the quoted words name the broadcaster's programme, a scare quote said by no one,
whoever speaks in the sentence (docs/gold-annotation.md: names of shows are ``scare``).

The possessive is a broadcaster's when its word is an acronym in capitals (CNN, NBC, MSNBC,
C-SPAN, BBC, HBO) or ends in one of ``_BROADCAST_WORDS`` ("Fox News Channel’s", "Sky News'").
The quote must read as a name: one to five words, opening on a capital or a digit, each word
capitalized, a small word of titles or a number, no sentence end inside (a comma or a stop right
before the closing mark is the sentence's, not the name's). A person's possessive ("Trump's
“Apprentice”") is no broadcaster's: left to the other rules.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.lexicon import TITLE_SMALL_WORDS
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import WORDS, word_before

# Last words of a broadcaster's name: "Fox News Channel's", "Sky News'", "Comedy Central's".
_BROADCAST_WORDS: Final = frozenset("channel network news radio tv television central".split())
# An acronym in capitals, possibly with a hyphen or a digit: CNN, MSNBC, C-SPAN, WNYC, BBC.
_ACRONYM: Final = re.compile(r"[A-Z][A-Z0-9-]{1,6}")
_MAX_WORDS: Final = 5


def _broadcaster_possessive(word: str) -> bool:
    """``word`` is a broadcaster's possessive: "CNN's", "CBS'", "Channel’s"."""
    if word.endswith(("'s", "’s")):
        stem = word[:-2]
    elif word.endswith(("'", "’")):
        stem = word[:-1]
    else:
        return False
    if not stem:
        return False
    return _ACRONYM.fullmatch(stem) is not None or stem.lower() in _BROADCAST_WORDS


def is_show_after_network(text: str, span: Span, quoted: str) -> bool:
    """``quoted`` is a show's name right after a broadcaster's possessive (see the module)."""
    if span.continued or not quoted[:1].isalnum() or not (quoted[:1].isupper() or quoted[:1].isdigit()):
        return False
    body = quoted.rstrip().rstrip(",.")
    if len(body) > 60 or any(c in body for c in "?!;:\"“”") or ". " in body:
        return False
    # The possessive first: one word, rarely a broadcaster's, where the quote's words are a
    # regex pass (~19,000 instructions compiled, for most short quotes of an article).
    if not _broadcaster_possessive(word_before(text, span.open_at, max(0, span.open_at - 40))):
        return False
    words = WORDS.findall(body)
    if not 1 <= len(words) <= _MAX_WORDS or words[-1] in TITLE_SMALL_WORDS:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_SMALL_WORDS for w in words)
