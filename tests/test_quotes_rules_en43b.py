"""Stop 43, en43b: English antecedents when someone else of the pronoun's sex was named nearer
(issue 16). Grouped by shape; made-up sentences only."""
from __future__ import annotations

import pytest

from tests.quote_probes import speaker_rule_after

INTRO = "The river town voted on its budget on Tuesday.\n\n"

_found = speaker_rule_after(INTRO, "en")

_SAID = "“We need a new bridge,” said Tom Hale of the Dorvan Council.\n\n"


def _speaker(body: str, words: str) -> str | None:
    return _found(body, words)[0]


# Shape: a person of the pronoun's sex named in the sentence before, as an object or a
# possessor (not its subject), other than the person quoted last: ambiguous, no one
# (near_rival.unrivalled); where that person is the subject of the quote's own lead, that person.
@pytest.mark.parametrize("body, words, speaker", [
    (_SAID + "That might surprise anyone who watched the speech of Mayor Brian Mott at the Harbor Hall. "
     "He called the plan “a waste of money,” and left.", "a waste of money,", None),
    (_SAID + "It may sound odd to those who listened to Brian Mott’s answer on the radio. “We will "
     "not pay for it,” he said.", "We will not pay for it,", None),
    (_SAID + "Mayor Brian Mott saw it differently: “It would cost too much,” he said.",
     "It would cost too much,", "Brian Mott"),
])
def test_nearer_rival_of_same_sex(body: str, words: str, speaker: str | None) -> None:
    assert _speaker(body, words) == speaker


# Not a rival: the sentence names the one found, speaks of the pronoun itself, holds the other
# name inside someone's words, or names someone of the other sex.
@pytest.mark.parametrize("body, words, speaker", [
    (_SAID + "Hale later met with the aides of Mayor Brian Mott at the Harbor Hall. “They listened,” "
     "he said.", "They listened,", "Tom Hale"),
    (_SAID + "He later met with the aides of Mayor Brian Mott at the Harbor Hall. “They listened,” "
     "he said.", "They listened,", "Tom Hale"),
    ("“We need a new bridge. I think Brian Mott is wrong about it,” said Tom Hale of the Dorvan "
     "Council.\n\nHe added, “The vote will be close.”", "The vote will be close.", "Tom Hale"),
    (_SAID + "That might surprise anyone who watched the speech of Mayor Ann Lee at the Harbor Hall. "
     "He called the plan “a good start,” and left.", "a good start,", "Tom Hale"),
])
def test_no_rival(body: str, words: str, speaker: str | None) -> None:
    assert _speaker(body, words) == speaker


# Shape: a surname that is also an organisation's word ("Church", "Bank", "Hall" of no title),
# written whole after a given name: the bare surname later is that person, and so is the "he"
# or "she" after it (org_surnames).
@pytest.mark.parametrize("body, words, speaker", [
    ("Folk singer Nora Church opened her tour on Friday. “Every town has a story,” Church says.",
     "Every town has a story,", "Nora Church"),
    ("Folk singer Nora Church opened her tour on Friday. “Every town has a story,” Church says.\n\n"
     "“I write them down,” she adds.", "I write them down,", "Nora Church"),
    ("Dorvan's mayor, Leo Bank, toured the harbor. “The pier needs work,” Bank said.",
     "The pier needs work,", "Leo Bank"),
])
def test_org_word_surname(body: str, words: str, speaker: str) -> None:
    assert _speaker(body, words) == speaker


# Not widened: the word written with an article ("the Church"), no given name before it.
@pytest.mark.parametrize("body, words, speaker", [
    ("Grace Church held a vigil on Friday. “We pray for the town,” the Church said.",
     "We pray for the town,", "Grace Church"),
    ("The choir of Eve Church sang; the Church of Dorvan paid for it. “We are proud,” Church said.",
     "We are proud,", "Eve Church"),
])
def test_org_word_not_person(body: str, words: str, speaker: str) -> None:
    assert _speaker(body, words) != speaker


# Shape: "the studio"/"the company" for a business introduced with a studio's or developer's
# word ("games developer Kestrel"): introduced_bodies' company kinds.
@pytest.mark.parametrize("body, words, speaker", [
    ("Layoffs hit games developer Kestrel Works in March. “We thank every one of them,” said the studio "
     "in a post.", "We thank every one of them,", "Kestrel Works"),
    ("Film studio Lanternfly cut its slate. “We will make fewer films,” the company said.",
     "We will make fewer films,", "Lanternfly"),
])
def test_studio_introduced(body: str, words: str, speaker: str) -> None:
    assert _speaker(body, words) == speaker


# Shape: a business named bare as the subject of the sentence right before "the company"
# (subject_company); not a person's name, not a sentence opening on something else.
@pytest.mark.parametrize("body, words, speaker", [
    ("Shares of Tarnwick fell.\n\nTarnwick cut 900 jobs this week. The company said it hopes to “focus "
     "on what matters.”", "focus on what matters.", "Tarnwick"),
    ("Kestrel Works cut 900 jobs this week. The company said it hopes to “focus on what matters.”",
     "focus on what matters.", "Kestrel Works"),
    ("Savers left lender Corvo and lender Baltimar. The company said it hopes to “win them back.”",
     "win them back.", None),
    ("Ann Lee cut 900 jobs this week. The company said it hopes to “focus on what matters.”",
     "focus on what matters.", None),
    ("In March, Tarnwick cut 900 jobs. The company said it hopes to “focus on what matters.”",
     "focus on what matters.", None),
])
def test_subject_company(body: str, words: str, speaker: str | None) -> None:
    assert _speaker(body, words) == speaker
