"""Narrowed lead-in rules, on hand-written sentences grouped by shape (issue 16): a phrase of
time with no comma before the subject, and a pronoun before a colon after a fronted name."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes.phrases import subject_of
from tests.quote_probes import only_speaker


# A phrase of time with no comma after it (after a sentence adverb or not) opens no subject:
# the name after it does.
TIME_PHRASE_NO_COMMA = [
    ("Nevertheless, at the end of 2019 Ruiz announced that she was leaving.", "Ruiz"),
    ("Nevertheless, in December Ruiz announced that she was leaving.", "Ruiz"),
    ("In December Tom Hale sold the farm.", "Tom Hale"),
    ("Still, on Monday Ana Ruiz said that she was leaving.", "Ana Ruiz"),
    ("In early March 2020 Ana Ruiz sold the farm.", "Ana Ruiz"),
]
# Not a phrase of time: left as it was.
NOT_A_TIME_PHRASE = [
    "In Dover Ruiz sold the farm.",
    "In the past Ruiz sold farms.",
]


@pytest.mark.parametrize("sentence,subject", TIME_PHRASE_NO_COMMA)
def test_a_time_phrase_without_comma_opens_no_subject(sentence, subject):
    span = subject_of(sentence, 0, len(sentence))
    assert span is not None and sentence[span[0]:span[1]] == subject


@pytest.mark.parametrize("sentence", NOT_A_TIME_PHRASE)
def test_other_phrases_are_not_skipped_as_time(sentence):
    span = subject_of(sentence, 0, len(sentence))
    assert span is None or sentence[span[0]:span[1]] not in ("Ruiz",)


# "he"/"she" before a colon: a fronted "As for <Name>," is the pronoun's person; a capitalized
# word that is no topic ("But back on Dutch soil, he ...") leaves the pronoun rule as it was.
COLON_PRONOUN = [
    ("Mayor Tom Hale spoke on Monday. As for Ruiz, she seems sure the plan will fail: “We have "
     "done it before.”", "We have done it before.", "Ruiz"),
    ("Mayor Ana Ruiz toured the mill. And she is certain the town will cope: “We have done it "
     "before.”", "We have done it before.", "Ana Ruiz"),
    ("Mayor Tom Hale left for Utrecht. But back on Dutch soil, he returned to his themes: “We "
     "will build.”", "We will build.", "Tom Hale"),
]


@pytest.mark.parametrize("text,words,speaker", COLON_PRONOUN)
def test_colon_pronoun_takes_a_fronted_name(text, words, speaker):
    assert only_speaker(text, words) == speaker


# A quote after one credited to "which"/"that" (a thing's words: a banner, a sign) in the same
# sentence is the sentence subject's, not an inheritance of the thing's null; with no person
# for a subject it stays no one's.
AFTER_A_THINGS_WORDS = [
    ("Mayor Tom Hale came to the rally. He held up a banner — which read “Farmers for Hale” — and "
     "waved it around, mouthing “thank you” to the crowd.", "thank you", "Tom Hale"),
    ("Mayor Tom Hale came to the rally. Ana Ruiz held up a banner, which read “Farmers for Hale,” "
     "and waved it around, mouthing “thank you” to the crowd.", "thank you", "Ana Ruiz"),
    ("Ana Ruiz came to the rally. The banner, which read “Farmers for Hale,” hung over the stage "
     "that read “Welcome” in red.", "Welcome", None),
]


@pytest.mark.parametrize("text,words,speaker", AFTER_A_THINGS_WORDS)
def test_a_quote_after_a_things_words_is_the_subjects(text, words, speaker):
    assert only_speaker(text, words) == speaker


# "the <Place> <title>" stands for the article's holder of that title only when the place is
# said near the holder's name; otherwise the pronoun goes on to the person just before.
PLACE_AND_TITLE = [
    ("Sen. Tom Hale’s Ohio supporters gathered early on Monday at the hall downtown. They "
     "brought signs and drums and waited for hours in the cold.\n\n10:05 AM\n\nVoters lined up at the "
     "schools. Turnout was high across the county, officials said.\n\n11:30 AM\n\nDemocratic "
     "presidential candidate Mark Stone is not campaigning today. Instead, the Vermont senator is "
     "staying in Burlington with family. “We will win this,” he told reporters.",
     "We will win this,", "Mark Stone"),
    ("Sen. Tom Hale of Ohio toured the plant on Monday. Workers cheered. The Ohio senator is staying "
     "in Dayton tonight. “We will win this,” he told reporters.", "We will win this,", "Tom Hale"),
    ("Sen. Tom Hale toured the plant on Monday. Workers cheered. The senator is staying in Dayton "
     "tonight. “We will win this,” he told reporters.", "We will win this,", "Tom Hale"),
]


@pytest.mark.parametrize("text,words,speaker", PLACE_AND_TITLE)
def test_a_place_before_a_title_must_fit_the_holder(text, words, speaker):
    assert only_speaker(text, words) == speaker
