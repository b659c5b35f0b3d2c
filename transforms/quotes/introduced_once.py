"""A person named once whom the article still introduces as a person: a lowercase title or trade
right before the name ("la concejala Ana Ruiz", stop 47), a title inside the run ("Professor
Hartmut Zohm"), or an appositive with a role after it ("Anna Roth, die Vorsitzende des Vereins,").
Moved out of ``implied`` (its line budget). Pure functions, one bounded regex at one position."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.person_nouns import person_noun
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
