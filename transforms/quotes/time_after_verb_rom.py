"""French, Spanish, Portuguese: a phrase of time between a reporting verb and its subject after a
quote, "« … », a déclaré lundi la CGT", "«…», respondió el lunes en Twitter la diputada María
Okafor", and one after a role noun, "« … », a déclaré la députée lundi à Paris" (s60: a consistency
matrix; the role had been read as "la députée lundi à Paris", no one). The day is skipped before the
subject and cut after it, as German's "sagte am Montag Peter Brandt" (time_after_verb_de). A place
before a name cannot be cut where the name starts ("à Paris Marie Okafor" beside "en Nueva York
Sánchez" and "en Onda Cero María Okafor", three adversarial reads): French reads no one there (it
had been the wrong name "lundi à Paris Marie Okafor"), Spanish and Portuguese as before. Pure."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.language import current as current_language

_DAYS: Final = frozenset("""lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui aujourd’hui
lunes martes miércoles jueves viernes sábado domingo ayer hoy segunda-feira terça-feira quarta-feira
quinta-feira sexta-feira ontem hoje""".split())
_DAY_ARTICLES: Final = frozenset("el le ce este esta o neste nesta".split())  # "el lunes", "ce lundi"
_PLACE_PREPOSITIONS: Final = frozenset("à en em".split())  # "à Paris", "en Madrid", "em Lisboa"
_SUBJECT_ARTICLES: Final = frozenset("le la les l' el los las o os a as".split())
_LANGUAGES: Final = frozenset(("fr", "es", "pt"))


def _day_at(toks: list[tuple[int, int, str]], k: int) -> int:
    """How many tokens from ``k`` make a day ("lundi", "el lunes", "ce matin" is not read), else 0."""
    word = toks[k][2].rstrip(",")
    if word in _DAYS:
        return 1
    if word in _DAY_ARTICLES and k + 1 < len(toks) and toks[k + 1][2].rstrip(",") in _DAYS:
        return 2
    return 0


def time_before_subject_rom(toks: list[tuple[int, int, str]]) -> int:
    """The number of tokens of a day and a place (one capitalized word after "à", "en", "em", before an
    article and a role) that open ``toks`` (the words after a reporting verb) before a capitalized
    name or an article; in French the day alone before "à" and a name (then no one is read); 0 when
    there is none, or no day opens them (a place alone after the verb is read as before)."""
    if current_language().code not in _LANGUAGES or len(toks) < 2:
        return 0
    k = _day_at(toks, 0)
    if not k:
        return 0
    if k + 1 < len(toks) and toks[k][2] in _PLACE_PREPOSITIONS:
        # "en Twitter la diputada María Okafor": one place word, then a role; a place before a name
        # ("à Paris Marie Okafor", "en Nueva York Sánchez", "en Onda Cero María Okafor") cannot be cut
        # where the name starts (the s60 reads)
        run = 0
        while k + 1 + run < len(toks) and toks[k + 1 + run][2][:1].isupper() and run < 4:
            run += 1
            if toks[k + run][2][-1:] in ",.;:":
                break
        after = toks[k + 2][2].lower() if k + 2 < len(toks) else ""
        if not (run == 1 and after in _SUBJECT_ARTICLES):
            # French: the day only, so that the phrase read next opens on "à" and names no one (it
            # had been "lundi à Paris Marie Okafor"); Spanish and Portuguese read as before
            return k if toks[k][2] == "à" else 0
        k += 2
    if k >= len(toks):
        return 0
    nxt = toks[k][2]
    return k if nxt[:1].isupper() or nxt.lower() in _SUBJECT_ARTICLES else 0


def end_before_day(toks: list[tuple[int, int, str]], end: int) -> int:
    """``end``, or the end of the word before a day that runs on after a role noun ("la députée
    lundi à Paris" -> "la députée"), in French, Spanish and Portuguese."""
    if current_language().code not in _LANGUAGES:
        return end
    for k in range(1, len(toks)):
        if toks[k][0] >= end:
            break
        if _day_at(toks, k) and toks[k - 1][2][:1].islower() and toks[k - 1][2].isalpha():
            return toks[k - 1][1]
    return end
