"""A title's department written between it and the name, with no comma: "la ministre des Sports
Laura Bernard", "la jueza de Ejecución Letizia Paredes", "o ministro da Economia Paulo Guedes".
The department's capitalized word would otherwise be read as the name's first word ("Ejecución
Letizia Paredes"). French, Spanish and Portuguese, each with its own genitives. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.name_bounds import after_place_preposition, department_tail, without_opening_place

# The genitives that tie a title to its department, by language.
_GENITIVES: Final = {
    "fr": r"de[^\S\n]++la|des|du|de",
    "es": r"de[^\S\n]++la|de[^\S\n]++los|de[^\S\n]++las|del|de",
    "pt": r"da|do|das|dos|de",
}
# A title, its genitive and the one capitalized word of its department right before a name.
_DEPARTMENT: Final = {code: re.compile(r"([^\W\d_][\w\-]{1,30})[^\S\n]++(?:" + genitives + r")[^\S\n]++"
                                r"([A-ZÀ-ÖØ-Þ][\w\-]{1,30})[^\S\n]++(?=[A-ZÀ-ÖØ-Þ])")
               for code, genitives in _GENITIVES.items()}
_PARTICLES: Final = frozenset("de du des d' d’ van von da di del dos das".split())  # "Marie de Sarnez"
_READ_BACK: Final = 200  # characters before the cue (or the quote) searched for the mention
# Titles that speak for someone: after a bare "de" the capitalized word opens that person's
# name, not a department ("el portavoz de Juan Pérez Gil": the spokesman, not "Pérez Gil").
_FOR_SOMEONE: Final = frozenset("portavoz vocero vocera porte-parole porta-voz".split())


def _speaks_for_someone(title: str, genitive: str) -> bool:
    return title.lower() in _FOR_SOMEONE and genitive.lower() == "de"


def without_department(text: str, site: Site, found: Finding) -> str:
    """The mention of ``found`` without the department of the title before the name, in a
    language that writes one there: "Santé Roman Novak" (after "le ministre de la") -> "Roman
    Novak", "la jueza de Ejecución Letizia Paredes" -> "Letizia Paredes"; the mention unchanged
    in other languages, when no title and genitive come right before its first word, or when
    fewer than two capitalized words would be left."""
    pattern = _DEPARTMENT.get(current_language().code)
    mention = found.mention
    words = mention.split()
    if pattern is None or len(words) < 3:
        return mention
    lo = max(site.sent_lo, (found.cue_at if found.cue_at >= 0 else site.span.open_at) - _READ_BACK)
    at = text.rfind(mention, lo, site.tail_hi) if found.cue_at < 0 or found.cue_at > site.span.open_at \
        else text.rfind(mention, lo, found.cue_at)
    if at < 0:  # "Así lo indicó la jueza de ... :": the mention after its cue, before the quote
        at = text.rfind(mention, lo, site.span.open_at)
    if at < 0:
        return mention
    for m in pattern.finditer(text, max(0, at - 40), at + len(mention)):
        rest = text[m.end():at + len(mention)].split()
        genitive = text[m.end(1):m.start(2)].split()
        if genitive and _speaks_for_someone(m.group(1), genitive[0]) and len(genitive) == 1:
            continue
        if m.group(1).lower() in TITLES and m.start(2) >= at and len(rest) >= 2 and rest[-1][:1].isupper() and \
                all(w[:1].isupper() or w in _PARTICLES for w in rest):
            if department_tail([m.group(2)] + rest, 1):
                rest = rest[1:]  # "de Relaciones Exteriores Marcelo Ebrard": a department of two words
            return " ".join(rest)
    if after_place_preposition(text, at + len(mention) - len(words[-1]), words):
        return " ".join(words[1:])  # "dijo en Lima Pedro Gil": the place is no part of the name
    if len(without_opening_place(words)) < len(words):
        return " ".join(without_opening_place(words))  # a mention read with its "en"
    return mention


# Endings of the adjective that makes a department two words ("Vara Criminal", "Obras Públicas",
# "Relaciones Exteriores"): then where the name starts is unsure (rather no one than
# "Criminal Ana Lúcia Ramos").
_ADJECTIVE_ENDINGS: Final = ("al", "ar", "ico", "ica", "icos", "icas", "ivo", "iva", "ores", "ales", "ares", "ior")


def department_before(words_before: list[str], mention: str) -> bool:
    """The words before ``mention`` end on a title and its genitive ("la jueza de", "o ministro
    da"), and the mention is a department of one word and a name: its first word is the
    title's department, not the object of a preposition ("Ejecución Letizia Paredes afirmó" is
    the judge's subject, read by ``without_department``)."""
    words = mention.split()
    if len(words_before) < 2 or len(words) < 3 or current_language().code not in _GENITIVES or \
            words[1].lower().endswith(_ADJECTIVE_ENDINGS):
        return False
    genitive = words_before[-1].lower()
    if _speaks_for_someone(words_before[-2].strip(","), genitive):
        return False  # "el portavoz de Juan Pérez Gil": the spokesman's subject phrase, no department
    if genitive in ("la", "los", "las") and len(words_before) >= 3 and words_before[-2].lower() == "de":
        return words_before[-3].lower().strip(",") in TITLES
    return genitive in ("de", "del", "da", "do", "das", "dos") and words_before[-2].lower().strip(",") in TITLES
