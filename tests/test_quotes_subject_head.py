"""The head of a sentence's subject (module ``subject_head``, issue 16, wrong names): a name
inside a longer subject is not its speaker. Own sentences, grouped by the check that decides:

- ``widen_to_description`` (rule ``lead_in``): "A lawyer for Tom Hale said" is the lawyer's (null,
  the mention widened to the description), "Ann Lee of the Harbor Trust said" is Ann Lee's;
- ``describes_no_one`` (every English finding): the mention is such a description;
- ``head_speaker`` (every English finding): a place or a body after a preposition ("a court in
  Dorvan ruled"), a name that modifies a lowercase noun ("Other members argue"), the subject of
  a reported clause are no one; the person at the head of "Ann Lee of the Harbor Party said" is
  the speaker; a body's voice keeps the body;
- ``is_demonym``: a people ("Marlovians say") is no one."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.subject_head import describes_no_one, description_start
from tests.quote_probes import only_quote


_PAD = " The meeting ran late into the evening, and no vote was taken on the harbour plan."


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, language="en")]


# ---- widen_to_description (rule lead_in) -------------------------------------------------------

# An unnamed person or body, and the name its preposition hangs off it: no one named speaks.
DESCRIPTION_THEN_NAME = [
    ("A lawyer for Tom Hale said the ruling was “a travesty.”", "a travesty.", "A lawyer for Tom Hale"),
    ("A friend of Ann Lee told reporters she was “devastated.”", "devastated.", "A friend of Ann Lee"),
    ("Officials in Dover warned of “serious consequences.”", "serious consequences.", "Officials in Dover"),
    ("A regional court in Dover declared him a “danger to the public” and jailed him.",
     "danger to the public", "A regional court in Dover"),
    ("The plan angered some members of the governor’s own Harbor Party, who called the tax “a profound "
     "mistake.”", "a profound mistake.", "some members of the governor’s own Harbor Party, who"),
    ("Last week an official of the Harbor Trust warned on the radio, “Stay inside tonight.”",
     "Stay inside tonight.", "an official of the Harbor Trust"),
]


@pytest.mark.parametrize("text, words, mention", DESCRIPTION_THEN_NAME)
def test_a_name_inside_a_description_does_not_speak(text, words, mention):
    q = only_quote(text, words)
    assert (q.speaker, q.speaker_mention, q.rule) == (None, mention, "lead_in")


# A person's name, then where they work or come from: the person speaks.
NAME_THEN_AFFILIATION = [
    ("Ann Lee of the Harbor Trust said the plan was “dead on arrival.”", "dead on arrival.", "Ann Lee"),
    ("Lawmaker Ann Lee from the opposition Harbor party called the vote “deeply disappointing”.",
     "deeply disappointing", "Ann Lee"),
    ("Councillor Tom Hale of the Dover Times said: “We were never told.”", "We were never told.", "Tom Hale"),
]


@pytest.mark.parametrize("text, words, speaker", NAME_THEN_AFFILIATION)
def test_a_name_before_its_affiliation_speaks(text, words, speaker):
    assert only_quote(text, words).speaker == speaker


# Left as they were: a spokesperson speaks for the body, a title before a name, a name set off
# by commas after its description.
KEPT = [
    ("A spokeswoman for the Harbor Trust said the plan was “dead on arrival.”", "dead on arrival.",
     "Harbor Trust"),
    ("Secretary of State Ann Lee said the plan was “dead on arrival.”", "dead on arrival.", "Ann Lee"),
    ("The president of the Harbor Trust, Ann Lee, said the plan was “dead on arrival.”",
     "dead on arrival.", "Ann Lee"),
    ("The Bank of Dover said the rise was “temporary.”", "temporary.", "Bank of Dover"),
]


@pytest.mark.parametrize("text, words, speaker", KEPT)
def test_spokespeople_titles_and_appositions_keep_their_speaker(text, words, speaker):
    assert only_quote(text, words).speaker == speaker


# The description set off after a name ("Ann Lee, executive director at HTC"): the name speaks.
@pytest.mark.parametrize("text, words, speaker", [
    ("Ann Lee, executive director at HTC told the Dover Post it was part of a “very clear pattern” of threats.",
     "very clear pattern", "Ann Lee"),
    ("But Tom Hale, the president of Harbor Watch, a group that sued the city, said that “the damage is done.”",
     "the damage is done.", "Tom Hale"),
])
def test_a_name_before_its_described_role_speaks(text, words, speaker):
    assert only_quote(text, words).speaker == speaker


# ---- describes_no_one ---------------------------------------------------------------------------

def test_the_pure_functions():
    text = "A lawyer for Tom Hale said"
    assert description_start(text, 0, text.index("Tom")) == 0
    assert description_start("Secretary of State Ann Lee said", 0, 19) == -1
    assert describes_no_one("A lawyer for Tom Hale", "Tom Hale")
    assert describes_no_one("Officials in Dover", "Officials")
    assert not describes_no_one("The mayor of Dover", "Ann Lee")  # the mayor, named elsewhere
    assert not describes_no_one("A spokesman for the Harbor Trust", "Harbor Trust")
    assert not describes_no_one("The president of France, Ann Lee", "Ann Lee")


# ---- head_speaker ------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    # a place after a preposition
    _PAD + " A district court in Dorvan ruled that the levy was “plainly unlawful.”",
    # a document's source after "by"
    _PAD + " A memo from the ministry obtained by The Harbor Courier warns that “the funds will run out.”",
    # a body after "of", a thing at the head
    _PAD + " The history of the Marlow Lighthouse tells of keepers who “never once let the lamp go dark.”",
    # a name that modifies a lowercase head noun
    _PAD + " Other members are now urging the board to “think again before it is too late.”",
])
def test_no_one_named_at_the_head(body: str) -> None:
    assert _speakers(body) == [None]


# ---- is_demonym ---------------------------------------------------------------------------------

def test_a_people_is_no_one() -> None:
    assert _speakers(_PAD + " Many Marlovians call the new bridge “a monument to waste.”") == [None]


def test_the_person_at_the_head_not_her_party() -> None:
    body = ("Ann Thornbury, a councillor, spoke first." + _PAD +
            " Ann Thornbury of the Harbor Party said: “We cannot keep patching the same old pier.”")
    assert _speakers(body) == ["Ann Thornbury"]


@pytest.mark.parametrize("body, expected", [
    # a body's voice speaks for the body
    (_PAD + " A spokesperson for Norvia Shipping said the delay was “regrettable but short.”", "Norvia Shipping"),
    # the one shown speaking in footage
    ("Tom Ashdale, the mayor, spoke at noon." + _PAD +
     " The advert shows footage of Tom Ashdale saying, “We will finish the pier by May.”", "Tom Ashdale"),
    # the subject of the verb after a quote, with the same name earlier after a preposition
    ("Reporters waited for Tom Ashdale at the gate." + _PAD +
     " “We will finish the pier by May,” said Ashdale, who spoke briefly.", "Tom Ashdale"),
    # "according to" names its source
    (_PAD + " According to the Harbor Authority, the pier is “beyond repair.”", "Harbor Authority"),
])
def test_names_that_head_their_phrase_are_kept(body: str, expected: str) -> None:
    assert _speakers(body) == [expected]


def test_a_document_issued_by_a_body_is_its_voice() -> None:
    body = _PAD + (" The two mayors held a “frank exchange” at the town hall, which was followed by a dinner,"
                   " a press release issued by HPA said.")
    assert _speakers(body) == ["HPA"]


def test_the_subject_of_a_reported_clause_is_not_the_speaker() -> None:
    body = ("Tom Ashdale was mayor of Marlow for a decade." + _PAD + " His biographers, Ann and Paul Reeve,"
            " wrote that Ashdale “had a tin ear for the harbour and a gift for the wrong decision.”")
    assert _speakers(body) == [None]


def test_a_pronoun_never_lands_on_a_people() -> None:
    # "he" after a people's adjective read as a speaker ("many Marlovian states"): a singular
    # demonym is no pronoun's antecedent (null, rather than the wrong name)
    body = ("Dorvan's growing reach has stirred unease in many Marlovian states, and it has used “soft hands”"
            " in its dealings with the region.\n\nThe harbour minister plays down the worries. The trade is"
            " good news, he says.\n\n“Our plan is simple: we should board that ship,” he said in an interview.")
    quotes = extract_quotes("", [], body, language="en")
    assert [(q.speaker, q.attribution) for q in quotes if q.speaker_mention == "he"] == [(None, "pronoun")]
