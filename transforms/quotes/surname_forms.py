"""The forms of one surname the name index (``names.NameIndex``) reads and weighs: a double
surname written whole after a given name ("Lotte Tobisch-Labotyn" for "Tobisch"), a given name
before a particle in brackets ("Lotte (von) Tobisch-Labotyn"), the words a form holds, and the
form with its given name where people are called by two surnames ("Lucía Fernández Ortega").
Moved out of ``names`` whole (stop 42). Pure functions.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.name_runs import given_name_like
from newsbeam.transforms.quotes.tokens import subsequence


# Languages whose people are called by two surnames ("Fernández Ortega" for "Lucía Fernández
# Ortega", "Morales Ojeda"): the form the article repeats most is both surnames, not the name.
TWO_SURNAMES: Final = frozenset(["es", "pt"])


_DOUBLE: Final = re.compile(r"-[A-ZÄÖÜ][\w]{1,30}")


def form_holds(want: list[str], form: tuple[str, ...]) -> bool:
    """Whether the lower-case words ``want`` are a subsequence of ``form``, whose double surname
    also counts by its parts ("Tobisch" in "Lotte Tobisch-Labotyn")."""
    low = [t.lower() for t in form]
    return subsequence(want, low) or "-" in low[-1] and subsequence(want, low[:-1] + low[-1].split("-"))


# A given name, then a nobiliary particle in brackets: "Lotte (von) Tobisch-Labotyn".
_GIVEN_PARTICLE: Final = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{1,20})[^\S\n]\((?:von|vom|zu|van|de)\)[^\S\n]$")


def given_before_particle(text: str, pos: int) -> list[str]:
    """The given name before a particle in brackets that precedes ``pos``, else []."""
    m = _GIVEN_PARTICLE.search(text[max(0, pos - 32):pos]) if text[pos - 2:pos - 1] == ")" else None
    return [m.group(1)] if m is not None else []


def double_surname(text: str, pos: int, last: str) -> str | None:
    """The whole double surname when ``last`` at ``pos`` is the first part of one, after a given
    name ("Lotte Tobisch-Labotyn" for "Tobisch"), else None."""
    end = pos + len(last)
    m = _DOUBLE.match(text, end) if text[end:end + 1] == "-" else None
    return last + m.group() if m is not None and pos >= 2 and text[pos - 1] == " " else None


def with_given_name(best: tuple[str, ...], forms: dict) -> tuple[str, ...]:
    """The form of ``best`` (two surnames) with one given name before them, where the article
    writes exactly one such ("Lucía Fernández Ortega"), else ``best``."""
    longer = [f for f in forms if len(f) == 3 and f[1:] == best and given_name_like(f[0])]
    return longer[0] if len(longer) == 1 else best


# Spanish names: a given name, then two surnames, the first of which the article uses alone
# ("Ana Ruiz Soto" ... "Ruiz dijo"): the word right after a surname, one space on, capitalized
# and then not followed by another capitalized word. (Portuguese uses the last surname alone:
# "Ana Souza Lima" ... "Lima", which the plain forms already read.)
_SECOND_SURNAME: Final = re.compile(r" ([A-ZÁÉÍÓÚÑÂÊÔÃÕÇ][a-záéíóúüñâêôãõçà]{1,20}(?:-[A-ZÁÉÍÓÚÑÂÊÔÃÕÇ][a-záéíóúüñâêôãõçà]{1,20})?)"
                                    r"(?![\w'’\-]| [A-ZÁÉÍÓÚÑÂÊÔÃÕÇ])")  # (Portuguese letters too: "Simões", "Gonçalves")


def second_surname(text: str, end: int) -> str | None:
    """The second surname written right after a first surname that ends at ``end`` (Spanish:
    "Soto" in "Ana Ruiz Soto"), else None; the caller checks the word is no title, place or body."""
    m = _SECOND_SURNAME.match(text, end, min(len(text), end + 48))
    if m is None or text[m.end():m.end() + 2][1:].isdigit():
        return None  # ("Ana Ruiz Madrid 12 may": a byline's place and date)
    return m.group(1)


_LOCATIVES: Final = frozenset(("en", "desde", "hacia", "hasta"))
_PLACE_LOOKS: Final = 50  # occurrences of a word read per text (bounded)


def written_as_place(texts: list[str] | tuple[str, ...], word: str) -> bool:
    """The article writes ``word`` after a preposition of place ("en Madrid", "desde Barcelona"):
    a place, not a second surname ("la alcaldesa Ana Ruiz Madrid" is no "Ana Ruiz Madrid")."""
    for text in texts:
        at, seen = text.find(word), 0
        while at >= 0 and seen < _PLACE_LOOKS:
            end = at + len(word)
            before = text[max(0, at - 8):at]
            if (end == len(text) or not text[end].isalnum()) and before.endswith(" ") and before.split()[-1:] \
                    and before.split()[-1].lower() in _LOCATIVES:
                return True
            at, seen = text.find(word, end), seen + 1
    return False
