"""Rule ``lead_in`` and a cue inside the clause that another reporting verb introduces (issue
16): "Ana Ruiz said that her union would continue “...”" is Ana Ruiz's report, not the union's
words; and a subject joined by "and" ("Ann Lee and Tom Hale said"): hand-written
sentences grouped by shape."""
from __future__ import annotations

import pytest

from tests.quote_probes import only_speaker


# The inner verb reports no speech ("continue", "find", "agree"): the outer subject's quote.
INNER_NOT_SPEECH = [
    ("Ana Ruiz said that her union would continue “to fight for every job.”", "to fight for every job.",
     "Ana Ruiz"),
    ("Tom Hale told reporters on the pier. Hale said Dover Harbor agrees to “share the cost fairly.”",
     "share the cost fairly.", "Tom Hale"),
    ("Ana Ruiz said she’s sure Tom Hale will continue “to fight for every job.”", "to fight for every job.",
     "Ana Ruiz"),
    ("Ana Ruiz wrote that her members recalled “a long and cold winter.”", "a long and cold winter.",
     "Ana Ruiz"),
]
# The inner verb reports speech, or the outer verb has no clause right after it: left as it was.
LEFT_AS_IT_WAS = [
    ("Ana Ruiz said on Monday, and Tom Hale agreed “to share the cost.”", "to share the cost.", "Tom Hale"),
    ("Ana Ruiz said Tom Hale called the plan “a waste of money.”", "a waste of money.", "Tom Hale"),
    ("Ana Ruiz left early. Tom Hale will continue “to fight for every job,” he promised.",
     "to fight for every job,", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), INNER_NOT_SPEECH + LEFT_AS_IT_WAS)
def test_complement_clause(text: str, words: str, speaker: str) -> None:
    assert only_speaker(text, words) == speaker


# "and" before the subject phrase: a list that is a preposition's object ("ministers from A, B and
# C") names no speaker; two capitalized names alone are left as they were (often one body's name,
# so the last name is still taken: the guide wants the first, a gap left open).
COORDINATED = [
    # two people named before the verb: the first named, as the annotation guide says (stop 47,
    # coordinated_before; the last one named until then)
    ("Tom Hale and Ana Ruiz said the plan was “a mess.”", "a mess.", "Tom Hale"),
    # (s54) a joint document is the first named author's, as the guide says ("a joint statement takes
    # the first named": authored_documents); the ministers of a list below stay unnamed
    ("A joint letter from Norway, Chile, Kenya, and the Philippines said they were “deeply worried” "
     "about the vote.", "deeply worried", "Norway"),
    ("Ministers from Chile, Kenya and Peru have described the tax as “theft.”", "theft.", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), COORDINATED)
def test_coordinated_subject(text: str, words: str, speaker: str | None) -> None:
    assert only_speaker(text, words) == speaker
