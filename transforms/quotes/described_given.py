"""A name introduced by a description of its holder (issue 16, stop 44): Spanish and Portuguese
news open a sentence on an article, a lower-case noun and the name ("La bióloga Marta Quiroga
recorrió el parque.", "O pescador João Lima voltou ao porto.") and go on with a quote whose
verb drops its subject ("«…», dijo."). The noun is anyone's trade or standing, far more than a
word list holds (``for_profession``); what tells the name is a person's is its first name
(``implied._given_named``), as for a name that opens the sentence itself. A preposition or a
word of a clause between the article and the name ("El abogado de Ana Ruiz", "la calle que
lleva el nombre de ...") makes the name a complement, not the description's holder; so does a noun of a thing named
after a person ("la calle Marta Quiroga", "el aeropuerto Adolfo Suárez"), and an article of the
other sex than the first name ("El huracán María Elena"). Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.first_names import first_name_sex

# Only the definite article: "un vecino, Luis Ferreira" and "su abogado Luis Ferreira" bring in
# someone the sentence may set beside its subject.
_ARTICLES: Final = {"es": frozenset(["el", "la"]), "pt": frozenset(["o", "a"])}
_NOUNS_MAX: Final = 2  # lower-case words between the article and the name ("el productor rural")
# Nouns of things and places named after a person ("la calle Marta Quiroga", "o prêmio João
# Lima", "el caso Luis Ferreira"): the name is theirs, no one who speaks.
_NAMED_THINGS: Final = frozenset("""
calle avenida plaza paseo parque barrio premio fundación colegio escuela liceo instituto hospital
estadio teatro museo centro biblioteca sala cátedra caso ley plan programa proyecto operativo
aeropuerto puerto huracán tormenta ciclón buque barco crucero clínica sanatorio torneo trofeo
copa astillero puente edificio pabellón auditorio festival
rua praça bairro prêmio prémio fundação colégio escola estádio museu lei projeto operação aeroporto
porto furacão tempestade navio barco clínica sanatório torneio troféu taça estaleiro ponte edifício
pavilhão auditório festival
""".split())
_APPOSED_MAX: Final = 12  # words of a description a name stands in apposition to, the article first
_PLAIN_WORD: Final = re.compile(r"[^\W\d_][^\W\d_\-]{0,30}")
_LOWER_WORD: Final = re.compile(r"[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}")


def described_given(text: str, lo: int, name_at: int, name_end: int) -> bool:
    """Whether the sentence at ``lo`` opens on a definite article and a description of the name
    at ``name_at``:``name_end``: one or two lower-case nouns right before it ("La bióloga Marta
    Quiroga", "El productor rural Luis Ferreira"), or a longer description the name stands in
    apposition to, between commas ("El exdirector del parque y militante ambiental, Luis
    Ferreira, señaló ...")."""
    lang = current_language()
    articles = _ARTICLES.get(lang.code)
    if articles is None:
        return False
    words = text[lo:name_at].split()
    if not 2 <= len(words) <= _APPOSED_MAX or words[0] not in {a.capitalize() for a in articles}:
        return False
    if any(w.lower() in lang.cues or not _PLAIN_WORD.fullmatch(w.rstrip(",")) for w in words[1:]):
        return False  # a verb, a quote mark, a stop: no description of one noun phrase
    if words[1].rstrip(",").lower() in _NAMED_THINGS or _other_sex(words[0], text[name_at:name_end]):
        return False  # "El aeropuerto Adolfo Suárez", "El huracán María Elena": a thing's name
    if words[-1].endswith(",") and text[name_end:name_end + 1] == ",":
        return not any(w.endswith(",") for w in words[1:-1])  # (one apposition, no list)
    nouns = words[1:]
    return len(nouns) <= _NOUNS_MAX and all(
        _LOWER_WORD.fullmatch(w) is not None and w not in lang.function_words and
        w not in lang.prepositions and w not in _NAMED_THINGS and w not in lang.genitives
        for w in nouns)



def _other_sex(article: str, name: str) -> bool:
    """Whether the article's gender ("El", "La", "O", "A") is not the sex the name's first name
    tells ("El huracán María Elena"): the description is of no person of that name."""
    sex = first_name_sex(name)
    return sex is not None and sex != ("f" if article.lower() in ("la", "a") else "m")
