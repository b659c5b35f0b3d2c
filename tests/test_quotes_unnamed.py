"""Mentions that name no one though they hold capitalized words (transforms/quotes/unnamed.py),
with made-up sentences: a lowercase description tied to a place or a person, and capitalized runs
that "he" or "she" cannot stand for."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.unnamed import described_holder, pronoun_can_name, without_of_topic


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body) if q.zone == "body"]


@pytest.mark.parametrize("body, expected", [
    # The place or the employer after "of"/"for" is not the speaker; the person is unnamed.
    ('"The nights are loud," said a resident of Dorvan, a town in the hills.', [None]),
    ('"The minister is busy," said a spokesperson for Marlow on Tuesday.', [None]),
    ('"We saw the smoke," the resident of Kelby said.', [None]),
    # A named body still speaks for itself.
    ('"Fares will rise," said the Harbor Transit Authority.', ["Harbor Transit Authority"]),
], ids=["a-resident-of", "a-spokesperson-for", "the-resident-of", "a-named-body"])
def test_a_described_person_tied_to_a_place_is_unnamed(body, expected):
    assert speakers(body) == expected


@pytest.mark.parametrize("words, expected", [
    (["resident", "of", "Dorvan"], True),
    (["senior", "spokesperson", "for", "Marlow"], True),
    (["Labour", "spokesperson", "for", "Health"], False),  # a capitalized word before the link
    (["University", "of", "Kelby"], False),
    (["report", "by", "Lee"], False),
])
def test_described_holder(words, expected):
    assert described_holder(words) is expected


@pytest.mark.parametrize("name, expected", [
    ("U.S. AI", False), ("H200 AI", False), ("July Thailand", False), ("Finance Minister", False),
    ("CAIR", False), ("Nora Pell", True), ("May Olsen", True), ("Pell", True),
])
def test_pronoun_can_name(name, expected):
    assert pronoun_can_name(name) is expected


@pytest.mark.parametrize("later", ["Buyers want the H200 AI chips most.", "Exports of U.S. AI chips grew."])
def test_he_skips_capitalized_words_that_are_no_person(later):
    """"AI" right before the quote widens to a longer run the article uses later ("U.S. AI"):
    no person; "he" is the researcher named before it."""
    body = ('Firms are racing to build models, says policy researcher Tom Reyes: to deploy AI in '
            'offices and to sell AI.\n\n"I think we are ahead," he says.\n\n' + later)
    assert speakers(body) == ["Tom Reyes"]


@pytest.mark.parametrize("body, expected", [
    # "Dean" is a role where the article writes "the dean"; the name is what follows it.
    ('Vikram Amar is the dean of the law school.\n\n"We will grow," Dean Amar said.', ["Vikram Amar"]),
    # ... and a given name where it does not.
    ('"We will grow," Dean Phillips said.', ["Dean Phillips"]),
], ids=["dean-as-role", "dean-as-given-name"])
def test_a_word_that_is_a_role_or_a_name(body, expected):
    assert speakers(body) == expected


@pytest.mark.parametrize("title, body, expected", [
    # A title-case headline runs its subject into its verb: the person is the words before it.
    ("Hale Hits Back at Critics as Ties Sour: ‘Our Town Stands on Its Own’",
     'Mayor Tom Hale spoke on Monday. "Our town stands," Hale said.', "Tom Hale"),
    ("Lee Publicly Rebukes Park, Urges Leaders to ‘Act Now’",
     'President Ann Lee spoke in Geneva. "Act now," Lee said.', "Ann Lee"),
], ids=["name-then-verb", "name-then-adverb"])
def test_a_headline_subject_stops_at_its_verb(title, body, expected):
    found = [q.speaker for q in extract_quotes(title, [], body) if q.zone == "title"]
    assert found == [expected]


@pytest.mark.parametrize("body, expected", [
    # "of" and a lowercase phrase after the name is what the words were about.
    ('"It is a disaster," said Ann Lee of the plan.', "Ann Lee"),
    ('"It is a disaster," said Mayor Ann Lee of the new plan on Monday.', "Ann Lee"),
    # Capitals after "of": where the person is from, as before.
    ('"It is a disaster," said Ann Lee of the Harbor Party.', "Ann Lee"),
], ids=["of-the-plan", "title-and-of-the-new-plan", "of-a-party"])
def test_a_name_then_the_topic_of_its_verb(body, expected):
    assert speakers(body) == [expected]


@pytest.mark.parametrize("mention, expected", [
    ("Ann Lee of the plan", "Ann Lee"),
    ("President of the board", "President of the board"),  # a title, no name
    ("a resident of the town", "a resident of the town"),
    ("Ann Lee of the Harbor Party", "Ann Lee of the Harbor Party"),
])
def test_without_of_topic(mention, expected):
    assert without_of_topic(mention) == expected
