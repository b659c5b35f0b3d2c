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
