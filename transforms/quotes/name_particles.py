"""A lowercase word inside a person's name after a reporting verb: a particle before a capital
("dijo Luis de Guindos", "disse João da Silva"), and in Spanish the particle and its article
("Íñigo de la Serna", "Jaime de los Santos", "María de las Mercedes Ruiz"), which ended the
name at "de" (the speaker was "Íñigo"). The article's capital must not head a body or a place
("Juan Pérez de la Universidad de Chile" is not one name). After a given name alone ("Íñigo de
la Serna", "José de la Cruz Díaz") "de la" opens a surname; after a given name and a surname it
is mostly where the person works ("Pedro Sánchez de la Moncloa", "Ana Torres de la Cruz Roja"),
and is read as a surname only in the plural and with one word that ends the name ("Luis Gil de
los Ríos", "Marta López de las Heras")."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.heads_intl import ORG_HEADS_INTL, PLACE_WORDS_INTL
from newsbeam.transforms.quotes.language import BODY_AFTER_NAME, Language, current as current_language
from newsbeam.transforms.quotes.name_heads import PARTICLE_PAIRS, arabic_article_name
from newsbeam.transforms.quotes.names_de import is_body_word
from newsbeam.transforms.quotes.titles import is_title_word
from newsbeam.transforms.quotes.lexicon import LOWER_PARTICLES, ORG_HEADS, PARTICLES, PLACE_WORDS
from newsbeam.transforms.quotes.tokens import is_cap, trim

_OF: Final = frozenset(("de",))
# Words that head a place or a body named with a particle ("San Martín de Valdeiglesias", "São
# José dos Campos", "Banco de Santander"), where the lists of heads do not have them.
_PLACE_OR_BODY: Final = frozenset("""san santa santo são sankt saint sainte banco caja club ciudad villa vila
porto monte hospital colegio casa""".split())
_ARTICLES: Final = frozenset(("la", "las", "los"))
_PLURAL_ARTICLES: Final = frozenset(("las", "los"))


def is_particle(tok: str) -> bool:
    """``tok`` is a particle of a name: lexicon.PARTICLES in any case, or "los"/"las"."""
    return trim(tok) in PARTICLES or tok in LOWER_PARTICLES


def _surname_at(toks: list[tuple[int, int, str]], k: int) -> bool:
    """``toks[k]`` is capitalized and heads no body or place ("Universidad", "Instituto", "Río")."""
    if k >= len(toks) or not is_cap(toks[k][2]):
        return False
    low = trim(toks[k][2])
    return low not in ORG_HEADS and low not in PLACE_WORDS and low not in ORG_HEADS_INTL and \
        low not in PLACE_WORDS_INTL


def _one_word_before(toks: list[tuple[int, int, str]], k: int) -> bool:
    """One capitalized word alone stands right before ``toks[k]`` ("Íñigo" de la Serna): a
    given name, with no surname before the particle. (first_names' sex test cannot tell: its
    list lacks "Íñigo" and "Jaime" and holds "Sánchez".)"""
    return k >= 1 and is_cap(toks[k - 1][2]) and not (k >= 2 and is_cap(toks[k - 2][2]))


def _article_particle(toks: list[tuple[int, int, str]], de: int) -> bool:
    """``toks[de]`` "de" and the article after it open a surname ("de la Serna", "de los Ríos"):
    its capitalized word heads no body or place, and either one word alone stands before "de",
    or the article is plural and that word ends the name."""
    if de + 2 >= len(toks) or trim(toks[de + 1][2]) not in _ARTICLES or not _surname_at(toks, de + 2):
        return False
    if _one_word_before(toks, de):
        return True
    return trim(toks[de + 1][2]) in _PLURAL_ARTICLES and not (de + 3 < len(toks) and is_cap(toks[de + 3][2]))


# The pairs read here: Dutch and German ones ("de la" is read by the Spanish rules below; in
# French and Portuguese it is as often where the person works).
_GERMANIC_PAIRS: Final = frozenset(p for p in PARTICLE_PAIRS if p[0] in ("van", "von"))
# Endings of German nouns that a "von der" names where someone works ("Anna von der Polizei",
# "von der Stadtverwaltung", "von der Tafel"): mostly feminine nouns, in the dative after "der".
_NOUN_ENDINGS_DE: Final = ("e", "ung", "ei", "heit", "keit", "schaft", "ion", "tät", "ik", "ur", "enz", "anz",
                           "ie", "in", "wehr", "el", "as", "er", "ft", "kt", "nd", "rt")

# Endings of the German surnames after "von der" ("Leyen", "Osten", "Goltz", "Schulenburg",
# "Tann", "Lahnau", "Bülow"); the nouns a "von der" names where someone works end otherwise ("Bahn", "Kita",
# "Kripo", "Uni", read45names).
_SURNAME_ENDINGS_DE: Final = ("en", "tz", "rg", "nn", "au", "ow")


def _pair_after_given_name(toks: list[tuple[int, int, str]], k: int) -> bool:
    """``toks[k]`` and the word after it are a surname's particle pair ("von der", "van den")
    between a given name (alone, or after a title) and a capitalized word that heads no body or
    place: "sagte Ursula von der Leyen", "a déclaré Pieter van den Broek". After a given name and
    a surname, before a body, or in German before a word with a common noun's ending, the pair
    says where the person works ("Anna Weber von der Universität", "Tom von der Feuerwehr"), and
    ends the name as before."""
    if not (k >= 1 and k + 2 < len(toks) and (trim(toks[k][2]), trim(toks[k + 1][2])) in _GERMANIC_PAIRS
            and is_first_name(toks[k - 1][2]) and _surname_at(toks, k + 2) and not is_body_word(toks[k + 2][2])):
        return False
    after = toks[k + 2][2].strip(",.;:")
    if after.isupper():
        return False  # "Lisa von der AOK": a body's acronym (read45names)
    if current_language().code == "de" and trim(toks[k][2]) == "von" and (
            trim(after).endswith(_NOUN_ENDINGS_DE) or not trim(after).endswith(_SURNAME_ENDINGS_DE)):
        return False  # "Tom von der Feuerwehr", "Ben von der Kripo", "Tom von der Bahn": where he works
    # the given name alone, or after a title ("Kommissionspräsidentin Ursula von der Leyen")
    return k == 1 or not is_cap(toks[k - 2][2]) or is_title_word(trim(toks[k - 2][2]))


def particle_of_name(toks: list[tuple[int, int, str]], k: int, lang: Language) -> bool:
    """``toks[k]`` (lowercase) is a particle of the name it stands in."""
    lw = trim(toks[k][2])
    if _pair_after_given_name(toks, k) or k >= 1 and _pair_after_given_name(toks, k - 1):
        return True  # "Ursula von der Leyen": both words of the pair
    if (lw in PARTICLES or lw in lang.genitives) and k + 1 < len(toks) and is_cap(toks[k + 1][2]):
        # "Juan Pérez del Instituto Nacional": after a name, a body ends it (Spanish, Portuguese)
        # (a body's head before it goes on: "a Prefeitura do Rio", s55)
        return lang.code not in BODY_AFTER_NAME or not is_cap(toks[k - 1][2]) or _surname_at(toks, k + 1) or \
            trim(toks[k - 1][2]) in ORG_HEADS_INTL
    if lang.code != "es":
        return False
    if lw in _OF and k + 2 < len(toks) and trim(toks[k + 1][2]) in _ARTICLES:
        return _article_particle(toks, k) or _body_goes_on(toks, k)  # "de" of "de la Serna"
    return lw in _ARTICLES and k > 0 and trim(toks[k - 1][2]) in _OF and (
        _article_particle(toks, k - 1) or _body_goes_on(toks, k - 1))


def inside_name_ahead(toks: list[tuple[int, int, str]], k: int) -> bool:
    """``toks[k]``, lowercase after a capitalized word, goes on that name read forwards: an Arabic
    article's surname ("Ahmed al-Sharaa"), a particle before a capitalized word or another particle
    ("Louis van Gaal", "Edwin van der Sar", "Erik ten Hag"; s62)."""
    if k < 1 or not (is_cap(toks[k - 1][2]) or is_particle(toks[k - 1][2]) and k >= 2 and is_cap(toks[k - 2][2])):
        return False
    if arabic_article_name(toks[k][2]):
        return True
    lang = current_language()  # (English: elsewhere "dos", "de" also join a title to a place, "Presidente dos Estados")
    return lang.code == "en" and is_particle(toks[k][2]) and particle_of_name(toks, k, lang) and (
        k + 1 < len(toks) and (is_cap(toks[k + 1][2]) or is_particle(toks[k + 1][2])))


_RUN_BACK: Final = 5  # capitalized words read back for the head of a body's name
# More heads of Spanish bodies' names that a "de la" goes on ("Organización Mundial de la Salud",
# "Banco de la República", "Audiencia de la Provincia"), read here only (the "de la" reading is Spanish).
_BODY_HEADS: Final = frozenset("""organización banco oficina corte audiencia comité servicio dirección centro
partido cámara junta embajada observatorio organismo autoridad colegio hospital""".split())


def _body_goes_on(toks: list[tuple[int, int, str]], de: int) -> bool:
    """``toks[de]`` "de" and its article go on with a body's name whose capitalized run opens on
    a body's head right after its article ("la Organización Mundial de la Salud", "el Banco de
    la República", s56; was "Organización Mundial"), before a capitalized word; not after a
    person's name ("Juan Pérez de la Universidad": where he works), a first name in the run, nor
    a surname that is also a head after a title ("el profesor Cámara de la Universidad")."""
    if de + 2 >= len(toks) or not is_cap(toks[de + 2][2]):
        return False
    k = de - 1
    while k > 0 and de - k < _RUN_BACK and is_cap(toks[k - 1][2]):
        k -= 1
    determiners = current_language().determiners
    while k < de - 1 and trim(toks[k][2]) in determiners:
        k += 1  # "La Organización …" opening a sentence: the article is no head
    if k < 1 or not is_cap(toks[k][2]) or trim(toks[k - 1][2]) not in determiners:
        return False  # the run must follow its article: not "el profesor Cámara de la Universidad"
    if any(is_first_name(toks[j][2]) for j in range(k, de)):
        return False  # "del Partido Popular Juan Pérez de la Comisión": a person ends the run
    head = trim(toks[k][2])
    return head in ORG_HEADS or head in ORG_HEADS_INTL or head in _BODY_HEADS


def particle_inside_name(toks: list[tuple[int, int, str]], k: int) -> bool:
    """``toks[k]``, read backwards from a surname, is a particle with a capitalized word before
    it ("Luis de" Guindos), or with a particle and a capitalized word ("Jaime de los" Santos);
    "de" and an article only as ``particle_of_name`` reads them forwards."""
    if k < 1 or not is_particle(toks[k][2]):
        return False
    if trim(toks[k][2]) in _OF and k + 1 < len(toks) and trim(toks[k + 1][2]) in _ARTICLES:
        # "de" of "de la" Serna, of "Organización Mundial de la" Salud (a body goes on, s56)
        return is_cap(toks[k - 1][2]) and (_article_particle(toks, k) or _body_goes_on(toks, k))
    if is_cap(toks[k - 1][2]):
        return True
    if trim(toks[k][2]) in _ARTICLES and trim(toks[k - 1][2]) in _OF:
        return k >= 2 and is_cap(toks[k - 2][2]) and (_article_particle(toks, k - 1) or _body_goes_on(toks, k - 1))
    return k >= 2 and is_particle(toks[k - 1][2]) and is_cap(toks[k - 2][2])


def of_body_after_name(toks: list[tuple[int, int, str]], k: int) -> bool:
    """``toks[k]`` is the article of a "de la" that opens no surname, with a name before "de":
    read backwards from "Carlos Ruiz de la Comisión Europea ha advertido", the person of a
    body ("Carlos Ruiz"), in Spanish."""
    return current_language().code == "es" and k >= 2 and trim(toks[k][2]) in _ARTICLES and \
        trim(toks[k - 1][2]) in _OF and is_cap(toks[k - 2][2]) and not particle_inside_name(toks, k)


def particle_step(toks: list[tuple[int, int, str]], k: int) -> int:
    """How far a backward walk over a name goes at ``toks[k]``: 1 over a particle inside the
    name, 3 over a body's "de la" to the name before it (the person of "Carlos Ruiz de la
    Comisión Europea"), 0 where the name starts."""
    return 1 if particle_inside_name(toks, k) else 3 if of_body_after_name(toks, k) else 0


