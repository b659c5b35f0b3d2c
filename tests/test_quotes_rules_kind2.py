"""Stop 38, kind2, on made-up sentences (issue 16, kinds on unseen documents): names that the
kind tests took for speech (transforms/quotes/name_kinds.py). German "sei" idioms are no reported
speech; a short quote right after an article and a noun names what the noun stands for; a quote
listed after another with no stop of its own is one more name or term, not a quoted sentence."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes.name_kinds import appositive_name, listed_name, mood_idioms
from newsbeam.transforms.quotes.marks import Span
from tests.quote_probes import first_quote_starting


def _span(body: str) -> Span:
    """The span of the first „…“ of ``body``."""
    open_at, close_at = body.index("„"), body.index("“")
    return Span(open_at + 1, close_at, open_at, close_at, "„", 0)


_DE_LEAD = ("Die Stadt hat am Montag neue Regeln für den Verkehr beschlossen. Die Bürger sind mit den "
            "Plänen nicht zufrieden und wollen dagegen klagen.\n\n")


# -- mood_idioms: "sei es ..., sei es ...", "es sei denn" are no reported speech ----------------

@pytest.mark.parametrize("body,words", [
    ("Wer heute ein Fahrrad kaufen will, sei es ein neues, sei es ein „alter Bekannter“, zahlt oft "
     "mit einem Kredit.", "alter Bekannter"),
    ("Sei es im Winter oder im Sommer, die Straße bleibt eine „Dauerbaustelle“ für alle Anwohner.",
     "Dauerbaustelle"),
    ("Der Bus fährt jede Stunde, es sei denn, die „Wetterlage“ lässt es nicht zu.", "Wetterlage"),
])
def test_sei_idiom_leaves_a_term_the_writers(body, words):
    q = first_quote_starting(_DE_LEAD + body, words)
    assert (q.speaker, q.kind) == (None, "scare")


def test_reported_mood_still_reads_sei():
    # "sei" as the verb of reported speech: the term is someone's, partial
    q = first_quote_starting(_DE_LEAD + "Der Plan, so der Verband, sei eine „Zumutung“ für alle Pendler.", "Zumutung")
    assert q.kind == "partial"


def test_mood_idioms_keep_length_and_reported_sei():
    segment = "Wer kauft, sei es ein Rad, sei’s ein Auto, es sei denn, Gott sei Dank; die Lage sei es wert"
    blanked = mood_idioms(segment)
    assert len(blanked) == len(segment)
    assert "sei es wert" in blanked and "denn" not in blanked and "Dank" not in blanked
    assert blanked.count("sei") == 1


# -- appositive_name: a short quote after an article and a noun is a name ----------------------

@pytest.mark.parametrize("body,words", [
    # in a clause after "dass" (reported_clause would make it partial)
    ("Wie berichtet, meldete die Polizei im Mai, dass an zwei Maschinen in der Weinlage „Brauner Hügel“ an der "
     "Landstraße Schäden festgestellt wurden.", "Brauner Hügel"),
    # in the mood of reported speech (Konjunktiv I "habe")
    ("Die Firma habe die Fotos der Gerichte „Nudelauflauf“ ohne Erlaubnis auf ihre Seite gestellt, "
     "heißt es in der Klage.", "Nudelauflauf"),
    ("Der Verein habe das alte Schiff „Nordstern“ längst an einen Händler verkauft.", "Nordstern"),
])
def test_name_after_article_and_noun_is_scare(body, words):
    q = first_quote_starting(_DE_LEAD + body, words)
    assert (q.speaker, q.kind) == (None, "scare")


def test_words_after_a_noun_of_saying_stay_someones():
    body = "Text: Mit dem Satz „Wir bleiben hier“ zog die Gruppe durch die Stadt."
    assert not appositive_name(body, _span(body), "Wir bleiben hier")
    body = "Er habe die Lage „Chaos“ genannt"
    # "die Lage „Chaos“" has the shape too: the test is asked only where no rule credits the
    # quote (a sentence in the mood of reported speech, a clause after "dass"), never of a lead_in
    assert appositive_name(body, _span(body), "Chaos")


def test_lower_case_or_long_quote_is_no_appositive_name():
    body = "in der Weinlage „ganz oben am Hang wachsen die besten Reben“"
    assert not appositive_name(body, _span(body), "ganz oben am Hang wachsen die besten Reben")


# -- listed_name: an item after a listed quote, with no stop, is no sentence -------------------

@pytest.mark.parametrize("body,words", [
    ("Der Koch zeigte Fotos der Gerichte „Nudelauflauf“, „Berliner“ und „Linsen mit Speck und Spätzle“ "
     "auf seiner Seite.", "Linsen mit Speck"),
    ("The shop sells candles named “Harbor Dusk” and “Smoke over the old mill” in the spring.",
     "Smoke over"),
])
def test_listed_name_is_no_sentence(body, words):
    q = first_quote_starting((_DE_LEAD if "Koch" in body else "") + body, words)
    assert q.kind == "scare"


def test_listed_sentence_stays_direct():
    q = first_quote_starting("The crowd held signs that read “we stay” and “Nobody will move us from here.” all day long.",
               "Nobody will move")
    assert q.kind == "direct"


def test_listed_name_needs_a_quote_before_the_conjunction():
    body = "Lee and „Wir bauen das Haus neu“"
    assert not listed_name(body, body.index("„"), "Wir bauen das Haus neu")
    body = "„Haus“ und „Wir bauen das Haus neu“"
    assert listed_name(body, body.index("„", 2), "Wir bauen das Haus neu")
    assert not listed_name(body, body.index("„", 2), "Wir bauen das Haus neu.")
