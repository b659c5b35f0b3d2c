"""Speakers named after long titles, and speech nouns read as verbs (issue 16, stop 33, gen19):
titles joined by "and" before a name (``title_pairs.joins_titles``: "President and CEO Jane
Roe said"), a title's employer after "of the" in the name index (``titles.after_of``:
"Bulletin of the Atomic Scientists Ann Lee" is Ann Lee), and a noun of speech after a
preposition and its article (``cues._modified_noun``: "said in a blog post, “…”": "post" is no
verb). Made-up sentences only."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

_OPENING = "Officials met on Monday to discuss the harbour plan.\n\n"


def _speaker(text: str, words: str):
    found = [q for q in extract_quotes("", [], _OPENING + text) if q.text == words]
    assert len(found) == 1, [q.text for q in extract_quotes("", [], _OPENING + text)]
    return found[0].speaker


# Titles joined by "and" before the name: the name, not the first title nor nobody.
@pytest.mark.parametrize("text, words, speaker", [
    ("“Every second counts,” President and CEO Jane Roe said.", "Every second counts,", "Jane Roe"),
    ("“The port needs money now,” founder and chief executive Tom Hale said.",
     "The port needs money now,", "Tom Hale"),
    ("“We will not wait,” said co-founder and CEO Sam Ortiz.", "We will not wait,", "Sam Ortiz"),
    ("“We are late,” President and CEO of the Harbour Institute Jane Roe said.", "We are late,", "Jane Roe"),
    ("“It is late,” Chairman and CEO of the Harbour Fund Tom Hale said.", "It is late,", "Tom Hale"),
    ("“Every second counts,” President and CEO of Bulletin of the Atomic Scientists Alexandra Bell said.",
     "Every second counts,", "Alexandra Bell"),
])
def test_titles_joined_by_and_end_on_the_name(text, words, speaker):
    assert _speaker(text, words) == speaker


# Where the words after "and" are no title of the same person, or no name follows: as before.
@pytest.mark.parametrize("text, words, speaker", [
    # titles and an employer, no name: no one (not the company)
    ("Acme Corp cut jobs.\n\n“We had no choice,” Chairman and CEO of Acme Corp said.", "We had no choice,", None),
    # an appositive without its closing comma: never "CEO"; the name that opens the sentence
    # (stop 42, en42: open_appositive; null before)
    ("Tom Hale, Chairman and CEO said in a statement: “We continue to grow.”", "We continue to grow.", "Tom Hale"),
    # "the mayor and council member Tom Hale" may be two people: not joined
    ("“No comment,” the president and chief executive said.", "No comment,", None),
])
def test_titles_joined_by_and_need_one_person_and_a_name(text, words, speaker):
    assert _speaker(text, words) == speaker


# A noun of speech after a preposition and its article is no verb: the subject before it speaks.
@pytest.mark.parametrize("text, words, speaker", [
    ("Tom Hale said in a Facebook post, “The board failed us once more.”",
     "The board failed us once more.", "Tom Hale"),
    ("Ann Lee wrote in a blog post on Monday, “The board has failed.”", "The board has failed.", "Ann Lee"),
    ("“We call on the council,” Acme Corp said in a blog post, “to engage with the workers.”",
     "to engage with the workers.", "Acme Corp"),
    ("Mary Stone said in an Instagram post: “Dover deserves better.”", "Dover deserves better.", "Mary Stone"),
    # unnamed: still no one
    ("A spokesperson said in a Facebook post, “We regret the decision.”", "We regret the decision.", None),
])
def test_a_post_after_in_a_is_a_noun(text, words, speaker):
    assert _speaker(text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a possessive owner stays the reading of before: the owner's post
    ("Ann Lee ran for mayor. From Lee's Facebook post: “We must move on.”", "We must move on.", "Ann Lee"),
    # "read", whose past is its present, stays a verb after a document
    ("Tom Hale's Facebook post read: “This is the end.”", "This is the end.", "Tom Hale"),
    # a verb after a pronoun stays a verb
    ("Lisa Park posted on Monday, “The council has failed us.”", "The council has failed us.", "Lisa Park"),
])
def test_a_post_is_still_a_verb_elsewhere(text, words, speaker):
    assert _speaker(text, words) == speaker


# A sentence that opens on an adverb and a participle ("Long regarded as ...,"): its subject
# comes after the comma, and a reporting participle later in the sentence is that subject's.
@pytest.mark.parametrize("text, words, speaker", [
    ("Ann Lee led the board. Long regarded as the architect of the revival, Lee has resigned, "
     "saying that she wanted to avoid “further embarrassment.”", "further embarrassment.", "Ann Lee"),
    ("Widely seen as a moderate, Tom Hale resigned on Monday, adding that the vote was “a farce.”",
     "a farce.", "Tom Hale"),
    ("Best known for his novels, Jim Cole quit the board, saying it had become “a place that time forgot.”",
     "a place that time forgot.", "Jim Cole"),
])
def test_an_adverb_and_a_participle_open_a_phrase_before_the_subject(text, words, speaker):
    assert _speaker(text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # an adverb and a participle that describe the subject itself, no comma after them
    ("Newly elected mayor Ann Lee said the plan, which the council passed, was “dead on arrival.”",
     "dead on arrival.", "Ann Lee"),
    # an unnamed subject after the phrase: no one
    ("Long regarded as a moderate, a council member resigned, saying the vote was “a farce.”", "a farce.", None),
])
def test_an_adverb_and_a_participle_keep_other_subjects(text, words, speaker):
    assert _speaker(text, words) == speaker


# "the former mayor" is no one the article describes as a current mayor (described_person):
# only someone described with "former" (or nobody).
@pytest.mark.parametrize("text, words, speaker", [
    ("Newly elected mayor Ann Lee opened the meeting.\n\nThe former mayor has resigned, saying he was "
     "“tired of the fighting.”", "tired of the fighting.", None),
    ("Newly elected mayor Ann Lee opened the meeting.\n\n“We are broke,” the former mayor said.",
     "We are broke,", None),
    # described with "former" before: that person
    ("Former city pollster Tom Hale spoke first.\n\n“We are broke,” the former pollster said.",
     "We are broke,", "Tom Hale"),
    # a description without "former" still stands for the one person described so
    ("Newly elected mayor Ann Lee opened the meeting.\n\n“We are rich,” the mayor said.", "We are rich,", "Ann Lee"),
])
def test_a_former_holder_is_not_the_current_one(text, words, speaker):
    assert _speaker(text, words) == speaker


# Issue 16 (read19's probes, mend-gen): an employer's last words are no name, an unknown title
# is no name, and an agent "for" someone titled is not that someone.
@pytest.mark.parametrize("text, words", [
    # the employer ends the sentence: no name after it (not "Blue Shield", not "Executive")
    ("“We need more nurses,” said President and CEO of the Western Blue Shield.", "We need more nurses,"),
    ("“Prices keep rising,” said President and Chief Executive of Growers Without Limits USA.",
     "Prices keep rising,"),
    ("“The collection doubles,” said Director and Chief Curator of the Dover Folk Museum.", "The collection doubles,"),
    ("“Roads are closed,” said Mayor and Chief Magistrate of Port Ellery.", "Roads are closed,"),
    ("“Beds are full,” said President and CEO of Dover General Hospital.", "Beds are full,"),
    # a title the role words lack before a name: where the name starts is a guess
    # (stop 48: "archivist" is a role word now; "glassblower" is not)
    ("“We waited long enough,” said President and Chief Glassblower Nora Pike.", "We waited long enough,"),
    # an employer run with no sign where it ends: "Acme Ruth Doyle" may be "Acme Ruth" + "Doyle"
    ("“Sales fell,” said Chairman and CEO of Acme Ruth Doyle.", "Sales fell,"),
])
def test_titles_then_employer_without_a_clear_name_give_no_one(text, words):
    assert _speaker(text, words) is None


@pytest.mark.parametrize("text, words, speaker", [
    ("“Sales fell,” said Chairman and CEO of Dover Systems Ruth Doyle.", "Sales fell,", "Ruth Doyle"),
    ("“Rates hold,” said Chair and CEO of the Harbor Savings Bank Nora Pike.", "Rates hold,", "Nora Pike"),
    ("“Grants go out today,” said President and CEO of the Pike Foundation Ruth Doyle.",
     "Grants go out today,", "Ruth Doyle"),
])
def test_titles_then_employer_then_a_name_keep_the_name(text, words, speaker):
    assert _speaker(text, words) == speaker


@pytest.mark.parametrize("text, words", [
    ("“We apologise for the delay,” a spokesman for President and CEO Ruth Doyle said.", "We apologise for the delay,"),
    ("“My client will appeal,” a lawyer for Chairman and CEO Nora Pike said.", "My client will appeal,"),
    ("“The visit is off,” a spokeswoman for Secretary of State Ruth Doyle said.", "The visit is off,"),
])
def test_an_agent_for_a_titled_person_is_unnamed(text, words):
    assert _speaker(text, words) is None


def test_an_agent_named_after_a_comma_keeps_the_name():
    text = "“We apologise,” a spokeswoman for President and CEO Ruth Doyle, Nora Pike, said."
    assert _speaker(text, "We apologise,") == "Nora Pike"


# Issue 16 (read19, adverb_participle): a surname in -ly and its verb open no adverb phrase; the
# phrase must end on a comma and a subject, not ", saying".
@pytest.mark.parametrize("text, words, speaker", [
    ("Board chair Nora Donnelly quit on Monday. Donnelly stepped down at once, saying the board needed "
     "“new blood.”", "new blood.", "Nora Donnelly"),
    ("Coach Ruth Kennelly lost again. Kennelly resigned, saying the club deserved “a better season.”",
     "a better season.", "Ruth Kennelly"),
])
def test_a_surname_in_ly_is_no_adverb(text, words, speaker):
    assert _speaker(text, words) == speaker
