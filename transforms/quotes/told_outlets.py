"""News agencies and outlets a speaker talks to, named right after "a", "à", "au", "ao" in
Spanish, French and Portuguese: "declaró a EFE Ana Ruiz", "explique au Monde Jean Dupont",
"disse à Folha Ana Souza", "a déclaré à l'AFP Marine Roux". The outlet is a body, never the
speaker's first name: the name after it is the subject (adjunct_subject), and it is no part of
that name in the name index (name_bounds). A person told ("dijo a Juan Pérez") is neither.

One outlet test for both readings: a capitalized article and a capitalized name that is no title
or role ("El País", "Le Monde", "O Globo") is an outlet told here as it is an outlet speaking in
``outlet_source`` (its pattern is built from ``NAME_ARTICLES``, its names checked by
``names_someone``); the list holds the names that open on no article, or whose article is in
the preposition ("au Monde", "ao Globo"). Data and pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.lexicon import ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.titles import is_compound_title
from newsbeam.transforms.quotes.tokens import trim

# Lowercase, as the words read after the preposition; a line a country's or language's press.
# An acronym ("EFE", "AFP", "RTL", "SBT") is taken as an outlet without the list, and so is a
# capitalized article and name ("El País", "La Vanguardia", "Le Figaro", "O Globo").
_OUTLETS: Final = frozenset(line.strip() for line in """
los angeles times|new york times|europa press|reuters|bloomberg|xinhua|sputnik|télam|notimex|lusa|agência brasil|associated press
clarín|infobae|reforma|milenio|eldiario.es|cadena ser|onda cero
monde|figaro|parisien|libération|franceinfo|ouest-france|mediapart
point|express|obs|journal du dimanche|echos|france inter|europe 1|france info
humanité|huffpost|sud ouest|folha|estadão|globo|o globo|público|expresso|observador
renascença|veja|valor|correio braziliense|jornal de notícias|diário de notícias|cnn|cnn brasil|bbc
""".replace("\n", "|").split("|")) - {""}
_LONGEST: Final = 3  # words of the longest name above
_ACRONYM: Final = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ0-9]{1,5}+")
_ELIDED: Final = ("l'", "l’")
# The capitalized articles a newspaper's name opens on, by language (French's elided "L'" aside).
NAME_ARTICLES: Final = {"es": ("El", "La", "Los", "Las"), "fr": ("Le", "La", "Les"), "pt": ("O", "A", "Os", "As")}
# Those read as an outlet's told: not Portuguese's, which the name index takes for a sentence's
# first word and joins the outlet to the speaker's name ("a O Dia Sérgio Lima"); "O Globo" is listed.
_TOLD_ARTICLES: Final = frozenset(NAME_ARTICLES["es"] + NAME_ARTICLES["fr"])
# Roles written with a capital after the article that no title list holds ("disse O Técnico").
_ROLE_HEADS: Final = frozenset("""
técnico técnica entrenador entrenadora treinador treinadora seleccionador selecionador
capitán capitana capitão capitã entraîneur entraîneuse sélectionneur capitaine
portavoz porta-voz porte-parole jugador jugadora jogador jogadora joueur joueuse
""".split())
# The prepositions a listener follows ("a EFE", "à Folha", "au Monde", "ao Globo").
LISTENER_PREPOSITIONS: Final = frozenset("a al à au aux ao aos".split())


def names_someone(word: str) -> bool:
    """Whether ``word``, the first after a name's capitalized article, makes it someone described,
    not an outlet: a title or a role ("Le Maire de Lyon", "El Presidente", "O Técnico")."""
    low = trim(word)
    return low in TITLES or low in ROLE_WORDS or low in _ROLE_HEADS or is_compound_title(low)


# Capitalized words after an outlet's article that fit "the outlet's one word, then a name of two"
# ("a El País Ana Ruiz"); a longer run may be a longer outlet ("a Los Angeles Times Ana Ruiz"),
# whose end the article shape cannot tell: no outlet read (null rather than "Times Ana Ruiz").
_ARTICLE_RUN: Final = 3


def _run_after_article(words: list[str]) -> int:
    """How many capitalized words follow the article ``words[0]`` before the clause goes on."""
    run = 0
    for w in words[1:_ARTICLE_RUN + 2]:
        if not w[:1].isupper():
            break
        run += 1
        if w[-1:] in ",.;:":
            break
    return run


def outlet_words(words: list[str]) -> int:
    """How many of ``words`` (those right after the preposition) name an outlet: a name of
    ``_OUTLETS``, the longest that fits; a capitalized article and a name that is no one
    described ("El País"); one acronym ("EFE", "l'AFP"); 0 when none does."""
    if not words or not words[0][:1].isupper() and words[0][:2].lower() not in _ELIDED:
        return 0
    first = words[0][2:] if words[0][:2].lower() in _ELIDED else words[0]
    said = [first.lower()] + [w.lower() for w in words[1:_LONGEST]]
    for n in range(len(said), 0, -1):
        if " ".join(said[:n]) in _OUTLETS:
            return n  # ("CNN Brasil" before the acronym alone)
    if len(words) >= 2 and words[0] in _TOLD_ARTICLES and words[1][:1].isupper() and not names_someone(words[1]):
        return 2 if _run_after_article(words) <= _ARTICLE_RUN else 0  # "El País", "Le Figaro" (not "El Presidente")
    return 1 if _ACRONYM.fullmatch(first) else 0


_OUTLET_READ: Final = 20_000  # characters before the quote read for a name's "The" (bounded)


def is_outlet_name(text: str, name: str, before: int) -> bool:
    """Whether ``name`` is a news outlet or agency ("Reuters", "Bloomberg": told_outlets), or a
    one-word name the text writes only after "the" ("The Athletic", "The Verge"; not "Clinton" of
    "the Clinton campaign", written alone too)."""
    words = name.split()
    if outlet_words(words) == len(words):
        return True
    if len(words) != 1:
        return False
    lo = max(0, before - _OUTLET_READ)
    written = text.count(name, lo, before)
    return written > 0 and text.count(f"The {name}", lo, before) + text.count(f"the {name}", lo, before) == written
