"""Spanish and Portuguese put the subject after its reporting verb, and often an adjunct between
them: "«...», dijo a EFE el ministro Ana Ruiz", "contestó vía Twitter el expresidente Luis
Rivas", "afirmou ao jornal o ministro Paulo Lima", "aseguró este lunes Ana Ruiz"; French too
("a assuré au Monde le ministre ...", "a déclaré à l'AFP Marine Tondelier"). The words
right after the verb are then when, where or to whom, not who; the speaker is the noun phrase
the adjunct gives way to. Pure functions, bounded to a few words after the verb."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.names_de import without_affiliation
from newsbeam.transforms.quotes.person_nouns import trade_noun
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.titles import is_compound_title, is_title_word
from newsbeam.transforms.quotes.told_outlets import outlet_words
from newsbeam.transforms.quotes.tokens import trim

_CODES: Final = frozenset(("es", "pt", "fr"))
_WORD: Final = re.compile(r"[^\s,.;:!?()«»\"“”‘’]+")
# French: an elided article stays with its noun ("à l’AFP": one word, an outlet's name, not a stop
# at the apostrophe that ended the adjunct before the subject, s58). Not in Spanish or Portuguese,
# where such a word is a foreign name glued to the next ("a L’Équipe Kylian Mbappé", adv58).
_WORD_FR: Final = re.compile(r"(?:[lLdD][’'](?=[^\W\d_]))?[^\s,.;:!?()«»\"“”‘’]+")


def _words_re() -> re.Pattern[str]:
    """The words of an adjunct as the article's language writes them (``_WORD_FR`` in French)."""
    return _WORD_FR if current_language().code == "fr" else _WORD


_READ: Final = 12  # words of the adjunct read after the verb (bounded)
# Words that open an adjunct after the verb: to whom, where, how, when ("a la prensa", "en
# rueda de prensa", "vía Twitter", "este lunes", "ao jornal", "nesta segunda-feira").
_OPENERS: Final = {
    "es": frozenset("a al ante en vía por desde con durante tras hacia este esta ayer hoy anoche".split()),
    "pt": frozenset("a ao à aos às em no na nos nas via por pelo pela perante durante após nesta neste "
                    "ontem hoje".split()),
    "fr": frozenset("à au aux en dans devant lors par pour sur hier ce cette mardi lundi mercredi jeudi vendredi "
                    "samedi dimanche".split()),
}
# Definite articles that open the subject ("el ministro", "a deputada").
_ARTICLES: Final = {"es": frozenset("el la".split()), "pt": frozenset("o a".split()), "fr": frozenset("le la".split())}
# Indefinite articles that open an unnamed subject ("un conseiller", "una fuente", "um assessor").
_INDEFINITE: Final = {"es": frozenset("un una".split()), "pt": frozenset("um uma".split()),
                "fr": frozenset("un une".split())}
# Words that tie the next word to the adjunct rather than open the subject ("a la ministra de
# la Mujer la diputada ...": after "de", "la" is inside the adjunct).
_INSIDE: Final = {"es": frozenset("a al de del en con por para ante".split()),
           "pt": frozenset("a ao à de do da dos das em no na com por para".split()),
           "fr": frozenset("à au aux de du des en dans par pour sur".split())}


# Openers of a listener ("a la prensa", "al abogado de la familia"): in Spanish and Portuguese,
# which drop the subject, a name after a noun there is the listener's ("al abogado de la familia
# Marta Ruiz"), not the subject. French never drops it: "a dit à l'avocat de la famille Marie
# Lenoir" is said by Marie Lenoir.
_LISTENER: Final = frozenset("a al à au aux ao aos".split())


def article_after_adjunct(text: str, pos: int, hi: int) -> bool:
    """An article that opens a noun phrase of its own after the adjunct at ``pos`` ("à l'AFP le
    parquet de Lyon", "a EFE una fuente"): not after a word that ties it to the adjunct ("en la
    radio", "à la presse")."""
    code = current_language().code
    if code not in _CODES:
        return False
    words = [m.group() for m, _ in zip(_words_re().finditer(text, pos, hi), range(_READ))]
    articles, inside = _ARTICLES[code] | _INDEFINITE[code], _INSIDE[code]
    return any(words[k] in articles and words[k - 1].lower() not in inside and words[k + 1].islower()
               for k in range(1, len(words) - 1))


