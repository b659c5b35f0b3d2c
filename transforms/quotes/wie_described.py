"""German "wie" clauses whose subject is a description and then the name in apposition: „Die
Parlamente geraten, wie der Präsident des Gerichts, Hans Maier, erst jüngst gesagt hat, in die Rolle
einer „Abnickinstanz“". News writes the office first and the name between commas after it as often
as the name first (``wie_clause._apposed`` reads "wie Tom Weber, ihr Stellvertreter, sagte"); with
neither read, the clause's commas hid its verb and the term in the sentence fell to the writer's
scare quote although the sentence says whose word it is. Pure functions.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import first_name_sex

_END: Final = re.compile(r"[,.;:!?„“”\"«»‚‘’()\[\]\n]")
_DESCRIPTION: Final = 6  # at most this many words of the description before the name
_NAME_WORD: Final = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")


def described_name(text: str, lo: int, comma: int, hi: int, open_at: int,
                   determiners: frozenset[str]) -> tuple[str, re.Match[str]] | None:
    """``text[lo:comma]`` is a description opening on an article or a possessive ("der Präsident des
    Gerichts"), then a person's name (its first word a listed first name: fix44, review44 #4) of two
    to four capitalized words and a comma: the name and the end of the
    clause after it (its verb last, checked by the caller), or None. Not when the quote opens inside."""
    words = text[lo:comma].split()
    if text[comma:comma + 1] != "," or not 2 <= len(words) <= _DESCRIPTION or \
            words[0].lower() not in determiners or not words[1][:1].isupper():
        return None
    second = _END.search(text, comma + 1, hi)
    if second is None or second.group() != "," or comma < open_at < second.start():
        return None
    name = text[comma + 1:second.start()].split()
    if not 2 <= len(name) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in name) or \
            name[0].lower() in determiners or first_name_sex(" ".join(name)) is None:
        return None  # a person's name only: no club, town or date ("Bayern München", "Anfang Dezember")
    end = _END.search(text, second.end(), hi)
    if end is None or end.group() not in ",.!?" or second.start() < open_at < end.start():
        return None
    return " ".join(name), end