def capitalized_name(toks: list[tuple[int, int, str]], lo: int, hi: int) -> bool:
    """``toks[lo:hi]`` is a name set off by commas: capitalized words, and in a language other
    than English a particle between two of them ("El secretario de Industria, José Ignacio de
    Mendiguren, aseguró": the apposition is the name, not "Industria" before it). A run with a
    particle whose first word heads a place or a body ("El alcalde del municipio, San Martín de
    Valdeiglesias,", "La portavoz de la entidad, Banco de Santander,") is none."""
    if lo >= hi or not is_cap(toks[lo][2]) or not is_cap(toks[hi - 1][2]):
        return False
    lang = current_language()
    first = trim(toks[lo][2])
    if hi - lo > 2 and (first in _PLACE_OR_BODY or first in PLACE_WORDS or first in PLACE_WORDS_INTL
                        or first in ORG_HEADS or first in ORG_HEADS_INTL):
        return False
    return all(is_cap(t[2]) or lang.code != "en" and particle_inside_name(toks, k)
               for k, t in enumerate(toks[lo:hi], lo))


# German particles of a surname, longest first: "von der Leyen", "van den Berg", "von Storch", "zu
# Guttenberg". After a reporting verb they read as a preposition and its article ("sagte von der
# Bühne"), unless the article writes the same particles and word after a given name (stop 49).
_SURNAME_PARTICLES_DE: Final = (("von", "der"), ("von", "den"), ("van", "der"), ("van", "den"), ("von",),
                                ("van",), ("vom",), ("zu",))