def _listener(words: list[re.Match[str]]) -> bool:
    """The adjunct opens on "a", "al", "ao" for a listener ("a la prensa", "al abogado de ..."),
    not on the compound preposition "a través de" (through: "a través de un comunicado Ana
    Ruiz" is said by Ana Ruiz)."""
    return words[0].group().lower() in _LISTENER and words[1].group().lower() != "través"


# Listeners that are an audience or a medium, never a person a name could be set beside ("dijo a
# este diario Ana Ruiz", "explicó a la prensa Ana Ruiz", "señaló a los periodistas Ana Ruiz"):
# the name after them is the subject (Spanish, Portuguese "disse à reportagem"), unlike "al
# abogado de la familia Marta Ruiz".
_AUDIENCES: Final = frozenset("""
prensa periodistas medios medio diario periódico agencia radio emisora canal televisión cadena
reporteros asistentes auditorio público audiencia
reportagem imprensa jornalistas jornal repórteres
""".split())
_AUDIENCE_ARTICLES: Final = frozenset("la las los el este esta estos estas o os".split())


def _audience(words: list[re.Match[str]], k: int) -> bool:
    """The listener right before ``words[k]`` is an audience or a medium, after its article at most:
    "a la prensa", "a este diario", "a los periodistas" (Spanish)."""
    listener = [m.group().lower() for m in words[1:k]]
    return 1 <= len(listener) <= 2 and listener[-1] in _AUDIENCES and \
        all(w in _AUDIENCE_ARTICLES for w in listener[:-1])


def _outlet_listener(words: list[re.Match[str]], k: int) -> bool:
    """The one word before ``words[k]`` is a listener's name with its elided article right after
    the adjunct's opener ("à l'AFP", "à l’Express": an outlet told); then a name of two or more
    words is the subject. (An acronym or a name after "a", "au", "ao" is not taken: the article's
    name index would join it to the speaker's, "EFE Inés Carvallo", "Parisien Jean Dupont".)"""
    if k != 2:
        return False
    listener = words[1].group()
    return listener[:2].lower() in ("l'", "l’") and listener[2:3].isupper()


def _told_body(words: list[re.Match[str]], k: int) -> bool:
    """The words between the adjunct's opener and ``words[k]`` name a news agency or an outlet
    ("a EFE", "au Monde", "à Folha", "a Europa Press"; told_outlets). A person told ("dijo a
    Juan Pérez") is none: the name after the opener stays the listener's. The outlet's name
    ends there: "à CNN Brasil Ana Souza" is not told "CNN" by "Brasil Ana Souza"."""
    return 2 <= k <= 4 and _listener(words) and outlet_words([m.group() for m in words[1:k + 1]]) == k - 1


def _is_title(word: str) -> bool:
    low = trim(word).lower()
    return low in TITLES or is_compound_title(low)


def subject_after_adjunct(text: str, pos: int, hi: int) -> int | None:
    """In Spanish or Portuguese, where the subject starts when the words from ``pos`` (right after
    a reporting verb) open an adjunct: "a EFE el ministro ...", "vía Twitter la diputada ...",
    "este lunes Ana Ruiz ..." -> the offset of "el", "la", "Ana". The subject is a definite
    article and a title ("el ministro", "a juíza"), or two capitalized words after a
    lowercase word that is no preposition ("este lunes Ana Ruiz"). None when the first word is
    no adjunct's, or no such subject follows within a few words and the sentence."""
    code = current_language().code
    if code == "de":
        return _german_subject(text, pos, hi)
    if code not in _CODES:
        return None
    words: list[re.Match[str]] = []
    at = pos
    for m in _words_re().finditer(text, pos, hi):
        if m.group().isdigit() and text[at:m.start()].strip() == "(" and text[m.end():m.end() + 1] == ")":
            at = m.end() + 1  # "disse nesta terça-feira (12) o deputado …": the day of the month (s54)
            continue
        if len(words) >= _READ or text[at:m.start()].strip():
            break  # punctuation between two words: the clause ends
        words.append(m)
        at = m.end()
    if words and words[0].group().lower() in current_language().cues:
        words = words[1:]  # "según valoró ...": the verb after "según"
    if len(words) < 3 or words[0].group().lower() not in _OPENERS[code]:
        return None
    articles, inside = _ARTICLES[code], _INSIDE[code]
    for k in range(1, len(words) - 1):
        w, prev, nxt = words[k].group(), words[k - 1].group(), words[k + 1].group()
        if prev.lower() in inside:
            continue
        if w in articles and (_is_title(nxt) or trade_noun(trim(nxt))):
            return words[k].start()  # "el ministro ...", "el abogado ..." (person_nouns)
        if w in _INDEFINITE[code] and nxt.isalpha() and nxt.islower() and nxt not in inside:
            return words[k].start()  # "a confié au Parisien un conseiller": someone unnamed (null)
        if w[:1].isupper() and nxt[:1].isupper() and not _is_title(w) and _told_body(words, k):
            return words[k].start()  # "a EFE Ana Ruiz", "au Monde Jean Dupont": the outlet is told
        if w[:1].isupper() and nxt[:1].isupper() and (prev.islower() and not _is_title(prev) and
                                                        (code == "fr" or not _listener(words) or
                                                         _audience(words, k)) or
                                                        _outlet_listener(words, k)) and \
                (k + 2 >= len(words) or words[k + 2].group()[:1].isupper() or
                 words[k + 2].group().lower() in inside):
            return words[k].start()
    return None


