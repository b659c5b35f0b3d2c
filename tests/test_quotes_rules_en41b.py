"""Stop 41, en41b: English, what en41 left (issue 16). Grouped by mechanism; made-up sentences
only."""
from __future__ import annotations

import pytest

from tests.quote_probes import speaker_rule_after

INTRO = "The river town voted on its budget on Tuesday.\n\n"


_found = speaker_rule_after(INTRO, "en")


# Mechanism: a body introduced with the word for its kind, before its name ("startup Quillby")
# or in an appositive after it ("the Harbor Watch, a group tracking ..."), is what "the" and that
# kind's word (or a word for a kind alike: "the company" for a startup) later stands for, when
# it is the one body introduced so in the passage (introduced_bodies.introduced_body).
@pytest.mark.parametrize("body, words, speaker", [
    ("Payroll startup Quillby raised $4 million last week. The startup sells to bakeries. “We grew "
     "fast and kept our costs low,” the company said.", "We grew fast and kept our costs low,", "Quillby"),
    ("Boats were seized near the pier, according to the Harbor Watch, a group tracking fishing fleets "
     "in the bay. “Nine crews were held overnight at the dock,” the group said.",
     "Nine crews were held overnight at the dock,", "Harbor Watch"),
    ("Payroll startup Quillby raised $4 million. Its founder spoke first. She said ten people were hired "
     "in May. “We grew fast and kept our costs low,” the company said.", "We grew fast and kept our costs low,",
     "Quillby"),
    ("Fares rose again, said the daily Dorvan Ledger in its morning edition. “Riders will pay more "
     "for every single trip,” the newspaper wrote.", "Riders will pay more for every single trip,",
     "Dorvan Ledger"),
])
def test_introduced_body(body: str, words: str, speaker: str) -> None:
    assert _found(body, words) == (speaker, "introduced_body")


# The same descriptions stay null (rather null than a wrong name): two bodies introduced with
# that kind's word; an unnamed body of that kind after the named one; a person described with a
# body's word ("a group leader"); a place that opens its sentence before "a group"; a name
# running over a sentence's end; another body that spoke since the one introduced.
@pytest.mark.parametrize("body, words", [
    ("Savers left lender Corvo and lender Baltimar on Monday. “Savers will see less next month "
     "than they did,” the company said.", "Savers will see less next month than they did,"),
    ("Courier firm Dashline hired drivers in May. Later a rival firm hired more. “We doubled our "
     "fleet in a single month,” the company said.", "We doubled our fleet in a single month,"),
    ("The march was led by Mara Quint, a group leader from the valley. “We walked for every family "
     "here today,” the group said.", "We walked for every family here today,"),
    ("In downtown Dorvan, a group carrying lanterns marched to the square. “We will come back every "
     "night until it opens,” the group said.", "We will come back every night until it opens,"),
    ("Investors backed tool company Brask in June. Halvern says it will buy a stake. “We see no "
     "reason to wait any longer,” the company said.", "We see no reason to wait any longer,"),
])
def test_introduced_body_null(body: str, words: str) -> None:
    assert _found(body, words)[0] is None


# Mechanism: a person named once with no title, whose first name tells the sex, is a person of
# that sex for sole_person when every mention of the name opens its sentence as its subject;
# else (a firm named after someone, the listener of "told", the one met, a name inside its
# sentence) the name stays what it was, a maybe-person that leaves "he"/"she" null.
GAP = "\n\nThe shelter now houses 40 families. The Dorvan Housing Trust pays the rent. The city gave land in 2004."
QUOTE = "\n\nThe beds are always full. “We never turn anyone away,” she said."


@pytest.mark.parametrize("opening, speaker", [
    ("Maria Lopez opened the shelter in 1998.", "Maria Lopez"),
    ("Maria Lopez, a retired nurse, opened the shelter in 1998.", "Maria Lopez"),
    ("Speaking at the Harlow Club, Maria Lopez opened the shelter in 1998.", None),
    ("The union told Maria Lopez about the shelter in 1998.", None),
    ("Tom Hale met Maria Lopez at the shelter in 1998.", None),
    ("Analysts at Maria Lopez praised the shelter. Maria Lopez opened it in 1998.", None),
    ("Maria Lopez and Tom Hale opened the shelter in 1998.", None),
])
def test_subject_named_once(opening: str, speaker: str | None) -> None:
    assert _found(opening + GAP + QUOTE, "We never turn anyone away,")[0] == speaker
