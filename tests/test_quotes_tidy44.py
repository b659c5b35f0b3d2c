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
