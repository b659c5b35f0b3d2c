"""A sentence whose subject is someone's relative, named right after the relation: "Harry's
older brother Prince William arrived", "His older brother, Mark Hale, arrived later". The one
who acts, and the "he" of a quote after it, is the named relative, not the possessor: the
subject reader stopped at the possessive ("Harry's") and the antecedent search went back past
the sentence to the possessor (issue 16, stop 45: "… he said" given to Prince Harry).

Read from the sentence's start: an owner (a possessive pronoun or a name ending in 's), at most
two lower-case modifiers, a kinship noun (lexicon.KIN), then a name set off by commas or not,
then a lower-case word (the verb). Returns the name as written; None when the shape is not
there, or the relative is not named (the caller's rules handle "His daughter took the stage").
Pure function, one bounded regex over at most ``_WINDOW`` characters.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.lexicon import CALENDAR, FUNCTION_WORDS, KIN, ORG_HEADS, PLACE_WORDS

_WINDOW: Final = 160
# A relative the sentence says is dead or away ("His late father, Mark Hale, was a miner", "His
# father Mark Hale died in 2010"): not the one who speaks next (read45names).
_GONE: Final = frozenset("late died dies dead death killed funeral memory memorial absent missing buried".split())
# (read45names: with a possessive pronoun as the owner, "His brother, Mark Hale, arrived", the
# caller credits no one (``pronoun_owner``): whether the "he" after it is the brother or the man
# "his" stands for is open as often as not: "Coach Tom Brant praised the team. His son, Luke
# Brant, scored twice. “It was a great game,” he said.")
# owner, up to two modifiers, a noun, an optional comma, the name (capitalized words, particles,
# initials), an optional comma, then a lower-case word.
_KIN_NAMED: Final = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.\-]*(?:[^\S\n][A-Z][\w.\-]*){0,2}['’]s)"
    r"((?:[^\S\n]{1,2}[a-z][a-z\-]{1,20}){1,3}),?[^\S\n]{1,2}"
    r"((?:[A-Z][\w.’'\-]*|(?:bin|ibn|al|von|van|der|den|de|da|del|dos|la|le))"
    r"(?:[^\S\n](?:[A-Z][\w.’'\-]*|(?:bin|ibn|al|von|van|der|den|de|da|del|dos|la|le))){0,4}?)"
    r",?[^\S\n]{1,2}[a-z]")


_SAID: Final = frozenset("said says told tells added wrote recalled".split())  # (not "called police")
_GIVEN: Final = re.compile(r"\b[A-Z][a-z]{1,20}(?=[^\S\n]([A-Z][\w'’\-]{1,20}))")  # a capitalized word before another


def kin_named_subject(text: str, lo: int, hi: int) -> str | None:
    """The name of the relative a sentence (``text[lo:hi]``) opens on ("Harry's older brother
    Prince William arrived" -> "Prince William"), or None."""
    m = _KIN_NAMED.match(text, lo, min(hi, lo + _WINDOW))
    if m is None:
        return None
    if m.group(1).split()[-1] not in KIN:
        return None
    name = m.group(2)
    if not name[:1].isupper() or name.endswith(("'s", "’s")):
        return None  # "His brother Mark Hale's death": the relative is no subject (read45names)
    if _speaks(text, lo):
        return name  # "Her son, Daniel Lind, said she died …": the relative speaks (stop 57)
    words = {w.strip(",.;:").lower() for w in text[lo:min(hi, lo + 2 * _WINDOW)].split()}
    return None if words & _GONE else name


def pronoun_owner(text: str, lo: int, gender: str) -> bool:
    """The sentence at ``lo`` opens on a possessive pronoun ("His older brother, …"): the "he"
    after it may be the relative or the man "his" stands for (read45names). Not when the
    possessive is of the other sex and the relative says something there ("Her son, Daniel Lind,
    said …. “…,” he said.": the son; stop 57): a relative who does no saying ("Her brother, Mark
    Lee, scored twice") may still leave the "he" to a man named before."""
    first = text[lo:lo + 6].split(None, 1)[0].lower() if text[lo:lo + 6].strip() else ""
    if first not in ("his", "her", "their"):
        return False
    return first != {"m": "her", "f": "his"}.get(gender) or not _speaks(text, lo) or _named_before(text, lo, gender)


def _named_before(text: str, lo: int, gender: str) -> bool:
    """The paragraph names someone before the sentence at ``lo`` who may be of ``gender`` (a first
    name of that sex or one the lists do not hold): "Detective Mark Dunn said …. Her husband, Tom
    Lee, said …. “…,” he said.": either man."""
    p_lo = text.rfind("\n", 0, lo) + 1
    other = {"m": "f", "f": "m"}.get(gender)
    # (a name whose first name the lists do not hold may be of either sex: "Inspector Olumide Bakare")
    return any(first_name_sex(f"{m.group(0)} {m.group(1)}") != other and _may_be_person(m.group(0), m.group(1))
               for m in _GIVEN.finditer(text, max(p_lo, lo - _WINDOW * 4), lo))


def _may_be_person(first: str, second: str) -> bool:
    """Two capitalized words that may name a person: no function word, day, month, place or body's
    head among them ("In March", "New York", "The Times" are no one)."""
    return not any(w.lower() in FUNCTION_WORDS or w.lower() in CALENDAR or w.lower() in PLACE_WORDS
                   or w.lower() in ORG_HEADS for w in (first, second.strip("’'")))


def _speaks(text: str, lo: int) -> bool:
    """The relative the sentence at ``lo`` opens on is followed by a verb of saying in the active
    ("said she died", not "said to have been")."""
    m = _KIN_NAMED.match(text, lo, min(len(text), lo + _WINDOW))
    after = text[m.end() - 1:m.end() + 24].split()[:2] if m else []
    return bool(after) and after[0].strip(",.;:") in _SAID and after[1:2] not in (["to"], ["by"])


def talked_about(text: str, lo: int, quote_at: int, gender: str) -> bool:
    """The words from ``lo`` (the end of the relative's sentence) to the close of the quote that
    opens at or after ``quote_at`` have a third-person pronoun of ``gender``: "Her daughter, Lisa
    Berg, joined in 2015. “She has ideas,” she said.": the quote speaks of the relative, who is
    then not the one speaking (read45names). The pronoun of the speech verb after the quote is
    not read."""
    want = _HE if gender == "m" else _SHE if gender == "f" else frozenset()
    end = min(len(text), quote_at + _QUOTE_REACH)
    closes = [at for at in (text.find(c, quote_at + 1, end) for c in "”»\"") if at >= 0]
    stop = min(closes) if closes else quote_at
    return any(w.strip(",.;:!?“”«»\"'‘’").lower() in want for w in text[lo:max(lo, stop)].split())


_QUOTE_REACH: Final = 600
_HE: Final = frozenset("he him his himself".split())
_SHE: Final = frozenset("she her hers herself".split())
