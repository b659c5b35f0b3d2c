"""Four rules of issue 16, on made-up sentences, grouped by rule: a show's name right after a
broadcaster's possessive is a scare quote (transforms/quotes/show_names.py, ``show_after_network``),
and a post of "her Twitter account" is its owner's, never a name "Her Twitter"
(transforms/quotes/issuers.py, ``platform_owner``); a title and surname subject of the sentence
before "he said" is the "he" (transforms/quotes/bare_names.py, ``titled_subject``); a headline's kicker
("The Latest:") is no speaker (transforms/quotes/headline_subject.py, ``_kicker``)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.issuers import platform_owner


def _quote(text: str, words: str):
    quotes = extract_quotes(None, None, text, language="en")
    found = [q for q in quotes if q.text.rstrip(",.") == words.rstrip(",.")]
    assert found, [q.text for q in quotes]
    return found[0]


# --- show_after_network: a broadcaster's show is no one's words --------------------------------

@pytest.mark.parametrize("text, words", [
    ("On Monday on River Channel’s “Lakeside,” Tom Hale said the bridge would be rebuilt.", "Lakeside,"),
    ("Mayor Jane Roe defended the budget in an interview on KXYZ’s “Evening Hour.”", "Evening Hour."),
    ("Jane Roe told WBN’s “Morning Desk” that the levy was fair.", "Morning Desk"),
    ("The governor appeared on RTV' “24 Hours” to talk about the strike.", "24 Hours"),
])
def test_show_after_network_is_scare(text, words):
    q = _quote(text, words)
    assert q.kind == "scare" and q.speaker is None


@pytest.mark.parametrize("text, words, speaker", [
    # a person's possessive is no broadcaster's
    ("Tom Hale mocked the mayor’s “Great Plan” on Monday, Hale said.", "Great Plan", None),
    # a sentence after the possessive is speech, not a name
    ("Tom Hale told KXYZ’s reporters: “We will rebuild the bridge this year.”",
     "We will rebuild the bridge this year.", "Tom Hale"),
])
def test_show_after_network_leaves_speech(text, words, speaker):
    q = _quote(text, words)
    if speaker is None:
        assert q.kind != "direct"
    else:
        assert q.kind == "direct" and q.speaker == speaker


def test_show_name_does_not_interrupt_speech():
    text = ("Tom Hale visited KXYZ’s “Sunrise” to discuss his remarks about his rival, Jane Roe, "
            "saying “on her worst day” she would be “a fine mayor.”")
    assert _quote(text, "Sunrise").kind == "scare"
    assert _quote(text, "on her worst day").speaker == "Tom Hale"


# --- platform_owner: an account's post is its owner's --------------------------------------------

@pytest.mark.parametrize("mention, owner", [
    ("Her Twitter", "Her"),
    ("her Twitter account", "her"),
    ("Roe’s Facebook page", "Roe"),
    ("Jane Roe's Instagram account", "Jane Roe"),
    ("Twitter", "Twitter"),
    ("a Twitter spokesman", "a Twitter spokesman"),
    ("Jane Roe", "Jane Roe"),
])
def test_platform_owner(mention, owner):
    assert platform_owner(mention) == owner


@pytest.mark.parametrize("text", [
    'Mayor Jane Roe spoke on Monday. Her Twitter account posted: "We will rebuild the bridge this year."',
    'Mayor Jane Roe spoke on Monday. Roe’s Facebook page read: "We will rebuild the bridge this year."',
    'Mayor Jane Roe spoke on Monday. "We will rebuild the bridge this year," her Twitter account posted.',
])
def test_account_post_is_owners(text):
    assert _quote(text, "We will rebuild the bridge this year.").speaker == "Jane Roe"


def test_platform_itself_still_speaks():
    text = 'Twitter said on Monday: "We will restore the accounts this week."'
    assert _quote(text, "We will restore the accounts this week.").speaker == "Twitter"


# --- titled_subject: "President Hale did X. “…,” he said." is Hale ---------------------------------

def test_titled_subject_before_pronoun():
    text = ("Mr. Lee voiced his worry on Tuesday. “We assess it is possible,” he said.\n"
            "President Hale defended the plan in an interview on Monday. “I don't think it posed a problem,” he said.")
    assert _quote(text, "I don't think it posed a problem,").speaker == "Hale"


@pytest.mark.parametrize("subject", ["Mrs. Hale", "The President", "Hale Street"])
def test_titled_subject_needs_title_and_fitting_gender(subject):
    text = ("Mr. Lee voiced his worry on Tuesday. “We assess it is possible,” he said.\n"
            f"{subject} defended the plan in an interview on Monday. “I don't think it posed a problem,” he said.")
    assert _quote(text, "I don't think it posed a problem,").speaker != "Hale"


# --- headline kicker: "The Latest: Lee defends ‘...’" is Lee's, not "Latest"'s -------------------------

@pytest.mark.parametrize("title, speaker", [
    ("The Latest: Hale delivers defense of ‘river values.’", "Tom Hale"),
    ("Hale: Bridge is ‘a disgrace’", "Tom Hale"),
])
def test_headline_kicker_is_no_speaker(title, speaker):
    quotes = extract_quotes(title, None, "Tom Hale spoke on Monday about the bridge.", language="en")
    assert [q.speaker for q in quotes if q.zone == "title"] == [speaker]
