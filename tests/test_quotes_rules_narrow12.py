"""Narrowed rules (stop 29, round 2), on hand-written sentences:

- ``titled_holder``: "then-", "ex-", "former-" before a title mark a past holder, so "the Prime
  Minister" is the current one;
- ``named_term``: a lower-case quote named by the words before it ("known as", a charge, a
  poster, a value in code) is a name, scare, not a clause someone said;
- ``spoken_after``: a capitalized sentence after a listener verb and its listener, or after a
  chant, is direct."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.named_terms import names_a_term
from newsbeam.transforms.quotes.role_holders import titled_people
from newsbeam.transforms.quotes.spoken_after import chanted, speech_to_listener

_FILLER = ("The session ran long and the hall stayed full well into the evening, with delegates "
           "trading papers and aides carrying coffee between the rows of seats. ")


def _quote(body: str, words: str, lang: str = "en"):
    quotes = [q for q in extract_quotes("", [], body, language=lang) if q.text == words]
    assert len(quotes) == 1, [q.text for q in extract_quotes("", [], body, language=lang)]
    return quotes[0]


# Rule titled_holder: a past holder ("then-Norwegian Prime Minister") is not "the Prime Minister".
@pytest.mark.parametrize("body", [
    "The treaty was signed by then-Norwegian Prime Minister Ola Brekke in 2019. Norwegian Prime "
    "Minister Kari Dahl has kept it. " + _FILLER + "\n\nThe Prime Minister said the matter “will be "
    "settled soon,” and left.",
    "Ex-Prime Minister Ola Brekke wrote to Prime Minister Kari Dahl. " + _FILLER
    + "\n\nThe Prime Minister said the matter “will be settled soon,” and left.",
])
def test_past_holder_is_not_the_current_one(body):
    assert _quote(body, "will be settled soon,").speaker == "Kari Dahl"


def test_then_prefix_reads_former_and_its_modifier():
    people = {p.name: p for p in titled_people(["It was then-Norwegian Prime Minister Ola Brekke who left."])}
    assert people["Ola Brekke"].former
    assert people["Ola Brekke"].modifiers == {"norwegian"}


def test_only_a_past_holder_leaves_the_prime_minister_null():
    body = ("The treaty was signed by then-Norwegian Prime Minister Ola Brekke in 2019. " + _FILLER
            + "\n\nThe Prime Minister said the matter “will be settled soon,” and left.")
    assert _quote(body, "will be settled soon,").speaker is None


# Rule named_term: the words before name the quote: scare, not a lifted clause.
@pytest.mark.parametrize("body, words, lang", [
    ("For decades the valley was known as “the quiet garden of the northern hills,” a name it kept.",
     "the quiet garden of the northern hills,", "en"),
    ("Le trésorier est mis en examen pour « abus de biens sociaux et recel de fonds publics ».",
     "abus de biens sociaux et recel de fonds publics", "fr"),
    ("Une enquête a été ouverte par le parquet de Lyon pour « faux et usage de faux en écriture ».",
     "faux et usage de faux en écriture", "fr"),
    ("Elle a été nommée « déléguée spéciale aux affaires du port fluvial ».",
     "déléguée spéciale aux affaires du port fluvial", "fr"),
    ("Am Zaun hingen Plakate „gegen Lärm und für mehr Ruhe im Park“ an jeder Ecke.",
     "gegen Lärm und für mehr Ruhe im Park", "de"),
    ("Der Rat stimmt über eine Entschließung über „die Pflege der alten Linden am Markt“ ab.",
     "die Pflege der alten Linden am Markt", "de"),
    ('To search, set query = "cheap flights to the north coast" and call the function.',
     "cheap flights to the north coast", "en"),
])
def test_named_term_stays_scare(body, words, lang):
    q = _quote(body, words, lang)
    assert (q.kind, q.speaker) == ("scare", None)


def test_named_term_leaves_clauses_partial():
    # a lifted clause after no naming word is still partial (kind12's rule)
    body = "The agency said the fees are “well below what any family could live on for a month.”"
    assert _quote(body, "well below what any family could live on for a month.").kind == "partial"
    text = "Il aurait travaillé à une stratégie pour « "
    assert not names_a_term(text, len(text) - 1, "gagner les élus du centre et créer un groupe")


def test_names_a_term_reads_web_names():
    assert names_a_term("", 0, "gartenfreunde.de – Verein für Kleingärten")


# Rule spoken_after: a sentence after a listener verb and its listener, or after a chant, is direct.
@pytest.mark.parametrize("body, words", [
    ("Lena Ortiz asked the packed crowd “Why should we wait another year for the bridge?” and sat down.",
     "Why should we wait another year for the bridge?"),
    ("Outside, the marchers joined the chants of “Out! Out! Out! Out!” for an hour.",
     "Out! Out! Out! Out!"),
])
def test_spoken_after_is_direct(body, words):
    assert _quote(body, words).kind == "direct"


def test_spoken_after_needs_a_listener_or_chant():
    text = "The mayor told his volunteers "
    assert speech_to_listener(text, len(text) - 2)
    text = "The band released the single "
    assert not speech_to_listener(text, len(text) - 2)
    text = "the crowd kept chanting "
    assert chanted(text, len(text) - 2)
    body = "The band released the single “Rain Over the Harbor Town Tonight” in May."
    assert _quote(body, "Rain Over the Harbor Town Tonight").kind == "scare"


# Rule spoken_after, a line of speech: "the line", "the rhetorical question", „mit dem Satz".
@pytest.mark.parametrize("body, words, lang", [
    ("She ended her talk with the line “Every town deserves a bridge that works.” and sat down.",
     "Every town deserves a bridge that works.", "en"),
    ("The group floated the rhetorical question “What are bridges for?” in its leaflets.",
     "What are bridges for?", "en"),
    ("Mit dem Satz „Verliere nie den Mut im Winter“ sorgte der Trainer für Aufsehen.",
     "Verliere nie den Mut im Winter", "de"),
])
def test_line_of_speech_is_direct(body, words, lang):
    q = _quote(body, words, lang)
    assert (q.kind, q.speaker) == ("direct", None)


# Rule named_term, joined quotes: the second of two charges is a charge too.
def test_second_joined_charge_stays_scare():
    body = "Le maire est mis en examen pour « abus de biens sociaux du port » et « recel de fonds publics du port »."
    assert _quote(body, "recel de fonds publics du port", "fr").kind == "scare"
    body = "Sie sagte, die Lage sei „sehr ernst für alle hier“ und „nicht mehr lange tragbar für uns“."
    assert _quote(body, "nicht mehr lange tragbar für uns", "de").kind == "partial"