_WORD_AT: Final = re.compile(r"[^\S\n]*+([^\W\d_]{2,20})\b")


def past_verb(text: str, pos: int, hi: int) -> int:
    """Where the speaker starts when a reporting verb opens ``text[pos:hi]``, in a language
    other than English (the caller tests it): after the verb ("según informó la DGSA", "selon a
    déclaré X"), and after its adjunct ("según explicó a EFE el ministro X", issue 16); else
    ``pos``."""
    lang = current_language()
    word = _WORD_AT.match(text, pos, hi)
    if word is None or word[1].lower() not in lang.cues or word[1].lower() in lang.according:
        return pos
    if lang.code == "de" and word[1][:1].isupper():
        return pos  # "sagt Weiß": after the verb, German writes a verb in lower case; this is a name
    at = subject_after_adjunct(text, word.end(), hi)
    return word.end() if at is None else at


# German (stop 48): "„…“, sagte im Gespräch mit dieser Zeitung Bürgermeisterin Anna Keller", "sagte
# gegenüber der Presse die Ministerin Eva Roth": a phrase on a preposition between the verb and
# the subject. German writes every noun with a capital, so the subject is only taken where it is
# plain: an article and a role noun ("die Ministerin"), a role noun before a name ("Bürgermeisterin
# Anna Keller"), or a known first name and a second capitalized word ("Anna Keller").
_OPENERS_DE: Final = frozenset("im in bei beim gegenüber auf vor nach mit am zum zur während anlässlich "
                               "über unter vom".split())
_ARTICLES_DE: Final = frozenset("der die".split())


# Prepositions whose object a word right after them is ("mit der Bürgermeisterin", "auf Anna Keller").
_PREPOSITIONS_DE: Final = _OPENERS_DE | frozenset("von zu für gegen ohne um aus durch an hinter neben zwischen "
                                                  "seit bis wegen trotz laut".split())


# Articles that tie a role noun to the phrase ("mit der Bürgermeisterin Anna Keller": the one
# spoken with, not the subject).
_ARTICLES_DE_OBLIQUE: Final = frozenset("dem den der des einem einer eines".split())


def _german_subject(text: str, pos: int, hi: int) -> int | None:
    """``subject_after_adjunct`` in German: where the subject starts after a phrase on a
    preposition right after the verb; None when the words open no such phrase or no plain subject
    follows within ``_READ`` words and the clause."""
    words: list[re.Match[str]] = []
    at = pos
    for m in _WORD.finditer(text, pos, hi):
        if len(words) >= _READ or text[at:m.start()].strip():
            break
        words.append(m)
        at = m.end()
    if len(words) < 3 or words[0].group().lower() not in _OPENERS_DE:
        return None
    for k in range(1, len(words) - 1):
        w, nxt, prev = words[k].group(), words[k + 1].group(), words[k - 1].group()
        if prev.lower() in _PREPOSITIONS_DE or prev.lower() in _ARTICLES_DE_OBLIQUE or \
                k >= 2 and prev.lower() in _ARTICLES_DE and words[k - 2].group().lower() in _PREPOSITIONS_DE:
            # "mit der Bürgermeisterin Anna Keller", "auf Anna Keller", "mit Blick auf die Ministerin
            # Eva Roth" (an accusative "die" after a preposition, last48): inside the phrase
            continue
        if w in _ARTICLES_DE and is_title_word(trim(nxt).lower()):
            return words[k].start()  # "gegenüber der Presse die Ministerin Eva Roth"
        if w[:1].isupper() and is_title_word(trim(w).lower()) and nxt[:1].isupper():
            return words[k].start()  # "mit dieser Zeitung Bürgermeisterin Anna Keller"
        if is_first_name(w) and nxt[:1].isupper() and nxt[1:2].islower() and prev.islower():
            return words[k].start()  # "sagte im Gespräch am Montag Anna Keller" (not "Zeitung Anna Keller")
    return None


