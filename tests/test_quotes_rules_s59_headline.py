"""Speakers, stop 59 (issue 16): a headline that quotes someone and names them after a colon
(headline_label.credit_labelled_headline), the twin of the dash form that after_quote read already;
each case in our own words, with its traps."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

_BODY = "The council met on Tuesday to vote on the depot. Maria Okafor leads the opposition."


def _headline(title: str, body: str = _BODY) -> tuple[str | None, str | None]:
    quotes = [q for q in extract_quotes(title, [], body, "en") if q.zone == "title"]
    assert len(quotes) == 1
    return quotes[0].speaker, quotes[0].rule


@pytest.mark.parametrize("title, speaker", [
    ("‘We will not sell the depot’: Maria Okafor", "Maria Okafor"),
    ("‘We will not sell the depot’: Okafor", "Maria Okafor"),                 # the body's fullest form
    ("“We will not sell the depot”: Maria Okafor on the vote", "Maria Okafor"),
    ("‘I made a mistake’: Okafor on the vote", "Maria Okafor"),
    ("‘We will not sell the depot’ – Maria Okafor", "Maria Okafor"),         # the twin, as before
])
def test_a_person_named_after_the_colon_is_the_headlines_speaker(title: str, speaker: str) -> None:
    assert _headline(title)[0] == speaker


@pytest.mark.parametrize("title", [
    "‘We will not sell the depot’: Labour councillors react",    # a group, no one named
    "‘We will not sell the depot’: Brexit deal in doubt",        # a topic
    "‘We will not sell the depot’: Harbor City Council",         # a body: left to other rules
    "‘We will not sell the depot’: Okafor",                      # one word the article names no one by
    "‘We will not sell the depot’: Maria Okafor speaks out",     # more than a name: not read
])
def test_no_one_is_guessed_from_other_labels(title: str) -> None:
    body = "The council met on Tuesday to vote on the depot." if title.endswith(": Okafor") else _BODY
    assert _headline(title, body)[0] is None


def test_a_place_after_the_colon_is_no_one_and_the_quote_is_direct() -> None:
    assert _headline("‘This is a disaster’: Victoria Station", "The station closed on Friday.")[0] is None
    quotes = [q for q in extract_quotes("‘I am not done with the plan’: Boris Johnson", [],
                                        "Boris Johnson spoke on Friday.", "en") if q.zone == "title"]
    assert [(q.speaker, q.kind) for q in quotes] == [("Boris Johnson", "direct")]  # as "‘…’ – Boris Johnson"


@pytest.mark.parametrize("title, body", [
    # (adv59, final read) a title-case headline's words after the name, and quotes about the one named
    ("‘I have no regrets’: Boris Johnson Quits", "Boris Johnson resigned on Friday."),
    ("‘He was a legend’: Shane Warne", "Tributes poured in for Shane Warne."),
    ("‘He gave us hope’: Nelson Mandela", "Crowds gathered for Nelson Mandela."),
    ("‘Absolutely brilliant’: Harry Kane", "Harry Kane scored twice."),
    ("‘Cruel and heartless’: Rishi Sunak", "Charities condemned Rishi Sunak."),
])
def test_no_one_is_credited_with_words_about_them_or_a_longer_run(title: str, body: str) -> None:
    assert _headline(title, body)[0] is None
