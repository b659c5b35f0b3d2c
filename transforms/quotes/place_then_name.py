"""A title, the place or body it is of, and the name, with no comma between (issue 16, stop 46).

Latin American and Spanish dailies often write an office's complement and its holder's name in
one run of capitals: "el senador por Mendoza Julián Cobos", "la exalcaldesa de Lima Susana
Villarán", "el jefe de Gabinete Guillermo Francos", "la prefecta del Guayas Ana Ruiz", "o
prefeito de Campinas Dário Saadi". The readers of a name after a verb took the whole run
("Gabinete Guillermo Francos", "Guayas Ana Ruiz": a wrong name), or the title alone and then no
one (null). Here the run after a title (``lexicon`` TITLES, or one of them with "ex") and
"por"/"de"/"del" (Portuguese "de"/"do"/"da") is split at the one word of it that is a given name
(``first_names``): the words from it on are the holder's name, when they are two or three
capitalized words and at least one word of the place stands before it. Two given names in the
run ("de Victoria Pablo Javkin", "de Santa María Luis Haro": Victoria and María are given names
too) leave the border unknown, and no name is read (rather null than wrong); so does a run
with no given name. Read only where the mention a rule found lies in that run or is its title
("El alcalde" of "El alcalde de Medellín Federico Gutiérrez aseguró"), in a bounded window
around it.

Second read (read46e): the title may itself be the complement of another person's noun: "el
abogado del exministro de Economía Amado Boudou", "la hija del alcalde de Medellín Federico
Gutiérrez", "la portavoz de la presidenta de la Comunidad de Madrid Isabel Díaz Ayuso": the
lawyer, the daughter, the spokeswoman speak, not the holder. A title right after "de"/"del"/"de
la" (Portuguese "do"/"da") names no speaker here, and no one is read from the run (the
caller leaves null); only after a noun of the holder's own words ("palabras del ministro",
"declaraciones de la ministra") is the holder still the speaker."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.name_particles import is_particle

# A lowercase title (and an adjective: "nacional", "comunal"), "por"/"de"/"del"/"de la", then a
# run of three to seven capitalized words with single particles between them. Run only over a
# window of a few hundred characters. (Neither word is a preposition: "del" taken as the title
# and "exministro" as its adjective hid "exministro de Economía ..." from the scan, read46e.)
_TITLED_RUN: Final = re.compile(
    r"(?<![\w-])(?!(?:del|dos|das|los|las|por|pelo|pela) )([a-záéíóúñçâêôãõ]{3,20}(?:-[a-záéíóúñç]{3,20})?)"
    r"(?: (?!(?:del|dos|das|los|las|por|pelo|pela) )[a-záéíóúñçâêôãõ]{3,20})? "
    r"(?:por|pelo|pela|de la|de los|de|del|da|do|das|dos) "
    r"([A-ZÁÉÍÓÚÑÇÂÊÔÃÕ][\w'’-]{0,30}(?: (?:de |del |da |do |dos |das )?[A-ZÁÉÍÓÚÑÇÂÊÔÃÕ][\w'’-]{0,30}){2,6})")
_WINDOW: Final = 160
# "NOUN de|del|de la" right before the title: the title is that noun's complement (read on the
# few characters before the title only).
_OF: Final = frozenset("del de do da dos das".split())
_OF_ARTICLES: Final = frozenset("la los las".split())
_PRE: Final = 40
# Nouns of the holder's own words: "palabras del ministro X", "declarações da prefeita X".
_WORDS_NOUNS: Final = frozenset("""
palabras declaraciones boca voz discurso mensaje comunicado carta entrevista conferencia parte través intermedio
palavras declarações fala discurso mensagem nota carta entrevista coletiva parte
""".split())
_TRIES: Final = 8


# Heads of an office that are read as titles here only, where a complement and a name follow
# ("el jefe de Gabinete Guillermo Francos"): as a title everywhere, "jefe" cut "El jefe de
# Estado" to "El jefe", whom the role synonyms no longer knew (test_quotes_rules_es).
_HEADS: Final = frozenset(("jefe", "jefa"))


def _title(word: str) -> bool:
    """``word`` is a title, or a title with "ex" ("exalcaldesa", "ex-ministro")."""
    low = word.lower()
    if low in TITLES or low in _HEADS:
        return True
    bare = low[3:] if low.startswith("ex-") else low[2:] if low.startswith("ex") else ""
    return bare in TITLES


def _nearest(mention: str, text: str, at: int) -> int:
    """Where ``mention`` stands nearest ``at`` in a window of ``text`` (-1: not there)."""
    lo, hi = max(0, at - 400), min(len(text), at + 400)
    best, k = -1, text.find(mention, lo, hi)
    for _ in range(_TRIES):
        if k < 0:
            break
        if best < 0 or abs(k - at) < abs(best - at):
            best = k
        k = text.find(mention, k + 1, hi)
    return best


def holder_in_run(run: str) -> str | None:
    """The name at the end of a run of a place and a name: the words from its one given name on
    ("Medellín Federico Gutiérrez" -> "Federico Gutiérrez"); None when the run has no given
    name or more than one, none before it, or more than three or fewer than two words after."""
    toks = run.split()
    given = [j for j, t in enumerate(toks) if t[:1].isupper() and is_first_name(t)]
    if len(given) != 1:
        return None
    j = given[0]
    name = toks[j:]
    if j < 1 or not 2 <= len(name) <= 3 or any(not t[:1].isupper() or is_particle(t) for t in name):
        return None
    if is_particle(toks[j - 1]):
        return None  # "Universidad de Luis ...": the place ends on a particle: no border here
    return " ".join(name)


def _of_another(text: str, title_at: int) -> bool:
    """The title at ``title_at`` is the complement of another noun ("el abogado del exministro",
    "la hija del alcalde"), not one of the holder's words ("palabras del ministro")."""
    if title_at < 1 or text[title_at - 1] != " ":
        return False
    words = text[max(0, title_at - _PRE):title_at].split()
    if len(words) >= 3 and words[-1] in _OF_ARTICLES and words[-2] == "de":
        words = words[:-1]
    if len(words) < 2 or words[-1] not in _OF:
        return False
    return words[-2].strip(",;:").isalpha() and words[-2].lower() not in _WORDS_NOUNS


