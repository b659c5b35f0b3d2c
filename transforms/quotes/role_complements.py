"""The complement written between a role word and the name set off by commas after it, in
Spanish and Portuguese official copy: "el secretario de Organización del Comité Central del
Partido Comunista de Cuba, Roberto Morales", "la ministra de la Secretaría General de Gobierno
(Segegob), Camila Vallejo", "a secretária especial de Governo (SEGOV) de Parauapebas, Natália
Oliveira". Such complements (the body, its branch, its acronym, the place) often run past the
40 characters that ``roles_intl`` reads for any complement; a longer one is read only when it
opens on a preposition of belonging (after at most two adjectives: "municipal de", "especial
de") and holds capitalized words and links with one lower-case word at most, so a clause ("de
Obras ha dicho que ha hablado con la presidenta del Parlamento, Rosa …") is never taken for one. The
name after it may hold a particle ("Maurício de Ferrante", "Rosario del Pilar Pentón").
Regex fragments, bounded, and the check a name with a particle passes."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import is_first_name

_SP: Final = r"[^\S\n]{1,3}"
# The words of a long complement: links ("de", "del", "la", "y", "para", "en"), capitalized words
# and acronyms in brackets ("Secretaría", "(Segegob)"), and one lower-case word at most
# ("organización", "provincia"): a clause ("de Obras ha dicho que ha hablado con la presidenta
# del Parlamento, Rosa …") has several and is no complement.
_LINK: Final = r"(?:d[aeo]s?l?|la|las|el|los|y|e|para|en|em|a|o|as|os)"
_CAP_WORD: Final = r"(?:[A-ZÀ-ÖØ-Þ][\w\-]{0,24}|\([A-ZÀ-ÖØ-Þ][\w\-]{0,15}\))"
_TOKEN: Final = r"(?:" + _LINK + r"|" + _CAP_WORD + r")"
_LOWER: Final = r"[a-záéíóúâêôãõçñü]{3,20}"
_TOKENS: Final = 9  # links and capitalized words either side of the lower-case one, at most
# A long complement: up to two lower-case adjectives, then "de"/"del"/"da"/"do"/"dos"/"das"/
# "para", then its words (bounded).
LONG_COMPLEMENT: Final = (r"(?:[a-záéíóúâêôãõç]{3,15}" + _SP + r"){0,2}(?:d[aeo]s?l?|para)"
                          + r"(?:" + _SP + _TOKEN + r"){0,%d}" % _TOKENS
                          + r"(?:" + _SP + _LOWER + r"(?:" + _SP + _TOKEN + r"){0,%d})?" % _TOKENS)
# A particle inside a name: "de", "del", "da", "do", "dos", "das", "de la".
NAME_PARTICLE: Final = r"(?:d[aeo]s?l?(?:" + _SP + r"la)?" + _SP + r")?"
PARTICLES: Final = frozenset("de del da do dos das la".split())


def particle_name(name: str, ctx: ArticleContext) -> bool:
    """Whether ``name`` is a person's where it holds a particle: its first word is a first name
    ("Maurício de Ferrante") or the article knows the name as a person's; a body ("Caja de
    Ahorros", "Banco do Brasil") is none. A name with no particle passes."""
    words = name.split()
    if not any(w in PARTICLES for w in words[1:]):
        return True
    return is_first_name(words[0]) or ctx.names.is_person(name)
