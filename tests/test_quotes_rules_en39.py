"""English quotes credited to no one or to the wrong one (stop 39, en), on hand-written sentences,
grouped by the mechanism that carries the speaker; and the shapes that stay null on purpose
(rather null than wrong)."""
from __future__ import annotations

import pytest

from tests.quote_probes import only_quote

_LEAD = "The council met on Tuesday to discuss the harbour budget.\n\n"

# mechanism -> [(body, quoted words, speaker, rule)]
CREDITED = {
    # A name put after its verb by a sentence-final attribution (", says X") is a person's: the
    # "he" or "she" of the next quote stands for it (inverted_names.py, antecedents.nearest_person).
    "inverted_name": [
        (_LEAD + "The region has stabilized, says Tom Hale. “Most firms face a calmer market,” he says.",
         "Most firms face a calmer market,", "Tom Hale", "after_quote"),
        (_LEAD + "Trade recovered late in the year, says Tom Hale, formerly Deputy Secretary of Trade for "
                 "Northern and Coastal Affairs and now partner at The Lake Group. “Most firms face a calmer "
                 "market,” he says.",
         "Most firms face a calmer market,", "Tom Hale", "after_quote"),
        (_LEAD + "The vote is unlikely to change much, wrote Ana Ruiz in the Courier.\n\n“Most voters made up "
                 "their minds long ago,” she added.",
         "Most voters made up their minds long ago,", "Ana Ruiz", "after_quote"),
        # the nearer of two people, the one the inverted verb names, is "she"
        (_LEAD + "“The pier is ready,” said Mayor Tom Hale.\n\nWhether the ferries will come back is in doubt, "
                 "said Ana Ruiz, director of the port workers’ union. “We have heard this promise before,” "
                 "she told the Courier.",
         "We have heard this promise before,", "Ana Ruiz", "after_quote"),
    ],
    # The sentence right before the pronoun's own, with no quote of its own, is about the one its
    # closing attribution names, not about the speaker credited before it (closing_reporter.py).
    "closing_reporter": [
        (_LEAD + "“The pier is ready,” said Mayor Tom Hale.\n\nWhether the ferries will come back is in "
                 "doubt, according to Ana Ruiz, director of the port workers’ union. “We have heard this "
                 "promise before,” she told the Courier.",
         "We have heard this promise before,", "Ana Ruiz", "after_quote"),
        (_LEAD + "“The pier is ready,” said Mayor Tom Hale.\n\nWhether the ferries will come back is in "
                 "doubt, port union director Ana Ruiz told the Courier. “We have heard this promise "
                 "before,” she said.",
         "We have heard this promise before,", "Ana Ruiz", "after_quote"),
        # a sentence with a British ‘…’ quote of its own is credited by that quote, not read here
        (_LEAD + "“The pier is ready,” said Mayor Tom Hale.\n\nThe ‘ferry plan’ is in doubt, said Ana Ruiz, "
                 "director of the port workers’ union. “We will wait and see,” she told the Courier.",
         "We will wait and see,", "Ana Ruiz", "after_quote"),
    ],
    # An apostrophe is no quotation mark: a contraction or a possessive in the writer's sentences
    # no longer stops the paragraph's closing attribution from reaching the quote
    # (paraphrase_before.py).
    "apostrophe": [
        (_LEAD + "The plan will fail, Maria Lindqvist told the Courier. It’s a budget that is short and the "
                 "timing is “simply wrong for every renter”.",
         "simply wrong for every renter", "Maria Lindqvist", "paraphrase_before"),
        (_LEAD + "The plan will fail, Maria Lindqvist told the Courier. The city’s budget is short and the "
                 "timing is “simply wrong for every renter”.",
         "simply wrong for every renter", "Maria Lindqvist", "paraphrase_before"),
    ],
    # A lower-case role that ends on a full name names the speaker as a capitalized mention does
    # (paraphrase_before.py).
    "role_then_name": [
        (_LEAD + "The plan will fail, housing analyst Maria Lindqvist told the Courier. The budget is short "
                 "and the timing is wrong. “Nobody has asked the renters what they need.”",
         "Nobody has asked the renters what they need.", "Maria Lindqvist", "paraphrase_before"),
    ],
}

# Names after "said" that are no reporter: the pronoun never goes to them (body, quoted words, name)
NOT_THE_REPORTER = [
    # after "told" comes the listener
    (_LEAD + "“The pier is ready,” said Mayor Tom Hale.\n\nWhether the ferries will come back is in doubt, "
             "the union told Ana Ruiz. “We have heard this promise before,” she said.",
     "We have heard this promise before,", "Ana Ruiz"),
    # the subject with a relative clause before "said": the name after the verb is a possessor
    (_LEAD + "“The pier is ready,” said Mayor Tom Hale.\n\nEconomist Ana Ruiz, who studies port budgets, "
             "said Kim Berg’s plan left the matter open. “I see no details about the costs,” she said.",
     "I see no details about the costs,", "Kim Berg"),
    # the name after "said" is what the sentence is about, not its reporter
    (_LEAD + "“The pier is ready,” said Mayor Tom Hale.\n\nThe port workers’ director, Ana Ruiz, said Kim Berg "
             "was wrong about the ferries. “We have heard this promise before,” she told the Courier.",
     "We have heard this promise before,", "Kim Berg"),
]

# Quotes that stay no one's: (body, quoted words)
UNCREDITED = [
    # after "told" comes the listener, not the speaker
    (_LEAD + "The region has stabilized, the minister told Tom Hale. “Most firms face a calmer market,” he says.",
     "Most firms face a calmer market,"),
    # no inversion: the name is the object of what the group said
    (_LEAD + "The union said Tom Hale broke the rules. “Most firms face a calmer market,” he says.",
     "Most firms face a calmer market,"),
    # a body after the verb is no "he"
    (_LEAD + "The region has stabilized, says the Lake Group. “Most firms face a calmer market,” he says.",
     "Most firms face a calmer market,"),
    # a real quotation mark between the attribution and the quote still stops paraphrase_before
    (_LEAD + "The plan will fail, Maria Lindqvist told the Courier. The mayor’s ‘fix’ is short and the "
             "timing is “simply wrong for every renter”.",
     "simply wrong for every renter"),
    # a role with no name stays unnamed
    (_LEAD + "The plan will fail, the housing official told the Courier. The budget is short and the timing "
             "is wrong. “Nobody has asked the renters what they need.”",
     "Nobody has asked the renters what they need."),
]


@pytest.mark.parametrize("mechanism, text, words, speaker, rule", [
    (mechanism, *case) for mechanism, cases in CREDITED.items() for case in cases
], ids=[f"{mechanism}-{n}" for mechanism, cases in CREDITED.items() for n in range(len(cases))])
def test_credited(mechanism, text, words, speaker, rule):
    q = only_quote(text, words)
    assert (q.speaker, q.rule) == (speaker, rule)


@pytest.mark.parametrize("text, words, name", NOT_THE_REPORTER)
def test_not_the_reporter(text, words, name):
    assert only_quote(text, words).speaker != name


@pytest.mark.parametrize("text, words", UNCREDITED)
def test_uncredited(text, words):
    assert only_quote(text, words).speaker is None
