"""Two or more people named as the subject before their verb, joined by "and": "Ann Lee and Tom
Hale said: “…”", "Ana Ruiz y Pedro Gil dijeron:", "Anna Keller und Peter Braun sagten, …",
"Anna Keller und ihr Mann Peter Braun sagten:" (issue 16, stop 47). The subject phrase read
right before the verb is the last person's, whom the lead-in credited; the annotation guide
credits the first named ("said authors Ann Lee and Jo Roe" -> Ann Lee; "Lee and her colleagues"
-> Ann Lee), as ``coordinated_after`` does when the names follow the quote.

Only a first phrase that the subject reading (``np_before``) takes for a person's full name (two
words or more once a title is split off) and that opens its clause (the sentence's start, or
after a comma, a colon, a semicolon, a parenthesis or a dash), then "and" (or the language's:
"y"/"e", "e", "et", "und"), then the phrase the lead-in read, which may open on a possessive
("her husband Tom Hale", "su esposo Pedro Gil"). A one-word first phrase is left
alone: two capitalized words joined by "and" are too often one body's name ("Procter and
Gamble", "Health and Human Services"); an organisation's name is the name's own reading's
(``is_org``). A list ("Ann Lee, Tom Hale and Jo Roe said") gives its first item. French keeps
its own reading (``rules.lead_in_rule``: "Anne Roy et Marc Lenoir rappellent que …", two people,
neither alone: null), which the dev part's press reviews hold. Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.phrases import np_before
from newsbeam.transforms.quotes.titles import split_title

_POSSESSIVES: Final = r"(?:his|her|their|su|sus|seu|sua|seus|suas|son|sa|ses|sein|seine|seinem|ihr|ihre)"
# "and" (and a possessive, perhaps with its noun: "y su esposo") right before the phrase the lead-in read.
_AND: Final = re.compile(r"[^\S\n]{0,3},?[^\S\n]{1,3}(?:and|y|e|et|und|&)[^\S\n]{1,3}(?:" + _POSSESSIVES +
                         r"[^\S\n]{1,3}(?:[a-zà-öø-ÿ\-]{2,20}[^\S\n]{1,3})?)?$")
_OPENERS: Final = ",;:(—–"
_SPACES: Final = 8  # spaces read back from the first name to its clause's opening (bounded)
_LISTED: Final = 4  # names of a list read back before the last two


def first_of_coordinated(text: str, lo: int, np: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the first person named when the subject phrase ``np`` (read right before a
    verb in the sentence that starts at ``lo``) is the last of people joined by "and"; None
    for any other shape."""
    if np[0] - lo < 8 or not text[np[0]:np[0] + 1].isalpha() or current_language().code == "fr":
        return None
    conj = _AND.search(text, max(lo, np[0] - 40), np[0])
    if conj is None:
        return None
    first = _full_name_before(text, lo, conj.start())
    if first is None:
        return None
    for _ in range(_LISTED):  # "Ann Lee, Tom Hale and Jo Roe said": the list's first
        j = _skip_spaces_back(text, lo, first[0])
        if j <= lo or text[j - 1] != ",":
            break
        earlier = _full_name_before(text, lo, j - 1)
        if earlier is None:
            break
        first = earlier
    j = _skip_spaces_back(text, lo, first[0])
    return first if j == lo or text[j - 1] in _OPENERS else None


def _full_name_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The subject phrase that ends at ``end`` (spaces and a comma before it allowed) when it
    is a person's full name: two words or more once a title is split off, no organisation."""
    found = np_before(text, end, lo)
    if found is None or text[found[1]:end].strip(" ,\u00a0"):
        return None
    mention = text[found[0]:found[1]]
    name = split_title(mention) if mention[:1].isupper() and is_person_like(mention) and not is_org(mention) else ""
    words = name.split()
    if len(words) < 2 or any(len(w.replace(".", "")) > 1 and w.replace(".", "").isupper() for w in words):
        return None  # (an acronym: "U.S. Ski and Snowboard said" is one body)
    return found


def _skip_spaces_back(text: str, lo: int, at: int) -> int:
    """``at`` moved back over the spaces before it (at most ``_SPACES``, not past ``lo``)."""
    j = at
    while j > lo and at - j < _SPACES and text[j - 1] in " \u00a0":
        j -= 1
    return j
