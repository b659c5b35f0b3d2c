"""Speakers, stop 63 (branch s63en): English news of every kind, the shapes the probe found, each
case in our own words, with the traps beside it that must stay as they are.

1. A body's name that looks like something else before "said:": "Boeing said: “…”" read "Boeing"
   as a participle opening a phrase ("Featuring …") because the verb kept its colon
   (opening_word); "McDonald's said: “…”" dropped the "'s" as a possessive, though a colon right
   after the verb leaves no "has" to read in it (word_speakers); "Marks & Spencer said:" gave
   "Marks", "Spencer" being a given name (crowds.and_before); "The WHO said:" read the acronym as
   the pronoun "who" (tokens.capital_pronoun).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str, title: str = "") -> list[str | None]:
    return [q.speaker for q in extract_quotes(title, [], body, "en")]


# 1. A body's name before "said:"
@pytest.mark.parametrize("body, speaker", [
    ("Boeing said: “We are working closely with the safety board.”", "Boeing"),
    ("The grounding went on. Boeing added: “Every aircraft will be inspected.”", "Boeing"),
    ("Harding told the hearing: “I signed nothing.”", "Harding"),
    ("McDonald's said: “Our restaurants stay open over the holidays.”", "McDonald's"),
    ("Sainsbury's said in a statement: “Prices on 500 lines are coming down.”", "Sainsbury's"),
    ("Macy's told shareholders: “The flagship store is not for sale.”", "Macy's"),
    ("Marks & Spencer said: “Clothing sales had their best quarter in a decade.”", "Marks & Spencer"),
    ("Johnson & Johnson said: “The recall is a precaution.”", "Johnson & Johnson"),
    ("The WHO said: “Vaccination remains the best protection.”", "WHO"),
    ("The World Health Organization (WHO) met in Geneva. The WHO said: “Cases are falling.”",
     "World Health Organization"),
])
def test_a_body_named_before_said_colon(body: str, speaker: str | None) -> None:
    assert _speakers(body)[-1] == speaker


@pytest.mark.parametrize("body, speaker", [
    ("Speaking after the match: “We were poor.”", None),  # a participle opens the phrase: no one
    ("Featuring three new songs, the album is “a triumph”, critics said.", None),
    ("Tom Lee runs the shop. Lee's said he would go. “We stay,” he said.", "Tom Lee"),  # "Lee has said"
    ("Ann Lee and Tom Hale said: “We are leaving.”", "Ann Lee"),  # two people: the first
    ("Hollis and Wade said: “We are leaving.”", "Hollis"),
    ("Ann Lee, who chairs the board, said: “We are leaving.”", "Ann Lee"),  # "who" is a pronoun here
    ("HE SAID: “We are leaving.”", None),  # an all-caps line's pronoun
])
def test_a_body_named_before_said_colon_traps(body: str, speaker: str | None) -> None:
    assert _speakers(body)[-1] == speaker
