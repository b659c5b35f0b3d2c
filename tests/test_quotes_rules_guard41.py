"""Guard ``reported_within`` (reported_within.py, stop 41, guard41): a lead-in whose nearer
subject speaks inside a report that another named person makes earlier in the sentence ("Ann
Lee said that when Tom Hale railed against the banks, “…”") keeps that subject as its mention
and names no one: whose words they are the sentence does not settle, and the nearer name is the
guess a reader trusts least. Made-up sentences."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from tests.quote_probes import probes, quote_after

# Marta Kovac is quoted first, so the article knows her as a person (as reporters in news are).
INTRO = ("The harbor festival opened on Friday after two years of delays.\n\n"
         "“We waited long enough,” said Marta Kovac, a harbor pilot.\n\n")
_quotes, _found = probes(INTRO, "en")

_quote = quote_after(INTRO, "en")


@pytest.mark.parametrize("body, words, mention", [
    # A clause of "when" inside the report: the reporter's judgement of the other's words.
    ("Marta Kovac said that when Tomas Reyes railed against the port board, “he was speaking for the whole town.”",
     "he was speaking for the whole town.", "Tomas Reyes"),
    # An "as" clause closed by a comma before the quote: the quote is in the reporter's clause.
    ("Marta Kovac said that as Tomas Reyes complained about the fees, “the room went quiet.”",
     "the room went quiet.", "Tomas Reyes"),
], ids=["when-clause", "as-clause"])
def test_a_subject_inside_another_persons_report_is_no_speaker(body, words, mention):
    quote = _quote(body, words)
    assert (quote.speaker, quote.rule, quote.speaker_mention) == (None, "reported_within", mention)


@pytest.mark.parametrize("body, words, speaker", [
    # The nearer subject's own verb of saying: the words are that subject's.
    ("Marta Kovac wrote that Tomas Reyes told the board he felt “betrayed by the port.”",
     "betrayed by the port.", "Tomas Reyes"),
    # Two clauses side by side, each with its own subject and verb of saying.
    ("Marta Kovac warned the fees would rise, while Tomas Reyes said the harbor was “ready for anything.”",
     "ready for anything.", "Tomas Reyes"),
    # A group reports: no single person's account to set the nearer subject inside.
    ("Several fishermen said that Tomas Reyes had promised them “a new pier by spring.”",
     "a new pier by spring.", "Tomas Reyes"),
    # One person throughout: the reporter is the nearer subject.
    ("Marta Kovac said that Kovac herself had called the plan “a gift to the landlords.”",
     "a gift to the landlords.", "Marta Kovac"),
], ids=["told", "while-said", "group-reporter", "same-person"])
def test_the_nearer_subject_keeps_its_name(body, words, speaker):
    assert _quote(body, words).speaker == speaker


# fix41 (review 13): the quote inside the nearer clause (the object or complement of its verb,
# no comma closing that clause before it) is the nearer subject's words, whatever the verb.
_LEAD = "Senator Ann Lee of Ohio and Governor Tom Hale met on Tuesday to discuss the farm bill.\n\n"


@pytest.mark.parametrize("body, words, speaker", [
    ("Lee said Hale called the plan “a disaster.”", "a disaster.", "Tom Hale"),
    ("Lee said Hale admitted the plan was “a mistake.”", "a mistake.", "Tom Hale"),
    ("Lee said Hale vowed to “fight to the end.”", "fight to the end.", "Tom Hale"),
    ("Lee said Hale tweeted that the plan was “dead.”", "dead.", "Tom Hale"),
    ("Lee told reporters Hale had promised “a fair deal.”", "a fair deal.", "Tom Hale"),
    ("Lee said that Hale asked her for “more time.”", "more time.", "Tom Hale"),
    ("Lee noted that the governor described the plan as “a mess.”", "a mess.", "Tom Hale"),
    ("Lee said the bill passed after Hale called it “a fair deal.”", "a fair deal.", "Tom Hale"),
    ("Marta Kovac argued that Tomas Reyes once described the tariff as “the best deal ever signed.”",
     "the best deal ever signed.", "Tomas Reyes"),
])
def test_a_quote_inside_the_nearer_clause_is_its_subjects(body, words, speaker):
    hits = [q for q in extract_quotes("", [], INTRO + _LEAD + body, "en") if q.text == words]
    assert len(hits) == 1
    assert hits[0].speaker == speaker


def test_a_body_inside_a_report_names_no_one():
    assert _quote("Marta Kovac noted that the harbor board deemed the files “strictly confidential.”",
                  "strictly confidential.").speaker is None
