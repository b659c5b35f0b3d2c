"""Rule ``chanted_words`` (issue 16): the words a crowd chants, cries or shouts, quoted right
after the noun or verb that names the chant ("chants of “Trump, Trump, Trump”", "cries of
“Shame!”", "chanting “Dump Trump.”", "a chorus of “no”"). However short, and even when they are
capitalized like a name or a slogan, they are speech (the guide: chanted speech is direct), not
the writer's scare quote; its speaker is null unless a rule names one (a crowd is no one's
name). ``spoken_after.chanted`` reads such words for a long capitalized quote in
``kinds.kind_of``; this reads them, and a few nouns of crying, for every quote, so a short one
or one in title case ("chants of “Feel the Bern”") is no longer taken for a title or a term.
Not after a noun for a name or a slogan ("the chant's slogan, “…”" is read by
``short_sentence``'s saying nouns elsewhere). Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.marks import Span


_WINDOW: Final = 40  # characters before the opening mark read (bounded)
_MAX_WORDS: Final = 12  # a chant is short: longer quotes are read as sentences by kind_of
# Nouns and verbs of crying out, with "of" or right before the words: "cries of", "shouts of",
# "a chorus of", "screaming", "roared".
_CRY: Final = re.compile(r"\b(?:cries|shouts|screams|chorus|shouting|screaming|yelling|roared)"
                         r"(?:[^\S\n]{1,3}of)?[^\S\n]{0,3}$", re.IGNORECASE)


def is_chanted(text: str, span: Span, quoted: str) -> bool:
    """A quote of one to twelve words right after words that name a chant or a cry (see the
    module): what the crowd said, not a term."""
    if span.continued or not 1 <= len(quoted.split()) <= _MAX_WORDS:
        return False
    k = span.open_at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or not text[k].isalpha():
        return False
    lo = max(0, k + 1 - _WINDOW)
    return _CHANTING.search(text, lo, k + 1) is not None or _CRY.search(text, lo, k + 1) is not None


# The chant words of ``spoken_after`` (without its nouns of speech, "the line", "the question").
_CHANTING: Final = re.compile(r"\b(?:chant(?:s|ed|ing)?|skandier\w*|Sprechch(?:or|öre)\w*|scand(?:ai|é|a)\w*|"
                              r"coreab\w*|corea(?:n|ron|ndo)|gritos?|cantaban)(?:[^\S\n]{1,3}(?:of|de|von))?[^\S\n]{0,3}$",
                              re.IGNORECASE)


# A noun of chanting or crying right before the words, with no owner ("chants of", "a chorus of",
# not "her cries of"): a crowd's words, whoever the sentence's subject is.
_CROWD_NOUN: Final = re.compile(r"\b(?:(?:chants|cries|shouts|screams|chant|cry|shout|scream)[^\S\n]{1,3}of|"
                                r"chorus(?:[^\S\n]{1,3}of)?)[^\S\n]{0,3}$", re.IGNORECASE)
_OWNERS: Final = frozenset("his her their its my our your".split())


def crowd_chant(text: str, span: Span) -> bool:
    """The chanted words (``is_chanted``) follow a noun of chanting that no one owns ("Lee
    roused the crowd to chants of “Lock her up!”", "drawing jeers and cries of “Shame!”"): the
    crowd's, no one named (s61); not "her cries of", "Lee's chants of", nor a verb ("Lee chanted")."""
    k = span.open_at
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    lo = max(0, k - _WINDOW)
    m = _CROWD_NOUN.search(text, lo, k)
    if m is None:
        return False
    before = text[max(0, m.start() - 30):m.start()].split()
    owner = before[-1].lower() if before else ""
    return owner not in _OWNERS and not owner.endswith(("'s", "’s", "s'", "s’"))