# Particles that set a person's body after the name ("Lucía Ferrer del PSOE", "Camille Roux du PS").
_BODY_PARTICLES: Final = frozenset("de del du da do des dos das".split())
# Two to four capitals, no accent, a digit perhaps ("PSOE", "PS", "CCOO", "G7"): longer runs of
# capitals are surnames as often ("Lula da SILVA", "de BORBÓN": some papers write surnames so).
_ACRONYM: Final = re.compile(r"[A-Z]{2,4}[0-9]?")
# Pairs of consonants a Romance word may hold ("CRUZ", "BLANCO"): a run of capitals of three or four
# letters with none other is read as a surname ("de DIOS", "de PAZ", "da CRUZ"), not an acronym.
_SYLLABLE_PAIRS: Final = frozenset("bl br cl cr dr fl fr gl gr pl pr tr ch ll rr nh lh qu gu".split())
_VOWELS: Final = frozenset("aeiouy")


def _is_acronym(word: str) -> bool:
    """A body's acronym after a person's particle: two letters, or three or four capitals no
    Romance word spells ("PSOE", "CCOO", "ERC", "PSD"; not "DIOS", "PAZ", "LUNA", "CRUZ")."""
    if not _ACRONYM.fullmatch(word):
        return False
    low = word.rstrip("0123456789").lower()
    if len(low) <= 2 or not _VOWELS.intersection(low):
        return True
    return any(a not in _VOWELS and b not in _VOWELS and a + b not in _SYLLABLE_PAIRS for a, b in zip(low, low[1:]))


def _without_acronym_body(text: str, np: tuple[int, int]) -> tuple[int, int]:
    """``np`` without a body's acronym after a particle, when a given name and a surname come
    before it: "Lucía Ferrer del PSOE", "Camille Roux du PS", "Ana Teixeira do PSD" (s59; the
    particle had joined the acronym to the name, or the acronym had been taken alone). A name's
    own particle stays ("Lula da Silva", "Pérez de Cuéllar": no acronym after it)."""
    words = text[np[0]:np[1]].split()
    if not 3 <= len(words) <= 5 or words[-2].lower() not in _BODY_PARTICLES or not _is_acronym(words[-1]):
        return np
    name = words[:-2]
    if len(name) < 2 or not is_first_name(name[0]) or \
            not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in name):
        return np
    cut = text.rfind(" " + words[-2] + " ", np[0], np[1])
    return (np[0], cut) if cut > np[0] else np


def person_before_acronym(mention: str) -> str:
    """``mention`` without a body's acronym after its person ("Lucía Ferrer del PSOE dijo:" ->
    "Lucía Ferrer"), as ``no_adjunct`` reads the phrase after a verb, in Spanish, Portuguese and
    French; else as it is."""
    if current_language().code not in _CODES:
        return mention
    np = _without_acronym_body(mention, (0, len(mention)))
    return mention[:np[1]]


def no_adjunct(text: str, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """``np``, the noun phrase read after a reporting verb, unless it opens on a preposition of
    the language (Spanish, Portuguese, French: "«…», dijo en Bruselas.", "disse em Brasília"): a
    place or a time, no subject; the verb's subject is dropped (the next rules read it) (s54).
    A person's body after the name is set off (s59): German "von"/"vom" after a given name and a
    surname (``names_de.without_affiliation``), a body's acronym after a particle elsewhere
    ("Lucía Ferrer del PSOE": ``_without_acronym_body``)."""
    code = current_language().code
    if np is not None and code == "de":
        return without_affiliation(text, np, after_verb=True)  # "„…“, sagte Lena Vogt von Greenpeace." (s59)
    if np is None or code not in _CODES:
        return np
    np = _without_acronym_body(text, np)
    words = text[np[0]:np[1]].split()
    if not words or words[0] not in _INSIDE[code] or words[0] in _ARTICLES[code]:
        return np
    run = longest = 0
    for w in words[1:]:
        run = run + 1 if w[:1].isupper() else 0
        longest = max(longest, run)
    named = longest >= 3 or any(is_first_name(a) and b[:1].isupper() for a, b in zip(words[1:], words[2:]))
    return np if named else None  # (but "dijo en Cádiz Tomás Berrocal": a name after the place)
