"""Stop 42, tidy42 (issues 15/16): leftovers of the extractor tidied, output kept.

``introduced_bodies.introduced_body`` reads its patterns from tables compiled per kind
(``pattern_tables``) and each pattern's matches from one scan of the zone kept on the article's
context (``window_scan.zone_scan``), not from a scan of 2,000 characters per quote: the scans give
what the plain search of each window gives. It reads its kinds' table as ``named_bodies`` does
(``body_kinds``). Made-up text."""
from __future__ import annotations

import random
from re import _parser

import pytest

from newsbeam.transforms.quotes import extract_quotes, introduced_bodies
from newsbeam.transforms.quotes.body_kinds import AlikeKinds, before_calendar, one_body, without_opening
from newsbeam.transforms.quotes.window_scan import WindowScan

# Made-up tokens around bodies introduced by their kind: names, kinds, appositives, line breaks.
TOKENS = ("the", "The", "startup", "company", "firm", "Halvoria", "Data", "Kessel", "of", "U.S.", "a", "an",
          "rights", "group", "Group", "Dorvan", "said", "says", "reported", ",", ".", "\n", "“No,”", "Tuesday",
          "another", "on", "In", "news", "site", "leader")
SEPARATORS = (" ", " ", "  ", ", ", "")
KINDS = ("company", "group", "site", "news agency")


def _patterns(kind: str) -> list:
    return [introduced_bodies._BEFORE[kind], introduced_bodies._APPOSITIVE[kind], introduced_bodies._UNNAMED[kind],
            introduced_bodies._SPOKE]


def test_the_reach_is_longer_than_any_introduced_body_match():
    for kind in introduced_bodies._BEFORE.keys():
        for pattern in _patterns(kind):
            assert _parser.parse(pattern.pattern, pattern.flags).getwidth()[1] + 1 < introduced_bodies._REACH


@pytest.mark.parametrize("kind", KINDS)
def test_a_zone_scan_of_introduced_bodies_finds_what_a_scan_of_the_window_finds(kind):
    rng = random.Random(42)
    for _ in range(10):
        text = "".join(rng.choice(TOKENS) + rng.choice(SEPARATORS) for _ in range(rng.randint(50, 2500)))
        scans = [(p, WindowScan(p, text, introduced_bodies._REACH)) for p in _patterns(kind)]
        for _ in range(15):
            hi = rng.randrange(len(text) + 1)
            lo = max(0, hi - rng.choice((50, 700, introduced_bodies._READ, 3000)))
            for pattern, scan in scans:
                assert [m.span() for m in scan.finditer(lo, hi)] == [m.span() for m in pattern.finditer(text, lo, hi)]


def test_many_quotes_credited_to_the_kind_of_an_introduced_body():
    """Each "the company" near the startup introduced before it is that startup; past the 2,000
    characters read back, no one (as before the scans were shared)."""
    unit = ("“We will grow,” the company said. “It is early,” said Ann Lee, a teacher. Officials met on "
            "Tuesday at the harbor and talked about the weather for a long while. ")
    body = "The startup Halvoria opened an office. " + unit * (12_000 // len(unit))
    quotes = extract_quotes("", [], body, "en")
    credited = [q for q in quotes if q.speaker == "Halvoria"]
    assert credited and all(q.start_char < introduced_bodies._READ for q in credited)
    assert any(q.start_char > introduced_bodies._READ and q.text.startswith("We will grow") and q.speaker is None
               for q in quotes)


# --- body_kinds: what named_bodies and introduced_bodies share ---------------------------------------
def test_alike_kinds_are_read_from_every_group_holding_the_kind():
    kinds = AlikeKinds([["agency", "commission"], ["agency", "office"], ["court"]])
    assert kinds.of("agency") == {"agency", "commission", "office"}
    assert kinds.of("court") == {"court"} and kinds.of("tribunal") == frozenset()
    assert kinds.words == {"agency", "commission", "office", "court"}


@pytest.mark.parametrize("name, cleaned", [
    ("While the Dorvan Health Board", "Dorvan Health Board"),
    ("The", "The"),
    ("Ministry of Health on Tuesday", "Ministry of Health"),
    ("Halvoria Tuesday", "Halvoria"),
    ("Halvoria Data", "Halvoria Data"),
])
def test_a_name_found_loses_its_opening_words_and_a_day_after_it(name, cleaned):
    assert " ".join(before_calendar(without_opening(name.split()))) == cleaned


@pytest.mark.parametrize("found, body", [
    (["Halvoria", "Halvoria Data"], "Halvoria Data"),
    (["Halvoria", "Kessel"], None),
    ([], None),
])
def test_one_body_is_the_fullest_name_holding_the_others(found, body):
    assert one_body(found) == body
