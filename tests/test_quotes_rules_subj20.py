"""Rule ``paraphrase_before``: a quote inside the writer's account of what one person said, the
nearest sentence before it in its paragraph reporting that person's words (", said Ann Lee."
or "Ann Lee said ..."), with nothing between that names, quotes or introduces anyone else
(issue 16: the quotes no rule credits). Made-up sentences only."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from tests.quote_probes import only_quote


CREDITED = [
    ("The council's plan will fail, Ann Lee said. The budget is short and the timing is "
     "“simply wrong for a town of this size”.", "simply wrong for a town of this size", "Ann Lee"),
    ("The wall is cracked, said Ann Lee, the city engineer. Repairs are due in spring. The cost is "
     "“far higher than anyone planned”.", "far higher than anyone planned", "Ann Lee"),
    ("The bridge is safe, said Tom Hale in Dorvan. The repairs were made last year. The steel is "
     "“as good as the day it was poured”.", "as good as the day it was poured", "Tom Hale"),
    ("So far, two thousand people have signed up, said Ann Lee in the Courier. And the results have "
     "been “strange, noisy and quite wonderful”.", "strange, noisy and quite wonderful", "Ann Lee"),
    ("Ann Lee said the plan would fail. The budget is short. It is “simply wrong for a town of "
     "this size”.", "simply wrong for a town of this size", "Ann Lee"),
]


@pytest.mark.parametrize("text, words, speaker", CREDITED)
def test_the_quote_goes_on_with_the_paraphrase_before(text, words, speaker):
    q = only_quote(text, words)
    assert (q.speaker, q.rule) == (speaker, "paraphrase_before")


NO_ONE = [
    # a second person named between the attribution and the quote
    ("The road is closed, Ann Lee said. Tom Hale disagreed. It is “only a short detour for most "
     "drivers”.", "only a short detour for most drivers"),
    # someone new, unnamed, enters between
    ("The vote was close, said Ann Lee. A neighbour shrugged. It was “a fair fight in the end, "
     "as these things go”.", "a fair fight in the end, as these things go"),
    # the reporting sentence names someone else after its verb
    ("Ann Lee said Tom Hale would lose. He has little money. It is “a lost cause from start to "
     "finish”.", "a lost cause from start to finish"),
    # the quote's own sentence names someone
    ("The shop will close, said Ann Lee. Tom Hale called it “a sad day for the whole street”.",
     "a sad day for the whole street"),
    # the paragraph's first sentence: nothing before it to go on with
    ("Sales are falling and it is “a sad day for the whole street”, the report shows.",
     "a sad day for the whole street"),
]


@pytest.mark.parametrize("text, words", NO_ONE)
def test_no_paraphrase_credit_when_someone_else_may_be_meant(text, words):
    q = only_quote(text, words)
    assert q.rule != "paraphrase_before"
    assert q.speaker != "Ann Lee" or "Tom Hale" not in text


def test_a_description_that_reports_credits_no_one():
    # "the mayor said": no name, so no one (null rather than a guess)
    q = only_quote("The school will close, the mayor said. It is “a sad day for the whole town "
               "and its children”.", "a sad day for the whole town and its children")
    assert q.rule != "paraphrase_before"


# Rule ``headline_quote``: a headline's quote lifted from the body's quotes of one person.
def _title_quote(title: str, body: str):
    found = [q for q in extract_quotes(title, [], body) if q.zone == "title"]
    assert len(found) == 1
    return found[0]


def test_a_headline_quote_lifted_from_one_persons_words():
    q = _title_quote("‘We Will Not Move’: Residents Fight Eviction",
                     "“We will not move, whatever they offer us,” said Ann Lee, who has lived on the street "
                     "for forty years.\n\nThe council did not reply.")
    assert (q.speaker, q.rule) == ("Ann Lee", "headline_quote")


@pytest.mark.parametrize("title, body", [
    # two people say the words: no one
    ("‘We Will Not Move’: Residents Fight Eviction",
     "“We will not move, whatever they offer us,” said Ann Lee.\n\nHer neighbour Tom Hale agreed. "
     "“We will not move either,” he said."),
    # the words are a work's title in the body: no one's
    ("Critics Split Over ‘Wuthering Heights Again’",
     "“Wuthering Heights Again is the dumbest film of the year,” said Ann Lee in the Courier.\n\n"
     "Tom Hale disliked “Wuthering Heights Again” from the start."),
    # two words are a label as often as a lifted phrase
    ("Lee Breaks With Hale Over ‘Completely Wrong’ Tariffs",
     "Prime Minister Ann Lee broke with Tom Hale on Monday over his tariff plan, a move she called "
     "“completely wrong.”"),
    # the body's quote is credited only by inheritance
    ("‘That Is Our Land’: A Border Row Deepens",
     "“This island is part of our continent,” Tom Hale said. “That is our land.”"),
])
def test_no_headline_credit_when_unsure(title, body):
    q = _title_quote(title, body)
    assert q.rule != "headline_quote" and q.speaker is None


@pytest.mark.parametrize("text, words", [
    # a work's title is no one's words
    ("The film drags, said Ann Lee. Its sequel is “The Long Road Home, Part Two of the Trilogy”.",
     "The Long Road Home, Part Two of the Trilogy"),
    # a role enters between: the minister may be the one quoted
    ("The school will shut, Tom Hale said. The minister disagreed. The decision is “not final and can "
     "still be appealed”.", "not final and can still be appealed"),
])
def test_no_paraphrase_credit_for_a_title_or_after_a_role(text, words):
    assert only_quote(text, words).rule != "paraphrase_before"


# issue 16 (second reader): paraphrase_before's own-sentence guards. Each failed before the mend.
@pytest.mark.parametrize("text, words", [
    # the reporting sentence's words are about a description after its verb; the next sentence's
    # possessive is his, not the speaker's
    ("Pat Ruiz said the mayor had vowed to finish the line soon. His proposal offers “a fresh start "
     "for commuters” in the east.", "a fresh start for commuters"),
    # a plural subject: the two founders, not the one who spoke
    ("Pat Ruiz and Dan Oye opened the bakery in 2015.\n\nSales will keep rising, Oye said. They now "
     "bake “more than 3,000 loaves” every single day.", "more than 3,000 loaves"),
    # the writer's own view, in the first person outside the marks
    ("The stadium will lose money, Pat Ruiz said. To my mind, the deal is “a very bad bargain” for "
     "the town.", "a very bad bargain"),
    # one word: a term, as often the writer's as the speaker's
    ("The bridge will be late, Pat Ruiz said. In short, the crossing is a “flyover” above the rail "
     "yard.", "flyover"),
])
def test_no_paraphrase_credit_for_a_pronoun_the_first_person_or_a_term(text, words):
    q = only_quote(text, words)
    assert q.rule != "paraphrase_before" and q.speaker != "Pat Ruiz"


def test_paraphrase_credit_still_given_after_the_guards():
    q = only_quote("The stadium will lose money, Pat Ruiz said. The budget is thin and the timing is "
               "“plainly the worst possible”.", "plainly the worst possible")
    assert (q.speaker, q.rule) == ("Pat Ruiz", "paraphrase_before")


# issue 16: headline_quote counts a body quote only where the words open it, a sentence or a
# clause of it, and never where they sit inside its own inner marks. Each failed before the mend.
@pytest.mark.parametrize("title, body", [
    # the words are someone else's, reported inside the body quote's inner marks
    ("‘We Are Staying Put’: Council Stands Firm on Park Sale",
     "“When the council said ‘we are staying put’, everyone cheered,” said shopkeeper Pat Ruiz."),
    # a play's title in mid-sentence, as an object
    ("‘A Long Way Home’ Opens at the Civic Theatre",
     "“Everyone should see a long way home at least once,” said producer Pat Ruiz."),
    # a slogan named as a label in mid-sentence
    ("‘Keep The Valley Green’ Badges Banned at Games",
     "“Fans wore keep the valley green badges at every match,” said coach Pat Ruiz."),
])
def test_no_headline_credit_for_nested_or_mid_clause_words(title, body):
    q = _title_quote(title, body)
    assert q.rule != "headline_quote" and q.speaker is None


@pytest.mark.parametrize("title, body", [
    ("‘We Are Staying Put’: Shopkeepers Defy Council",
     "“We are staying put. Nobody will move us,” said shopkeeper Pat Ruiz."),
    ("‘Nobody Will Move Us’: Shopkeepers Defy Council",
     "“We are staying put; nobody will move us,” said shopkeeper Pat Ruiz."),
    ("‘Make Your Voice Heard’: A Judge's Advice",
     "“Speak up, make your voice heard, and never apologise,” said judge Pat Ruiz."),
])
def test_headline_credit_for_words_opening_a_sentence_or_clause(title, body):
    q = _title_quote(title, body)
    assert (q.speaker, q.rule) == ("Pat Ruiz", "headline_quote")
