"""News agencies and outlets a speaker talks to, named right after "a", "à", "au", "ao" in
Spanish, French and Portuguese: "declaró a EFE Ana Ruiz", "explique au Monde Jean Dupont",
"disse à Folha Ana Souza", "a déclaré à l'AFP Marine Roux". The outlet is a body, never the
speaker's first name: the name after it is the subject (adjunct_subject), and it is no part of
that name in the name index (name_bounds). A person told ("dijo a Juan Pérez") is neither. Data
and one pure function."""
from __future__ import annotations

import re
from typing import Final

# Lowercase, as the words read after the preposition; a line a country's or language's press.
# An acronym ("EFE", "AFP", "RTL", "SBT") is taken as an outlet without the list.
_OUTLETS: Final = frozenset(line.strip() for line in """
europa press|reuters|bloomberg|xinhua|sputnik|télam|notimex|lusa|agência brasil|associated press
el país|el mundo|la vanguardia|el confidencial|el periódico|clarín|la nación|infobae|el tiempo
reforma|milenio|el universal|la tercera|el comercio|eldiario.es|cadena ser|onda cero|la razón
monde|le monde|figaro|le figaro|parisien|le parisien|libération|franceinfo|ouest-france|mediapart
point|le point|express|obs|journal du dimanche|echos|les echos|france inter|europe 1|france info
la croix|humanité|huffpost|sud ouest|folha|estadão|globo|o globo|público|expresso|observador
renascença|veja|valor|correio braziliense|jornal de notícias|diário de notícias|cnn|cnn brasil|bbc
""".replace("\n", "|").split("|")) - {""}
_LONGEST: Final = 3  # words of the longest name above
_ACRONYM: Final = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ0-9]{1,5}+")
_ELIDED: Final = ("l'", "l’")
# The prepositions a listener follows ("a EFE", "à Folha", "au Monde", "ao Globo").
LISTENER_PREPOSITIONS: Final = frozenset("a al à au aux ao aos".split())


def outlet_words(words: list[str]) -> int:
    """How many of ``words`` (those right after the preposition) name an outlet: one acronym
    ("EFE", "l'AFP"), or a name of ``_OUTLETS``, the longest that fits; 0 when none does."""
    if not words or not words[0][:1].isupper() and words[0][:2].lower() not in _ELIDED:
        return 0
    first = words[0][2:] if words[0][:2].lower() in _ELIDED else words[0]
    said = [first.lower()] + [w.lower() for w in words[1:_LONGEST]]
    for n in range(len(said), 0, -1):
        if " ".join(said[:n]) in _OUTLETS:
            return n  # ("CNN Brasil" before the acronym alone)
    return 1 if _ACRONYM.fullmatch(first) else 0
