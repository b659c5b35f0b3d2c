"""tidy44: shared helpers and word lists that several quote rules used to keep each their own copy of."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes.tokens import Sentences, sentence_before


def _before(text: str, floor: int, own_word: str) -> str | None:
    sentences = Sentences(text)
    found = sentence_before(text, sentences, floor, text.index(own_word))
    return None if found is None else text[found[0]:found[1]]


@pytest.mark.parametrize("text, floor, own, expected", [
    # the sentence right before, without the spaces after it
    ("Ana Ruiz came late. Then she spoke. He left.", 0, "He", "Then she spoke."),
    # "Dr." and an initial do not end the sentence before
    ("We met Dr. J. Moreno at noon. He spoke.", 0, "He", "We met Dr. J. Moreno at noon."),
    # a line break ends it whatever the stop before it looks like
    ("Old news from Dr.\nWe met Ana Ruiz. She spoke.", 0, "She", "We met Ana Ruiz."),
    ("Old news from Dr.\nShe spoke.", 0, "She", "Old news from Dr."),
    # no further back than the floor
    ("One. Two words here. Three.", 5, "Three", "Two words here."),
    ("One. Two words here. Three.", 9, "Three", "words here."),
    # nothing but spaces before it: none
    ("   He spoke.", 0, "He", None),
    ("One. Two.", 5, "Two", None),
])
def test_sentence_before(text: str, floor: int, own: str, expected: str | None) -> None:
    assert _before(text, floor, own) == expected


# The German separable reporting verbs in one table (lexicon_de.SEPARABLE_CUES): the four that
# verb_second_clause kept apart are in it, so separable_verb and verb_second_clause read the same pairs.
@pytest.mark.parametrize("verb, particle", [
    ("räumt", "ein"), ("räumte", "ein"), ("teilt", "mit"), ("teilte", "mit"),
    ("kündigt", "an"), ("kündigte", "an"), ("fügt", "hinzu"), ("fügte", "hinzu"),
    ("führte", "aus"), ("stellte", "fest"),
])
def test_separable_cues_hold_every_pair(verb: str, particle: str) -> None:
    from newsbeam.transforms.quotes.lexicon_de import SEPARABLE_CUES
    from newsbeam.transforms.quotes.verb_second_clause import _only_time

    assert particle in SEPARABLE_CUES[verb]
    assert _only_time(f"heute {particle}", verb)


def test_another_verbs_particle_is_no_reporting_verbs():
    from newsbeam.transforms.quotes.verb_second_clause import _only_time

    assert not _only_time("heute ab", "sagte")  # "absagen": no speech
    assert not _only_time("heute mit", "räumte")


@pytest.mark.parametrize("body, speaker", [
    ("Die Stadt plant eine Brücke. „Wir haben zu lange gewartet“, räumte Bürgermeisterin Petra Lindner "
     "heute ein.", "Petra Lindner"),
    ("Der Verein sucht Helfer. „Jede Hand zählt“, teilte Vorstand Jonas Brandt am Montag mit.", "Jonas Brandt"),
])
def test_a_separable_reporting_verb_after_the_quote_credits_its_subject(body: str, speaker: str) -> None:
    from newsbeam.transforms.quotes import extract_quotes

    assert [q.speaker for q in extract_quotes("", [], body, language="de")] == [speaker]


# given_alone reads a first name's mentions from the article's name index (whole words, read once
# a word), or, for a text the index does not hold, finds them itself as whole words too.
def test_given_alone_reads_whole_words_from_the_index_or_the_text():
    from newsbeam.transforms.quotes.given_alone import _whole_words
    from newsbeam.transforms.quotes.names import NameIndex

    text = "Tomásia Lira e Tomás Ibarra chegaram. Tomás falou; o Tomás's e Tomás2 não."
    names = NameIndex([text])
    expected = [text.index("Tomás Ibarra"), text.index("Tomás falou"), text.index("Tomás's")]
    assert _whole_words(names, text, "Tomás") == expected
    assert _whole_words(NameIndex(["outro texto"]), text, "Tomás") == expected


@pytest.mark.parametrize("body, speaker", [
    ("O prefeito Rui Palmeira visitou a obra.\nRui informou que a ponte abre em maio. “Está tudo pronto”, "
     "garantiu.", "Rui Palmeira"),
    # a longer word that opens on the first name is no mention of it: still one person
    ("O prefeito Rui Palmeira visitou a obra com Ruivo Sales.\nRui informou que a ponte abre em maio. "
     "“Está tudo pronto”, garantiu.", "Rui Palmeira"),
])
def test_a_first_name_alone_is_its_one_full_name(body: str, speaker: str) -> None:
    from tests.quote_probes import romance_speaker

    assert romance_speaker("pt", body, "Está tudo pronto") == speaker


# English verbs of saying: lexicon.CUES is the one list; the rules' own sets are selections from
# it (each keeps the forms its shape needs), checked here so that none drifts off the list.
def test_the_english_verb_sets_are_selections_of_the_cues():
    from newsbeam.transforms.quotes import clause_verbs, lexicon, singular_subject

    # "agreeing", "assuring" (a gerund before a clause) and "dismissed" (as "described") are no
    # cues: as cues they credit a place ("…, assuring Greenland that …"), so the gaps are kept.
    assert clause_verbs.REPORTING_EN - lexicon.CUES == {"agreeing", "assuring"}
    assert singular_subject._SPEECH_VERBS - lexicon.CUES == {"dismissed"}
    assert lexicon.SAY_TELL <= clause_verbs.REPORTING_EN and clause_verbs.SAY_EN == lexicon.SAY_TELL
    assert lexicon.ING_CUES <= lexicon.CUES and lexicon.INVERTED_CUES <= lexicon.CUES
    # what each rule needs: a clause after "stressed", none after "called" (it names an object)
    assert {"stressed", "told", "warned"} <= clause_verbs.REPORTING_EN
    assert not {"called", "praised", "described"} & clause_verbs.REPORTING_EN
    assert {"said", "told", "called", "described"} <= singular_subject._SPEECH_VERBS


def test_the_determiner_sets_are_the_lexicons_kinds():
    from newsbeam.transforms.quotes import clause_verbs, lexicon, spoken_after, title_pairs

    kinds = lexicon.ARTICLES | lexicon.POSSESSIVE_DETERMINERS | lexicon.DEMONSTRATIVES
    assert kinds < lexicon.DETERMINERS
    assert {"the", "his", "that"} <= clause_verbs._DETERMINERS_EN <= kinds - {"these", "those"}
    assert spoken_after._OBJECT_WORDS == kinds
    assert title_pairs._ARTICLES == lexicon.ARTICLES | lexicon.POSSESSIVE_DETERMINERS


def test_the_weekdays_are_written_once():
    from newsbeam.transforms.quotes import lexicon, shapes, trailing

    assert len(lexicon.WEEKDAYS) == 7 and lexicon.WEEKDAYS < lexicon.CALENDAR < shapes._CALENDAR
    assert lexicon.WEEKDAYS < lexicon.NP_STOP and trailing._DAYS == lexicon.WEEKDAYS | {"overnight"}
    assert "may" in lexicon.CALENDAR and "sept" in shapes._CALENDAR and "may" not in trailing._DAYS


# surname_mentions.written_twice (aged_antecedent and implied kept a copy each): whole words only.
@pytest.mark.parametrize("text, word, twice", [
    ("Ina Lang came. Lang left.", "Lang", True),
    ("Ina Lang came. The Langzeitstudie and Klang ended.", "Lang", False),
    ("Ina Lang came. Lang’s dog left.", "Lang", True),  # a possessive is a mention
    ("Ina Lang came, and Ina left.", "Ina ", True),  # a first name with its space
    ("Ina Lang came, and Tina left. Ina ", "Ina ", True),
    ("Ina Lang came, and Tina Ina", "Ina ", False),
    ("", "Lang", False),
])
def test_written_twice_counts_whole_words(text: str, word: str, twice: bool) -> None:
    from newsbeam.transforms.quotes.surname_mentions import written_twice

    assert written_twice(text, word) is twice
