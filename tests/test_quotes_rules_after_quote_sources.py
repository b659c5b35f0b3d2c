"""Rule ``after_quote`` (and ``reported_inside``): which phrase after a quote is no speaker:
the words a sentence goes on with before "according to", and the object of the quote's verb
before ", and said"; own sentences (issue 16, wrong names)."""
from __future__ import annotations

import pytest

from tests.quote_probes import only_quote


# "according to" later in the sentence: the source named after it, or the one the sentence
# says spoke the words; never the phrase between the quote and "according to".
ACCORDING_LATER = [
    ("The bill angered the Green party, which said the plan would make sure that “no one objects” to the "
     "Hale government, according to the AP.", "no one objects", "Green party"),
    ("The plan has “no chance” of passing, according to Ann Lee.", "no chance", "Ann Lee"),
    ("Both men “wanted to strengthen the league,” according to the Nobel Foundation.",
     "wanted to strengthen the league,", "Nobel Foundation"),
    # the verb before the quote is in another clause (after a comma): the source stays
    ("After Ann Lee asked about it in an interview, the Hales became “agitated” once the cameras "
     "were off, according to Tom Hale.", "agitated", "Tom Hale"),
]


@pytest.mark.parametrize("text, words, speaker", ACCORDING_LATER)
def test_the_phrase_before_according_to_is_no_speaker(text, words, speaker):
    assert only_quote(text, words).speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("The spokeswoman denied that Tom Hale had ever “attacked” Ann Lee, and said he admired her.", None),
    ("Tom Hale said Ruiz had “attacked” Ann Lee, and said she was wrong.", "Tom Hale"),
])
def test_the_object_before_and_said_is_no_speaker(text, speaker):
    q = only_quote(text, "attacked")
    assert (q.speaker, q.kind) == (speaker, "partial")
