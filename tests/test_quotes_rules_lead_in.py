"""Rule ``lead_in``: which mention of the clause before a quote is its speaker, on hand-written
sentences grouped by the wrong mention it must not take (issue 16)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speaker(text: str, words: str) -> tuple[str | None, str | None]:
    found = [q for q in extract_quotes("", [], text) if q.text == words]
    assert len(found) == 1, [q.text for q in extract_quotes("", [], text)]
    return found[0].speaker, found[0].rule


# A participle right after an attribution that closes the clause before it is that
# attribution's speaker's, not the sentence subject's.
INCISE_THEN_PARTICIPLE = [
    ("Tom Hale opened the store on Monday. Hale and Ruiz will meet next week, Ana Ruiz said, "
     "adding, “They need to talk it through.”", "They need to talk it through.", "Ana Ruiz"),
    ("Tom Hale opened the store. The mayor left early, said Ana Ruiz, adding, “He was tired.”",
     "He was tired.", "Ana Ruiz"),
    ("Tom Hale left the dock before noon, Ana Ruiz said, noting that he had to “catch the ferry.”",
     "catch the ferry.", "Ana Ruiz"),
]

# A phrase inside a relative clause about the subject (", who ...", ", whose ...") is no
# subject: a place, a church or a company named there does not speak.
RELATIVE_CLAUSE = [
    ("Tom Hale, who is a pastor at the Grace Church of Dover, Delaware, slammed the board for "
     "promoting “bad ideas for children.”", "bad ideas for children.", "Tom Hale"),
    ("Tom Hale, whose newest company, Brightline, sells software, said the mayor was a good fit: "
     "“He is a builder.”", "He is a builder.", "Tom Hale"),
    ("Ann Lee, who has known Tom Hale for years, said: “He is a builder.”", "He is a builder.", "Ann Lee"),
]

# A place and its state between commas inside the appositive is where the phrase puts the
# subject, not the subject; a name between commas after a place is still the subject.
PLACE_IN_APPOSITIVE = [
    ("Ana Ruiz, during a town hall meeting in Dover, Delaware, said she was “very proud.”", "very proud.",
     "Ana Ruiz"),
    ("A lawyer at Smith Partners, Ana Ruiz, said she was “very proud.”", "very proud.", "Ana Ruiz"),
]

# A sentence adverb or an adverb before a participle opens the sentence: no one's name.
OPENING_ADVERB = [
    ("Likewise, Ana Ruiz had a short message for the crowd: “Keep going.”", "Keep going.", "Ana Ruiz"),
    ("“We won,” said Tom Hale. Ever since she joined the board this spring, Ana Ruiz has been a strong "
     "voice, visiting the depot to greet drivers with a short message: “Keep going.”", "Keep going.", "Ana Ruiz"),
    ("“We won,” said Tom Hale. Hastily blaming the storm for the delay, Ana Ruiz cast doubt on the plan "
     "and stressed that it was “a poor idea.”", "a poor idea.", "Ana Ruiz"),
]

# A relative pronoun whose phrase was not read, subject of a reporting verb, is someone unnamed:
# null, never the last speaker.
UNREAD_RELATIVE = [
    ("“We won,” said Ana Ruiz. The groups who wrote to her say they are “worried about it.”",
     "worried about it.", None),
    ("“We won,” said Ana Ruiz. Critics asked her to drop a general who suggested the city should "
     "“close the gates.”", "close the gates.", None),
]


@pytest.mark.parametrize("text, words, speaker", INCISE_THEN_PARTICIPLE + RELATIVE_CLAUSE + UNREAD_RELATIVE +
                         PLACE_IN_APPOSITIVE + OPENING_ADVERB)
def test_lead_in_takes_the_subject(text, words, speaker):
    assert _speaker(text, words) == (speaker, "lead_in")


def test_a_participle_after_a_plain_attribution_is_the_sentence_subjects():
    # "Ruiz said, adding": nothing closes a clause before the attribution; as before.
    text = "Tom Hale opened the store. Ana Ruiz said, adding, “He was tired.”"
    assert _speaker(text, "He was tired.") == ("Ana Ruiz", "lead_in")


def test_a_title_holder_ends_on_the_possessive():
    # names.role: "Sen. Ana Ruiz’s Dover aides" gives the senator Ana Ruiz, not "Ana Ruiz’s Dover".
    text = "Sen. Ana Ruiz’s Dover aides met on Monday. The senator spoke first. “We won,” she said."
    assert _speaker(text, "We won,") == ("Ana Ruiz", "after_quote")
