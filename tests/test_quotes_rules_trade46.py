"""Names in trade-press, press-release and culture-page attributions (stop 46, trade46;
``trade_titles``): degrees after the name, a job word before a title's "of", a plural owner
before the name. Every sentence here is made up for these tests, in the shape of the copy."""
from __future__ import annotations

import pytest

from tests.quote_probes import only_quote

LEAD = "Brightwell Foods opened a new packaging plant in Toledo on Monday, its third in the state. "


@pytest.mark.parametrize("body, words, speaker", [
    # degrees and honours after the name, each after a comma
    ("“We were surprised by the yield,” said Hana Ueda, PhD, chief scientist at Velmar.",
     "We were surprised by the yield,", "Hana Ueda"),
    ("“The line runs around the clock,” Jo Roe, MBA, said.", "The line runs around the clock,", "Jo Roe"),
    ("“Margins are thin,” said Colm Brady, CPA, MBA, a partner at Fenwick & Hale.",
     "Margins are thin,", "Colm Brady"),
    # a degree is no speaker, but the name before it stays whole
    ("“Patients come first,” said Sam Tell, M.D.", "Patients come first,", "Sam Tell"),
])
def test_degrees_after_the_name_are_no_speaker(body, words, speaker):
    assert only_quote(LEAD + body, words).speaker == speaker


@pytest.mark.parametrize("body, words, speaker", [
    ("“We see strong demand,” Head of Sales Priya Nandakumar said.", "We see strong demand,", "Priya Nandakumar"),
    ("“It is not intentional,” said Corvane Head of Communications Lisa Hart.",
     "It is not intentional,", "Lisa Hart"),
    ("Head of Communications Lisa Hart said: “It is not intentional.”", "It is not intentional.", "Lisa Hart"),
    ("“We grew fast,” Founder of Tallbrook Studios Ann Lee said.", "We grew fast,", "Ann Lee"),
    # near misses: the name after the comma stays; "Head" as a surname stays in the name
    ("“We grew fast,” said Ann Lee, Founder of Tallbrook Studios.", "We grew fast,", "Ann Lee"),
    ("“We grew fast,” said Edith Head of the costume department.", "We grew fast,", "Edith Head"),
    ("“We grew fast,” Anthony Head said.", "We grew fast,", "Anthony Head"),
    ("“We grew fast,” said Edith Head of Paramount Pictures.", "We grew fast,", "Edith Head"),
    # a surname with an agent's ending before "of" is no job: the place or body after it is no name
    ("“The vote was early,” said Tom Garber. Later, “it felt rushed,” said Garber of the Harbor Teachers.",
     "it felt rushed,", "Tom Garber"),
    ("Sen. Ruth Hollander of New Mexico said only that “it has long been a priority” for the party.",
     "it has long been a priority", "Ruth Hollander"),
])
def test_a_job_word_before_of_is_part_of_the_title(body, words, speaker):
    assert only_quote(LEAD + body, words).speaker == speaker


@pytest.mark.parametrize("body, words, speaker", [
    ("“We recorded it in a church,” the Velvet Owls' Lou Reid told the Reader.",
     "We recorded it in a church,", "Lou Reid"),
    ("“Sales doubled,” said Acme Labs’ Jo Roe.", "Sales doubled,", "Jo Roe"),
    # near misses: the singular owner as before, and an owner of one word after the mark stays
    ("“Sales doubled,” said Halvern's Jo Roe.", "Sales doubled,", "Jo Roe"),
    ("“Sales doubled,” said Lou Reid of the Velvet Owls.", "Sales doubled,", "Lou Reid"),
])
def test_a_plural_owner_is_no_part_of_the_name(body, words, speaker):
    assert only_quote(LEAD + body, words).speaker == speaker


@pytest.mark.parametrize("body, words, speaker", [
    # a title with its "of" words introduces a person: the next "she"/"he" is that person
    ("Critics say the shortage is deliberate. Secretary of State Dana Whitlock pushed back. "
     "“It’s definitely not intentional,” she told Ars.", "It’s definitely not intentional,", "Dana Whitlock"),
    ("Critics say the shortage is deliberate. Halvern Senior Director of Corporate Communications Ravi "
     "Sandoval wants to push back. “It’s definitely not intentional,” he told Ars in an interview.",
     "It’s definitely not intentional,", "Ravi Sandoval"),
    ("Critics say the shortage is deliberate. Head of Sales Dana Whitlock pushed back. "
     "“It’s definitely not intentional,” she told Ars.", "It’s definitely not intentional,", "Dana Whitlock"),
    # near misses: "of" after a word that is no title names no one ("Supporters of")
    ("Supporters of Dana Whitlock rallied on Monday. “It’s definitely not intentional,” she told Ars.",
     "It’s definitely not intentional,", None),
])
def test_a_title_with_of_introduces_the_pronoun_antecedent(body, words, speaker):
    assert only_quote(body, words).speaker == speaker


CITED = ("The new tablets are out and the reviews are in.\n"
         "Marta Kellerman, Harbor Tech Weekly, “The New Slate Pro: Fast, Light and Pricey”:\n"
         "The screen is the best I have used on any tablet.\n")


def test_a_citation_line_quotes_a_title():
    q = only_quote(CITED, "The New Slate Pro: Fast, Light and Pricey")
    assert (q.kind, q.speaker) == ("scare", None)


@pytest.mark.parametrize("body, words, kind, speaker", [
    ("Here is what critics thought.\nOwen Tallis, The Quill Review, ‘A Winter in Salt Is a Triumph’\n"
     "It is the best novel of the year.\n", "A Winter in Salt Is a Triumph", "scare", None),
    ("The reviews are in.\nPer Lund, Slate Weekly, “iSlate 2.5 Review: Small Wonder”:\nIt is tiny.\n",
     "iSlate 2.5 Review: Small Wonder", "scare", None),
    # near misses: a description is no outlet; a sentence case quote with its verb is speech
    ("Ann Lee, a nurse, “We were never told anything about it.”", "We were never told anything about it.",
     "direct", None),
    ("The plant closed in March.\nAnn Lee, Harbor Tech Weekly, “We were never told about it,” she said.\n",
     "We were never told about it,", "direct", "Ann Lee"),
])
def test_citation_lines_and_near_misses(body, words, kind, speaker):
    q = only_quote(body, words)
    assert (q.kind, q.speaker) == (kind, speaker)
