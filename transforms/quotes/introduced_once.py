"""A person named once whom the article still introduces as a person: a lowercase title or trade
right before the name ("la concejala Ana Ruiz", stop 47), a title inside the run ("Professor
Hartmut Zohm"), or an appositive with a role after it ("Anna Roth, die Vorsitzende des Vereins,").
Moved out of ``implied`` (its line budget). The French article of such a title tells the
person's sex (``article_title_gender_fr``). Pure functions, bounded regexes at one position."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.person_nouns import person_noun
from newsbeam.transforms.quotes.surname_mentions import surname_mentions
from newsbeam.transforms.quotes.titles import is_title_word, split_title
from newsbeam.transforms.quotes.tokens import trim


def title_before(text: str, lo: int, at: int) -> bool:
    """A lowercase title or trade right before the name that starts at ``at`` ("La concejala Ana
    Ruiz se opuso", "le maire Paul Girard", "o prefeito Tomás Reis"): a person introduced, though
    named once (stop 47: "dijo ella" after two people so introduced had no one)."""
    before = text[max(lo, at - 30):at].split()
    if not before or not before[-1].isalpha() or not before[-1].islower():
        return False
    word = before[-1]
    return is_title_word(word) or person_noun(word)


def titled_full_name(run: str) -> bool:
    """A title before a name of two words or more ("Professor Hartmut Zohm"): a person, though
    the article names him once ("Rafael van der Vaarts Abschiedsgala" has no title)."""
    name = split_title(run)
    return bool(name) and name != run and len(name.split()) >= 2 and run.endswith(name)


# An appositive that gives the name before it a role: ", dem Vorsitzenden", ", die Sprecherin".
_ROLE_AFTER: Final = re.compile(r",[^\S\n]{1,3}(?:der|die|dem|den|el|la|le|o|a)[^\S\n]{1,3}([^\W\d_][\w\-]{1,40})")


def role_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is set off by an appositive that opens on an article and a
    title or role ("Anna Roth, die Vorsitzende des Vereins,"): a person, though named once."""
    m = _ROLE_AFTER.match(text, end)
    return m is not None and is_title_word(trim(m.group(1)))


# French: a definite article and one lower-case title or trade right before a name ("le conseiller ").
_ARTICLE_TITLE_FR: Final = re.compile(r"(?<![\w'’])([Ll][ea]|[Dd]u|[Aa]u)[^\S\n]{1,3}+([a-zà-ÿ][\w\-]{1,30}+)[^\S\n]{1,3}+$")
_GENDERS_FR: Final = {"le": "m", "du": "m", "au": "m", "la": "f"}
_MENTIONS: Final = 6  # mentions of a surname read


def article_title_gender_fr(text: str, person: str) -> str | None:
    """French: "m" or "f" as the article of a title or trade right before one of the person's
    first mentions says ("le conseiller Camille Roux": m; "la juge Anne Morel": f), as
    ``person_nouns.article_gender`` reads Spanish and Portuguese (read47c: a name of either sex
    introduced so was an "elle"); None elsewhere. Not an appositive after the name ("Marie-Pierre
    Dausse, professeur": French writes many trades of a woman in the masculine)."""
    if current_language().code != "fr":
        return None
    for start, _ in surname_mentions(text, person, _MENTIONS):
        m = _ARTICLE_TITLE_FR.search(text, max(0, start - 45), start)
        if m is not None and (is_title_word(m.group(2).lower()) or person_noun(m.group(2).lower())):
            return _GENDERS_FR[m.group(1).lower()]
    return None
