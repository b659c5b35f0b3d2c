"""A person described by the body or the person they belong to, in French, Spanish and Portuguese:
"el expresidente del Banco Nación", "la investigadora de la Universidad de Sevilla", "le président
de la Banque de France", "o reitor da Universidade de São Paulo", "el portavoz de Juan Pérez Gil".
The capitalized words after the genitive name the body (or the person spoken for), never the
speaker: the speaker is someone the mention does not name, so no one (rule body_described;
English sets "of ..." aside in ``is_person_like``). A title's department before a name with no
comma ("la ministra de Salud Carolina Darcy") is read by ``departments`` before this. Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import TITLES

_LANGS: Final = frozenset(["es", "fr", "pt"])
# An article (or a possessive), one to three lower-case words (the role, maybe an adjective), a
# genitive, then capitalized words (particles inside them) up to the end: nothing else.
_GENITIVE: Final = r"(?:de[^\S\n]+la|de[^\S\n]+los|de[^\S\n]+las|del|de|du|des|de[^\S\n]+l['’]|d['’]|da|do|das|dos)"
_CAP: Final = r"[A-ZÀ-ÖØ-Þ][\w.'’\-]*"
_DESCRIBED: Final = re.compile(
    r"(?i:el|la|los|las|le|les|l['’]|o|a|os|as|un|una|une|um|uma|su|sa|son|sua|seu)[^\S\n]*+"
    r"((?:[a-zà-öø-ÿ][a-zà-öø-ÿ\-]{1,30}[^\S\n]+){1,3}?)" + _GENITIVE + r"[^\S\n]*+"
    r"(" + _CAP + r"(?:[^\S\n]+(?:(?:de|del|la|las|los|y|e|et|da|do|das|dos|du|des)[^\S\n]+)?" + _CAP + r"){0,6})")
_PARTICLES: Final = frozenset("de del la las los y e et da do das dos du des".split())
# Roles that belong to a person, not a body: whoever follows is not the speaker, however many
# words the name has ("el portavoz de Juan Pérez Gil", "la mère de Thomas Dupont"); and the
# groups named after a person ("la familia de Fernando Báez Sosa", "le camp de Marine Le Pen",
# "la defensa de Cristina Fernández": stop 47, the name lookup's own reading of naming_clause's).
_OF_A_PERSON: Final = frozenset("""
portavoz vocero vocera porte-parole porta-voz abogado abogada avocat avocate advogado advogada
hijo hija padre madre esposa esposo mujer marido hermano hermana fils fille père mère épouse
mari frère sœur filho filha pai mãe irmão irmã
familia familiares família famille proches entourage camp entorno allegados equipo equipe équipe
partisans seguidores simpatizantes apoiadores partidarios abogados avocats advogados defensa défense
defesa hijos padres enfants filhos pais hermanos irmãos
""".split())


def described_by_body(mention: str) -> bool:
    """The mention is a role and the body (or person) it belongs to, with no name of its own:
    "el rector de la Universidad Nacional", "le chercheur du CNRS"; False in other languages, with
    a comma (an appositive name follows: "el presidente de Colombia, Gustavo Petro"), when the
    words before the genitive are not all lower-case, or for a department and a name."""
    if current_language().code not in _LANGS or "," in mention or len(mention) > 160:
        return False
    m = _DESCRIBED.fullmatch(mention.strip())
    if m is None:
        return _of_titled_person(mention.strip())
    run = m.group(2).split()
    if len(run) >= 3 and _ACRONYM.fullmatch(run[0]) and not any(w in _PARTICLES for w in run) and \
            all(w[:1].isupper() and not w.isupper() for w in run[1:]):
        return False  # "el portavoz de ERC Gabriel Rufián": a party's acronym and a name (without_acronym)
    # Three or more capitalized words with no particle may be a department and a name ("le
    # ministre de l'Économie Paul Morel"): left to the name's reading, unless the role is one
    # that belongs to a person.
    return len(run) <= 2 or any(w in _PARTICLES for w in run) or m.group(1).split()[-1].lower() in _OF_A_PERSON


# A person's relative or spokesman and the titled person they belong to: "la madre del ministro
# Pedro Gil", "a mãe do ministro Paulo Rocha", "el portavoz del presidente Luis Mora" (read 47).
_OF_TITLED: Final = re.compile(
    r"(?i:el|la|los|las|o|a|os|as|un|una|um|uma|su|sus|sua|seu|sa|son|ses|le|les)[^\S\n]++([a-zà-öø-ÿ\-]{2,20})[^\S\n]++"
    + _GENITIVE + r"[^\S\n]++(?:(?:el|la|o|a|l['’])[^\S\n]*+)?([a-zà-öø-ÿ\-]{2,25})[^\S\n]++" + _CAP)


def _of_titled_person(mention: str) -> bool:
    """``mention`` opens on a role that belongs to a person ("madre", "portavoz"), a genitive and
    a lowercase title before a name: the role speaks, not the titled person."""
    m = _OF_TITLED.match(mention)
    return m is not None and m.group(1).lower() in _OF_A_PERSON and m.group(2) in TITLES


# A party's or a body's acronym written between a title and a name ("le député LFI Thomas
# Girard", "la sénatrice LR Valérie Boyer", "el diputado PRI Juan Gil"): no part of the name.
_ACRONYM: Final = re.compile(r"[A-ZÀ-Þ]{2,6}")


def without_acronym(name: str) -> str:
    """``name`` without an opening acronym when two or more capitalized words (not acronyms)
    follow it, in French, Spanish and Portuguese: "LFI Thomas Girard" -> "Thomas Girard", "PS de
    Paris Anne Hidalgo" -> "Anne Hidalgo"."""
    words = name.split()
    if current_language().code not in _LANGS or len(words) < 3 or _ACRONYM.fullmatch(words[0]) is None:
        return name
    rest = words[1:]
    if len(rest) >= 4 and rest[0] in ("de", "du") and rest[1][:1].isupper():
        rest = rest[2:]  # "PS de Paris Anne Hidalgo": the party's place goes with it
    if len(rest) >= 2 and all(w[:1].isupper() and not w.isupper() for w in rest[:2]):
        return " ".join(rest)
    return name


# Object pronouns written before the reporting verb after a quote ("«…», le respondió el
# ministro", "«…», se quejó la alcaldesa", "«…», lui a répondu X", "\"…\", lhe disse X"): the
# verb and its subject still follow.
_CLITICS: Final = {
    "es": frozenset("le les lo la los las me nos te se".split()),
    "pt": frozenset("lhe lhes me nos te se".split()),
    "fr": frozenset("lui leur nous vous me m' se s'".split()),
}


def clitic_before_verb(word: str) -> bool:
    """``word`` is an object pronoun that may stand between a quote and its verb in the
    article's language ("le", "se", "lui"); False in English and German."""
    clitics = _CLITICS.get(current_language().code)
    return clitics is not None and word.lower() in clitics
