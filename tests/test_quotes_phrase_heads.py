"""The head of the subject phrase (phrase_heads.py, issue 16): a name inside a longer subject is
not its speaker. A place or a body after a preposition ("a court in Dorvan ruled"), a name that
modifies a lowercase noun ("Other members argue"), and a people ("Marlovians say") are no one;
the person at the head of "Ann Lee of the Harbor Party said" is the speaker."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

_PAD = " The meeting ran late into the evening, and no vote was taken on the harbour plan."


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, language="en")]


@pytest.mark.parametrize("body", [
    # a place after a preposition
    _PAD + " A district court in Dorvan ruled that the levy was “plainly unlawful.”",
    # a document's source after "by"
    _PAD + " A memo from the ministry obtained by The Harbor Courier warns that “the funds will run out.”",
    # a body after "of", a thing at the head
    _PAD + " The history of the Marlow Lighthouse tells of keepers who “never once let the lamp go dark.”",
    # a name that modifies a lowercase head noun
    _PAD + " Other members are now urging the board to “think again before it is too late.”",
    # a people
    _PAD + " Many Marlovians call the new bridge “a monument to waste.”",
])
def test_no_one_named_at_the_head(body: str) -> None:
    assert _speakers(body) == [None]


def test_the_person_at_the_head_not_her_party() -> None:
    body = ("Ann Thornbury, a councillor, spoke first." + _PAD +
            " Ann Thornbury of the Harbor Party said: “We cannot keep patching the same old pier.”")
    assert _speakers(body) == ["Ann Thornbury"]


@pytest.mark.parametrize("body, expected", [
    # a body's voice speaks for the body
    (_PAD + " A spokesperson for Norvia Shipping said the delay was “regrettable but short.”", "Norvia Shipping"),
    # the one shown speaking in footage
    ("Tom Ashdale, the mayor, spoke at noon." + _PAD +
     " The advert shows footage of Tom Ashdale saying, “We will finish the pier by May.”", "Tom Ashdale"),
    # the subject of the verb after a quote, with the same name earlier after a preposition
    ("Reporters waited for Tom Ashdale at the gate." + _PAD +
     " “We will finish the pier by May,” said Ashdale, who spoke briefly.", "Tom Ashdale"),
    # "according to" names its source
    (_PAD + " According to the Harbor Authority, the pier is “beyond repair.”", "Harbor Authority"),
])
def test_names_that_head_their_phrase_are_kept(body: str, expected: str) -> None:
    assert _speakers(body) == [expected]


def test_a_document_issued_by_a_body_is_its_voice() -> None:
    body = _PAD + (" The two mayors held a “frank exchange” at the town hall, which was followed by a dinner,"
                   " a press release issued by HPA said.")
    assert _speakers(body) == ["HPA"]


def test_the_subject_of_a_reported_clause_is_not_the_speaker() -> None:
    body = ("Tom Ashdale was mayor of Marlow for a decade." + _PAD + " His biographers, Ann and Paul Reeve,"
            " wrote that Ashdale “had a tin ear for the harbour and a gift for the wrong decision.”")
    assert _speakers(body) == [None]
