"""Stop 41, kind41, on made-up sentences (issue 16, partial or scare): a plain lowercase term that
shares its sentence with quoted words credited to a speaker is that speaker's, partial (rule
``sentence_sibling``, transforms/quotes/sentence_siblings.py); a name, a title, a term whose
neighbour's attribution opens a clause of its own, or one beside words a possessive noun credits
stays the writer's scare quote."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.sentence_siblings import SENTENCE_SIBLING, is_plain_term


def _quote(body: str, words: str, lang: str):
    found = [q for q in extract_quotes("", None, body, language=lang) if q.text.startswith(words)]
    assert found, [q.text for q in extract_quotes("", None, body, language=lang)]
    return found[0]


# -- a term beside a credited partial quote of the same sentence: the same speaker's words ----

@pytest.mark.parametrize("lang,body,words,speaker", [
    ("en", "If the council raised the tax, the damage would be “far worse, frankly” than “anything "
           "the town has seen in decades,” Tom Hale said on the “Morning Forum” radio show.",
     "far worse, frankly", "Tom Hale"),
    ("de", "Wenn der Rat die Steuer erhöhte, wäre der Schaden „viel schlimmer, ehrlich gesagt“ als "
           "„alles, was die Stadt seit Jahrzehnten erlebt hat“, sagte Tom Hale in der Sendung „Morgenforum“.",
     "viel schlimmer, ehrlich gesagt", "Tom Hale"),
    ("fr", "Si le conseil augmentait l’impôt, les dégâts seraient « bien pires, franchement » que « tout "
           "ce que la ville a connu depuis des décennies », a déclaré Paul Martin dans l’émission « Le Forum ».",
     "bien pires, franchement", "Paul Martin"),
])
def test_term_beside_a_credited_quote_is_that_speakers(lang, body, words, speaker):
    q = _quote(body, words, lang)
    assert (q.kind, q.speaker, q.rule) == ("partial", speaker, SENTENCE_SIBLING)


@pytest.mark.parametrize("lang,body,words", [
    # the show's name beside the credited words is a name, capitalized: never lent a speaker
    ("en", "If the council raised the tax, the damage would be “far worse, frankly” than “anything "
           "the town has seen in decades,” Tom Hale said on the “Morning Forum” radio show.", "Morning Forum"),
    ("de", "Wenn der Rat die Steuer erhöhte, wäre der Schaden „viel schlimmer, ehrlich gesagt“ als "
           "„alles, was die Stadt seit Jahrzehnten erlebt hat“, sagte Tom Hale in der Sendung „Morgenforum“.",
     "Morgenforum"),
    ("fr", "Si le conseil augmentait l’impôt, les dégâts seraient « bien pires, franchement » que « tout "
           "ce que la ville a connu depuis des décennies », a déclaré Paul Martin dans l’émission « Le Forum ».",
     "Le Forum"),
])
def test_a_name_beside_a_credited_quote_stays_scare(lang, body, words):
    q = _quote(body, words, lang)
    assert (q.kind, q.speaker) == ("scare", None)


# -- where the neighbour's credit does not reach the term -------------------------------------

@pytest.mark.parametrize("lang,body,words", [
    # the later quote's verb opens its own clause: the words before it are not the accuser's
    ("en", "The hall fell “oddly quiet” when Ann Lee accused the mayor of “a grave mistake” at the "
           "meeting.", "oddly quiet"),
    # a possessive noun credits only the words it governs: the ruling is the panel's
    ("en", "The panel ruled that Ann Lee’s claim about “record growth” was “false” in every county.", "false"),
    # a dash aside holds the neighbour and its attribution: the charge after it is not the paper's
    ("fr", "Le trésorier Paul Martin – « le premier élu entendu par les juges », peut-on lire dans "
           "Le Monde – est mis en examen pour « abus de confiance » et « recel ».", "abus de confiance"),
    # a sentence end between them: two sentences, two sources
    ("en", "The council has “plenty of money” for the bridge, said Ann Lee. The bridge has a "
           "“temporary” deck that the builders will replace.", "temporary"),
])
def test_term_out_of_the_credited_quotes_reach_is_not_lent_a_speaker(lang, body, words):
    q = _quote(body, words, lang)
    assert q.rule != SENTENCE_SIBLING
    assert (q.kind, q.speaker) == ("scare", None)


@pytest.mark.parametrize("quoted,plain", [
    ("far worse, frankly", True),
    ("obliged", True),
    ("Morning Forum", False),   # a name or a title
    ("Morgenforum", False),     # a German noun: a name as often as a term
    ("x" * 81, False),          # a long passage is no term
])
def test_only_a_lowercase_term_is_plain(quoted, plain):
    assert is_plain_term(quoted) is plain


# fix41 (review 6): the lowercase name of a plan, a law or a reform (a head noun before or after
# its marks, or opening the quoted words) is the writer's name for a thing: scare, no speaker lent.
@pytest.mark.parametrize("lang,body,words", [
    ("fr", "La ministre du Logement, Claire Morel, a présenté lundi son texte. Le plan « toit pour tous » "
           "est « une dépense inutile », selon Paul Martin.", "toit pour tous"),
    ("fr", "Avec la « réforme des pensions », le pays est « au bord du gouffre », a déclaré Paul Martin.",
     "réforme des pensions"),
    ("en", "If the council kept the “open door” policy, the cost would be “anything but small,” "
           "Tom Hale said.", "open door"),
])
def test_the_name_of_a_plan_or_law_stays_scare(lang, body, words):
    q = _quote(body, words, lang)
    assert (q.kind, q.speaker) == ("scare", None)
