"""German speakers that are no one's name (names_de): role words left before a name, in any
case, and noun phrases about something taken for a speaker. Made-up sentences."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.language import use
from newsbeam.transforms.quotes.names_de import is_role_noun, names_no_one
from newsbeam.transforms.quotes.titles import split_title

INTRO = ("Die Stadt hat am Montag den neuen Haushalt beschlossen, und die Opposition ist nicht "
         "zufrieden mit dem Ergebnis der Abstimmung.\n\n")


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], INTRO + body, "de")]


@pytest.mark.parametrize("word, role", [
    ("verteidiger", True), ("verteidigerin", True), ("umweltchemiker", True),
    ("eawag-umweltchemiker", True), ("staatsrechtlers", True), ("essayisten", True),
    ("chefarzt", True), ("polizistin", True),
    ("baptist", False), ("kristin", False), ("martin", False), ("hans", False), ("richter", True),
])
def test_role_nouns_and_their_inflected_forms(word, role):
    assert is_role_noun(word) is role


@pytest.mark.parametrize("mention, name", [
    ("Verteidiger Jonas Brandt", "Jonas Brandt"),
    ("des Kölner Staatsrechtlers Klaus Obermaier", "Klaus Obermaier"),
    ("dem Essayisten Pál Kovács", "Pál Kovács"),
    ("ihr Kunde Karl Obermaier", "Karl Obermaier"),
    ("Gerhard Richter", "Gerhard Richter"),  # a role word as the surname stays
    ("Johann Baptist Wendler", "Johann Baptist Wendler"),
])
def test_role_words_split_off_in_german(mention, name):
    with use("de"):
        assert split_title(mention) == name


def test_role_words_stay_in_english():
    # (names45: an English agent noun before a given name is cut as a job title, job_titles.py,
    # which "Verteidiger" looks like; the German role list itself stays out of English)
    with use("en"):
        assert split_title("Gutachterin Jana Brandt") == "Gutachterin Jana Brandt"
    with use("de"):
        assert split_title("Gutachterin Jana Brandt") == "Jana Brandt"


def test_a_role_word_before_the_name_is_not_in_the_speaker():
    body = ("Der Verteidiger Jonas Brandt kritisierte das Urteil. „Das ist ein Skandal“, "
            "schrieb der 46-Jährige auf Twitter.")
    assert _speakers(body) == ["Jonas Brandt"]


@pytest.mark.parametrize("speaker, no_one", [
    ("Recht des Nachbarn", True), ("Qualität des Angebots", True),
    ("Grundsatz von Anna Weidlich", True), ("Delegierter von XYZ", True), ("von XYZ", True),
    ("Gewerkschaft der Lokführer", False), ("Deutsche Gesellschaft der Zahnärzte", False),
    ("Ursula von der Lahn", False), ("Richard von Falkenau", False), ("Anna Weidlich", False),
    ("Obermaiers Anwalt", True), ("Weidlichs Sprecherin", True), ("Hans Richter", False),
])
def test_noun_phrases_that_name_no_one(speaker, no_one):
    assert names_no_one(speaker) is no_one


def test_a_phrase_about_something_is_no_speaker():
    body = "„Wer zuerst baut, baut richtig“, lautet der alte Grundsatz von Anna Weidlich."
    assert _speakers(body) == [None]


# according_postposition: a person's name right before "zufolge" credits the quote.
@pytest.mark.parametrize("body, speaker", [
    ("Anna Weidlich zufolge sind die Mieten „schlicht zu hoch“.", "Anna Weidlich"),
    ("Der Ärztin Anna Weidlich zufolge sind die Mieten „schlicht zu hoch“.", "Anna Weidlich"),
    ("Die Mieten sind Anna Weidlich zufolge „schlicht zu hoch“.", "Anna Weidlich"),
    ("Dem Gutachten zufolge sind die Mieten „schlicht zu hoch“.", None),
    ("Berichten zufolge sind die Mieten „schlicht zu hoch“.", None),
])
def test_a_name_before_zufolge_is_the_speaker(body, speaker):
    assert _speakers(body) == [speaker]


# with_initial_stop: a surname the press shortens to its initial keeps its full stop.
@pytest.mark.parametrize("body, speaker", [
    ("„Das stimmt so nicht“, sagt Lutz K. am Telefon.", "Lutz K."),
    ("Die Angeklagte Mara T. schwieg lange. Dann sagte Mara T.: „Ich war es nicht.“", "Mara T."),
    ("„Das stimmt so nicht“, sagt Lutz Kessler am Telefon.", "Lutz Kessler"),
])
def test_a_surname_shortened_to_its_initial_keeps_its_stop(body, speaker):
    assert _speakers(body)[-1] == speaker


def test_a_role_noun_after_an_article_is_a_description_not_a_name():
    body = ("Der Kommissar Jonas Brandt steht an der Brücke.\n\n"
            "„Hier kommt keiner durch“, sagt der erfahrene Kommissar.")
    assert _speakers(body) == ["Jonas Brandt"]


# aged_description: "sagte der 46-Jährige" is the one person introduced with that age.
@pytest.mark.parametrize("body, speaker", [
    ("Der Richter verurteilte Jonas Brandt (46). „Das ist ein Skandal“, schrieb der 46-Jährige.",
     "Jonas Brandt"),
    ("Jonas Brandt, 46, wohnt in Kiel. Er kam spät.\n\n„Das ist ein Skandal“, sagte der 46-Jährige.",
     "Jonas Brandt"),
    ("Der 46-jährige Jonas Brandt wohnt in Kiel. „Das ist ein Skandal“, sagte der 46-Jährige.",
     "Jonas Brandt"),
    # no one, or two people, of that age: no guess
    ("Jonas Brandt (51) wohnt in Kiel. Er kam spät. „Das ist ein Skandal“, sagte der 46-Jährige.", None),
    ("Jonas Brandt (46) und Karl Obermaier (46) kamen spät. „Das ist ein Skandal“, sagte der 46-Jährige.",
     None),
])
def test_an_age_after_the_verb_is_the_person_of_that_age(body, speaker):
    assert _speakers(body)[-1] == speaker


@pytest.mark.parametrize("body, speaker", [
    ("Karl Obermaier schweigt. „Die Preise sind zu hoch“, sagte Obermaiers Anwältin.", None),
    ("Karl Obermaier schweigt. Obermaiers Sprecher sagte: „Die Preise sind zu hoch.“", None),
    ("Karl Obermaier schweigt. „Die Preise sind zu hoch“, sagte Weidlichs Vorgänger Karl Obermaier.",
     "Karl Obermaier"),
])
def test_a_possessors_role_is_someone_unnamed(body, speaker):
    assert _speakers(body)[-1] == speaker


# phrases._AGE_WORD: an age before the name after the verb is a describing word.
def test_an_age_before_the_name_after_the_verb():
    assert _speakers("„Ich war es nicht“, sagte der 23-jährige Jonas Kramer vor Gericht.") == ["Jonas Kramer"]


# incise_before: an incise earlier in the quote's sentence names its speaker.
@pytest.mark.parametrize("body, speaker", [
    ("Die Mieten, sagte Karl Obermaier, seien „schlicht zu hoch“.", "Karl Obermaier"),
    ("Die Mieten, so Karl Obermaier am Montag, seien „schlicht zu hoch“.", "Karl Obermaier"),
    ("Die Mieten, laut Statistik, sind „schlicht zu hoch“.", None),
    ("Die Mieten, die wir zahlen, sind „schlicht zu hoch“.", None),
])
def test_an_incise_before_the_quote(body, speaker):
    assert _speakers(body) == [speaker]
