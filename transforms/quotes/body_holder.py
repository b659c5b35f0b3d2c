"""A person named after the body they serve, in one run of capitals (s62).

Markets and central-bank copy writes "Bank of Canada Governor Tiff Macklem", "Federal Reserve
Bank of Boston President Susan Collins" and "Bank of America's Savita Subramanian": a body with
its own "of", then a title or a possessive, then the person. Once the place after "of" was set
aside what was left ("Bank") was a body's head, so the whole run was read as the body and stood
as the speaker. Here the run is read from its end: two to four words of a name (lowercase
particles inside: "Ahmed al-Sharaa"), right after a capitalized title or role ("Governor") or a
possessive ("America's"), where an "of" or "for" after a body's head ("Bank", "Council") stands
before that title with a capitalized word between ("Bank of Canada Governor": the body is whole
before the title; not "Attorney General Ann Lee of the Justice Department's Criminal Division", a
person's "of"). The title is kept with the name ("Governor Tiff Macklem"): the caller's reading of
a title and a name takes it off.
Not a body's own words: "the Association of Chief Police Officers" (a plural, a body's head after
"Chief"), "the Office of the Director of National Intelligence" (an "of" after the title).
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.crowds import plural_of_people
from newsbeam.transforms.quotes.lexicon import (
    BODY_WORDS, FUNCTION_WORDS, ORG_HEADS, PARTICLES, PLACE_WORDS, ROLE_WORDS, TITLES)
from newsbeam.transforms.quotes.name_heads import arabic_article_name
from newsbeam.transforms.quotes.titles import is_title_word
from newsbeam.transforms.quotes.tokens import is_cap, trim

_BODY_OF: Final = frozenset(("of", "for"))  # "Bank of Canada", "Center for Economic Policy"
_CONNECTORS: Final = frozenset(("of", "for", "and", "&", "the", "on"))  # inside a body's name
_NAME_MOST: Final = 4  # words of a name at most ("Mohammed Shia al-Sudani")
_LONGEST: Final = 16  # words of a mention read at most


def _name_word(word: str) -> bool:
    """A word of a person's name: capitalized and no title, role, body or place word
    ("Officers", "Police", "Affairs" end a body's name), or a lowercase particle ("al-Sharaa")."""
    low = trim(word)
    if word[-1:] in ",;:" or word.endswith(("’s", "'s")):
        return False
    if not is_cap(word):
        return low in PARTICLES or arabic_article_name(word)
    return low not in TITLES and low not in ROLE_WORDS and low not in ORG_HEADS and low not in PLACE_WORDS \
        and low not in BODY_WORDS \
        and low not in FUNCTION_WORDS and not is_title_word(low) and not plural_of_people(low)


def holder_after_body(mention: str) -> str | None:
    """The title and name (or, after a possessive, the name) that close a mention naming a body
    first: "Bank of Canada Governor Tiff Macklem" -> "Governor Tiff Macklem", "Bank of America's
    Savita Subramanian" -> "Savita Subramanian"; None for any other mention."""
    words = mention.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    if not 5 <= len(words) <= _LONGEST or not is_cap(words[0]) or \
            any(not is_cap(w) and w not in _CONNECTORS and not _name_word(w) for w in words):
        return None
    n = 0
    while n < min(_NAME_MOST, len(words) - 1) and _name_word(words[-1 - n]):
        n += 1
    at = len(words) - n - 1  # the title or the possessive before the name
    if n < 2 or not is_cap(words[-n]) or not is_cap(words[-1]):
        return None
    of = next((k for k in range(1, at) if words[k] in _BODY_OF), -1)
    place = words[of + 1:at + 1] if words[at].endswith(("’s", "'s")) else words[of + 1:at]
    if of < 1 or trim(words[of - 1]) not in ORG_HEADS and trim(words[of - 1]) not in BODY_WORDS or \
            not any(is_cap(w) for w in place) or \
            any(not is_cap(w) and w not in _CONNECTORS for w in place):
        return None  # (the words between the body's "of" and the title: the body's place, capitalized)
    if words[at].endswith(("’s", "'s")) and of < at:
        return " ".join(words[at + 1:])  # "Bank of America's Savita Subramanian"
    low = trim(words[at])
    if is_cap(words[at]) and at > of + 1 and (low in TITLES or low in ROLE_WORDS or is_title_word(low)):
        return " ".join(words[at:])  # "Bank of Canada Governor Tiff Macklem"
    return None
