"""Who said it, in English news: issue 16's failure shapes, one group per shape, with made-up
sentences. Each test names the shape it guards; the rule that credits the quote is checked
where the shape is about a rule."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def quotes(body: str, title: str = ""):
    return [q for q in extract_quotes(title, [], body) if q.zone == "body"]


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in quotes(body)]


# ------------------------------------------------- shape 1: an unnamed new speaker, then he/she

@pytest.mark.parametrize("body, expected", [
    # A new person enters without a name: "he" is that person, not the one named before.
    ('"We will not back down," said Ann Lee, the union\'s president.\n\n'
     'A spokesman for the city disagreed. "The deal was fair," he said.',
     ["Ann Lee", None]),
    ('"The water is safe," said Mayor Tom Hale.\n\n'
     'A local farmer who lives near the plant was less sure. "My cows won\'t drink it," she said.',
     ["Tom Hale", None]),
    # A description with "the" refers back to someone already named: it stays theirs.
    ('Ruth Okafor won the race on Sunday. "It was hard," Okafor said.\n\n'
     'The former champion was calm afterwards. "I slept well," she said.',
     ["Ruth Okafor", "Ruth Okafor"]),
], ids=["a-spokesman", "a-local-farmer", "the-champion-refers-back"])
def test_unnamed_new_speaker_is_not_the_previous_one(body, expected):
    assert speakers(body) == expected


def test_unnamed_speaker_keeps_the_attribution_words():
    """Rather null than wrong: the pronoun stays in speaker_mention for a reader to judge."""
    q = quotes('"No," said Ann Lee.\n\nA worker at the gate shrugged. "Maybe," he said.')[1]
    assert q.speaker is None and q.speaker_mention == "he" and q.cue == "said"


def test_he_inside_a_passage_quoted_from_one_person():
    """The sentence before "he said" is the end of a quote credited to Pike ("… our way.
    We stand together," Pike said.): "he" is Pike, not the man named earlier in the article."""
    body = ('Prime Minister Carl Voss spoke on Tuesday. "We are at war," Voss declared.\n\n'
            'Lars Pike, a union leader, said the strike would go on.\n\n'
            '"This is our town, this is our way. We stand together," Pike said. '
            'He said he expected no deal.\n\n'
            '"We have nothing to lose," he said.')
    assert speakers(body)[-1] == "Lars Pike"


def test_he_is_the_subject_the_quotes_sentence_opens_on():
    """A quote that opens inside a sentence about someone, with "she said" after it: she is
    that sentence's subject, not whoever spoke last."""
    body = ('"We gave everything," Paul Marsh said after the final.\n\n'
            'Nina Ortiz fought back tears as she called the silver medal a "bitter prize, '
            'after all we did together," she said.')
    assert speakers(body) == ["Paul Marsh", "Nina Ortiz"]


def test_a_sentence_opening_on_and_keeps_its_subject():
    """"And Obama, for all ..., seems to agree." is about Obama: his "he said" follows."""
    body = ('President Barack Obama spoke last.\n\n'
            'Ted Marsh, an engineer, said: "No country has done it yet."\n\n'
            'And Obama, for all the deals he struck, seems to agree. '
            '"We do not know what will work," he said.')
    assert speakers(body)[-1] == "Barack Obama"
