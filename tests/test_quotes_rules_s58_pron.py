"""Speakers, stop 58 (pronouns and a named subject's own sentence): each case in our own words.

- A sentence that opens with a clause of its own ("Although Ito sees the deal as “…”, she ...",
  "While Ito condemned ... “…”, others ...", "However, as Ito has since voiced ... “…”, ...")
  holds the quote in that clause: its subject, named or a pronoun that stands for someone named,
  said or holds the words (phrases.subject_of: the subject after "although", "though", "while",
  "whereas", "as", "since", "because" when no comma comes before the quote, and the clause's verb
  reports or judges in the active). Before, the clause's opening word hid the subject and no rule
  credited the quote.
- Traps: an unnamed body or unnamed people stay None; a place opening the clause speaks for no
  one; one who heard the words is not their speaker.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _last(body: str, lang: str = "en") -> tuple[str | None, str]:
    q = extract_quotes("", [], body, lang)[-1]
    return q.speaker, q.kind


_OPENING = "Councillor Mirela Voss addressed the harbour board on Tuesday.\n"


@pytest.mark.parametrize("sentence", [
    "Although Voss regards the levy as “a tax on ferry riders,” she did not vote against it.",
    "Although she regards the levy as “a tax on ferry riders,” she did not vote against it.",
    "Though Voss believes the levy is “a tax on ferry riders,” the board approved it.",
    "While Voss denounced the levy as “a tax on ferry riders,” her colleagues stayed silent.",
    "As Voss has since condemned the levy as “a tax on ferry riders,” the vote was postponed.",
    "However, as Voss has since condemned the levy as “a tax on ferry riders,” the vote was postponed.",
    "Since she dismissed the levy as “a tax on ferry riders,” the vote was postponed again.",
])
def test_subject_of_opening_clause_holds_its_quote(sentence: str) -> None:
    speaker, kind = _last(_OPENING + sentence)
    assert speaker == "Mirela Voss"
    assert kind == "partial"


@pytest.mark.parametrize("sentence", [
    # an unnamed body or unnamed people: no one named
    "Although the board regards the levy as “a tax on ferry riders,” it approved it.",
    "Although residents believe the levy is “a tax on ferry riders,” they paid it.",
    "While some members denounced the levy as “a tax on ferry riders,” the vote passed.",
    # a place opening the clause is never a speaker
    "While Portmere hosted the “harbour lights” fair, the ferries ran late.",
])
def test_opening_clause_names_no_one(sentence: str) -> None:
    assert _last(_OPENING + sentence)[0] is None


def test_listener_in_opening_clause_is_not_the_speaker() -> None:
    body = _OPENING + ("Because Voss heard Pavel Oster call the levy “a tax on ferry riders,” "
                       "she left the hall.")
    assert _last(body)[0] != "Mirela Voss"


def test_quote_after_the_clause_keeps_the_main_subject() -> None:
    body = _OPENING + ("Although the levy passed, Voss condemned it as “a tax on ferry riders” "
                       "in her reply.")
    assert _last(body)[0] == "Mirela Voss"


def test_aside_in_opening_clause_is_not_its_subjects() -> None:
    body = _OPENING + ("While the harbour board has often faced criticism for the levy — often branded a "
                       "“tax on ferry riders” by Pavel Oster — it seems the fees will stay.")
    assert _last(body)[0] != "harbour board"
    body = _OPENING + ("While Voss has often faced criticism for the levy — often branded a "
                       "“tax on ferry riders” by the press — it seems the fees will stay.")
    assert _last(body)[0] != "Mirela Voss"


# (adversarial read, adv58) the clause's verb must report or judge in the active: words given to the
# subject by others, or met by the subject, are not the subject's
@pytest.mark.parametrize("sentence", [
    "Although Voss was dubbed “the Iron Lady of Portmere” by the local press, she kept her seat.",
    "While Voss faced chants of “resign now” from protesters, she kept speaking.",
    "Although Voss was greeted with shouts of “shame” she finished her speech.",
    "Because Oster's allies have branded Voss “the harbour queen” she refuses to meet them.",
])
def test_opening_clause_words_not_the_subjects(sentence: str) -> None:
    speaker = _last(_OPENING + "Pavel Oster, her rival, spoke after her.\n" + sentence)[0]
    assert speaker not in ("Mirela Voss", "Pavel Oster")
