"""Stop 44, en44: English speakers on the held-out pages of ../shared (issue 16).
Grouped by shape; made-up sentences only."""
from __future__ import annotations

import pytest

from tests.quote_probes import speaker_rule_after
from newsbeam.transforms.quotes.cued_names import written_as_speaker
from newsbeam.transforms.quotes.extract import extract_quotes
from newsbeam.transforms.quotes.list_marks import blank_list_marks

INTRO = "The river town voted on its budget on Tuesday.\n\n"


_found = speaker_rule_after(INTRO, "en")


def _speaker(body: str, words: str) -> str | None:
    return _found(body, words)[0]


# Shape: a person introduced as a quote's speaker under a full name whose first word is the one
# the article then calls them by (Thai given names, Chinese family names): the full name
# (cued_names.written_as_speaker, from names.NameIndex.given_name).
@pytest.mark.parametrize("body, words, speaker", [
    ("“The vote was close,” says Praween Kittisuwan, research lead at the Lisk Institute. The "
     "count took two days. “Nobody expected that,” Praween said.", "Nobody expected that,",
     "Praween Kittisuwan"),
    ("Praween Kittisuwan, professor and senior fellow at Dorvan University, tells the paper that "
     "turnout rose. “Young voters came out,” Praween added.", "Young voters came out,",
     "Praween Kittisuwan"),
    ("Guo Meilin wrote in an essay that the plan would fail. The council disagreed. “It was "
     "rushed,” Guo said on Friday.", "It was rushed,", "Guo Meilin"),
    ("“We will appeal,” said Kanokwan Srisomboon. The court sat again in May. Kanokwan told "
     "reporters: “The ruling is unfair.”", "The ruling is unfair.", "Kanokwan Srisomboon"),
])
def test_first_word_of_cued_full_name(body: str, words: str, speaker: str) -> None:
    assert _speaker(body, words) == speaker


# (stop 53) A word no first-name list holds, the first of one plain full name, is that name even
# when the full name is written only as an object (names.given_name, cued_names.widened_plainly).
@pytest.mark.parametrize("body, words, speaker", [
    ("The council hired Praween Kittisuwan last year. The board met. “It is over,” Praween "
     "said.", "It is over,", "Praween Kittisuwan"),
])
def test_first_word_of_plain_full_name(body: str, words: str, speaker: str) -> None:
    assert _speaker(body, words) == speaker


# Not widened: two full names open on that word; the word is someone's surname too.
@pytest.mark.parametrize("body, words, speaker", [
    ("“We won,” says Praween Kittisuwan. “We lost,” says Praween Boonmee. The board met. “It is "
     "over,” Praween said.", "It is over,", "Praween"),
])
def test_first_word_not_widened(body: str, words: str, speaker: str) -> None:
    assert _speaker(body, words) == speaker


@pytest.mark.parametrize("text, full, expected", [
    ("“Yes,” says Ann Lee.", "Ann Lee", True),
    ("Ann Lee wrote that it was late.", "Ann Lee", True),
    ("Ann Lee, head of the Dorvan port authority, said on Monday that it was late.", "Ann Lee", True),
    ("Ann Lee tells the paper it was late.", "Ann Lee", True),
    ("The mayor met Ann Lee on Monday.", "Ann Lee", False),
    ("Ann Lee, the mayor. Said to be late, it was.", "Ann Lee", False),
    ("Joann Lee said it.", "Ann Lee", False),
    ("Ann Lee's dog barked.", "Ann Lee", False),
    ("Ann said it.", "Ann", False),
])
def test_written_as_speaker(text: str, full: str, expected: bool) -> None:
    assert written_as_speaker([text], full) is expected


def test_body_words_are_no_name() -> None:
    text = "Pew Research said the vote was close. The research covered ten towns."
    assert written_as_speaker([text], "Pew Research") is False


# Shape: summary points at the head of a feed item's body, each line opening on a bullet glyph
# ("• Union condemns …"): the glyph is no part of the subject (list_marks.blank_list_marks).
SUMMARY = ("• Dockers’ union condemns the council’s attempt ‘to sell the harbour’\n"
           "• Historian Mara Quint criticises the plan, later says the port has not ‘given up’ yet\n"
           "• Storm closes two roads\n\nDORVAN: The port council on Monday backed the plan.")


@pytest.mark.parametrize("words, speaker", [
    ("to sell the harbour", "Dockers’ union"),
    ("given up", "Mara Quint"),
])
def test_bullet_summary_lines(words: str, speaker: str) -> None:
    quotes = {q.text: q.speaker for q in extract_quotes("Council backs harbour plan", [], SUMMARY, "en")}
    assert quotes[words] == speaker


@pytest.mark.parametrize("text, expected", [
    ("• Ann Lee says ‘no’\n• More", "  Ann Lee says ‘no’\n  More"),
    ("  ▪ One\nTwo • three", "    One\nTwo • three"),
    ("•Ann", "•Ann"),
    ("No marks here.", "No marks here."),
])
def test_blank_list_marks(text: str, expected: str) -> None:
    blanked = blank_list_marks(text)
    assert blanked == expected and len(blanked) == len(text)


# Shape: a subheading that is an article and a quoted phrase ("The ‘quiet giant’"), lifted from
# a quote of its section: that quote's speaker (heading_quotes, the article allowed before it).
HEADED = ("The port council met on Monday to vote on the harbour plan.\n\n{heading}\n\n"
          "Trade has grown for years. “The port is a quiet giant that feeds the whole valley,” said "
          "Ann Lee, the harbour master.")


@pytest.mark.parametrize("heading, words, speaker", [
    ("The ‘quiet giant’", "quiet giant", "Ann Lee"),
    ("A ‘quiet giant’", "quiet giant", "Ann Lee"),
    ("‘Quiet giant’", "Quiet giant", "Ann Lee"),
    ("Inside the ‘quiet giant’", "quiet giant", None),
])
def test_heading_with_article(heading: str, words: str, speaker: str | None) -> None:
    body = HEADED.format(heading=heading)
    quotes = {q.text: q.speaker for q in extract_quotes("Council votes on harbour", [], body, "en")}
    assert quotes[words] == speaker


# Shape: a body releases a document and a participle of speech reports its words ("issued a
# statement asserting that …"): the body, as after "saying" (lexicon.ING_CUES).
@pytest.mark.parametrize("body, words, speaker", [
    ("The Dorvan Harbour Board released a statement asserting that the port is “safe for all ships”.",
     "safe for all ships", "Dorvan Harbour Board"),
    ("Soon after, the Lisk Rowing Club issued a notice stating that races were “cancelled until May”.",
     "cancelled until May", "Lisk Rowing Club"),
])
def test_statement_participle(body: str, words: str, speaker: str) -> None:
    assert _speaker(body, words) == speaker
