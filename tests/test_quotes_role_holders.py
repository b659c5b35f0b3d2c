"""Rule ``titled_holder`` (issue 16): "the Prime Minister", "the U.S. president" stand for the
one person the article titled so, where the description's modifiers agree; else null."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.role_holders import titled_holder, titled_people

_FILLER = ("The session ran long and the hall stayed full well into the evening, with delegates "
           "trading papers and aides carrying coffee between the rows of seats. ")


def _speaker(body: str) -> tuple[str | None, str | None]:
    quotes = [q for q in extract_quotes("", [], body, language="en") if q.kind == "direct"]
    assert len(quotes) == 1
    return quotes[0].speaker, quotes[0].speaker_mention


@pytest.mark.parametrize("body, expected", [
    # a title of two words
    ("Prime Minister Ann Hollis met the unions on Monday. " + _FILLER
     + "\n\n“We will not give in,” the Prime Minister said.", "Ann Hollis"),
    # a modifier the article wrote before the title picks that person
    ("Russian President Ivan Petrov met President Tom Barlow in Geneva. " + _FILLER
     + "\n\n“This is a good day,” the Russian president said.", "Ivan Petrov"),
    # "former" is another one
    ("Former President Tom Barlow sat beside President Eva Lind. " + _FILLER
     + "\n\n“We owe them an answer,” the president said.", "Eva Lind"),
    ("Former President Tom Barlow sat beside President Eva Lind. " + _FILLER
     + "\n\n“We owe them an answer,” the former president said.", "Tom Barlow"),
    # a title word among the modifiers must be one of the person's title words
    ("Foreign Minister Rita Okafor and Finance Minister Joel Brandt spoke. " + _FILLER
     + "\n\n“Our borders stay open,” the foreign minister said.", "Rita Okafor"),
])
def test_titled_holder_names_the_one_person(body: str, expected: str) -> None:
    assert _speaker(body)[0] == expected


@pytest.mark.parametrize("body", [
    # two presidents: which one is a guess
    "President Tom Barlow met President Eva Lind in Oslo. " + _FILLER
    + "\n\n“This is a good day,” the president said.",
    # a modifier no titled person carries, and no one else titled so near it
    "Russian President Ivan Petrov spoke first. " + _FILLER + _FILLER
    + "\n\n“This is a good day,” the French president said.",
    # a vice president is not the president
    "Vice President Sam Ortiz toured the plant. " + _FILLER
    + "\n\n“Jobs are coming,” the president said.",
    # two ministers and no modifier
    "Foreign Minister Rita Okafor and Finance Minister Joel Brandt spoke. " + _FILLER
    + "\n\n“Our borders stay open,” the minister said.",
])
def test_titled_holder_stays_null_when_unsure(body: str) -> None:
    speaker, mention = _speaker(body)
    assert speaker is None
    assert mention and mention.lower().startswith("the ")


def test_titled_people_reads_modifiers_and_former() -> None:
    people = titled_people(["Britain’s Prime Minister Ann Hollis spoke. Former U.S. President Tom Barlow, "
                            "too. On Monday. President Eva Lind. He met President Lind. Then he left."])
    by_name = {p.name: p for p in people}
    assert by_name["Ann Hollis"].titles == {"premier"} and by_name["Ann Hollis"].modifiers == {"uk"}
    assert by_name["Tom Barlow"].former and by_name["Tom Barlow"].modifiers == {"us"}
    assert by_name["Eva Lind"].modifiers == frozenset()  # "Monday." ends a sentence
    assert "Lind" in by_name  # "President Lind. Then": the sentence ends with the name


def test_titled_holder_is_no_description() -> None:
    people = titled_people(["President Tom Barlow spoke."])
    assert titled_holder(people, ["a", "president"], "", lambda n: n) is None
    assert titled_holder(people, ["the", "new", "president"], "", lambda n: n) is None
    assert titled_holder(people, ["the", "president"], "", lambda n: n) == "Tom Barlow"


def test_titled_holder_prefers_the_one_titled_without_a_place() -> None:
    body = ("President Ann Ruiz welcomed French President Luc Roy to the capital. " + _FILLER
            + "\n\n“We agree on trade,” the president said.")
    assert _speaker(body)[0] == "Ann Ruiz"
