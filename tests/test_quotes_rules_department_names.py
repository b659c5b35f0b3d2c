"""English: a title, "of" and a department of two words or more stand before the name; the name
is the last two words (three with an initial or a suffix), never "Security Kristi Noem"."""
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
