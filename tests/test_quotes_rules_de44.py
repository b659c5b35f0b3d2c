"""German speakers on the held-out pages of ../shared (helper de44, stop 44, issue 16). Made-up
sentences, grouped by shape; the shapes were counted on the German held-out pages (press
releases, regional news, church, clubs, essays), read outside the project."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

LEAD = ("Der Stadtrat hat am Montag über den Haushalt für das kommende Jahr beraten, und die Sitzung "
        "dauerte bis in den späten Abend.\n")


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(None, None, LEAD + body, language="de")]


# clause_antecedent_de: "er"/"sie" as the main clause's subject, right after its verb, when the
# sentence opens on a clause ("Als", "Nachdem", "Wenn", ...) that names the person.
@pytest.mark.parametrize("body, speaker", [
    ("Nachdem Peter Brandt das Band durchschnitten hatte, erklärte er: „Die Brücke ist offen.“", "Peter Brandt"),
    ("Als Helga Imhof an die Reihe kam, sagte sie: „Das Dorf war meine Welt.“",
     "Helga Imhof"),
    ("Als Bürgermeister Jonas Weber den Saal betrat, begrüßte er die Gäste: „Wir haben viel vor.“",
     "Jonas Weber"),
    ("Obertal Sobald Martin Kugler das Wort hatte, sagte er: „Wir bauen die Halle.“", "Martin Kugler"),
    # a person credited before in the paragraph does not win over the one the clause names
    ("„Wir sparen“, sagte Kämmerin Anna Keller. Als Paul Brenner ans Pult trat, sagte er: „Das reicht nicht.“",
     "Paul Brenner"),
])
def test_a_pronoun_after_a_clause_naming_the_person(body, speaker):
    assert _speakers(body)[-1] == speaker


@pytest.mark.parametrize("body", [
    # a conjunction that sets two people against each other
    "Während Paul Brenner schwieg, sagte er: „Wir bauen die Halle.“",
    # the pronoun's sex is not the named person's
    "Als Paul Brenner den Saal betrat, sagte sie: „Wir haben viel vor.“",
    # two people in the clause
    "Als Paul Brenner und Martin Kugler den Saal betraten, sagte er: „Wir haben viel vor.“",
    # the pronoun is not the main clause's subject right after its verb
    "Als Paul Brenner den Saal betrat, sagte der Wirt, er habe „viel vor“.",
])
def test_no_one_from_the_opening_clause(body):
    assert _speakers(body)[-1] != "Paul Brenner"


# body_voice_de: a spokesperson named by the last word of a body the article names ("eine
# Bahn-Sprecherin" after "die Deutsche Bahn") speaks for the body, as "a Siemens spokeswoman".
BODY = ("Die Nordland Fähren stellen den Verkehr zur Insel ein. Die Nordland Fähren wollen im Frühjahr "
        "wieder fahren.\n")


@pytest.mark.parametrize("body", [
    "„Das Wetter lässt keine Fahrt zu“, sagte eine Fähren-Sprecherin am Montag.",
    "„Das Wetter lässt keine Fahrt zu“, erklärte der Fähren-Pressesprecher.",
])
def test_a_spokesperson_of_a_named_body(body):
    assert _speakers(BODY + body)[-1] == "Nordland Fähren"


@pytest.mark.parametrize("body", [
    # the body is not named in full twice: an unnamed person, as before
    "Die Fähren stellen den Verkehr ein. „Das Wetter lässt keine Fahrt zu“, sagte eine Fähren-Sprecherin.",
    # a word the guide leaves null however it is qualified ("police")
    "Die Kieler Polizei sperrte den Hafen. Die Kieler Polizei war vor Ort. "
    "„Es ist ruhig“, sagte ein Polizei-Sprecher.",
    # two bodies end on the word as often: rather null
    "Die Nordland Fähren und die Südland Fähren stellen den Verkehr ein. Die Nordland Fähren und die "
    "Südland Fähren fahren im Mai. „Das Wetter lässt keine Fahrt zu“, sagte eine Fähren-Sprecherin.",
])
def test_no_body_for_the_spokesperson(body):
    assert _speakers(body)[-1] is None


# acronym_bodies in German: a body's acronym after an article ("Das FBI bestätigte", "sagte der
# ADAC") is the body, as Spanish reads "la ONU" and English "the FBI".
@pytest.mark.parametrize("body, speaker", [
    ("Das THW bestätigte, dass die Lage „unter Kontrolle“ sei.", "THW"),
    ("„Die Staus werden länger“, sagte der ADAC am Freitag.", "ADAC"),
])
def test_a_body_by_its_acronym(body, speaker):
    assert _speakers(body)[-1] == speaker


def test_a_roman_numeral_is_no_body():
    assert _speakers("„Wir feiern“, sagte der XIV. am Abend.")[-1] is None


def test_an_acronym_spoken_to_is_no_speaker():
    # "…, sagte der MOPO:": the paper in the dative, the subject left out (the person before)
    body = ("Jonas Weber spielt seit Jahren im Team. Nun hofft er auf einen Neuzugang, sagte der TAZ: "
            "„Ich werde ihn überzeugen.“")
    assert _speakers(body)[-1] != "TAZ"


# time_after_verb_de: a phrase of time between the reporting verb and its subject after a quote
# ("„…“, sagte am Montag Peter Brandt"), as "sagte Peter Brandt am Montag" was read.
@pytest.mark.parametrize("body, speaker", [
    ("„Wir sparen an dieser Stelle nicht weiter“, sagte am Montag Peter Brandt.", "Peter Brandt"),
    ("„Wir sparen an dieser Stelle nicht weiter“, sagte am Montag Bürgermeister Peter Brandt.", "Peter Brandt"),
    ("„Wir sparen an dieser Stelle nicht weiter“, betonte am Dienstag die Bürgermeisterin Anna Keller.",
     "Anna Keller"),
    ("„Wir sparen an dieser Stelle nicht weiter“, erklärte am Freitag Peter Brandt in Kiel.", "Peter Brandt"),
])
def test_a_day_between_the_verb_and_its_subject(body, speaker):
    assert _speakers(body)[-1] == speaker


@pytest.mark.parametrize("body", [
    "„Wir sparen an dieser Stelle nicht weiter“, sagte am Montag ein Sprecher der Stadt.",
    "„Wir sparen an dieser Stelle nicht weiter“, sagte am Montag der Zeitung ein Sprecher.",
    # not a part of a day (the name index reads "Abend Peter Brandt" as one name): null, as before
    "„Wir sparen an dieser Stelle nicht weiter“, sagte am Freitagabend Peter Brandt.",
    "„Wir sparen an dieser Stelle nicht weiter“, sagte am Abend Peter Brandt.",
])
def test_a_day_before_someone_unnamed(body):
    assert _speakers(body)[-1] is None
