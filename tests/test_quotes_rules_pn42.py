"""Stop 42, pn42 (issue 16): an unnamed group as the subject of a verb of saying, whatever its noun
(transforms/quotes/plural_subject.py). Made-up sentences only, grouped by what they check."""
from __future__ import annotations

import pytest

from tests.quote_probes import quote_after
from newsbeam.transforms.quotes.plural_subject import plural_subject
from newsbeam.transforms.quotes.tokens import tokens

INTRO = "The harbour commission met on Monday after two years of delays.\n\n"


_quote = quote_after(INTRO, "en", strip="“”\"'‘’ ,.")


# --- a plural subject no list holds: the words are someone's (partial), the speaker stays null ---

@pytest.mark.parametrize("body, words, mention", [
    ('The agents described the flooded tunnel as "a sponge."', "a sponge", "The agents"),
    ('Park rangers described the new trail as "a muddy mess" after the storm.', "a muddy mess",
     "Park rangers"),
    ('The pier is so old that the local volunteers called it "a death trap" last year.',
     "a death trap", "the local volunteers"),
    ('Some longtime ferrymen describe the new timetable as "pure fantasy."', "pure fantasy",
     "Some longtime ferrymen"),
    # a long clause: the same mention clause_fragment kept, now read by lead_in itself
    ("The ministers added that this step reflected an attempt to “push a new tax onto the "
     "smallest farms in the valley”.", "push a new tax onto the smallest farms in the valley",
     "The ministers"),
])
def test_unlisted_plural_subject_credits_its_words(body: str, words: str, mention: str) -> None:
    q = _quote(body, words)
    assert q.kind == "partial"  # not the writer's scare quote
    assert q.speaker is None  # no one named: rather null than a guess
    assert q.speaker_mention == mention


# --- what is no such subject -----------------------------------------------------------------

@pytest.mark.parametrize("body, words", [
    # after a closing mark the writer's clause starts: the quoted words are not its noun's
    ('The board rejected the "poison pill" measures added by the council.', "poison pill"),
])
def test_no_plural_subject_right_after_a_quote(body: str, words: str) -> None:
    q = _quote(body, words)
    assert q.speaker_mention is None and q.kind == "scare"


def _subject(sentence: str, cue: str) -> str | None:
    toks = tokens(sentence, 0, sentence.index(cue))
    found = plural_subject(sentence, toks, len(toks) - 1)
    return sentence[found[0]:found[1]] if found else None


@pytest.mark.parametrize("sentence, cue, expected", [
    ("The agents described it", "described", "The agents"),
    ("Tunnels run so deep that Border Watch agents described it", "described", "Border Watch agents"),
    ("Two weeks later said", "said", None),  # a time, no one
    ("Before the vote he fears said", "said", None),  # a pronoun and a verb
    ("Crowds were carrying signs saying", "saying", None),  # a participle's object
    ("The ground under the agents said", "said", None),  # not opening its clause
    ("The business said", "said", None),  # no plural
    ("The figures suggest", "suggest", None),  # things, not people
])
def test_plural_subject_shape(sentence: str, cue: str, expected: str | None) -> None:
    assert _subject(sentence, cue) == expected


@pytest.mark.parametrize("sentence, cue, expected", [
    # the clause of a reporting verb: its subject is what the outer speaker reports
    ("She noted that three governments had accused", "accused", None),
    # a clause of result or cause is no report: its subject speaks
    ("The pier is so old that the volunteers called", "called", "the volunteers"),
])
def test_plural_subject_in_a_clause(sentence: str, cue: str, expected: str | None) -> None:
    assert _subject(sentence, cue) == expected
