"""Rule ``previous_quote``: who a quote with no attribution of its own goes on with.

Only a quote credited to someone carries its speaker on (``Site.said``), and the distance is
measured from it; a scare quote or a title in between carries no one further, unless it stands in
this quote's own sentence and that sentence names who uses it. Made-up sentences only.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.antecedents import role_then_name
from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.cues import CueIndex
from newsbeam.transforms.quotes.marks import find_spans, paragraph_spans
from newsbeam.transforms.quotes.names import NameIndex
from newsbeam.transforms.quotes.rules_before import previous_quote
from newsbeam.transforms.quotes.tokens import Sentences
from newsbeam.transforms.quotes.unnamed import opens_on_someone_new


def _site(text: str, k: int, prev: tuple[Finding, int] | None, said: tuple[Finding, int] | None):
    """The site of the ``k``-th quote of ``text``, the previous quote (finding, index) and the
    last credited one given."""
    paragraphs = paragraph_spans(text)
    spans = find_spans(text, paragraphs)
    ctx = ArticleContext(NameIndex([text]))
    ctx.cues = CueIndex(text, title_case=False)
    ctx.sentences = Sentences(text)
    span = spans[k]
    p_lo, p_hi = paragraphs[span.paragraph]
    before = [s for s in spans[:k] if s.paragraph == span.paragraph]
    head_lo = before[-1].end + 1 if before else p_lo
    site = Site(text, "body", span, paragraphs, p_lo, head_lo, p_hi, ctx.sentences.start(head_lo, span.open_at),
                prev[0] if prev else None, spans[prev[1]] if prev else None, bool(before),
                not text[p_lo:span.open_at].strip(),
                said[0] if said else None, spans[said[1]] if said else None)
    return site, ctx


LEE = Finding("Ann Lee", "said", "explicit", 20, "after_quote")


def test_goes_on_with_the_last_credited_quote_in_its_paragraph():
    text = "“We will win,” said Ann Lee. The hall was full. “Nobody is left out.”"
    site, ctx = _site(text, 1, (LEE, 0), (LEE, 0))
    found = previous_quote(site, ctx)
    assert found is not None and (found.mention, found.how) == ("Ann Lee", "inherited")


def test_a_scare_quote_in_between_carries_no_one():
    # The quote before is the writer's word, whose sentence's subject was read for it; no quote
    # credited to anyone stands in this paragraph or closes the one before.
    text = ("“We will win,” said Ann Lee.\n\nA studio bought a drama about fishermen, “Harbor.”\n\n"
            "“Tides is a comedy about two brokers.”")
    studio = Finding("A studio", "bought", "explicit", 36, "sentence_subject")
    site, ctx = _site(text, 2, (studio, 1), (LEE, 0))
    assert previous_quote(site, ctx) is None


def test_the_distance_is_measured_from_the_credited_quote():
    # The paragraph before ends on a scare quote; the credited quote is two paragraphs back.
    text = ("“We will win,” said Ann Lee.\n\nThe council calls its plan a “toolkit.”\n\n"
            "“Nobody is left out.”")
    inherited = Finding("Ann Lee", "said", "inherited", 20, "previous_quote")
    site, ctx = _site(text, 2, (inherited, 1), (LEE, 0))
    assert previous_quote(site, ctx) is None
    # With the credited quote closing the paragraph right before, the quote goes on with it.
    text = "“We will win,” said Ann Lee, “and soon.”\n\n“Nobody is left out.”"
    site, ctx = _site(text, 2, (LEE, 1), (LEE, 1))
    found = previous_quote(site, ctx)
    assert found is not None and found.mention == "Ann Lee"


def test_a_cue_between_the_credited_quote_and_this_one_stops_it():
    text = "“We will win,” said Ann Lee. Her rival called it a “fantasy.” “Nobody is left out.”"
    site, ctx = _site(text, 2, (None, 1), (LEE, 0))
    assert previous_quote(site, ctx) is None


def test_a_scare_quote_in_the_same_sentence_gives_its_subject():
    # "Dana Park, star of “Night Shift,” thanked ... for “...”": the sentence's own subject, not
    # the speaker credited sentences before.
    text = ("“A good day,” wrote Mia Cole. She was at the signing.\n\n"
            "Dana Park, star of “Night Shift,” thanked the governor for “keeping us safe.”")
    cole = Finding("Mia Cole", "wrote", "explicit", 16, "after_quote")
    park = Finding("Dana Park", "thanked", "explicit", 60, "sentence_subject")
    site, ctx = _site(text, 2, (park, 1), (cole, 0))
    found = previous_quote(site, ctx)
    assert found is not None and (found.mention, found.how, found.rule) == ("Dana Park", "explicit",
                                                                           "sentence_subject")


def test_a_scare_quote_in_an_earlier_sentence_gives_nothing():
    text = ("“A good day,” wrote Mia Cole.\n\nDana Park starred in “Night Shift.” "
            "The governor thanked her for “keeping us safe.”")
    cole = Finding("Mia Cole", "wrote", "explicit", 16, "after_quote")
    park = Finding("Dana Park", "starred", "explicit", 40, "sentence_subject")
    site, ctx = _site(text, 2, (park, 1), (cole, 0))
    assert previous_quote(site, ctx) is None


def test_an_inherited_scare_quote_in_the_same_sentence_gives_nothing_of_its_own():
    text = "“We will win,” said Ann Lee. The “toolkit” and the “roadmap” are old."
    inherited = Finding("Ann Lee", "said", "inherited", 20, "previous_quote")
    site, ctx = _site(text, 2, (inherited, 1), None)
    assert previous_quote(site, ctx) is None


# Rule ``someone_new`` (unnamed.opens_on_someone_new, in previous_quote): a sentence between the
# credited quote and this one that opens on an indefinite description of one person brings in
# someone new, unnamed; the quote after it is not the speaker's before (null, not a stale name).
@pytest.mark.parametrize("sentence, new", [
    ("A spokeswoman for the union disagreed.", True),
    ("An aide to the mayor walked out.", True),
    ("One resident, who asked not to be named, was less sure.", True),
    ("A Green councillor shook her head.", True),
    ("A senior official with the agency left early.", True),
    ("Another neighbour had doubts.", True),
    ("A campaign event is planned for May.", False),  # a role word as a modifier
    ("A year ago, the bridge was closed.", False),
    ("The spokeswoman disagreed.", False),  # definite: maybe someone named before
    ("Ann Lee, a spokeswoman, disagreed.", False),
])
def test_a_sentence_opens_on_someone_new(sentence, new):
    assert opens_on_someone_new(sentence) is new


@pytest.mark.parametrize("body, speaker", [
    ("“We will fix the road,” said Tom Hale, the mayor. A spokeswoman for the union disagreed. "
     "“The money is simply not there.”", None),
    ("“We will fix the road,” said Tom Hale, the mayor. Another councillor was less sure. "
     "“The money is simply not there.”", None),
    # no one new: the quote goes on with the mayor
    ("“We will fix the road,” said Tom Hale, the mayor. The work starts in May. "
     "“The money is already there.”", "Tom Hale"),
])
def test_someone_new_stops_the_previous_speaker(body, speaker):
    quotes = extract_quotes("", [], body)
    assert quotes[-1].speaker == speaker


# Rule ``described_newcomer`` (antecedents.described_newcomer, in sentences_before.subject_before): a
# sentence about a described role that no title in the article gives to anyone. "He"/"she" after
# it is the one the article described so, else someone unnamed when the description says more
# than its noun; never the speaker before.
@pytest.mark.parametrize("body, speaker", [
    ("“We will fix the road,” said Tom Hale, the mayor.\n\nThe union leader disagreed.\n\n"
     "“The money is not there,” he said.", None),
    ("“We will fix the road,” said Tom Hale. Ann Lee, a lawyer for the union, was there.\n\n"
     "The lawyer disagreed.\n\n“The money is not there,” she said.", "Ann Lee"),
    # a name in apposition to the description is the one meant
    ("“We will fix the road,” said Tom Hale, the mayor.\n\nThe union leader, Ann Lee, disagreed.\n\n"
     "“The money is not there,” she said.", "Ann Lee"),
    # the mayor named before: "the mayor" is him
    ("“We will fix the road,” said Tom Hale, the mayor.\n\nThe mayor smiled.\n\n"
     "“The money is there,” he said.", "Tom Hale"),
    # a bare description no one was given: left to the names before
    ("“We will fix the road,” said Tom Hale.\n\nThe candidate smiled.\n\n"
     "“The money is there,” he said.", "Tom Hale"),
])
def test_a_described_newcomer_is_not_the_speaker_before(body, speaker):
    assert extract_quotes("", [], body)[-1].speaker == speaker


@pytest.mark.parametrize("mention, name", [
    ("The union leader, Ann Lee", "Ann Lee"),
    ("the new coach, Tom B. Hale", "Tom B. Hale"),
    ("Ann Lee, a lawyer", ""),  # a name first: read as a name, not here
    ("The union leader", ""),
    ("The company, Harbor Foods Inc.", ""),  # a body
])
def test_role_then_name(mention, name):
    assert role_then_name(mention) == name
