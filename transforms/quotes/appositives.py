"""Phrases between commas before a reporting verb that are not its subject, for
``phrases.np_before``'s walk back over appositives: a phrase inside a relative clause about the
subject ("Ann Lee, whose company, Brightline, sells software, said") and a place with its state
("Ann Lee, during a meeting in Dover, Delaware, said"). Pure functions over ``tokens.tokens``."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.tokens import ends_sentence

_RELATIVE_OPENERS: Final = frozenset(("who", "whose"))
_PLACE_PREPOSITIONS: Final = frozenset(("in", "at"))


def in_place(toks: list[tuple[int, int, str]], start: int, j: int) -> bool:
    """Whether the phrase that starts at ``start`` (before the comma ``toks[j]``) follows
    "in" or "at" inside a longer appositive, as a place does ("during a meeting in Dover,")."""
    k = j - 1
    while k > 0 and toks[k][0] > start:
        k -= 1
    if not (0 < k < j and toks[k][0] == start and toks[k - 1][2].lower() in _PLACE_PREPOSITIONS and
            k >= 2 and toks[k - 2][2] not in (",", ";", ":")):
        return False
    m = k - 2  # the appositive that holds the place opens on a comma ("a woman in Dover, Ohio, told": no)
    while m >= 0 and k - m < 30 and toks[m][2] not in (",", ";", ":") and not ends_sentence(toks[m][2]):
        m -= 1
    return m >= 0 and toks[m][2] == ","


def relative_opening(toks: list[tuple[int, int, str]], j: int) -> int:
    """The index of the comma that opens a relative clause (", who", ", whose") holding the
    token before ``toks[j]``, within the same sentence; -1 when there is none."""
    k = j - 1
    while k > 0 and j - k < 40 and toks[k][2] not in (";", ":") and not ends_sentence(toks[k][2]):
        if toks[k][2].lower() in _RELATIVE_OPENERS and toks[k - 1][2] == ",":
            return k - 1 if k < j - 1 else -1  # (", who, on Friday, said": the pronoun is the subject)
        k -= 1
    return -1


_NAME_PARTICLES: Final = frozenset("de del la las los da do das dos di du des".split())
_RUN_MAX: Final = 10  # words of a body's name read back (bounded)


def complement_before(toks: list[tuple[int, int, str]], k: int) -> bool:
    """In a language other than English, whether the capitalized run that ends right before
    ``toks[k]`` (an opening parenthesis) follows a preposition: the body a longer appositive
    names, with its acronym ("Ana Ruiz, integrante de la Asociación Vecinal (AVU), dijo"), so
    the comma after the parenthesis closes that appositive; not a name and its party ("Ana Ruiz
    (PS), dijo")."""
    lang = current_language()
    if lang.code == "en":
        return False
    m = k - 1
    while m >= 0 and k - m <= _RUN_MAX and (toks[m][2][:1].isupper() or toks[m][2] in _NAME_PARTICLES):
        m -= 1
    first = m + 1
    while first < k and not toks[first][2][:1].isupper():
        first += 1  # "de la": the particles before the run's first capital open it
    return first < k and any(toks[n][2].lower() in lang.prepositions or toks[n][2].lower() in lang.genitives
                             for n in range(max(0, m), first))
