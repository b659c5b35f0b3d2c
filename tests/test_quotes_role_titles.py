"""``NameIndex.role`` (issue 16): a bare title ("the President", "the senator from Vermont", "The
governor ... he said") stands for the one person the article titled so; of several, the one
titled with no modifier, else the one named last just before (``recency.most_recent``); else no
one. A rank ("Vice President", "Lt. Gov.") makes another office. Made-up sentences."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.names import NameIndex


def _speaker(body: str) -> str | None:
    quotes = [q for q in extract_quotes("", [], body) if q.kind == "direct"]
    assert len(quotes) == 1
    return quotes[0].speaker


@pytest.mark.parametrize("body, expected", [
    # only a vice president: "the President" is no one the article named
    ("Vice President Dana Whitlow met the press on Monday.\n\n\"We agree,\" the President said.", None),
    # two presidents titled alike, neither named just before: a guess
    ("President Omar Rakesh met President Lena Varga in Oslo.\n\nThe talks ran late into the night.\n\n"
     "\"We agree,\" the President said.", None),
    # a title, never a name, even where "Swiss President" ran as one
    ("Vice President Dana Whitlow met Swiss President Karl Brunner.\n\n\"We agree,\" the President said.",
     "Karl Brunner"),
    # several presidents: the one titled with no modifier
    ("President Omar Rakesh met Swiss President Karl Brunner in Oslo.\n\n\"We agree,\" the President said.",
     "Omar Rakesh"),
    # two plain holders; the paragraph before names one of them
    ("President Omar Rakesh met President Lena Varga in Oslo.\n\nLater Varga toured the port.\n\n"
     "\"We agree,\" the President said.", "Lena Varga"),
    # "the CEO": a title, not a name
    ("Acme CEO Rita Vance and Globex CEO Paul Ward testified.\n\n\"We protect privacy,\" the CEO said.", None),
    # two senators, both from the state in one sentence: no one
    ("Sen. Ada Merrill and Sen. Hal Turnbull spoke at the fair.\n\n\"We will win,\" the senator from Vermont said.",
     None),
    ("Lt. Gov. Nina Coyle met the press.\n\n\"We will win,\" the Governor said.", None),
    # titled_holder: "Lt. Gov." is a lieutenant governor, not "the governor"
    ("Lt. Gov. Nina Coyle met the press.\n\n\"We will win,\" the governor said.", None),
    ("Gov. Ross Albany spoke with Lt. Gov. Nina Coyle.\n\n\"We will win,\" the governor said.", "Ross Albany"),
])
def test_bare_title(body: str, expected: str | None) -> None:
    assert _speaker(body) == expected


def test_described_subject_then_pronoun() -> None:
    # "The governor said ... “…,” he said": the governor named in the paragraph before,
    # though the article titled two governors.
    body = ("Gov. Walt Hennessy of Maine spoke first at the forum.\n\nThe crowd was thin.\n\n"
            "Gov. Colin Abernathy spoke last.\n\nAbernathy said Saturday the border must be secure. "
            "The governor said he opposed mass deportation.\n\n\"We will not split families,\" he said.")
    assert _speaker(body) == "Colin Abernathy"


def test_role_index() -> None:
    text = "Vice President Dana Whitlow met Swiss President Karl Brunner and President Omar Rakesh."
    names = NameIndex([text])
    assert names.role("president") == "Omar Rakesh"
    assert names.role("vice") == "Dana Whitlow"
    two = NameIndex(["President Omar Rakesh met President Lena Varga."])
    assert two.role("president") is None
    body = "President Omar Rakesh met President Lena Varga.\n\nVarga left.\n\nThe President"
    assert NameIndex([body]).role("president", body, len(body), "The President") == "Lena Varga"


@pytest.mark.parametrize("body, expected", [
    # earlier_voice: two spokesmen named: "the spokesman" is a guess; the issuer before "and"
    # is never a "Tom Hale and State Department" run
    ("Port spokesman Tom Hale and Harbour Board spokesman Ivo Marsh declined to comment at first.\n\n"
     "\"We have nothing to add,\" the spokesman said.", None),
    ("Harbour Board spokesman Ivo Marsh declined to comment at first.\n\n"
     "\"We have nothing to add,\" the spokesman said.", "Ivo Marsh"),
])
def test_earlier_voice_two_spokesmen(body: str, expected: str | None) -> None:
    assert _speaker(body) == expected
