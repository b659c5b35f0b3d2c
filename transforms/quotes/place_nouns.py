"""A capitalized word right after a lower-case noun of place and "de" ("la zona de Centurión",
"el barrio de Manrique", "a cidade de Barreiras", "el departamento de Rivera") is where, not who:
a person's name that a sentence's subject may be read from is never the complement of such a
noun (issue 16: "... en la zona de Centurión y Sierra de Ríos. «...», afirmó." credited a place)."""
from __future__ import annotations

import re
from typing import Final

_NOUNS: Final = (
    "zona|área|area|región|region|ciudad|barrio|departamento|provincia|municipio|localidad|pueblo|"
    "comuna|distrito|corregimiento|vereda|parroquia|cantón|canton|caserío|aldea|calle|avenida|plaza|"
    "cidade|bairro|região|município|vila|aldeia|freguesia|concelho|rua|praça|regione|territorio|território")
_BEFORE: Final = re.compile(r"(?<![^\W\d_])(?:" + _NOUNS + r")[^\S\n]+(?:de|del|do|da|dos|das)[^\S\n]+$")
_REACH: Final = 30  # characters before a name read for the noun and its "de"


def after_place_noun(text: str, at: int) -> bool:
    """Whether the capitalized word at ``at`` follows a lower-case noun of place and "de"."""
    return _BEFORE.search(text, max(0, at - _REACH), at) is not None
