"""The words between a quote and the participle of its incise: "« … », a déclaré X", and with an
adverb inside the perfect, "« … », a également déclaré X", "« … », a encore dit X", "“…”, tem
também afirmado X". News in French writes the adverb there often ("également", "encore",
"aussi", "ensuite", "notamment"); without it the incise was read as no attribution at all.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.body_described import clitic_before_verb
from newsbeam.transforms.quotes.language import current as current_language

_DASHES: Final = ("–", "—")


def verb_lead(words: list[str]) -> bool:
    """``words`` (between the quote's comma and its reporting verb, in a language other than
    English) are only an auxiliary of the perfect, dashes and object pronouns, and the adverbs of
    the language once an auxiliary stands before them."""
    lang = current_language()
    auxiliary = False
    for w in words:
        if w in lang.auxiliaries:
            auxiliary = True
        elif not (w in _DASHES or clitic_before_verb(w) or auxiliary and w.lower() in lang.adverbs):
            return False
    return True
