"""English names around a speaker's mention, each shape with made-up sentences:

- a title, "of" and a department of two words or more stand before the name; the name is the last
  two words (three with an initial or a suffix), never "Security Kristi Noem";
- a relative's noun before a name introduces a person ("Lee’s son, Omar Bakri Joy");
- what the words are about, after the name ("says Hale of Lee’s intervention"), is no part of it."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.name_bounds import name_after_department


def _speaker(body: str) -> str | None:
    return extract_quotes("", [], body, "en")[0].speaker


@pytest.mark.parametrize("body, speaker", [
    ('The storm reached the coast on Monday. Secretary of Coastal Defence Mira Olsen said: '
     '"We will hold the line." Olsen later left the area.', "Mira Olsen"),
    ('The plant closed. Chief of Corporate Communications Tomas Brandt said: "We will reopen."',
     "Tomas Brandt"),
    ('"We will reopen," said Director of Regional Planning Ana Ruiz.', "Ana Ruiz"),
    # one word of department, and a name with an initial: unchanged
    ('Minister of Finance Ana Ruiz said: "We will not stop."', "Ana Ruiz"),
    ('Secretary of State Jon P. Brandt said: "We will not stop."', "Jon P. Brandt"),
])
def test_name_after_a_department(body: str, speaker: str) -> None:
    assert _speaker(body) == speaker


@pytest.mark.parametrize("toks, k, start", [
    (["Homeland", "Security", "Mira", "Olsen"], 1, 2),
    (["State", "Jon", "P.", "Brandt"], 1, 1),
    (["Coastal", "Affairs", "Lee", "Park", "Jr."], 1, 2),
    (["Finance", "Ana", "Ruiz"], 1, 1),
])
def test_name_after_department(toks: list[str], k: int, start: int) -> None:
    assert name_after_department(toks, k) == start


@pytest.mark.parametrize("body, speaker", [
    # A relative's noun before a name introduces a person: "he" is the son, not his mother.
    ('The vote is disputed. Ann Lee won the last two elections. Yet the decision to exclude the '
     'party is controversial. Ann Lee’s son, Omar Bakri Joy, recently told Reuters that loyalists '
     'had been told to disrupt the vote. "We will not allow the vote to go ahead," he said.',
     "Omar Bakri Joy"),
])
def test_relative_named_after_possessor(body: str, speaker: str) -> None:
    assert _speaker(body) == speaker


@pytest.mark.parametrize("body, speaker", [
    # "says Hale of Lee’s intervention": what the words are about, after the name, is no part of it.
    ('Tom Hale leads the party. "It is always nice to see peace," says Hale of Lee’s intervention.',
     "Tom Hale"),
    ('"We will build it," said Ann Lee of the board’s plan.', "Ann Lee"),
])
def test_topic_with_a_possessor_after_the_name(body: str, speaker: str) -> None:
    assert _speaker(body) == speaker


@pytest.mark.parametrize("body, speaker", [
    # A kin noun's gender must agree with the pronoun: "he" is never "his mother, Marta Okafor".
    ('Tom Reyes chairs the council. His mother, Marta Okafor, died last year. “She fought for this,” '
     'he said.', "Tom Reyes"),
    ('Tom Reyes chairs the council. He came with his wife, Marta Okafor, to the meeting. '
     '“We are not done,” he said.', "Tom Reyes"),
    ('Marta Okafor chairs the council. She came with her husband, Tom Reyes. “We are not done,” '
     'she said.', "Marta Okafor"),
    ('Marta Okafor chairs the council. Okafor’s son, Tom Reyes, joined the meeting. '
     '“We are not done,” she said.', "Marta Okafor"),
    ('Lena Vogt runs the farm. Her brother, Karl Brandt, sold the land. “It was a hard year,” she '
     'said.', "Lena Vogt"),
    ('Ivo Petrov leads the union. His daughter, Nina Petrova, spoke first. “We want a fair deal,” '
     'he said.', "Ivo Petrov"),
])
def test_kin_gender_agrees_with_pronoun(body: str, speaker: str) -> None:
    assert _speaker(body) == speaker
