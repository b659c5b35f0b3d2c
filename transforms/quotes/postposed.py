"""A Spanish, Portuguese or French description whose role word stands before an adjective, as
those languages place it: "señaló el alcalde mazatleco", "afirmó la ministra española", "disse o
treinador alviverde", "a déclaré le ministre français". The adjective says where the person is
from or which side; the role is the description's head, and its holder is the one the article
gave the role to ("El alcalde de Mazatlán, Guillermo Benítez"). Adjectives of rank name another
office ("el presidente electo", "o secretário adjunto") and are kept.

But the adjective is as often what tells this person APART from the holder: "su homólogo francés
... afirmó el ministro francés", "el mandatario argentino ... dijo el presidente argentino", "el
técnico adversário", "el diputado socialista" after "el diputado del PP". Rather null than wrong:
no head where the adjective names a counterpart or a party, where the article writes the
adjective before (for someone it has already set apart), or where it speaks of a counterpart
("homólogo", "homologue") before the quote. Pure functions, bounded reads (``_BACK`` characters
before the quote)."""
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
# Adjectives of a counterpart or of a party: another person than the holder of the bare role.
_OTHER_SIDE: Final = frozenset("""rival rivales adversario adversaria adversário adversária adversaire
opositor opositora oposicionista opposant opposante contrario contraria visitante homólogo homóloga
socialista socialiste comunista communiste popular populaire conservador conservadora conservateur
conservatrice liberal libéral libérale republicano republicana républicain républicaine demócrata
democrata démocrate oficialista governista independiente independente indépendant indépendante
nacionalista nationaliste progresista progressista ecologista écologiste peronista kirchnerista
petista tucano tucana bolsonarista insoumis insoumise""".split())
# Words that set a counterpart apart before the quote: "su homólogo francés", "son homologue".
_COUNTERPARTS: Final = ("homólog", "homolog", "contraparte", "rival", "adversári", "adversari", "adversaire")
_BACK: Final = 3000  # characters before the quote read for the adjective or a counterpart


def head_description(mention: str, text: str = "", before: int = 0) -> str | None:
    """``mention`` without the adjective after its role word ("el alcalde mazatleco" -> "el
    alcalde"), or None where it is no such description: three words, a definite article, a role
    word, a plain adjective that is no title, no rank and no side, written nowhere in ``text``
    before ``before`` where no counterpart is spoken of."""
    lang = current_language()
    words = mention.strip(" .,;:").split()
    if lang.code not in _LANGS or len(words) != 3 or words[0].lower() not in lang.determiners:
        return None
    role, adjective = trim(words[1]), words[2]
    if not (role in TITLES or is_title_word(role) or trade_noun(role)) or not _ADJECTIVE.fullmatch(adjective):
        return None
    low = adjective.lower()
    if low in _RANKS or low in TITLES or is_title_word(low) or low in lang.function_words or \
            low in lang.np_stop or low in lang.adverbs or low in _OTHER_SIDE:
        return None
    back = text[max(0, before - _BACK):before].lower()
    if f" {low}" in back or any(word in back for word in _COUNTERPARTS):
        return None
    return f"{words[0]} {words[1]}"
