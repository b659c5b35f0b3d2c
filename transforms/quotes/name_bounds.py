"""Where a name starts, for the name index's fullest forms: the capitalized words right before a
surname that are no part of the person's name. A place after a preposition ("dijo en Lima Pedro
Gil", "a déclaré à Lyon Anne Roux"), the second word of a department after a title ("el canciller de
Relaciones Exteriores Marcelo Ebrard"), an adjective opening a line ("Young Sanders supporters
rally"). Pure functions over the words ``name_runs.name_words_ending`` gives."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import KIN, PARTICLES, SUFFIXES
from newsbeam.transforms.quotes.name_runs import word_start
from newsbeam.transforms.quotes.told_outlets import LISTENER_PREPOSITIONS, outlet_words
from newsbeam.transforms.quotes.tokens import trim

# Prepositions of place: a capitalized word right after one, before two more capitalized words,
# is where something happened, not a given name ("en Lima Pedro Gil", "à Lyon Anne Roux"). Not the
# English "in", which also stands before people ("faith in Donald J. Trump").
_PLACE_PREPOSITIONS: Final = frozenset("en à em".split())


def _start_of(text: str, pos: int, toks: list[str]) -> int:
    """Where the first of the words ``toks`` starts, the last one at ``pos`` (the words stand
    one space apart, as ``name_words_ending`` reads them)."""
    return pos - sum(len(t) + 1 for t in toks[:-1])


def after_place_preposition(text: str, pos: int, toks: list[str]) -> bool:
    """Whether the words ``toks`` (the last one at ``pos``), three or more, follow a lowercase
    preposition of place: their first word is a place ("dijo en Lima Pedro Gil")."""
    if len(toks) < 3:
        return False
    start = _start_of(text, pos, toks)
    if start < 3 or text[start - 1] != " ":
        return False
    before = text[word_start(text, start - 1):start - 1]
    return before in _PLACE_PREPOSITIONS


def words_before_name(text: str, pos: int, toks: list[str]) -> int:
    """How many of the words ``toks`` (the last one at ``pos``) open no name: a place after its
    preposition (1: "dijo en Lima Pedro Gil"), or in Spanish, French and Portuguese an outlet
    told after "a", "au", "ao" ("explique au Monde Jean Dupont", "declaró a EFE Ana Ruiz":
    told_outlets), when two words of name are left; else 0."""
    place = 1 if after_place_preposition(text, pos, toks) else 0
    if len(toks) < 3 or current_language().code not in _TOLD_LANGUAGES:
        return place
    start = _start_of(text, pos, toks)
    if start < 2 or text[start - 1] != " ":
        return place
    # The outlet may open before the words read ("a El País Ana Ruiz Gil": four words at most)
    before = text[max(0, start - _BEFORE_REACH):start].split()[-_BEFORE_WORDS:]
    for k, word in enumerate(before):
        if word in LISTENER_PREPOSITIONS:
            opened = before[k + 1:]
            told = outlet_words(opened + toks[:-2]) - len(opened)
            if told > 0 and all(t[:1].isupper() for t in toks[told:]):
                return told  # (before a place: "à CNN Brasil Ana Souza" is told CNN Brasil)
    return place


_BEFORE_REACH: Final = 40  # characters read before a name for the preposition of an outlet told
_BEFORE_WORDS: Final = 3


_TOLD_LANGUAGES: Final = frozenset(("es", "fr", "pt"))


def without_opening_place(words: list[str]) -> list[str]:
    """A mention's words without a preposition of place and the place after it, when two
    capitalized words of name are left: "en Lima Pedro Gil" -> "Pedro Gil"."""
    if len(words) >= 4 and words[0] in _PLACE_PREPOSITIONS and all(w[:1].isupper() for w in words[1:]):
        return words[2:]
    return words


# Plural adjective endings of a department's second word ("Relaciones Exteriores", "Obras
# Públicas", "Negócios Estrangeiros"), after a plural noun.
_PLURAL_ADJECTIVE_ENDINGS: Final = ("ores", "ales", "ares", "icos", "icas", "ivos", "ivas", "eiros", "eiras")


def department_tail(toks: list[str], k: int) -> bool:
    """Whether ``toks[k]``, once the department's first word ``toks[k - 1]`` has been set
    aside, is that department's plural adjective ("Relaciones Exteriores Marcelo Ebrard"), with
    two words of name still after it."""
    if k < 1 or len(toks) - k < 3:
        return False
    noun, word = toks[k - 1], toks[k]
    return noun.endswith("s") and word.endswith(_PLURAL_ADJECTIVE_ENDINGS)


def name_after_department(toks: list[str], k: int) -> int:
    """English: where the name starts in ``toks[k:]``, the words after a title's "of" and the
    department's first word: a department of two words or more ("Secretary of Homeland Security
    Kristi Noem", "Director of Corporate Communications Tom Hale") ends where the name's last
    two words start, three with an initial, a particle or a suffix ("State John F. Kerry")."""
    size = 2
    if len(toks) >= 3 and trim(toks[-1]) in SUFFIXES:
        size += 1
    if len(toks) > size and (len(trim(toks[-size])) == 1 or trim(toks[-size]) in PARTICLES):
        size += 1
    return max(k, len(toks) - size)


# A relative's noun before a name introduces a person ("Lee’s son, Omar Bakri"); not "partner",
# which is a firm's too ("its partner, Acme Holdings").
_RELATIVES: Final = KIN - {"partner"}


def relative(word: str) -> bool:
    """Whether ``word`` (as written before a name, with its comma) is a relative's noun."""
    return word.rstrip(",").lower() in _RELATIVES


# Adjectives and words of standing that open a headline or a sentence before a surname ("Young
# Sanders supporters", "Former Ruiz aide"): never the person's given name.
_OPENING_ADJECTIVES: Final = frozenset("""
young old former late angry top ex embattled ousted jailed veteran defiant beleaguered
""".split())


def opening_adjective(text: str, pos: int, toks: list[str], k: int) -> bool:
    """Whether ``toks[k]`` opens its line or sentence and is an adjective, not a given name:
    "Young Sanders supporters rally" (a headline)."""
    if len(toks) - k < 2 or toks[k].lower() not in _OPENING_ADJECTIVES:
        return False
    start = _start_of(text, pos, toks[k:])
    k_before = start - 1
    while k_before >= 0 and text[k_before] == " ":
        k_before -= 1
    return k_before < 0 or text[k_before] in "\n.!?:\"“”«»'‘’—–-"


