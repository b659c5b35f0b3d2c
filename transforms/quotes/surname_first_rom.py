"""A Spanish or Portuguese speaker named by one word right before a singular reporting verb:
"Guzmán indicó que «…»", "Al referirse a la inflación, Ibarra señaló que …", "Damares afirmou que
…". Where the article never gives the person's full name (a short piece, a second-day story, a
name everyone knows), the name index does not know the word as a person's, and a one-word
capitalized mention needs more evidence in languages that capitalize nouns (German's own version
is ``surname_first_de``). Spanish and Portuguese capitalize only names inside a sentence, so a
word that is no sentence opener, no place, no body and no title, standing with no article right
before the verb, is the subject's name. A sentence's FIRST word is capitalized whatever it is
("Nadie explicó", "Anteayer aseguró", "Iberdrola informó"): there the word must also be written
capitalized inside a sentence elsewhere in the text, after a word that makes it no place or body's
object, and be no indefinite pronoun or time word (a wrong word here would become the person a
later pronoun stands for). One-word bodies the lists miss still pass when a phrase and a comma
lead in ("Tras el partido, Osasuna lamentó"). The text is read through the name index's
mentions (whole words, found once an article), not scanned again for each quote. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import CALENDAR, ORG_HEADS, PLACE_WORDS, TITLES
from newsbeam.transforms.quotes.names import NameIndex
from newsbeam.transforms.quotes.heads_intl import ORG_HEADS_INTL, PLACE_WORDS_INTL
from newsbeam.transforms.quotes.sentence_start import opens_sentence
from newsbeam.transforms.quotes.tokens import trim

_LANGS: Final = frozenset(("es", "pt"))
# One plain capitalized word, accents and a hyphen allowed: "Guzmán", "Damares", "Ortiz-Baker".
_WORD: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,20}(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,20})?")
# A plural verb ("dijeron", "afirman", "disseram", "afirmam"): several people, never one named.
_PLURAL_ENDINGS: Final = ("n", "m")
# A participle or gerund opens a sentence before its verb's subject: "Consultado, …", "Preguntada
# sobre …", "Cuestionado …", "Siguiendo …" (no name).
_NOT_NAME_ENDINGS: Final = ("ado", "ada", "ido", "ida", "ados", "adas", "idos", "idas", "ando", "endo", "iendo")
# Words before the mention that make it a body, a place or someone's object: an article
# ("la Fiscalía indicó"), a preposition of place ("en Bruselas"), a possessive.
_NOT_SUBJECT_BEFORE: Final = frozenset("""el la los las lo un una o os as um uma en em desde hacia no na
nos nas del do da dos das al ao su sus seu sua""".split())
# French prepositions of place right before the word: "à Paris", "au Havre", "aux Mureaux".
_PLACE_BEFORE_FR: Final = frozenset("à au aux en dans depuis vers".split())
# Prepositions of place before the word anywhere in the text: a place ("en Bruselas", "em Brasília").
_PLACE_BEFORE: Final = ("en ", "desde ", "em ", "no ", "na ", "hacia ")
_MENTIONS_READ: Final = 20  # mentions of the word read for a preposition of place before it
# Departments and seats of government that speak as bodies with no article: "Hacienda indicó",
# "Sanidad explicó", "Itamaraty afirmou" (no one person).
_BODIES: Final = frozenset("""hacienda sanidad interior defensa exteriores trabajo educación economía
justicia cultura fomento industria agricultura vivienda igualdad consumo moncloa bruselas washington
moscú pekín kiev fazenda saúde justiça educação economia itamaraty planalto brasília pequim""".split())
# Indefinite pronouns, kin words and time words that open a sentence before a verb: no name.
_NOT_NAMES: Final = frozenset("""nadie alguien ninguno ninguna otro otra otros uno una cada cualquiera todos
todas ambos varios ninguém alguém nenhum nenhuma outro outra outros qualquer todo toda anoche anteayer
antier anteanoche madrugada ontem anteontem mamá papá mamãe papai""".split())
# Words after which a capitalized word inside a sentence is no person's name: an article, a
# preposition of place, direction or belonging ("de Iberdrola", "a Rusia", "contra Osasuna").
_NOT_NAME_AFTER: Final = _NOT_SUBJECT_BEFORE | frozenset("de a contra con com para por entre sobre".split())


def surname_before_cue_rom(found: Finding, text: str, names: NameIndex) -> bool:
    """In Spanish or Portuguese, whether a lead-in's one-word mention stands right before its
    reporting verb, a singular one, with no article before it ("Guzmán indicó que …"): the
    subject, named by one word. Not a sentence's opening participle, a place, a body, a title,
    a month, or a word the text also writes in lower case."""
    mention, cue = found.mention.strip(), found.cue
    if current_language().code not in _LANGS or found.rule != "lead_in" or not cue or found.cue_at < 0 \
            or not _WORD.fullmatch(mention) or cue.lower().endswith(_PLURAL_ENDINGS):
        return False
    at = found.cue_at - len(mention) - 1
    if at < 0 or text[at:found.cue_at] != mention + " " or text[found.cue_at:found.cue_at + len(cue)] != cue:
        return False
    before = text[max(0, at - 12):at].split()
    if before and trim(before[-1]) in _NOT_SUBJECT_BEFORE:
        return False
    low = mention.lower()
    lang = current_language()
    if low in lang.function_words or low in lang.adverbs or low in _BODIES or low.endswith(_NOT_NAME_ENDINGS) \
            or low in TITLES or low in CALENDAR or low in PLACE_WORDS or low in PLACE_WORDS_INTL \
            or low in ORG_HEADS or low in ORG_HEADS_INTL or low in _NOT_NAMES:
        return False
    if opens_sentence(text, at) and not _named_inside_sentence(names, text, mention, at):
        return False
    # (a word the article also writes in lower case, as a whole word, is a noun: "Campo indicó")
    return not names.mentions(low) and not _written_as_place(names, mention)


def _written_as_place(names: NameIndex, word: str) -> bool:
    """Whether the article writes ``word`` right after a preposition of place ("en Bruselas"),
    in its first mentions."""
    texts = names.texts()
    return any(texts[t][max(0, at - 7):at].endswith(_PLACE_BEFORE) for t, at in names.mentions(word)[:_MENTIONS_READ])


def _named_inside_sentence(names: NameIndex, text: str, word: str, at: int) -> bool:
    """Whether the article writes ``word`` capitalized inside a sentence elsewhere than at ``at``
    of ``text``, after a word that is no article or preposition ("dijo Villegas", "según
    Villegas"), in its first mentions."""
    texts = names.texts()
    for t, where in names.mentions(word)[:_MENTIONS_READ]:
        if where == at and texts[t] == text:
            continue
        before = texts[t][max(0, where - 14):where].split()
        if before and before[-1][-1:].islower() and before[-1] not in _NOT_NAME_AFTER:
            return True
    return False


# French (stop 53): words that open a sentence as a subject with no article and name no one.
_NOT_NAMES_FR: Final = frozenset("""personne rien chacun chacune certains certaines plusieurs beaucoup tous toutes
aucun aucune nul nulle quelqu’un quelqu'un ceci cela ça celui celle ceux celles""".split())
# Auxiliaries and negations between a one-word subject and its participle: "Matignon a dénoncé",
# "Dupont n’a pas dit".
_AUXILIARIES_FR: Final = frozenset("a avait aura aurait ont n’a n'a pas ne n’avait n'avait".split())


def one_word_subject_fr(found: Finding, text: str, names: NameIndex) -> bool:
    """French (stop 53): a lead-in's one-word mention written with a capital, right before its
    verb (past auxiliaries: "Matignon a dénoncé", "Dupont a dit") or right after "selon" and
    before a comma ("Selon Greenpeace, …"): French writes only names with a capital there, so
    the word names someone or a body (`Matignon`, `Greenpeace`, `Dupont`). Not a pronoun, a
    sentence's indefinite opener ("Personne n’a dit"), a title, a month or a place; a sentence's
    first word (capitalized whatever it is: "Rappelons que …") only when the text also writes it
    capitalized inside a sentence."""
    mention, cue = found.mention.strip(), found.cue
    if current_language().code != "fr" or found.rule != "lead_in" or not cue or found.cue_at < 0 \
            or not _WORD.fullmatch(mention):
        return False
    low = mention.lower()
    lang = current_language()
    if low in lang.function_words or low in lang.pronouns or low in lang.adverbs or low in _NOT_NAMES_FR or \
            low in TITLES or low in CALENDAR or low in PLACE_WORDS or low in PLACE_WORDS_INTL:
        return False
    at = text.rfind(mention, max(0, found.cue_at - 80), found.cue_at) if cue.lower() not in lang.according else \
        text.find(mention, found.cue_at, found.cue_at + 80)  # (the subject before its verb; the source after "selon")
    if at < 0 or opens_sentence(text, at) and not _named_inside_sentence(names, text, mention, at):
        return False
    if (text[max(0, at - 12):at].split() or [""])[-1] in _PLACE_BEFORE_FR:
        return False  # "Un porte-parole à Paris a déclaré", "… au Havre": a place, no subject (s59; null)
    if cue.lower() in lang.according:  # "Selon Greenpeace, c’est « … »"
        return text[at + len(mention):at + len(mention) + 1] == ","
    between = text[at + len(mention):found.cue_at].split()
    return all(w.lower() in _AUXILIARIES_FR for w in between)
