"""Stop 43, pn43 (issue 16): one unnamed person as the subject of a verb of saying, whatever its
noun (transforms/quotes/singular_subject.py); a quote between a possessive and a noun of speech
(transforms/quotes/quoted_remark.py). Made-up sentences only, grouped by shape."""
from __future__ import annotations

import pytest

from tests.quote_probes import quote_after
from newsbeam.transforms.quotes.singular_subject import singular_subject
from newsbeam.transforms.quotes.tokens import tokens

INTRO = "The ferry service to the island was cut again on Monday.\n\n"


_quote = quote_after(INTRO, "en", strip="“”\"'‘’ ,.")


# --- one person named by a noun no list holds: the words are someone's (partial), no name -------

@pytest.mark.parametrize("body, words, mention", [
    ('The skipper described the new timetable as "a shambles" after the meeting.', "a shambles",
     "The skipper"),
    ('The pensioner said the repairs were "shoddy" and asked for a refund.', "shoddy", "The pensioner"),
    ('Speaking after the hearing, the 67-year-old said she felt "let down."', "let down",
     "the 67-year-old"),
    ('A passer-by said the pier looked "ready to collapse."', "ready to collapse", "A passer-by"),
    ('The retired island ferryman has also called the cuts "a betrayal."', "a betrayal",
     "The retired island ferryman"),
    ('When the rain came, the shopkeeper said trade was "dead as a doornail."', "dead as a doornail",
     "the shopkeeper"),
    # the object of "what": "what X called “…”" is X's words, no participle
    ("The board approved what one harbour engineer called “a sticking plaster.”", "a sticking plaster",
     "one harbour engineer"),
    ("Islanders now face what a local skipper called “a long, cold winter.”", "a long, cold winter",
     "a local skipper"),
    # "added" reports when "that", a comma or a quote follows it (its object is no speech: below)
    ("The harbourmaster added that the new berths were “far too shallow.”", "far too shallow",
     "The harbourmaster"),
])
def test_unlisted_singular_subject_credits_its_words(body: str, words: str, mention: str) -> None:
    q = _quote(body, words)
    assert q.kind == "partial"  # not the writer's scare quote
    assert q.speaker is None  # no one named: rather null than a guess
    assert q.speaker_mention == mention


# --- what is no such subject -----------------------------------------------------------------

def _subject(sentence: str, cue: str) -> str | None:
    toks = tokens(sentence, 0, sentence.index(cue))
    found = singular_subject(sentence, toks, len(toks) - 1)
    return sentence[found[0]:found[1]] if found else None


@pytest.mark.parametrize("sentence, cue, expected", [
    ("The skipper described it", "described", "The skipper"),
    ("Later that day the former Harbour Board engineer said", "said", None),  # no clause opener before "the"
    ("After the storm, the former Harbour Board engineer said", "said", "the former Harbour Board engineer"),
    ("The day said", "said", None),  # a time, no one
    ("The latter said", "said", None),  # stands for someone named before: other rules read it
    ("his skipper said", "said", None),  # a possessive: the lists read it
    ("The storm continued", "continued", None),  # no verb only of saying
    ("a stranger claiming", "claiming", None),  # a participle, no clause
    ("the poison said to be used", "said", None),  # a passive
    ("A self-described", "described", None),  # one word cut at its hyphen
    ("The remarks said", "said", None),  # a plural, and one plural_subject leaves: no singular
    ("The boss said", "said", "The boss"),
    ("He said that the plan called", "called", None),  # a report's clause: the outer speaker's
    ("A tribute act called", "called", None),  # "a band called Sophistafunk": a name given
    ("The skipper called", "called", "The skipper"),
])
def test_singular_subject_shape(sentence: str, cue: str, expected: str | None) -> None:
    assert _subject(sentence, cue) == expected


def test_not_right_after_a_closing_mark() -> None:
    # after a closing mark the writer's clause starts: "“…,” the skipper said" is read by after_quote
    assert _subject("They asked for “fair fares,” the skipper said", "said") is None


# --- quoted_remark: "Reed's “…” remark" is Reed's words, whoever the sentence is about ----------

REMARK_INTRO = "Mayor Tom Reed and the union leader Ann Lee met on Monday about the ferry.\n\n"
_remark = quote_after(REMARK_INTRO, "en", strip="“”\"'‘’ ,.")


@pytest.mark.parametrize("body, words, speaker, mention", [
    # the sentence's subject judges the remark; the words are the possessor's
    ("Ann Lee criticized Tom Reed’s “lazy workers” remark on Tuesday.", "lazy workers", "Tom Reed",
     "Tom Reed’s"),
    ("Lee said Reed’s “fix it now” promise was never kept.", "fix it now", "Tom Reed", "Reed’s"),
    # no verb of saying at all: still the possessor's, not the writer's scare quote
    ("Reed’s “lazy workers” comment drew anger from the crews.", "lazy workers", "Tom Reed", "Reed’s"),
    ('It is the pull of Reed\'s "if you like your ferry, you can keep it" promise: voters believed it.',
     "if you like your ferry, you can keep it", "Tom Reed", "Reed's"),
])
def test_quote_between_possessive_and_speech_noun(body: str, words: str, speaker: str, mention: str) -> None:
    q = _remark(body, words)
    assert q.rule == "quoted_remark"
    assert q.kind == "partial"
    assert (q.speaker, q.speaker_mention) == (speaker, mention)


@pytest.mark.parametrize("body, words", [
    ("Critics mocked Reed’s “Build the Bridge” slogan.", "Build the Bridge"),  # a slogan: no speech noun
    ("The ferry’s “express” service ends in May.", "express"),  # a thing's possessive
    ("Reed’s “lazy workers” drew anger from the crews.", "lazy workers"),  # no noun after the quote
])
def test_no_quoted_remark(body: str, words: str) -> None:
    assert _remark(body, words).rule != "quoted_remark"


def test_a_remark_carries_no_one_on() -> None:
    # the possessor is not the sentence's subject: the next quote does not go on with Reed
    body = ("Ann Lee attacked Reed’s “lazy workers” remark. The crews, she said, were "
            "“working double shifts.”")
    assert _remark(body, "working double shifts").speaker == "Ann Lee"


# --- an argument in code is never anyone's words, whoever the sentence's subject is -------------

@pytest.mark.parametrize("body, words", [
    ("The manual said check(“the bridge is open”) runs every hour.", "the bridge is open"),
    ('The skipper wrote log_entry("arrived late again") in the script.', "arrived late again"),
])
def test_code_argument_is_scare(body: str, words: str) -> None:
    assert _quote(body, words).kind == "scare"


def test_added_with_an_object_reports_nothing() -> None:
    """ "The caretaker added two benches that are “sturdier”": "added" takes an object, no one speaks."""
    q = _quote("The caretaker added two benches that are “sturdier” than the old ones.", "sturdier")
    assert (q.kind, q.speaker, q.speaker_mention) == ("scare", None, None)
