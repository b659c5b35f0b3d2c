"""Head nouns of institutions and first words of places in Spanish and Portuguese ("la Policía", "el Ministerio de Salud",
"a Prefeitura", "la Sala de Reconocimiento"): a run of capitalized words that holds one names a
body or an office, never a person, though a Spanish name may hold "de la" ("Rosario del Pilar").
Without them "seguridad Ciudadana de la Policía" was read as a person's fullest name, and "la
Policía" as that person (issue 16). Words that are also surnames ("Cámara", "Sala", "Banco",
"Iglesias") are left out."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.described_subject_rom import unnamed_head
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.told_outlets import names_someone as role_word

ORG_HEADS_INTL: Final = frozenset("""
policía polícia ministerio ministério fiscalía procuraduría contraloría defensoría registraduría
alcaldía gobernación intendencia municipalidad ayuntamiento prefeitura secretaría secretaria
superintendencia gobierno governo congreso senado asamblea assembleia parlamento tribunal
comisión comissão consejo conselho universidad universidade ejército exército armada
fundación fundação asociación associação sindicato federación federação confederación
confederação instituto ministra
radio rádio diario periódico revista agencia agência televisión televisão emisora jornal semanario
""".split()) - frozenset(["secretaria", "ministra"])  # (also roles: "la secretaria", "a ministra")
# (the media heads, stop 47: "En diálogo con Radio Mitre, el ministro dijo:" named no other person)

# First words of Spanish and Portuguese place names ("Valle de Aburrá", "Paso Centurión", "Río
# Negro", "Isla Mujeres"): a run that opens on one is a place, like "Lake" or "Mount" in English.
# ("Costa", "Villa", "Monte", "Campos" are also surnames: left out.)
PLACE_WORDS_INTL: Final = frozenset("""
valle paso río rio cerro sierra isla ilha lago laguna bahía baía puerto playa praia cabo punta
""".split())


def bare_body(mention: str) -> bool:
    """A mention that is one institution's head noun and at most its article ("La Policía",
    "el Gobierno", "Fiscalía"): a body the article does not name, so no one (the guide: "police",
    "the ministry" when no ministry is named -> null)."""
    words = [w for w in mention.split() if w.lower() not in current_language().determiners]
    return len(words) == 1 and words[0].strip(" .,;:").lower() in ORG_HEADS_INTL


# Capitalized nouns of Spanish and Portuguese that stand for a branch of the state, not a name
# ("el Ejecutivo", "o Planalto" is a palace's name and stays one).
_BRANCHES: Final = frozenset("""
ejecutivo executivo legislativo judicial judiciário judiciario consistorio justicia justiça
estado gabinete tesoro tesouro fisco
""".split())
# The singular definite articles before a body's one-word name ("el Barcelona", "a Petrobras").
_DEFINITE_ONE: Final = frozenset(("el", "la", "o", "a"))


def article_proper_name(words: list[str], speaker: str, text: str) -> bool:
    """Portuguese writes a body's name after an article ("afirmou a Petrobras", "disse o
    Flamengo"): the name, when the one capitalized word is no title,
    role, kind of body or branch of the state ("la Rectora", "el Gobierno", "el Ejecutivo": a
    description, no one), no first name ("a Maria") and the article never writes it in lower
    case (a common noun capitalized for respect), and writes it twice at least (a nickname, "disse o
    Fenômeno" after "Ronaldo Nazário", is written once). Not Spanish, whose "el Negro", "el Flaco" are
    nicknames as often as "el Barcelona" is a club (es45)."""
    low = speaker.lower()
    if current_language().code != "pt" or len(words) != 2 or words[0].lower() not in _DEFINITE_ONE:
        return False
    if words[1].strip(" .,;:") != speaker or not speaker.isalpha() or speaker.isupper() or not speaker[:1].isupper():
        return False
    if low in ORG_HEADS_INTL or low in _BRANCHES or role_word(speaker) or unnamed_head(low) or is_first_name(speaker):
        return False
    read = text[:_READ]
    # (written twice at least: a nickname after its article, "disse o Fenômeno", is written once;
    # and never set after a name as its nickname: "Romário, o Baixinho,")
    return re.search(rf"\b{re.escape(low)}\b", read) is None and \
        len(re.findall(rf"\b{re.escape(speaker)}\b", read)) >= 2 and \
        re.search(rf"(?:,|\(|conhecid[oa][^\S\n]+como)[^\S\n]*+(?:o[^\S\n]+|a[^\S\n]+)?{re.escape(speaker)}\b", read) is None


_READ: Final = 50_000  # characters of the article read for the word in lower case (bounded)
