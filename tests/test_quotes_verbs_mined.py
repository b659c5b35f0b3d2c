"""Speech verbs grown from PolNeAR train's gold cues (issue 16 shape 7, ``bench.cue_verbs``):
each one credits the quote it introduces. Made-up sentences."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body) if q.zone == "body"]


@pytest.mark.parametrize("body, speaker", [
    # Each of these credits no one without its verb in the lexicon.
    ('"Not so fast," cut in Tom Hale.', "Tom Hale"),
    ('Tom Hale sniped at the "amateur hour" in the capital.', "Tom Hale"),
    ('"It is over," Ann Lee confided to a friend.', "Ann Lee"),
    ('Tom Hale bemoaned the "endless paperwork" of the new permit.', "Tom Hale"),
    # ... and these, credited by other rules too, stay credited.
    ('"We won every ward," gloated Ann Lee.', "Ann Lee"),
    ('Ann Lee weighs in on the debate: "We need more buses."', "Ann Lee"),
    ('Tom Hale groused about the "silly rules."', "Tom Hale"),
], ids=["cut-in", "sniped", "confided", "bemoaned", "gloated", "weighs-in", "groused"])
def test_a_mined_speech_verb_credits_its_quote(body, speaker):
    assert speakers(body) == [speaker]


def test_cut_without_in_is_no_cue():
    """Only "cut in" speaks: "cut" alone ("cut the budget") credits no one."""
    assert speakers('Tom Hale cut the budget the council called "a lifeline."') != ["Tom Hale"]
