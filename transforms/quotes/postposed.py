"""A Spanish, Portuguese or French description whose role word stands before an adjective, as
those languages place it: "señaló el alcalde mazatleco", "afirmó la ministra española", "disse o
treinador alviverde", "a déclaré le ministre français". The adjective says where the person is
from or which side; the role is the description's head, and its holder is the one the article
gave the role to ("El alcalde de Mazatlán, Guillermo Benítez"). Adjectives of rank name another
office ("el presidente electo", "o secretário adjunto") and are kept. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.person_nouns import trade_noun
from newsbeam.transforms.quotes.titles import is_title_word
from newsbeam.transforms.quotes.tokens import trim

_LANGS: Final = frozenset(("es", "pt", "fr"))
_ADJECTIVE: Final = re.compile(r"[a-zß-öø-ÿ]{3,20}")  # one plain lower-case word
# Adjectives of rank or term: another office than the bare role ("el presidente electo").
_RANKS: Final = frozenset("""electo electa eleito eleita élu élue saliente entrante interino interina
adjunto adjunta adjoint adjointe general geral général générale delegado delegada délégué déléguée
ejecutivo ejecutiva executivo executiva exécutif exécutive honorario honoraria honorário honorária
emérito emérita sustituto sustituta substituto substituta suplente primero primera segundo segunda
tercero tercera primeiro primeira terceiro terceira premier première second seconde anterior
antiguo antigua ancien ancienne ex actual atual actuel actuelle nuevo nueva novo nova nouveau
nouvelle""".split())


def head_description(mention: str) -> str | None:
    """``mention`` without the adjective after its role word ("el alcalde mazatleco" -> "el
    alcalde"), or None where it is no such description: three words, a definite article, a role
    word, a plain adjective that is no title and no rank."""
    lang = current_language()
    words = mention.strip(" .,;:").split()
    if lang.code not in _LANGS or len(words) != 3 or words[0].lower() not in lang.determiners:
        return None
    role, adjective = trim(words[1]), words[2]
    if not (role in TITLES or is_title_word(role) or trade_noun(role)) or not _ADJECTIVE.fullmatch(adjective):
        return None
    low = adjective.lower()
    if low in _RANKS or low in TITLES or is_title_word(low) or low in lang.function_words or \
            low in lang.np_stop or low in lang.adverbs:
        return None
    return f"{words[0]} {words[1]}"
