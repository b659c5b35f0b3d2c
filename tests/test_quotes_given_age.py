"""Rule ``given_age_holder`` (issue 16, wrong nulls): "the 46-year-old" stands for the one person
the article gave that age ("Ann Lee, 46, ...", "46-year-old Ann Lee"), named shortly before; the
age written for two people, for someone unnamed, or for no one leaves the speaker null. Made-up
sentences."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speaker(body: str) -> str | None:
    quotes = [q for q in extract_quotes("", [], body, language="en") if q.kind == "direct"]
    assert len(quotes) == 1
    return quotes[0].speaker


@pytest.mark.parametrize("body, expected", [
    ("Orla Penhale, 46, has run the bakery on Quay Street since 2004. Business has slowed this winter.\n\n"
     "\"We will stay open,\" the 46-year-old said.", "Orla Penhale"),
    ("On Sunday Orla Penhale, 46, opened a second bakery. Business has slowed this winter.\n\n"
     "\"We will stay open,\" the 46-year-old said.", "Orla Penhale"),
    ("The 27-year-old Idris Mabuto scored twice on Saturday. The crowd cheered.\n\n"
     "\"It was a team effort,\" the 27-year-old striker said.", "Idris Mabuto"),
])
def test_age_names_its_one_holder(body: str, expected: str) -> None:
    assert _speaker(body) == expected


@pytest.mark.parametrize("body", [
    # the age also written for someone unnamed
    ("Orla Penhale, 46, has run the bakery since 2004. A 46-year-old nurse came in. Business has slowed.\n\n"
     "\"We will stay open,\" the 46-year-old said."),
    # two people of that age
    ("Orla Penhale, 46, and Tobias Wren, 46, run the bakery. Business has slowed.\n\n"
     "\"We will stay open,\" the 46-year-old said."),
    # another age
    ("Orla Penhale, 52, has run the bakery since 2004. Business has slowed this winter.\n\n"
     "\"We will stay open,\" the 46-year-old said."),
])
def test_age_stays_null_when_unsure(body: str) -> None:
    assert _speaker(body) is None
