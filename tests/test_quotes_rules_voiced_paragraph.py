"""Rule ``voiced_paragraph`` (transforms/quotes/voiced_paragraph.py), on made-up sentences: a few
lower-case quoted words no rule credits, in an English paragraph where someone named is quoted,
are that voice's words (``partial``, speaker null); words named as names or words, labels on a
noun, capitalised names, other languages and paragraphs that quote no one named keep the
writer's ``scare``."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.voiced_paragraph import is_voiceless_term, voice_paragraphs


def _quote(text: str, words: str, lang: str = "en"):
    quotes = extract_quotes(None, None, text, language=lang)
    found = [q for q in quotes if q.text == words]
    assert found, [q.text for q in quotes]
    return found[0]


@pytest.mark.parametrize("text,words", [
    ("The museum is “a marvel of patience”, said Ruth Okafor. The queue is long. Even the garden is a “triumph”.",
     "triumph"),
    ("This is not a repair. It is “a slow disaster”. Nor is it a “local matter”, said Ada Brink in the Daily Lamp.",
     "a slow disaster"),
])
def test_words_in_a_voiced_paragraph_are_partial(text, words):
    q = _quote(text, words)
    assert (q.kind, q.speaker) == ("partial", None)


@pytest.mark.parametrize("text,words", [
    # no one named is quoted in the paragraph
    ("This is not a repair. It is “a slow disaster”. Nor is it a local matter, the Daily Lamp noted.",
     "a slow disaster"),
    # a label on the noun after it
    ("This is not a repair. The “tidy town” scheme ends in May. Nor is it a “local matter”, said Ada Brink.",
     "tidy town"),
    # a capitalised name
    ("This is not a repair. It opens at “Harbour Point”. Nor is it a “local matter”, said Ada Brink.",
     "Harbour Point"),
    # the quoted paragraph is another one
    ("This is not a repair. It is “a slow disaster”.\n\nNor is it a “local matter”, said Ada Brink.",
     "a slow disaster"),
])
def test_writer_terms_stay_scare(text, words):
    q = _quote(text, words)
    assert (q.kind, q.speaker) == ("scare", None)


def test_other_languages_are_left_alone():
    text = "Das ist kein Umbau. Es ist „ein langsames desaster“. „Das ist teuer“, sagte Lena Brandt."
    assert _quote(text, "ein langsames desaster", "de").kind == "scare"


@pytest.mark.parametrize("quoted,expected", [
    ("quiet joy", True), ("¿qué?", True), ("Harbour Point", False), ("2024 plan", False), ("", False),
])
def test_is_voiceless_term(quoted, expected):
    assert is_voiceless_term(quoted) is expected


def test_voice_paragraphs_needs_an_explicit_credit_in_the_same_paragraph():
    out = [
        ("body", 0, 5, 20, "a costly folly", "Lia Moreau", "Lia Moreau", "said", "explicit", "partial", "after_quote"),
        ("body", 0, 60, 66, "triumph", None, None, None, "none", "scare", None),
        ("body", 0, 130, 140, "dull idea", None, None, None, "none", "scare", None),
    ]
    voice_paragraphs(out, [1, 2], [(0, 100), (101, 200)])
    assert [q[9] for q in out] == ["partial", "partial", "scare"]
