"""PolNeAR train half B shapes (issue 16), each with invented sentences: a US lawmaker's party
and state set off by commas after the name (``phrases.np_before``, rules ``lead_in`` and
``after_quote``), and a mention in capitals that is a dateline or a heading, no one's name
(``caps_heading``, read for every English speaker)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.caps_heading import caps_heading
from newsbeam.transforms.quotes.tokens import party_state


def _quote(body: str, words: str, title: str = "Harbor news"):
    found = [q for q in extract_quotes(title, [], body) if q.text.startswith(words)]
    assert len(found) == 1, [q.text for q in extract_quotes(title, [], body)]
    return found[0]


# ------------------------------------------------------------------ party and state after a name

@pytest.mark.parametrize("word, expected", [
    ("R-Ky.", True), ("D-N.Y.", True), ("R-Utah", True), ("I-Vt.", True), ("D-Calif.", True),
    ("R-", False), ("Roll-Call", False), ("D-Day", True), ("X-Ray", False), ("R-2", False),
])
def test_party_state_word(word, expected):
    assert party_state(word) is expected


@pytest.mark.parametrize("body, words, speaker", [
    ('Sen. Tom Hale, R-Ky., said the port "failed to act on repeated warnings."', "failed to act", "Tom Hale"),
    # was R-Utah: the party and state read as the subject
    ('Sen. Tom Hale, R-Utah, said the port "failed to act on repeated warnings."', "failed to act", "Tom Hale"),
    ('Rep. Ann Lee, D-N.Y., noted that the port "failed to act on repeated warnings."', "failed to act",
     "Ann Lee"),
    # was null: the lead-in's subject was not found past "R-Wis.,"
    ('Sen. Tom Hale, R-Wis., said in an op-ed piece before a 2014 Senate harbor hearing, "The port '
     'authority failed to act on repeated warnings about the seawall."', "The port authority", "Tom Hale"),
    # an appositive after the party and state
    ('Rep. Ann Lee, D-Calif., a member of the panel, said the port "failed to act on repeated warnings."',
     "failed to act", "Ann Lee"),
    ('Rep. Ann Lee, D-Calif., who sits on the harbor panel, said the port "failed to act."', "failed to act",
     "Ann Lee"),
    ('"The port failed to act," said Rep. Ann Lee, D-Calif., a member of the panel.', "The port failed",
     "Ann Lee"),
    ('"The port failed to act," Sen. Tom Hale, R-Ky., said on Monday.', "The port failed", "Tom Hale"),
])
def test_the_name_before_a_party_and_state_is_the_subject(body, words, speaker):
    assert _quote(body, words).speaker == speaker


@pytest.mark.parametrize("body, words, speaker", [
    # mend-pol (read19): the party and state describe the name before them, but the phrase that
    # name sits in is read as before: a relative clause, "an aide to", "a spokesman for", "X and Y".
    ('The runoff ended on Tuesday. Kim Ortiz, who beat Sen. Tom Hale, R-Ohio, told the crowd: "The '
     'harbor towns chose change."', "The harbor towns", "Kim Ortiz"),
    ('The vote slipped to June. Kim Ortiz, an aide to Rep. Tom Hale, D-Ore., said: "He was at his '
     'daughter\'s wedding."', "He was at", "Kim Ortiz"),
    ('The levy passed 51 to 49. A spokeswoman for Sen. Tom Hale, R-Utah, said: "This levy keeps the '
     'harbor open."', "This levy keeps", None),
    ('The two lawmakers met on Friday. Rep. Kim Ortiz and Rep. Tom Hale, D-Ore., said in a joint '
     'letter: "The pier stays open."', "The pier stays", "Kim Ortiz"),
])
def test_the_phrase_around_a_name_with_a_party_is_read_as_before(body, words, speaker):
    assert _quote(body, words).speaker == speaker


def test_a_woman_named_after_a_man_with_party_tags_each():
    body = ('Sen. Tom Hale, R-Ky., spoke first. Rep. Ann Lee, D-Ore., said the plan was "a harbor '
            'giveaway." She voted no.')
    assert _quote(body, "a harbor giveaway").speaker == "Ann Lee"


def test_an_organisation_with_a_party_like_word_is_no_lawmaker():
    # a hyphenated word that is no party and state leaves the appositive reading as it was
    body = 'The group, X-Ray Labs, said the device was "safe for every patient."'
    assert _quote(body, "safe for every").speaker != "X-Ray"


# ------------------------------------------------------------------ caps_heading

@pytest.mark.parametrize("speaker, text, expected", [
    ("BOCA RATON", "BOCA RATON, Fla. -- Weeds cover the greens.", True),  # a dateline
    ("IOWA POLLS", "IOWA POLLS NOT WRONG, JUST EARLY - Ann Lee: the polls ended early.", True),
    ("TURNS OUT EDGAR ALLEN POE", "TURNS OUT EDGAR ALLEN POE WAS RIGHT Crows are smart.", True),
    ("ROLL TIDE Alabama", "ROLL TIDE Alabama beat Clemson 45-40 on Monday.", True),
    ("ANN LEE", "“We stay,” said ANN LEE, the owner of the bakery.", False),  # a name in capitals
    ("ANN LEE", "ANN LEE said the bakery would stay.", False),
    ("CBS NEWS", "“The pier will reopen,” CBS NEWS reported.", False),
    ("NASA", "NASA, Houston -- The launch slipped.", False),  # one word
    ("Ann Lee", "Ann Lee, Dover -- The launch slipped.", False),
])
def test_caps_heading(speaker, text, expected):
    assert caps_heading(speaker, text) is expected


def test_a_dateline_in_capitals_is_no_speaker():
    body = ('BOCA RATON, Fla. — The harbor clubs have a problem. Their ponds, derisively known as '
            '"duck puddles" by members, are drying up. Tom Hale runs one of the clubs.')
    assert _quote(body, "duck puddles").speaker is None


def test_a_heading_in_capitals_before_a_quote_is_no_speaker():
    body = ('HARBOR POLLS NOT WRONG, JUST EARLY - Ann Ruiz: "The polls ended a week too early, and the late '
            'deciders broke for the challenger in the last days."')
    assert _quote(body, "The polls ended").speaker == "Ann Ruiz"


def test_names_in_capitals_in_a_sentence_stay_names():
    assert _quote("“We are not going anywhere,” said ANN LEE, the owner of the bakery.",
                  "We are not going").speaker == "ANN LEE"
    assert _quote("“The pier will reopen in May,” CBS NEWS reported on Monday.", "The pier will").speaker == \
        "CBS NEWS"


def test_a_transcript_label_in_capitals_stays_a_name():
    body = "Ana Ruiz spoke at the rally.\n\n“ANA RUIZ: We will win the harbor vote.”"
    # (s54) written as the article writes the name, as the guide asks of an all-caps form: "Ana Ruiz"
    assert _quote(body, "ANA RUIZ: We will").speaker == "Ana Ruiz"


def test_a_name_after_a_heading_in_capitals_is_kept():
    # the mention opens on the heading, but the name resolved from it is set in lower case
    body = ('HARBOR FIRE Mayor Ann Ruiz said the blaze had "Syrian roots." The police did not comment. '
            'Ann Ruiz is the mayor.')
    assert _quote(body, "Syrian roots").speaker == "Ann Ruiz"


@pytest.mark.parametrize("body, words, speaker", [
    # mend-pol (read19): a name printed as a line label that the article also writes as a speaker
    # in a sentence is a name, not a heading.
    ("The club plays on Sunday.\nKIM ORTIZ Goalkeeper and twice the best player, she is back.\n"
     "“My knee feels fine,” said KIM ORTIZ, who saved two penalties last year.", "My knee feels", "KIM ORTIZ"),
    ("On the radio\nTOM HALE Good morning.\nKIM ORTIZ Good morning, Tom.\n"
     "Later, “The harbor will open in May,” KIM ORTIZ said.", "The harbor will", "KIM ORTIZ"),
])
def test_a_line_label_said_in_a_sentence_stays_a_name(body, words, speaker):
    assert _quote(body, words).speaker == speaker
