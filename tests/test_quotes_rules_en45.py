"""Stop 45 (issue 16), English culture pages, profiles and trade press: a verb of manner after a
quote (``manner_after``: "“…,” she laughs."), the possessive "in X's words" (``words_of``) and
"per X" (``per_source``). Every sentence here is made up for these tests, in the shape found in
alt-weekly profiles, reviews and industry newsletters; none is taken from an article."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def quote_of(body: str, words: str):
    hits = [q for q in extract_quotes("A headline", [], body, "en") if q.text == words]
    assert len(hits) == 1, [(q.text, q.speaker) for q in extract_quotes("A headline", [], body, "en")]
    return hits[0]


PROFILE = "Marla Quince has played the back room of the Copper Kettle for a decade.\n\n"


# A profile's subject, named at the top, then quoted with a verb of manner: the subject's words.
@pytest.mark.parametrize("body, words, speaker", [
    ("“I never thought anyone would pay to hear me,” she laughs.",
     "I never thought anyone would pay to hear me,", "Marla Quince"),
    ("“The rent nearly killed me,” Quince grins, looking at the ceiling.", "The rent nearly killed me,", "Marla Quince"),
    ("“Why would I leave?” she shrugs.", "Why would I leave?", "Marla Quince"),
    ("“We were terrible”, Quince chuckled as the lights went down.", "We were terrible", "Marla Quince"),
    ("“Every song is a postcard,” she smiles softly.", "Every song is a postcard,", "Marla Quince"),
])
def test_a_verb_of_manner_after_the_quote_gives_its_subject(body, words, speaker):
    q = quote_of(PROFILE + body, words)
    assert (q.speaker, q.kind, q.rule) == (speaker, "direct", "manner_after")


def test_the_second_half_of_a_split_quote_stays_direct():
    body = PROFILE + "“I am not good at talking,” she shrugs, “but if you ask me to sing, I try my best.”"
    first = quote_of(body, "I am not good at talking,")
    second = quote_of(body, "but if you ask me to sing, I try my best.")
    assert (first.speaker, second.speaker, second.kind) == ("Marla Quince", "Marla Quince", "direct")


@pytest.mark.parametrize("body, words", [
    # a verb with an object: the subject did something to the question, it is no attribution
    ("“Who cares?” Ana Reyes shrugged off the question.", "Who cares?"),
    # a headline's capitals are no name
    ("“Ever wondered why?” The Singer laughs.", "Ever wondered why?"),
    # the quote ends its own sentence: what comes next is a new sentence about something else
    ("The sign said “Closed.” She laughed.", "Closed."),
])
def test_no_verb_of_manner_reading_where_it_does_not_attribute(body, words):
    q = quote_of(body, words)
    assert q.rule != "manner_after" and q.speaker is None


# "in X's words": the possessor speaks (it once gave "In Garret Holm" as the name).
@pytest.mark.parametrize("body, words, speaker", [
    ("In Garret Holm's words, “the market simply stopped listening.”",
     "the market simply stopped listening.", "Garret Holm"),
    ("Garret Holm runs the co-op. The deal was, in Holm's words, “a coin toss.”", "a coin toss.", "Garret Holm"),
    ("Garret Holm runs the co-op. “We got lucky,” in his own words.", "We got lucky,", "Garret Holm"),
])
def test_in_someones_words_gives_the_possessor(body, words, speaker):
    assert quote_of(body, words).speaker == speaker


def test_in_someones_words_far_from_another_speakers_quote():
    body = "In Holm's words, nothing changed, but Ana Reyes said “everything did.”"
    assert quote_of(body, "everything did.").speaker == "Ana Reyes"


# "per X" for "according to X", set against the quote or opening its sentence.
@pytest.mark.parametrize("body, words, speaker", [
    ("Corin Mabe tracks the sector. Orders are “softer than they look,” per Mabe.", "softer than they look,",
     "Corin Mabe"),
    ("Corin Mabe tracks the sector. Shipments will slow, per Mabe: “Buyers are waiting.”", "Buyers are waiting.",
     "Corin Mabe"),
    ("Corin Mabe tracks the sector. Per Mabe, buyers are “waiting for lower prices.”", "waiting for lower prices.",
     "Corin Mabe"),
])
def test_per_someone_gives_the_source(body, words, speaker):
    q = quote_of(body, words)
    assert (q.speaker, q.rule) == (speaker, "per_source")


@pytest.mark.parametrize("body, words, speaker", [
    # "per" of a rate, or a source away from the quote: not read
    ("Earnings rose to $4 per share, and the board called it “a good year.”", "a good year.", None),
    ("Per Mabe, buyers are waiting, but Ann Roe said “prices will hold.”", "prices will hold.", "Ann Roe"),
    ("The fee is $30 per Article 5 filing, “a steep price,” said Ana Reyes.", "a steep price,", "Ana Reyes"),
])
def test_per_where_it_names_no_source_of_the_quote(body, words, speaker):
    q = quote_of(body, words)
    assert q.rule != "per_source" and q.speaker == speaker


# A review roundup: each critic's paragraph closes its first sentence on "said X in Y"; the
# critic's sentences quoted later in it are the critic's, across a paragraph break that falls
# inside a sentence (feeds cut paragraphs where an ad stood) and past a verb inside the critic's
# own quoted words.
ROUNDUP = ("The new cut of the film is a relief, said Hana Vold in Screenline.com. Its makers “wanted to say "
           "something\n\nabout grief” and mostly manage it. “Vesna Kral has a gift for scenes that sneak up on "
           "you and stay for days,” and she uses it well.\n\nAt two hours the story drags, said Piet Amsel in "
           "the Daily Reel. Even so, the lead holds it together, and the ending turns the whole thing\n\n"
           "into “a quiet, stubborn kind of hope.”")


@pytest.mark.parametrize("words, speaker", [
    ("Vesna Kral has a gift for scenes that sneak up on you and stay for days,", "Hana Vold"),
    ("a quiet, stubborn kind of hope.", "Piet Amsel"),
])
def test_a_critics_words_in_a_roundup_paragraph(words, speaker):
    q = quote_of(ROUNDUP, words)
    assert (q.speaker, q.rule) == (speaker, "roundup_phrase")


def test_no_roundup_reading_past_someone_else_reported():
    body = ("The new cut of the film is a relief, said Hana Vold in Screenline. The director told reporters "
            "it took four years. “Every scene was shot twice because the weather kept changing,” and it shows.")
    q = quote_of(body, "Every scene was shot twice because the weather kept changing,")
    assert q.rule != "roundup_phrase" and q.speaker != "Hana Vold"


def test_a_heading_is_not_joined_to_the_paragraph_after_it():
    body = ("The new cut of the film is a relief, said Hana Vold in Screenline.\n\nDirected by Ansel Vey\n\n"
            "Its ending is “a quiet, stubborn kind of hope.”")
    assert quote_of(body, "a quiet, stubborn kind of hope.").speaker is None


# A thing opening the sentence before "he says" (past an aside in parentheses) is no antecedent.
def test_a_thing_with_an_aside_is_no_antecedent():
    body = ("It was the same day Tom Ravelle released his new EP.\n\nThe EP (its first track samples the voice of "
            "poet Anne Sexton) allowed Ravelle to think about distance.\n\n“Every track is a letter home,” he says.")
    assert quote_of(body, "Every track is a letter home,").speaker == "Tom Ravelle"


# A band or a label named in the sentence before speaks as "the band", "the label" (as "the
# company" does): its name; not when the sentence before is about a person.
@pytest.mark.parametrize("body, words, speaker", [
    ("Wet Moss return with their third album this fall. “This record is about leaving home,” the band says.",
     "This record is about leaving home,", "Wet Moss"),
    # "the label" is not read (stop 45, read45en: as often a product's label)
    ("Salt Records signed the duo in May. “We knew right away,” the label said.", "We knew right away,", None),
    ("Ana Reyes joined a band in 2019. “It changed everything,” the band says.", "It changed everything,", None),
])
def test_the_band_or_label_named_before(body, words, speaker):
    assert quote_of(body, words).speaker == speaker
