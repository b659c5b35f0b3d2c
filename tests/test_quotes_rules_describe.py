"""Rule ``speaking_body`` (speaking_body.py): "the company", "the group", "the outlet" after a
named body spoke is that body; null where the last speaker is a person, someone unnamed, or a
body named far back. Own sentences (issue 16, shape 6: a description the article ties to a name)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes.speaking_body import last_body
from tests.quote_probes import only_quote


# The body quoted just before, then "the" and a word for its kind: that body.
TIED = [
    ("“Prices will fall by spring,” said Brindlecoin. The offer ends soon, and the rate then "
     "“returns to the usual level,” said the outlet.", "returns to the usual level,", "Brindlecoin"),
    ("Marlow Works said it would close two plants. “We regret the decision,” Marlow Works said. "
     "The company said the move would “save jobs in the long run.”", "save jobs in the long run.",
     "Marlow Works"),
    ("The Dorvan Relief Fund condemned the ruling, calling it “a blow to families.” In a later "
     "statement, the group called the court “deaf to the poor.”", "deaf to the poor.", "Dorvan Relief Fund"),
]


@pytest.mark.parametrize("text, words, speaker", TIED)
def test_the_kind_after_a_named_body_spoke_is_that_body(text, words, speaker):
    q = only_quote(text, words)
    assert (q.speaker, q.rule) == (speaker, "speaking_body")


# No body spoke last: a person, someone unnamed, or no one; or the word is no kind of body.
UNTIED = [
    # a person spoke last, even one the article calls by surname only
    ("Sen. Ann Hollis spoke first. “We will win,” Hollis said. The website rated her claim "
     "“mostly false.”", "mostly false.", None),
    # the last quote had no speaker named: the group is not the body before it
    ("Brindlecoin said rates would rise. “We saw it coming,” a trader said. Then the group "
     "called the plan “reckless.”", "reckless.", None),
    # no body quoted before at all
    ("The company called the plan “a fresh start.”", "a fresh start.", None),
]


@pytest.mark.parametrize("text, words, speaker", UNTIED)
def test_no_speaking_body_before_is_null(text, words, speaker):
    assert only_quote(text, words).speaker == speaker


def _never_a_person(name: str) -> bool:
    return False


@pytest.mark.parametrize("words, last, text, before, expected", [
    (["the", "company"], "Marlow Works", "Marlow Works said so. ", 22, "Marlow Works"),
    (["the", "company"], "Marlow Works", "Marlow Works said so. " + "x " * 1000, 2022, None),  # named far back
    (["the", "ministry"], "Marlow Works", "Marlow Works said so. ", 22, None),  # not a kind it reads
    (["a", "company"], "Marlow Works", "Marlow Works said so. ", 22, None),  # someone new
    (["the", "company"], None, "Marlow Works said so. ", 22, None),
    (["the", "outlet"], "Hollis", "Sen. Ann Hollis said so. Hollis said. ", 37, None),  # a surname
])
def test_last_body(words, last, text, before, expected):
    assert last_body(words, last, text, before, _never_a_person) == expected


def test_another_body_of_the_kind_since_is_null():
    # a new group introduced after the body quoted: "the group" may be either
    text = ("“We reject it,” said Brindlecoin. A rights group joined the protest on Monday. The group "
            "called the plan “reckless.”")
    assert only_quote(text, "reckless.").speaker is None
    assert last_body(["the", "group"], "Brindlecoin", text, text.index("“reckless"), _never_a_person) is None
