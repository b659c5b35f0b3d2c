"""An employer named between a role and a person, with no comma, in French, Spanish and Portuguese.

"l'éditorialiste du Figaro Ivan Rioufol", "la analista de Goldman Sachs Ana Torres", "o ministro
do STF Alexandre de Moraes": after the genitive one run of capitalized words names the employer and
then the person. The person's name opens on the last given name that still has a surname after it,
with a given name right before it that opens compound ones ("José Luis", "João Pedro"),
never on the run's first word, and never on a saint's place's second word ("de San Sebastián Eneko
Goia": "Sebastián" is the city's). French read it first (stop 46, read46f); Spanish and Portuguese
(s63) had read "Goldman Sachs Ana Torres" as one name. Pure; bounded by the run.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon_es import COMPOUND_GIVEN_FIRST

# The genitives that put an employer before a name, by language ("de la", "de l'" end on "de").
_GENITIVES: Final[dict[str, frozenset[str]]] = {
    "fr": frozenset(("du", "de", "des")),
    "es": frozenset(("de", "del")),
    "pt": frozenset(("de", "do", "da", "dos", "das")),
}
# An article between the genitive and the employer ("de la OMS", "de los Andes", "de l'Élysée").
_ARTICLES: Final = frozenset(("la", "las", "los", "l'", "l’"))
# Words that make the given name after them a place's ("San Luis", "São José", "Sainte-Marie").
_SAINTS: Final = frozenset(("San", "Santa", "Santo", "São", "Saint", "Sainte"))


def employer_genitive(word: str) -> bool:
    """``word`` (lower case) is a genitive that may put an employer before a name in the
    article's language ("du", "del", "do"); False in English and German."""
    return word in _GENITIVES.get(current_language().code, frozenset())


def employer_then_name(run: list[str]) -> list[str]:
    """The person's words of a run of capitalized words after a genitive ("Goldman Sachs Ana
    Torres" -> "Ana Torres", "Madrid José Luis Almeida" -> "José Luis Almeida"), else the run."""
    if len(run) < 3:
        return run
    # From the right: the employer may hold a given name ("du Paris Saint-Germain Luis Enrique").
    for n in range(len(run) - 2, 0, -1):
        if _given(run[n]) and run[n - 1] not in _SAINTS:
            if n > 1 and run[n - 1] in COMPOUND_GIVEN_FIRST and run[n - 2] not in _SAINTS:
                n -= 1  # "María Jesús Fernández" (s63): two given names at most
            return run[n:]
    return run


def after_employer(text: str, pos: int, toks: list[str], k: int) -> int:
    """The index of the name's first word in ``toks`` (a run ending on a surname at ``pos``), at
    least ``k``: past an employer the run opens on where a genitive ("du", "del", "do", "de la",
    "d'") stands right before it (``employer_then_name``). Bounded (80 characters back)."""
    if len(toks) - k < 3:
        return k
    lo = text.rfind(toks[k], max(0, pos - 80), pos)
    if lo < 0:
        return k
    before = text[max(0, lo - 60):lo].split()
    n = len(before)
    while n > max(0, len(before) - 3) and before[n - 1][:1].isupper() and before[n - 1][-1:].isalnum():
        n -= 1  # the employer's first words, left out of ``toks`` ("do Itaú" Unibanco Maria Silva, s63)
    last = before[n - 1].lower() if n else ""
    if last in _ARTICLES and n >= 2:
        last = before[n - 2].lower()
    french_elided = current_language().code == "fr" and toks[k][:2].lower() in ("d'", "d’")
    if not (employer_genitive(last) or french_elided):
        return k
    return k + len(toks[k:]) - len(employer_then_name(toks[k:]))


def after_inner_employer(run: list[str]) -> list[str]:
    """The person's words of a run that holds its own genitive, in French, Spanish and Portuguese:
    a body's name and then the person ("Museo del Prado Ana Gil" -> "Ana Gil"), else the run. Not
    when the run opens on a given name ("Juan de la Cruz Martín": a name with its particle)."""
    for n in range(1, len(run) - 3):
        if employer_genitive(run[n]) and not _given(run[0]):
            rest = run[n + 2:] if run[n + 1] in _ARTICLES else run[n + 1:]
            cut = employer_then_name(rest)
            return cut if len(cut) < len(rest) else run
    return run


def _given(word: str) -> bool:
    """A given name, or a hyphenated pair of them ("Jean-Marc"); not a saint's place
    ("Saint-Germain", "Sainte-Marie")."""
    if "-" not in word:
        return is_first_name(word)
    parts = word.split("-")
    return len(parts) == 2 and parts[0] not in _SAINTS and all(is_first_name(p) for p in parts)
