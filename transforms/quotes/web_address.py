"""A quote that is a web address, a domain or an e-mail address is a name, said by no one
(rule ``web_address``): "the website “www.harbor-bakers.com”", "Inhalt der Seite
„bäckerei-venner.de“", « le site « venner.fr » », a URL in a code sample: a scare quote with no
speaker, whatever else the sentence reports. Not right after a verb of saying or writing: "One
banner read “votevenner.com,”" gives the words a message or a sign carried, written text.

Rule ``code_value`` (stop 37, kind): a quote right after ``=`` is a string literal of a code
listing (``USER_AGENT = "Mozilla/5.0 …"``, ``query = "…"``): words mentioned as words, scare and
null (the guide, batch E), whatever they look like."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import CUES
from newsbeam.transforms.quotes.tokens import word_before

# One token, no space: a scheme or "www." and anything after it, or labels joined by dots that
# end on a top-level domain in lower case (2 to 6 letters; "U.S.", "e.g.", "a.m." do not), with
# a path or not, or an e-mail address.
_ADDRESS: Final = re.compile(r"(?:https?://|www\.)[^\s“”\"«»„]{2,200}|"
                             r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,5}\.[a-z]{2,6}|"
                             r"[\w-]{1,63}(?:\.[\w-]{1,63}){0,5}\.[a-z]{2,6}(?:/[^\s“”\"«»„]{0,200})?")


def is_web_address(quoted: str) -> bool:
    """The whole quote, less the punctuation that may close it, is one web or e-mail address.
    Every alternative of ``_ADDRESS`` holds a "." or "://" and no space: a quote with a space
    left, or with neither, is rejected before the pattern runs (most quotes are words)."""
    word = quoted.strip().rstrip(".,;:!?")
    if " " in word or "." not in word and "://" not in word:
        return False
    return 3 < len(word) <= 300 and _ADDRESS.fullmatch(word) is not None


def quoted_address(text: str, open_at: int, quoted: str) -> bool:
    """``quoted``, opening at ``open_at``, is an address named, not the words a verb of saying or
    writing right before it reports."""
    if not is_web_address(quoted):
        return False
    verb = word_before(text, open_at).lower().rstrip(":,")
    return verb not in CUES and verb not in current_language().cues


def code_value(text: str, open_at: int) -> bool:
    """The quote opening at ``open_at`` is the value an ``=`` assigns, set off by a space as
    code is written (``query = "…"``; an HTML attribute's ``date="…"`` that leaked into a text
    holds no quote of its own: its marks pair with others)."""
    k = open_at - 1
    while k >= 0 and k > open_at - 4 and text[k] in " \t":
        k -= 1
    return k >= 1 and text[k] == "=" and text[k - 1] in " \t"