def titled_holder(mention: str, text: str, at: int) -> str | None:
    """The holder's name in "el TITLE de|por PLACE NAME" where ``mention`` (found near ``at``)
    lies in the run after the title or is the title with its article, in Spanish and
    Portuguese; "" where that title is the complement of another noun ("la hija del alcalde de
    Medellín Federico Gutiérrez": no one is named, and the caller leaves null); else None."""
    if current_language().code not in ("es", "pt") or at < 0:
        return None
    m = mention.strip()
    if not m:
        return None
    k = _nearest(m, text, at)
    if k < 0:
        return None
    lo, hi = max(0, k - _WINDOW), min(len(text), k + len(m) + _WINDOW)
    for found in _TITLED_RUN.finditer(text, lo, hi):
        if not _title(found[1]):
            continue
        # the mention overlaps the title and its run ("El alcalde", "Gabinete Guillermo Francos")
        if k < found.end(2) and k + len(m) > found.start(1):
            if _of_another(text, found.start(1)):
                return ""  # "el abogado del exministro de Economía Amado Boudou": the lawyer (read46e)
            return holder_in_run(found[2])
    return None


def title_phrase(speaker: str) -> bool:
    """``speaker`` is a capitalized title and its complement read as a name ("Jefa de Gabinete",
    "Ministro de Salud"): no one's name, in Spanish and Portuguese."""
    words = speaker.split()
    return current_language().code in ("es", "pt") and len(words) >= 3 and _title(words[0]) and \
        words[1] in ("de", "del", "da", "do")
