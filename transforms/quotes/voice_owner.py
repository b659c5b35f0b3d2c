"""The body a spokesperson speaks for, in the form the article gave it (issue 16, stop 42).

"A Garda spokesperson said: “… contact Millbrook Garda Station …”": the name index widens a
short name to the longest name that ends on it, as it widens a surname to a full name ("Lee" ->
"Ann Lee"). For a body that reading is wrong: the longer name that ends on the body's word is
another place or branch ("Millbrook Garda" of "Millbrook Garda Station", "Leeds Tesco"), and it
is often written only inside the spokesperson's own words, after the mention. The longer form
stands for the body only when the article wrote it before the mention, and wrote it whole (not
the start of a longer name: "Millbrook Garda Station"); otherwise the body is the name as the
mention gives it.

Whom "a spokesman for X" speaks for, wherever the mention stands (``voice_for``, stop 58): a
lead-in ("A spokeswoman for Harlow Bank said: “…”") already gave the body, since the subject's
head reads the name after the preposition; the same words after the quote ("“…,” said a
spokeswoman for Harlow Bank") came whole to the resolver, which read "an Acme spokesperson" and
"a spokesman for the company" but took any capitalized name after "for" for someone the agent
speaks for, unnamed. A name after "for" or "of" that is plainly a body's (its last word an
organisation's, or an acronym) is the body, as the article writes it at its fullest; anything
else, a person's spokesman above all ("a spokesman for Macron"), stays unnamed, as before. A
lower-case word in it ("for the Lee family", "for the company") is left to the rules that read
kinds. Pure functions.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from newsbeam.transforms.quotes.acronym_bodies import is_acronym
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.names import is_org
from newsbeam.transforms.quotes.lexicon import CALENDAR, ORG_HEADS, SPOKESPEOPLE, TITLES, WEEKDAYS
from newsbeam.transforms.quotes.tokens import trim

if TYPE_CHECKING:
    from newsbeam.transforms.quotes.names import NameIndex

_READ: Final = 20_000  # characters before the mention read for the longer form (bounded)
# After a name, the next word of the same name: a space or two, then a capital.
_GOES_ON: Final = re.compile(r"[^\S\n]{1,2}[A-Z]")
_MONTHS: Final = CALENDAR - WEEKDAYS  # (lexicon's months)


def written_whole_before(text: str, form: str, before: int) -> bool:
    """Whether ``text`` writes ``form`` before ``before`` as a whole name: not glued to a word
    before it, and not followed by another capitalized word of a longer name."""
    lo = max(0, before - _READ)
    at = text.find(form, lo, before)
    while at >= 0:
        end = at + len(form)
        glued = at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-’'")
        if not glued and not (end < len(text) and text[end].isalnum()) and not _GOES_ON.match(text, end):
            return True
        at = text.find(form, at + 1, before)
    return False


def voice_owner(names: NameIndex, owner: str, text: str, before: int) -> str:
    """The body ``owner`` of "a/the OWNER spokesperson" (credited before ``before``): an
    acronym's spelled-out form ("a CIA spokesperson"), else its longest form in the name index
    ``names`` when the article wrote that form whole before the mention, else ``owner`` itself."""
    if owner.isupper():
        return names.expansion(owner) or owner
    fullest = names.fullest(owner)
    if fullest.split()[0].lower() in _MONTHS:
        return owner  # "a March Ipsos poll": the month is no part of Ipsos's name (s51)
    if fullest == owner or written_whole_before(text, fullest, before):
        return fullest
    return owner


_PREPOSITIONS: Final = frozenset(("for", "of"))
# Lower-case words inside a body's name: "Department of Health and Social Care".
_INSIDE: Final = frozenset(("of", "and", "for", "the", "on"))
_MOST_WORDS: Final = 7
_OF: Final = frozenset(("of", "for", "on"))


def owner_after_voice(rest: list[str]) -> str | None:
    """"Department of Health" for the words ``spokesman for the Department of Health`` (after the
    determiner): the capitalized name after a spokesperson's "for" or "of", of one to seven
    words with only "of", "and", "for", "the", "on" inside; None for anything else."""
    if len(rest) < 3 or trim(rest[0]) not in SPOKESPEOPLE or rest[1] not in _PREPOSITIONS:
        return None
    if any(w.endswith((",", ";", ":")) for w in rest[:-1]):
        return None  # "a spokesman for the Foreign Office, Tom Hale": the spokesman is named
    words = rest[2:]
    if words[-1].endswith((",", ";", ":")) or words[-1].endswith(".") and "." not in words[-1][:-1]:
        words = words[:-1] + [words[-1][:-1]]  # (a stop or comma after the name; "U.S." keeps its own)
    if words[0] == "the":
        words = words[1:]
    if not 1 <= len(words) <= _MOST_WORDS or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return None
    if not all(w[:1].isupper() and not w.endswith(("’s", "'s")) or w in _INSIDE for w in words):
        return None  # "for Lee’s campaign", "for the Lee family": someone's group, not a name
    return " ".join(words)


def voice_for(names: NameIndex, rest: list[str], text: str, before: int) -> str | None:
    """The body a spokesperson speaks for in "a spokesman for X" (``rest``: the words after the
    determiner), at its fullest form written before ``before`` (``voice_owner``); None when
    ``rest`` is no such phrase, or when X may be a person or names no one body. A body is a name of
    two words or more whose last word is an organisation's ("Harlow Bank") or whose first is, before
    "of" ("Department of Health", "Bank of England"), with no first name, title or person's name
    inside ("Harlow Bank CEO Tom Hale"); or an acronym the article spells out as a body's name
    ("NATO" after "the North Atlantic Treaty Organization (NATO)"; not "the DA", "AOC"). A person's
    spokesman ("for Macron", "for Taylor Swift") and a bare noun ("for the Ministry") stay unnamed,
    as before (``unnamed.speaks_for_someone``; adv58)."""
    owner = owner_after_voice(rest)
    if owner is None:
        return None
    words = owner.split()
    if len(words) == 1:
        spelled = names.expansion(owner) if is_acronym(owner) else None
        return voice_owner(names, owner, text, before) if spelled and is_org(spelled) else None
    headed = trim(words[-1]) in ORG_HEADS or len(words) > 2 and trim(words[0]) in ORG_HEADS and words[1] in _OF
    if not headed or names.is_person(owner) or any(is_first_name(w) or trim(w).lower() in TITLES for w in words):
        return None
    return voice_owner(names, owner, text, before)
