"""Stop 44, en44: English speakers on the held-out pages of ../shared (issue 16).
Grouped by shape; made-up sentences only."""
from __future__ import annotations

import pytest

from tests.quote_probes import speaker_rule_after
from newsbeam.transforms.quotes.cued_names import written_as_speaker

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


# Not widened: two full names open on that word; the full name written only as an object; the
# word is someone's surname too.
@pytest.mark.parametrize("body, words, speaker", [
    ("“We won,” says Praween Kittisuwan. “We lost,” says Praween Boonmee. The board met. “It is "
     "over,” Praween said.", "It is over,", "Praween"),
    ("The council hired Praween Kittisuwan last year. The board met. “It is over,” Praween "
     "said.", "It is over,", "Praween"),
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
