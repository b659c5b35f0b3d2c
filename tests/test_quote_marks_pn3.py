"""Stop 39, pn3: quote marks that the mark layer misread, in single-mark (UK) and NYT typography.

Own sentences, grouped by the shape of the marks (transforms/quotes/marks.py): each shape is a
case where a reader sees a quotation that ``find_spans`` used to miss, beside the near cases
that must stay as they were (apostrophes, years cut short, stray marks).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.marks import find_spans


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_spans(text)]


# ------------------------------------- a left single mark before a number: quoted figure or year

@pytest.mark.parametrize("text, quoted", [
    ("The ‘85 percent’ figure came from the mayor’s office.", ["85 percent"]),
    ("She should have said ‘40 villages were flooded.’ She did not.", ["40 villages were flooded."]),
    ("His ‘12 point plan’ drew laughs.", ["12 point plan"]),
], ids=["figure", "sentence", "plan"])
def test_a_left_mark_before_digits_quotes_a_number_when_it_closes_nearby(text, quoted):
    assert spans(text) == quoted


@pytest.mark.parametrize("text", [
    "The band peaked in the ‘80s and toured again in 2004.",
    "He ran in ‘08 and lost; the voters’ mood had turned.",
    "He ran in ‘08 and came back four years later to run once more, this time as a party’s pick.",
], ids=["decade", "year-then-possessive", "year-far-from-any-mark"])
def test_a_left_mark_before_digits_is_still_a_year_cut_short(text):
    assert spans(text) == []


def test_a_year_cut_short_does_not_swallow_a_later_quote():
    text = "He said in ‘08 that voters had changed. ‘We saw it,’ he said."
    assert spans(text) == ["We saw it,"]


# ---------------------------------------------- a closing single mark that lost its space

def test_a_right_single_mark_after_a_comma_closes_before_a_word():
    text = "‘We worked hard for this town,’Mara Quill said. ‘The rest is up to you.’"
    assert spans(text) == ["We worked hard for this town,", "The rest is up to you."]


def test_an_apostrophe_inside_a_word_is_still_no_mark():
    assert spans("‘The county’s roads,’ she said, ‘are a disgrace.’") == ["The county’s roads,",
                                                                          "are a disgrace."]


# ------------------------------------------------ marks set off by a space after a comma

@pytest.mark.parametrize("text, quoted", [
    ("''We are not done yet, '' said Mr. Quill, the mayor.", ["We are not done yet,"]),
    ("‘We are not done yet, ’ said Mr. Quill, the mayor.", ["We are not done yet,"]),
    ("“We are not done yet, ” said Mr. Quill, the mayor.", ["We are not done yet,"]),
], ids=["nyt", "single", "double"])
def test_a_closing_mark_after_a_comma_and_a_space_closes(text, quoted):
    assert spans(text) == quoted


@pytest.mark.parametrize("text, quoted", [
    ("As the Gazette reported, “ … the vote was never close.”", ["… the vote was never close."]),
    ("As the Gazette reported, ‘ … the vote was never close.’", ["… the vote was never close."]),
    ("She added, ‘ We are ready.’", ["We are ready."]),
], ids=["double-ellipsis", "single-ellipsis", "single-word"])
def test_an_opening_mark_after_a_comma_and_a_space_opens(text, quoted):
    assert spans(text) == quoted


# ----------------------------- a single quotation left open: to the end of its paragraph

@pytest.mark.parametrize("text, quoted", [
    ("‘The roads come first,’ Ms. Quill added, ‘and the schools right after them\nas money allows.’",
     ["The roads come first,", "and the schools right after them"]),
    ("‘It is over,’ said Tom Hale, who backs the plan. ‘Honestly, we have won this one.\nNext paragraph.",
     ["It is over,", "Honestly, we have won this one."]),
], ids=["after-comma", "opens-a-sentence"])
def test_a_left_single_mark_left_open_runs_to_the_paragraph_end(text, quoted):
    assert spans(text)[:2] == quoted


@pytest.mark.parametrize("text", [
    "The club met in Leeds. ‘em all, they cried, and left.",
    "It rained in Leeds and ‘the mood dropped.",
], ids=["elision-after-a-full-stop", "inside-a-sentence"])
def test_a_lone_left_single_mark_elsewhere_quotes_nothing(text):
    assert spans(text) == []


def test_a_right_single_mark_after_a_spaced_comma_is_no_closing():
    text = "‘We cannot say ‘vote,’ and then say ,’No, you may not,’ ’ she said."
    assert "and then say" in spans(text)[0]


def test_a_closing_mark_after_a_full_stop_and_a_space_closes():
    assert spans("‘We saw it. ’ Then he left. ‘Again.’") == ["We saw it.", "Again."]


# ------------------------------------ the same quote gets the same kind whatever its marks

# NYT's closing '' is two characters wide: a label before a noun is the writer's scare quote
# there too (kinds.is_modifier read the character after its first mark).
@pytest.mark.parametrize("body", [
    "The group has raised money for {} groups in three states, the filing shows.",
    "Ms. Reyes won {} voters by a wide margin.",
], ids=["groups", "voters"])
def test_a_label_before_a_noun_reads_alike_in_nyt_curly_and_single_marks(body):
    for opening, closing in (("''", "''"), ("\u201c", "\u201d"), ("\u2018", "\u2019")):
        found = extract_quotes("Council news", [], body.format(f"{opening}very local{closing}"))
        assert [(q.kind, q.speaker) for q in found] == [("scare", None)], opening


_MARK_STYLES = (("''", "''"), ("\u201c", "\u201d"), ("\u2018", "\u2019"))


def test_a_judged_phrase_is_the_judges_whatever_the_marks():
    # speech_subject reads the word after the closing mark: after both characters of ''
    for opening, closing in _MARK_STYLES:
        body = f"Ann Lee congratulated the team on the {opening}decisive victory{closing} at the polls."
        assert [(q.kind, q.speaker, q.rule) for q in extract_quotes("Council news", [], body)] == \
            [("partial", "Ann Lee", "speech_subject")], opening


def test_a_title_naming_the_noun_after_it_in_a_headline_whatever_the_marks():
    # heading_quotes.modifies_noun_in_title: "''Jaws Returns'' director ..." labels the director
    for opening, closing in _MARK_STYLES:
        title = f"{opening}Jaws Returns{closing} director Ann Lee praises the new cut"
        found = extract_quotes(title, [], "Ann Lee said the film was ready. \"We worked hard,\" she said.")
        assert (found[0].kind, found[0].speaker) == ("scare", None), opening
