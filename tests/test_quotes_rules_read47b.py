"""Speakers, second reader of stop 47 (read47b, issue 16): the edges of the new rules.

- kin_reference: a relation's noun followed by a capitalized word that is no name (German nouns:
  "ihrem Sohn Geld gegeben", "die Mutter Gottes", "Mutter Erde"; a day after the name: "his son
  Tom Hale Monday"); "his son" after only "her son Tom" (another's son, no one); a German relation
  resolved by another reader to a word the article never gave the relative (no one).
- for_person (English since stop 47): a place ("For New York, …"); a quote that is an
  appositive's description of the person ("For Ann Lee, a “very good friend”, the prize …", in
  every language of the rule).
- quoted_as: the passive ("She was quoted by the Times as saying"), the phrase inside a clause
  whose own verb is later ("Tom Hale, citing the report as saying …, said:") or a relative clause
  ("which quoted Ann Lee as saying"), several quoted ("Ann Lee and Tom Hale": the first named), a
  person's statement ("quoted Ann Lee's statement as saying": hers).

Every sentence and name here is our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speaker(body: str, lang: str) -> str | None:
    return extract_quotes("Un titular", [], body, lang)[-1].speaker


# --- kin_reference ---

@pytest.mark.parametrize("lang, body", [
    ("de", "Die Frau hatte ihrem Sohn Geld gegeben. Ihr Sohn sagte: „Ich zahle es zurück.“"),
    ("de", "Die Mutter Gottes ist in der Kirche. Die Mutter sagte: „Wir wollen Gerechtigkeit.“"),
    ("de", "Die Mutter Erde leidet. Die Mutter sagte: „Wir ziehen weg.“"),
    ("en", "Ann Lee lost her son Tom in the war. Bill Ward also spoke. His son said: \"I will come home.\""),
    ("en", "Ann Lee's son Tom runs the farm. Jo Marsh's son Sam works in the city. Later, his son said: "
           "\"We will sell the land.\""),
])
def test_relation_with_no_relative_of_that_owner_is_no_one(lang: str, body: str) -> None:
    assert _speaker(body, lang) is None


@pytest.mark.parametrize("lang, body, speaker", [
    ("en", "Bill Ward lost his son Tom Hale Monday. His son had said: \"I am fine.\"", "Tom Hale"),
    ("en", "Ann Lee's son Tom runs the farm. Later, her son said: \"We will sell the land.\"", "Tom"),
    ("de", "Anna Keller hat ihren Sohn Tim verloren. Ihr Sohn hatte gesagt: „Mir geht es gut.“", "Tim"),
    ("de", "Die Mutter Theresa Keller kam. Die Mutter sagte: „Ich schaffe das.“", "Theresa Keller"),
])
def test_relation_alone_is_the_relative_named(lang: str, body: str, speaker: str) -> None:
    assert _speaker(body, lang) == speaker


# --- for_person ---

@pytest.mark.parametrize("lang, body", [
    ("en", "For New York, the plan is \"a total disaster for the city\"."),
    ("en", "For Ann Lee, a \"very good friend\", the prize came late."),
    ("es", "Para Ana Ruiz, una «muy buena amiga», el premio llegó tarde."),
    ("fr", "Pour Marie Dupont, une « très bonne amie », le prix est arrivé tard."),
])
def test_for_a_place_or_an_appositive_quote_is_no_one(lang: str, body: str) -> None:
    assert _speaker(body, lang) is None


@pytest.mark.parametrize("body", [
    "For Ann Lee, a mother of three, the plan is \"a total disaster for the town\".",
    "For Ann Lee, the plan is \"a total disaster for the town\".",
])
def test_for_person_kept(body: str) -> None:
    assert _speaker(body, "en") == "Ann Lee"


# --- quoted_as ---

@pytest.mark.parametrize("body, speaker", [
    ("Ann Lee spoke. She was quoted by the Times as saying: \"We will not give up.\"", "Ann Lee"),
    ("Ann Lee was cited by the Times as saying: \"We will not give up.\"", "Ann Lee"),
    ("Tom Hale, citing the report as saying prices would rise, said: \"We must act now.\"", "Tom Hale"),
    ("Tom Hale told the Times, which quoted Ann Lee as saying so earlier, that the plan was \"dead\".",
     "Tom Hale"),
    ("The Times quoted Ann Lee and Tom Hale as saying: \"We will not give up.\"", "Ann Lee"),
    ("The agency quoted Ann Lee's statement as saying: \"The talks are over.\"", "Ann Lee"),
    ("The Times quoted Ann Lee as saying: \"We will not give up.\"", "Ann Lee"),
])
def test_quoted_as_saying_edges(body: str, speaker: str) -> None:
    assert _speaker(body, "en") == speaker


def test_relative_clause_quoting_is_not_the_speaker() -> None:
    body = "The report, which quoted Ann Lee as saying she would resign, added: \"The mayor is gone.\""
    assert _speaker(body, "en") != "Ann Lee"
