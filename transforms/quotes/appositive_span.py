"""A subject's appositive between it and its verb (issue 16): "Marty West, an education professor
at Harvard who once worked for Sen. Tom Hale (R-Tenn.), one of the bill's architects, called it
“...”". The words between the subject and the verb are set off by commas and open in lower case
(an article, a relative pronoun, a common noun): they describe the subject, and the names inside
them (Harvard, Tom Hale) are no subject the parse stopped short of. Pure function."""
from __future__ import annotations

from typing import Final

_MAX: Final = 240  # characters: an appositive longer than this is no appositive read here


def set_off(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` (between a subject and its verb) is one or more appositives set off by
    commas: it opens with a comma and a lower-case word, closes with a comma, holds no sentence
    break, no colon, semicolon or dash, and is at most ``_MAX`` characters long."""
    if hi - lo > _MAX:
        return False
    inside = text[lo:hi].strip()
    if len(inside) < 4 or inside[0] != "," or inside[-1] != ",":
        return False
    first = inside[1:].lstrip()
    if not first[:1].islower():
        return False
    for mark in (":", ";", "—", "–", "\n", "“", "”", "\""):
        if mark in inside:
            return False
    k = inside.find(". ")
    while k >= 0:  # "Sen. Tom Hale" and initials keep their stop; a sentence break does not
        word = inside[:k].rsplit(None, 1)[-1] if inside[:k].strip() else ""
        if not (word[:1].isupper() and len(word.strip("(,")) <= 4):
            return False
        k = inside.find(". ", k + 2)
    return True
