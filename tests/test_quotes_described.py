"""Rule ``described_person`` (transforms/quotes/described.py): a description without a name
stands for the one person the article gave that description, else stays null with the words
kept in ``speaker_mention``. Invented sentences."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.described import described, described_people


def _quote(body: str, quoted: str):
    quotes = [q for q in extract_quotes("", "", body) if q.text == quoted]
    assert quotes, [q.text for q in extract_quotes("", "", body)]
    return quotes[0]


@pytest.mark.parametrize("body, speaker", [
    # an appositive with an age, then the description with the same age
    ("Ann Lee, 43, a lawyer from Leeds, drafts the contracts herself. “It saves a week,” says the "
     "43-year-old lawyer.", "Ann Lee"),
    # an appositive without an age, then the bare description
    ("Tom Hale, the historian who wrote the town's chronicle, opened the museum. “We kept every "
     "letter,” the historian said.", "Tom Hale"),
    # a lowercase noun before the name
    ("The harbor board heard from historian Tom Hale on Monday. “We kept every letter,” the "
     "historian said.", "Tom Hale"),
    # "is a ..." after the name, with an age
    ("Ann Lee is a 43-year-old lawyer from Leeds.\n\n“It saves a week,” says the 43-year-old "
     "lawyer.", "Ann Lee"),
    # ", who was a ..." after the name
    ("Tom Hale, who was a historian at the museum, retired. “We kept every letter,” the "
     "historian said.", "Tom Hale"),
])
def test_a_description_stands_for_the_person_described_so(body, speaker):
    assert _quote(body, "We kept every letter," if "letter" in body else "It saves a week,").speaker == speaker


@pytest.mark.parametrize("body", [
    # two people described with the same noun: no one
    "Ann Lee, a lawyer, and Tom Hale, a lawyer for the city, met. “We kept every letter,” the lawyer said.",
    # another age than the one given
    "Ann Lee, 43, a lawyer from Leeds, spoke first. “We kept every letter,” says the 51-year-old lawyer.",
    # "is a lawyer" said of two people: no one
    "Ann Lee is a lawyer. Tom Hale is a lawyer too. “We kept every letter,” the lawyer said.",
    # the description given to no one
    "Ann Lee spoke at the forum. “We kept every letter,” the 51-year-old lawyer said.",
])
def test_a_description_given_to_no_one_or_to_several_stays_null(body):
    q = _quote(body, "We kept every letter,")
    assert q.speaker is None
    assert "lawyer" in (q.speaker_mention or "")


def test_described_people_keeps_one_person_per_noun():
    index = described_people(["Ann Lee, 43, a lawyer, met Tom Hale, the historian, and historian "
                              "Tom Hale spoke. Dr. Rosa Diaz, a physician at the clinic, agreed."])
    assert index["lawyer"] == "Ann Lee" and index["lawyer@"] == "43"
    assert index["historian"] == "Tom Hale"
    assert index["physician"] == "Rosa Diaz"
    assert described(index, ["the", "43-year-old", "lawyer"]) == "Ann Lee"
    assert described(index, ["the", "50-year-old", "lawyer"]) is None
    assert described(index, ["the", "nurse"]) is None


def test_a_modifier_noun_is_no_description():
    # "former" and "campaign" qualify another noun: they describe no one by themselves
    assert "former" not in described_people(["Ann Lee, the former mayor, spoke."])


# Rule ``earlier_voice`` (issuers.earlier_voice): "the spokesperson" speaks for whom the last
# mention of a spokesperson before it names, else for no one.
@pytest.mark.parametrize("body, speaker", [
    ("The port was closed, said a statement issued by the Harbor Authority spokesperson. “We expect to "
     "reopen soon,” the spokesperson added.", "Harbor Authority"),
    ("Mayor Ann Lee spoke first, and her spokesman Tom Hale took questions. “We expect to reopen soon,” "
     "the spokesman said.", "Tom Hale"),
    ("The port was closed, a spokesperson said on Monday. “We expect to reopen soon,” the spokesperson "
     "added.", None),
    # another word: the spokeswoman named before is not "the spokesman"
    ("Her spokeswoman Rosa Diaz declined to comment. “We expect to reopen soon,” the spokesman said.", None),
])
def test_the_spokesperson_speaks_for_whom_the_last_mention_names(body, speaker):
    assert _quote(body, "We expect to reopen soon,").speaker == speaker


# Rule ``organisation_chief`` (described.organisation_chief): "the UN chief" is the one person the
# article titles after that body; no one when it titles no one or several people so.
@pytest.mark.parametrize("body, speaker", [
    ("IOC Director-General Rosa Diaz met the ministers. The IOC chief called the plan “a good start.”", "Rosa Diaz"),
    ("The ministers met in Geneva. The IOC chief called the plan “a good start.”", None),
    ("IOC Director-General Rosa Diaz and IOC Deputy Director Tom Hale met the ministers. The IOC chief "
     "called the plan “a good start.”", None),
])
def test_an_organisations_chief_is_the_person_titled_after_it(body, speaker):
    assert _quote(body, "a good start.").speaker == speaker


@pytest.mark.parametrize("body, speaker", [
    # A description with an age that the article gives no one: the person the sentence before
    # is about, when no one else is named there.
    ("Dorvan’s interim leader Omar Pell stepped down on Monday in a broadcast.\n“Today, we step "
     "down,” the 85-year-old Nobel laureate said.", "Omar Pell"),
    ("Omar Pell stepped down on Monday.\n“Today, we step down,” the 85-year-old said.", "Omar Pell"),
    # Someone else named there, or the sentence before about something else: null.
    ("Omar Pell met Ida Marsh on Monday.\n“Today, we step down,” the 85-year-old laureate said.", None),
    ("Omar Pell spoke first. The rain kept falling.\n“Today, we step down,” the 85-year-old "
     "laureate said.", None),
    # No age, or another age than the one the article gives: a description stays a description.
    ("Omar Pell stepped down on Monday.\n“Today, we step down,” the Nobel laureate said.", None),
    ("Omar Pell, 61, stepped down on Monday.\n“Today, we step down,” the 85-year-old laureate said.",
     None),
], ids=["possessor-title-name", "bare-name", "two-people", "other-subject", "no-age", "other-age"])
def test_an_aged_description_stands_for_the_subject_before(body, speaker):
    assert _quote(body, "Today, we step down,").speaker == speaker
