"""Quotes in headings and title lines (transforms/quotes/heading_quotes.py), on made-up
sentences, grouped by rule: a subheading's quote is the speaker's whose quoted words in the
section under it hold the heading's words (``heading_quote``), else null; a headline of the shape
"‘X’: Y lauds ..." credits Y; a headline that opens on a quoted title or slogan before the noun it
labels ("‘Jaws’ director ...") is scare, no one's words."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.heading_quotes import HEADING_QUOTE, is_heading_line, modifies_noun_in_title
from newsbeam.transforms.quotes.tokens import close_end


def _quote(title: str | None, body: str, words: str, zone: str = "body"):
    quotes = extract_quotes(title, None, body, language="en")
    found = [q for q in quotes if q.text == words and q.zone == zone]
    assert found, [(q.zone, q.text) for q in quotes]
    return found[0]


_BODY = """The council met on Monday to vote on the housing plan.

‘Fair rents’

Tenants gathered outside the hall. Mara Quill, who leads the tenants' union, said the city must guarantee “fair rents for every family”.

Tom Hale, a landlord, disagreed. “It will not work,” he said.

‘Open books’

The budget was published later that week. The clerk's office kept it short.

‘Slow progress’ on repairs

“Repairs move at a slow pace,” said Tom Hale. Mara Quill called the repairs “slow progress at best”.

‘Too little, too late’

“We asked for help and got too little, too late,” Mara Quill said. Tom Hale said the same, “too little, too late”.

‘Keep the Pier’ returns

Mara Quill said she would join “a keep the pier march” again.
"""


# --- heading_quote: the section quotes the heading's words -----------------------------------

def test_heading_takes_the_speaker_whose_words_hold_it():
    q = _quote(None, _BODY, "Fair rents")
    assert (q.speaker, q.rule, q.kind) == ("Mara Quill", HEADING_QUOTE, "partial")


def test_heading_no_one_in_the_section_says_stays_null():
    q = _quote(None, _BODY, "Open books")
    assert q.speaker is None


def test_heading_over_words_run_into_the_line_takes_the_one_speaker():
    # "‘Slow progress’ on repairs": only Quill's quote holds "slow progress" in order
    q = _quote(None, _BODY, "Slow progress")
    assert q.speaker == "Mara Quill"


def test_heading_two_people_say_is_null():
    q = _quote(None, _BODY, "Too little, too late")
    assert q.speaker is None


def test_heading_quoting_a_title_or_slogan_stays_uncredited():
    q = _quote(None, _BODY, "Keep the Pier")
    assert (q.speaker, q.kind) == (None, "scare")


def test_heading_does_not_inherit_the_speaker_above_it():
    body = ("“We will keep the library open,” said Ida Ferrow, the mayor.\n\n"
            "‘Quiet corners’\n\n"
            "Readers asked for more space. Ben Ostrow, a librarian, said he wants “quiet corners for children”.\n")
    q = _quote(None, body, "Quiet corners")
    assert q.speaker == "Ben Ostrow"


def test_heading_not_credited_from_a_subject_that_reports_nothing():
    # the section's quote is credited to its sentence's subject, with no verb of speech
    body = ("The library reopened in May.\n\n"
            "‘Quiet corners’\n\n"
            "Ben Ostrow arrived with plans for “quiet corners for children”.\n")
    q = _quote(None, body, "Quiet corners")
    assert q.speaker is None


def test_heading_inherited_kept_when_the_section_goes_on_with_that_speaker():
    body = ("“We will keep the library open,” said Ida Ferrow, the mayor.\n\n"
            "‘Library hours extended to the weekend’\n\n"
            "Ferrow said the library would “open on Saturdays” from March.\n")
    q = _quote(None, body, "Library hours extended to the weekend")
    assert q.speaker == "Ida Ferrow"


def test_heading_inherited_dropped_when_the_section_is_someone_elses():
    # the paragraph under the heading names Ferrow (so previous_quote credits her), but the
    # section's first quote is Ostrow's
    body = ("“We will keep the library open,” said Ida Ferrow, the mayor.\n\n"
            "‘Library hours extended to the weekend’\n\n"
            "Ferrow asked the staff. Ben Ostrow, a librarian, said staff would “need more help” for that.\n")
    q = _quote(None, body, "Library hours extended to the weekend")
    assert q.speaker is None


@pytest.mark.parametrize("line,heading", [
    ("‘Fair rents’", True),
    ("‘Slow progress’ on repairs", True),
    ("“We won.”", False),  # a sentence
    ("Rents rose, the council said:", False),
    ("x" * 130, False),  # too long for a heading
])
def test_is_heading_line(line, heading):
    assert is_heading_line(line) is heading


# --- headline: "‘X’: Y lauds ..." --------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "‘A fine season’: Ida Ferrow lauds the volunteers",
    "'We will rebuild,' says Ida Ferrow",
    "Ida Ferrow: 'We will rebuild'",
])
def test_headline_credits_its_speaker(title):
    body = "Ida Ferrow spoke at the harbour on Friday."
    quotes = [q for q in extract_quotes(title, None, body, language="en") if q.zone == "title"]
    assert [q.speaker for q in quotes] == ["Ida Ferrow"]


# --- a quoted title or slogan labelling a noun in a headline: scare ---------------------------

@pytest.mark.parametrize("title,words", [
    ("‘Harbour Lights’ director Ida Ferrow praises her crew", "Harbour Lights"),
    ("'Keep the Pier' rally: Ida Ferrow says the crowd was calm", "Keep the Pier"),
    ("‘Harbour Lights’ Director Ida Ferrow Praises Her Crew", "Harbour Lights"),
])
def test_quoted_title_before_its_noun_is_scare(title, words):
    body = "Ida Ferrow spoke at the harbour on Friday."
    q = _quote(title, body, words, zone="title")
    assert (q.kind, q.speaker) == ("scare", None)


def test_modifies_noun_in_title_not_before_a_name_the_article_uses():
    title = "‘We Will Rebuild The Pier Now’ Carter Tells The Harbour Board"
    open_at, close_at = title.index("‘"), title.index("’")
    assert modifies_noun_in_title(title, open_at, close_at, title[open_at + 1:close_at])
    assert not modifies_noun_in_title(title, open_at, close_at, title[open_at + 1:close_at],
                                      lambda word: word == "Carter")


@pytest.mark.parametrize("title,labels", [
    ("‘Harbour Lights’ director Ida Ferrow", True),
    ("'We will rebuild' says Ida Ferrow", False),  # a cue after the quote
    ("'We will rebuild,' Ida Ferrow says", False),  # a comma closes it
    ("‘A fine season’: Ida Ferrow lauds the volunteers", False),  # a colon
    ("Ida Ferrow's ‘Harbour Lights’ director", False),  # the headline does not open on it
    ("'Harbour Lights' Ida Ferrow", False),  # a name in title case
])
def test_modifies_noun_in_title(title, labels):
    open_at = next(k for k, c in enumerate(title) if c in "‘'")
    close_at = next(k for k in range(open_at + 1, len(title)) if title[k] in "’'")
    assert modifies_noun_in_title(title, open_at, close_at, title[open_at + 1:close_at]) is labels


# tokens.close_end: where a closing mark ends, NYT's '' two characters wide (heading_quotes,
# speech_subject and mark_end read the word after a quote from it)
@pytest.mark.parametrize("text, close_at, end", [
    ("''Jaws'' director", 6, 8), ("“Jaws” director", 5, 6), ("'Jaws' director", 5, 6), ("''Jaws'", 6, 7),
])
def test_close_end(text, close_at, end):
    assert close_end(text, close_at) == end
