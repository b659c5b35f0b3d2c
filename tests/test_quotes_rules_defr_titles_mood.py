"""Partial quotes in German reported speech that go on from an attribution before (rule
``reported_mood_partial``), and German and French subjects and titles around a name. Made-up
sentences, grouped by rule. (German and French names of works after a noun for them, rule
``work_after_noun``, are in test_quotes_rules_work_names.py.)"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

DE_INTRO = ("Der Gemeinderat hat am Dienstag über den neuen Radweg beraten, und die Anwohner sind "
            "mit dem Ergebnis der Sitzung nicht zufrieden.\n\n")
FR_INTRO = ("Le conseil municipal a débattu mardi de la nouvelle piste cyclable, et les riverains ne "
            "sont pas satisfaits du résultat de la séance.\n\n")


def _quote(body: str, lang: str, words: str):
    intro = DE_INTRO if lang == "de" else FR_INTRO
    return next(q for q in extract_quotes("", [], intro + body, lang) if q.text == words)


# reported_mood_partial: a partial quote in Konjunktiv I goes on with the speaker of the
# attribution before it, found as for a direct quote after such a sentence.
def test_reported_speech_after_a_closing_attribution():
    body = ("Der Verkehr in der Innenstadt habe stark zugenommen, erklärt dazu Verbandschef Jonas Reiter. "
            "Das sei bedenklich, denn „die Straßen sind für so viele Autos nicht gebaut“.")
    q = _quote(body, "de", "die Straßen sind für so viele Autos nicht gebaut")
    assert (q.speaker, q.rule) == ("Jonas Reiter", "reported_mood_partial")


def test_reported_speech_past_a_subheading():
    body = ("„Wir haben ein gutes Jahr hinter uns“, sagte Firmenchefin Greta Moll am Montag.\n\n"
            "Neue Märkte in Asien\n\n"
            "Die Nachfrage sei hoch, „mehr als wir liefern können“.")
    q = _quote(body, "de", "mehr als wir liefern können")
    assert q.speaker == "Greta Moll"


def test_reported_speech_after_an_uncredited_quote_stays_null():
    body = ("„Wir haben ein gutes Jahr hinter uns“, sagte Firmenchefin Greta Moll am Montag.\n\n"
            "Neue Märkte in Asien\n\n"
            "Die Sportlerin meldete sich später: „Ich bin sehr traurig.“ Sie werde eine Pause machen, "
            "um „neue Kraft“ zu sammeln.")
    q = _quote(body, "de", "neue Kraft")
    assert q.speaker is None


def test_reported_speech_with_another_named_subject_stays_null():
    body = ("Der Verkehr habe stark zugenommen, erklärt dazu Verbandschef Jonas Reiter. "
            "Nachbarin Karla Obermann sei „ganz anderer Meinung“.")
    q = _quote(body, "de", "ganz anderer Meinung")
    assert q.speaker != "Jonas Reiter"


# A German or French coordinating conjunction before a name opens no part of the subject:
# "Doch Jonas Weber entschied sich" is about Jonas Weber, and "er" after it stands for him.
@pytest.mark.parametrize("body, words", [
    ("Doch Jonas Weber entschied sich, weiterzumachen. „Ich bin ein Kämpfer“, sagte er damals.",
     "Ich bin ein Kämpfer"),
    ("Aber Jonas Weber lehnte ab. „Das kommt nicht in Frage“, erklärte er am Abend.", "Das kommt nicht in Frage"),
])
def test_conjunction_before_a_name_opens_no_subject(body, words):
    assert _quote(body, "de", words).speaker == "Jonas Weber"


def test_subject_of_skips_a_conjunction():
    from newsbeam.transforms.quotes.language import use
    from newsbeam.transforms.quotes.phrases import subject_of
    use("de")
    text = "Doch Jonas Weber entschied sich."
    span = subject_of(text, 0, len(text))
    assert span is not None and text[span[0]:span[1]] == "Jonas Weber"


# German coordinated compounds with a hyphen for the shared part ("Kommunikations- und
# Konfliktexperte") are one description: the name after them is the speaker.
@pytest.mark.parametrize("body, speaker", [
    ("„Wir investieren mehr“, sagt der Kommunikations- und Konfliktexperte Christian Wirth.", "Christian Wirth"),
    ("„Wir investieren mehr“, sagte die Familien- und Sozialexpertin Jana Wirth am Montag.", "Jana Wirth"),
    ("„Wir investieren mehr“, sagte ein Sprecher der Familien- und Sozialbehörde.", None),
])
def test_hyphenated_coordination_keeps_the_description_whole(body, speaker):
    assert _quote(body, "de", "Wir investieren mehr").speaker == speaker


# A title and its employer after the name and a comma describe the name: "Dr. Jan Roth,
# Vorstandsvorsitzender Beispielwerke" is Jan Roth, not the firm.
@pytest.mark.parametrize("mention, lang, name", [
    ("Dr. Jan Roth, Vorstandsvorsitzender Beispielwerke", "de", "Jan Roth"),
    ("Jane Roe, CEO Acme Corp", "en", "Jane Roe"),
    ("the leader of the Harbor Party, Lina Haddad", "en", "Lina Haddad"),  # the name after the comma
    ("der Leiter, Dieter Kranz", "de", "Dieter Kranz"),
])
def test_title_and_employer_after_a_name(mention, lang, name):
    from newsbeam.transforms.quotes.language import use
    from newsbeam.transforms.quotes.titles import split_title
    use(lang)
    assert split_title(mention) == name


def test_title_and_employer_after_a_name_in_a_quote():
    body = "„Wir wachsen stark“, sagt Dr. Jan Roth, Vorstandsvorsitzender Beispielwerke. „Das freut uns.“"
    assert _quote(body, "de", "Wir wachsen stark").speaker == "Jan Roth"
    assert _quote(body, "de", "Das freut uns.").speaker == "Jan Roth"
