"""The words between a quote and the participle of its incise: "« … », a déclaré X", and with an
adverb inside the perfect, "« … », a également déclaré X", "« … », a encore dit X", "“…”, tem
também afirmado X". News in French writes the adverb there often ("également", "encore",
"aussi", "ensuite", "notamment"); without it the incise was read as no attribution at all.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.body_described import clitic_before_verb
from newsbeam.transforms.quotes.language import current as current_language

_DASHES: Final = ("–", "—", "-")  # (a hyphen standing alone or glued to the verb is a dash: "» -aseguró Okafor-", s58)
# French phrases that stand as an adverb inside the perfect (lower case, as written).
_PHRASES_FR: Final = frozenset(tuple(p.split()) for p in """
pour sa part|pour leur part|de son côté|de leur côté|quant à lui|quant à elle|quant à eux
|quant à elles|à son tour|à leur tour|lui aussi|elle aussi|eux aussi|elles aussi|lui-même|elle-même
""".replace("\n", "").split("|"))
_PHRASE_MAX: Final = 3  # words in the longest phrase


def verb_lead(words: list[str]) -> bool:
    """``words`` (between the quote's comma and its reporting verb, in a language other than
    English) are only an auxiliary of the perfect, dashes and object pronouns, and the adverbs of
    the language once an auxiliary stands before them."""
    lang = current_language()
    auxiliary = False
    n = 0
    while n < len(words):
        w = words[n]
        if w in lang.auxiliaries:
            auxiliary = True
        elif auxiliary and lang.code == "fr" and (size := _phrase_at(words, n)):
            n += size
            continue
        elif not (w in _DASHES or clitic_before_verb(w) or auxiliary and w.lower() in lang.adverbs):
            return False
        n += 1
    return True


def phrase_ending(words: list[str], i: int) -> int:
    """The number of words of a French phrase of ``_PHRASES_FR`` that ends at ``words[i]`` ("Ann
    Roy a de son côté dénoncé": the walk back from the verb to its subject steps over it), or 0."""
    for size in range(_PHRASE_MAX, 0, -1):
        if i - size + 1 >= 0 and tuple(w.lower() for w in words[i - size + 1:i + 1]) in _PHRASES_FR:
            return size
    return 0


def _phrase_at(words: list[str], n: int) -> int:
    """The number of words of a phrase of ``_PHRASES_FR`` at ``words[n]``, or 0."""
    for size in range(_PHRASE_MAX, 0, -1):
        if tuple(w.lower() for w in words[n:n + size]) in _PHRASES_FR:
            return size
    return 0
