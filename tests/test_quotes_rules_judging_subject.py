"""A judging verb after its subject and a short phrase of time or place (shapes._NEXT_WORD, rules
``speech_subject``), and a participial opener whose subject is parted from its verb by an aside
between dashes (participle_opener.py, rule ``participle_subject``), on made-up sentences: the
quoted words are the subject's, partial, not the writer's scare quote."""
from __future__ import annotations

import pytest

from tests.quote_probes import first_quote


# --- speech_subject: the verb after "on Monday", "last week", "in Leeds" -------------------------

@pytest.mark.parametrize("text,words,speaker", [
    ("Foreign Minister Omar Lind on Monday denounced the “cruel pressure” of the bank.", "cruel pressure",
     "Omar Lind"),
    ("Omar Lind on Jan. 3 dismissed the report as a “fairy tale” and left.", "fairy tale", "Omar Lind"),
    ("Omar Lind last week dismissed the report as a “fairy tale” and left.", "fairy tale", "Omar Lind"),
    ("Ruth Roe in Leeds condemned the “reckless plan” of the council.", "reckless plan", "Ruth Roe"),
    ("Ruth Roe on Facebook condemned the “reckless plan” of the council.", "reckless plan", "Ruth Roe"),
])
def test_judging_verb_after_time_phrase_is_the_subjects(text, words, speaker):
    q = first_quote(text, words)
    assert (q.kind, q.speaker) == ("partial", speaker)


@pytest.mark.parametrize("text,words", [
    ("Ruth Roe on Tuesday bought the “quiet courage” of the nurses.", "quiet courage"),
    ("Ruth Roe last week painted the “blue house” on the hill.", "blue house"),
])
def test_other_verb_after_time_phrase_stays_scare(text, words):
    q = first_quote(text, words)
    assert (q.kind, q.speaker) == ("scare", None)


# --- participle_subject: an aside between dashes before the verb ------------------------------

@pytest.mark.parametrize("text,words", [
    ("Referring to the plan as a “grave mistake,” Omar Lind—who chairs the panel—said it would fail.",
     "grave mistake,"),
    ("Referring to the plan as a “grave mistake,” Omar Lind – the panel’s chair – said it would fail.",
     "grave mistake,"),
    ("Calling the bridge “a steel ribbon,” Omar Lind—who rejected new tolls on it, for now at least—"
     "said it would open soon.", "a steel ribbon,"),
])
def test_participle_subject_past_an_aside_between_dashes(text, words):
    q = first_quote(text, words)
    assert (q.kind, q.speaker) == ("partial", "Omar Lind")


def test_participle_with_an_organisation_after_the_aside_stays_unnamed():
    q = first_quote("Calling the levy “a tax on work,” the council—in a rare move—voted it down.", "a tax on work,")
    assert q.speaker is None


# --- agentless_naming: a name given with no one giving it ----------------------------------------

@pytest.mark.parametrize("text,words", [
    ("The bridge has been dubbed a “steel ribbon” that draws crowds.", "steel ribbon"),
    ("At the back is a small room called the “quiet corner,” where guests can rest.", "quiet corner,"),
    ("Lime, which is sometimes called “green gold” because it sells well, grows here.", "green gold"),
    ("The fund backs a new play named “Harbour Lights” this spring.", "Harbour Lights"),
])
def test_name_given_by_no_one_is_scare(text, words):
    q = first_quote(text, words)
    assert (q.kind, q.speaker) == ("scare", None)


@pytest.mark.parametrize("text,words,speaker", [
    ("The bridge has been dubbed a “steel ribbon” by locals.", "steel ribbon", None),
    ("It was an idea that local planners called a “fresh start” for the town.", "fresh start", None),
    ("Ruth Roe called it a “fresh start” for the town.", "fresh start", "Ruth Roe"),
    ("Ruth Roe said the plan was what she called a “fresh start” for the town.", "fresh start", "Ruth Roe"),
])
def test_name_given_by_someone_stays_partial(text, words, speaker):
    q = first_quote(text, words)
    assert (q.kind, q.speaker) == ("partial", speaker)


def test_agentless_name_needs_a_naming_verb_right_before():
    from newsbeam.transforms.quotes.agentless_naming import is_agentless_name
    from newsbeam.transforms.quotes.marks import Span
    text = "The bridge has been painted a “steel blue” colour."
    start = text.index("steel")
    span = Span(start, start + 10, start - 1, start + 10, "“", 0)
    assert not is_agentless_name(text, span, "painted", text.index("painted"))
    assert not is_agentless_name(text, span, None, -1)
