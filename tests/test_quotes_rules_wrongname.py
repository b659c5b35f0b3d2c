"""Rule ``sentence_subject`` in English (extract.py, speech_sentence.voiced_by_subject): a partial
quote that no rule credits goes to its sentence's subject only when the sentence shows that
subject voicing it (a reporting cue, a verb of judging or believing, or of stating a view); a
subject that only is, has or does something keeps its mention and gets a null speaker (rather
null than wrong, stop 39). Made-up sentences."""
from __future__ import annotations

import pytest

from tests.quote_probes import probes, quote_after

INTRO = "The harbor festival opened on Friday after two years of delays.\n\n"
_quotes, _found = probes(INTRO, "en")

_quote = quote_after(INTRO, "en")


@pytest.mark.parametrize("body, words, mention", [
    # A copula: the subject is described in someone's words.
    ("Marta Kovac and Ilse Brandt were “holding hands like old sisters” all evening.",
     "holding hands like old sisters", "Marta Kovac"),
    ("Lena Moretti turns out to be “a sharper negotiator than anyone expected.”",
     "a sharper negotiator than anyone expected.", "Lena Moretti"),
    # Having, earning, serving: what the subject has or does, not what it says.
    ("The Vellmar valley has the region’s “most daring cheese makers” and a new rail link.",
     "most daring cheese makers", "The Vellmar"),
    ("Petra Lindqvist also earned the “warm and lasting praise” of the harbor board.",
     "warm and lasting praise", "Petra Lindqvist"),
    ("Tomas Reyes and Ana Ferro will both sit on a panel meant to “rebuild trust in the port.”",
     "rebuild trust in the port.", "Tomas Reyes"),
], ids=["copula-pair", "turns-out", "has", "earned", "serves-on"])
def test_a_subject_shown_voicing_nothing_is_no_speaker(body, words, mention):
    quote = _quote(body, words)
    assert (quote.speaker, quote.rule, quote.speaker_mention) == (None, "sentence_subject", mention)
    assert quote.kind == "partial"  # the words stay someone's: only the name is withheld


@pytest.mark.parametrize("body, words, speaker", [
    # A reporting cue.
    ("Marta Kovac warned that the plan was “a trap for small traders.”", "a trap for small traders.",
     "Marta Kovac"),
    # A verb of judging (ATTITUDE_VERBS) or believing (OPINION_VERBS).
    ("Marta Kovac dismissed the plan as “a gift to the landlords.”", "a gift to the landlords.", "Marta Kovac"),
    ("Marta Kovac believes the new pier is “a monument to vanity.”", "a monument to vanity.", "Marta Kovac"),
    # A verb of stating a view (_STANCE_EN).
    ("Marta Kovac maintains that the old pier is “perfectly sound.”", "perfectly sound.", "Marta Kovac"),
    ("Marta Kovac clarified that the fees would be “frozen until spring.”", "frozen until spring.",
     "Marta Kovac"),
    ("Marta Kovac paid tribute to the “quiet heroes of the night shift.”", "quiet heroes of the night shift.",
     "Marta Kovac"),
    # A label given to an object: "as" right before the quote.
    ("Marta Kovac openly admires the old mayor as a “true servant of the town.”", "true servant of the town.",
     "Marta Kovac"),
    # A possessive right before the quote: the subject's own words.
    ("Marta Kovac regretted her famous “sink or swim” remark at the harbor gala.", "sink or swim",
     "Marta Kovac"),
    # (A word of scope, "began blocking “all” crawlers": tests/test_quotes_rules_scope.py.)
], ids=["cue", "judging", "believing", "maintains", "clarified", "tribute", "labelled-as", "possessive"])
def test_a_subject_shown_voicing_the_words_is_their_speaker(body, words, speaker):
    quote = _quote(body, words)
    assert quote.speaker == speaker  # (a cue next to its subject is lead_in's: the same speaker)


def test_a_country_named_states_is_no_verb():
    # "States" in capitals is a name, not the verb "states".
    quote = _quote("The United States has the “deepest harbor in the hemisphere” after the dredging.",
                   "deepest harbor in the hemisphere")
    assert quote.speaker is None


def test_the_name_withheld_is_not_carried_to_a_later_sentence():
    # The quote of the next sentence, credited by no rule of its own, does not borrow the subject
    # as the speaker before it (previous_quote).
    body = ("Marta Kovac and Ilse Brandt were “holding hands like old sisters” all evening. Later that "
            "night came “a toast to the lost boats”.")
    assert [q[1] for q in _quotes(body)] == [None, None]