_MAX_WRITTEN: Final = 40  # occurrences of the particles and surname read in the text
# A surname that opens on its particles, after German "so" ("„…“, so von der Leyen.", "so de
# Maizière"): a name all the same (cues reads "so" as a cue before it; phrases.np_after the name).
PARTICLE_NAME: Final = re.compile(r"(?:vo[nm]|van|zu|de|di|da|del|della|le|la)(?:[^\S\n](?:der|den|la|las|los))?"
                                  r"[^\S\n][A-ZÄÖÜ]")


def particle_surname_de(text: str, toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of a German surname that opens on its particles, right after a reporting verb
    ("„…“, sagte von der Leyen", "so von Storch"), when the text writes the same words after a
    capitalized word elsewhere ("Ursula von der Leyen"); None otherwise ("sagte von der Bühne
    herab", "sagte vom Podium")."""
    if current_language().code != "de":
        return None
    for run in _SURNAME_PARTICLES_DE:
        n = len(run)
        if len(toks) <= n or tuple(t[2] for t in toks[:n]) != run or not is_cap(toks[n][2]):
            continue
        end = toks[n][0] + len(toks[n][2].rstrip(".,;:!?"))  # ("sagte von der Leyen.": no stop)
        written = text[toks[0][0]:end]
        pos, seen = text.find(written), 0
        while pos >= 0 and seen < _MAX_WRITTEN:
            before = text[max(0, pos - 40):pos].split()
            if pos and text[pos - 1] == " " and before and is_cap(before[-1]) and before[-1].isalpha() \
                    and trim(before[-1]) not in current_language().function_words:
                return toks[0][0], end
            pos, seen = text.find(written, pos + 1), seen + 1
        return None
    return None
