"""A first-person quote after the writer's text about one named person
(transforms/quotes/first_person.py), on made-up sentences: the person is the speaker; a second
person, a possessor, a name after a preposition or verb, an unnamed newcomer, a heading or words
after the quote leave it to no one."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speaker(body: str, words: str, lang: str | None = None) -> tuple[str | None, str | None]:
    quotes = extract_quotes(None, None, body, language=lang) if lang else extract_quotes(None, None, body)
    found = [q for q in quotes if q.text.startswith(words)]
    assert found, [q.text for q in quotes]
    return found[0].speaker, found[0].rule


_INTRO = "After the flood, the bakery on Elm Row stayed shut until Marla Quenby, 54, came back from the coast.\n\n"


@pytest.mark.parametrize("body,words,speaker", [
    # the paragraph before is about one person, the quote says "I" or "we"
    (_INTRO + "“I never thought we would have to close the ovens.”", "I never", "Marla Quenby"),
    (_INTRO + "“Every winter we bake for the whole street.”", "Every winter", "Marla Quenby"),
    # the paragraph before ends on a report of her speech: no "I" needed
    ("The ferry will stop in March, Tobin Arkwell, 61, said last week.\n\n“The timetable is final.”",
     "The timetable", "Tobin Arkwell"),
    # ... or on a colon
    ("The problem is old, and Tobin Arkwell, 61, sums it up:\n\n“The hull is older than the pier.”",
     "The hull", "Tobin Arkwell"),
    # in one paragraph: her description, a sentence of the writer's, then her words
    ("For beginners, coach Ilse Varnholt has a last tip: go slowly. “I tell my pupils to walk first.”",
     "I tell", "Ilse Varnholt"),
])
def test_first_person_after_named(body, words, speaker):
    assert _speaker(body, words) == (speaker, "first_person_after_named")


@pytest.mark.parametrize("body,words", [
    # two people named before: either may speak
    ("The two of them, Marla Quenby and Tobin Arkwell, met at the market.\n\n“I was surprised by the prices.”",
     "I was"),
    # a possessor: the one who speaks may be another
    ("The bakery opened late, and Marla Quenby's nephew drove the van.\n\n“I did not stop once.”", "I did"),
    # the name after a preposition: the quote is not hers
    ("The council sent an apology to Marla Quenby on Friday.\n\n“We regret the closure of the lane.”", "We regret"),
    # an unnamed newcomer in between
    ("The bakery opened early, and Marla Quenby was pleased. A neighbour was less happy.\n\n"
     "“I could not sleep at all.”", "I could"),
    # a heading in quote marks, not a sentence
    (_INTRO + "‘Our bread’", "Our bread"),
    # words after the quote that no rule knows may say who it is
    (_INTRO + "“I am proud of her!” her grandson beamed at the crowd.", "I am proud"),
    # no "I", no report, no colon: juxtaposition is no attribution
    (_INTRO + "“The ovens are older than the street.”", "The ovens"),
    # a quote in between that someone else said
    ("Marla Quenby listened. “The rent will rise,” the landlord said.\n\n“We cannot pay it.”", "We cannot"),
])
def test_first_person_after_named_left_null(body, words):
    speaker, rule = _speaker(body, words)
    assert speaker is None and rule != "first_person_after_named"


def test_first_person_after_named_german():
    body = ("Im Frühjahr übernahm Hanne Wolkersdorf, 41, das Team.\n\n"
            "„Ich habe jeden Athleten einzeln getestet.“")
    assert _speaker(body, "Ich habe", "de") == ("Hanne Wolkersdorf", "first_person_after_named")


def test_first_person_after_named_german_noun_is_no_one():
    body = "E-Mail eines Mandanten, Juli 2016\n\n„Wir danken Ihnen für die Arbeit.“"
    assert _speaker(body, "Wir danken", "de")[0] is None
