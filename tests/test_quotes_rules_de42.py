"""German speakers in news shapes (helper de42, stop 42, issue 16). Made-up sentences, grouped by
shape; the shapes were counted on real German news read outside the corpus."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.language import use
from newsbeam.transforms.quotes.names import NameIndex
from newsbeam.transforms.quotes.once_named import bare_subject_name

LEAD = ("Der Verein hat am Samstag sein drittes Heimspiel der Saison bestritten, und die Stimmung im "
        "Stadion war nach dem Abpfiff gemischt.\n")


def _speakers(body: str, title: str | None = None) -> list[str | None]:
    return [q.speaker for q in extract_quotes(title, None, LEAD + body, language="de")]


# described_roles._with_article: a description whose noun the lead-in read alone ("Coach") keeps
# its article and the adjectives between ("Der 53-jährige Coach sagt:", "Die frustrierte
# Trainerin sagt:"), so it refers back to the person named just before, as "der Coach" did.
@pytest.mark.parametrize("body, speaker", [
    ("Tom Weber, der Trainer der Gäste, sagte: „Wir haben gut gespielt.“ Der 53-jährige Coach "
     "sagt aber auch: „Wir müssen besser werden.“", "Tom Weber"),
    ("Lena Hofmann, die Trainerin der Gäste, sagte: „Wir haben gut gespielt.“ Die frustrierte "
     "Trainerin sagt aber auch: „Wir müssen besser werden.“", "Lena Hofmann"),
    ("Tom Weber, der Trainer der Gäste, sagte nach dem Spiel gegen die SpVg Nordheim: „Wir haben "
     "gut gespielt.“ Der sichtlich enttäuschte Coach sagt aber auch: „Wir müssen besser werden.“", "Tom Weber"),
])
def test_a_description_with_adjectives_refers_back(body, speaker):
    assert _speakers(body)[-1] == speaker


@pytest.mark.parametrize("body", [
    # another man named since: rather null
    "Tom Weber, der Trainer der Gäste, sagte: „Wir haben gut gespielt.“ Auch Jonas Brandt war "
    "zufrieden. Der 53-jährige Coach sagt aber auch: „Wir müssen besser werden.“",
    # a woman named before, a man described: someone else
    "Lena Hofmann, die Trainerin der Gäste, sagte: „Wir haben gut gespielt.“ Der 53-jährige Coach "
    "sagt aber auch: „Wir müssen besser werden.“",
    # no article before the adjectives: no definite description
    "Tom Weber, der Trainer der Gäste, sagte: „Wir haben gut gespielt.“ Ein 53-jähriger Coach "
    "sagt aber auch: „Wir müssen besser werden.“",
])
def test_a_description_with_adjectives_stays_null(body):
    assert _speakers(body)[-1] is None


# once_named._given_name_de reads the name index's mentions of the first name (every zone, found
# once an article) for a word that makes it a noun or a place: "die Rose" in the headline too.
def test_a_first_name_used_as_a_noun_in_any_zone_is_no_given_name():
    with use("de"):
        found = Finding("Rose Keller", "erklärt", "explicit", rule="sentence_subject")
        text = "Rose Keller erklärt das Vorhaben der Stadt."
        assert bare_subject_name(found, "Rose Keller", text, NameIndex([text]))
        assert bare_subject_name(found, "Rose Keller", text, NameIndex(["Der Garten blüht im Mai", text]))
        assert not bare_subject_name(found, "Rose Keller", text, NameIndex(["Die Rose blüht im Mai", text]))
        garden = "Im Garten blüht die Rose. " + text
        assert not bare_subject_name(found, "Rose Keller", garden, NameIndex([garden]))


# lexicon_de.DETERMINERS: a demonstrative ("diese", "solche") opens a noun phrase, no name: a
# fronted object ("Solche Summen wollte … nicht mehr sehen") is never the speaker.
@pytest.mark.parametrize("opening", [
    "Solche Verluste wollte Vorstandschef Tom Weber eigentlich nicht mehr sehen - und forderte bei "
    "der Bilanzvorlage am Mittwoch in Hamburg mehr Disziplin:",
    "Solche Summen wollte Firmenchef Tom Weber nicht mehr sehen - und forderte mehr Disziplin:",
])
def test_a_demonstrative_phrase_is_no_speaker(opening):
    body = ("Der Konzern steht sich weiter selbst im Weg. Insgesamt fielen hohe Sonderkosten an.\n" + opening +
            " „Das Quartal hat gezeigt, dass wir noch viel zu tun haben.“ Die Aktie gab nach.")
    assert _speakers(body)[-1] is None


# described_antecedent._person: a surname alone that the article credited with a quote is a
# person a description can refer back to ("„…“, erzählt Gruber. „…“, sagt der Ortschef.").
SCHOOL = "Die Gemeinde hat mit Schmierereien am Spielplatz schon Erfahrung.\n"
FIRST = "„Die Schüler haben sich bei mir gemeldet“, erzählt Gruber. "


@pytest.mark.parametrize("rest", [
    "„Wer hilft, wird nicht bestraft“, sagt der Ortschef.",
    "Er bietet erneut an: „Es gibt genug zu tun“, rät der Bürgermeister.",
])
def test_a_description_refers_back_to_a_quoted_surname(rest):
    assert _speakers(SCHOOL + FIRST + rest)[-1] == "Gruber"


@pytest.mark.parametrize("body", [
    FIRST + "„Das stimmt“, sagt Hofer. „Wer hilft, wird nicht bestraft“, sagt der Ortschef.",  # two men quoted
    "„Die Schüler haben sich bei mir gemeldet“, erzählt Lena Gruber. „Wer hilft, wird nicht bestraft“, sagt der Ortschef.",
    "Gruber ist seit Jahren im Amt. „Wer hilft, wird nicht bestraft“, sagt der Ortschef.",  # never quoted
    # a first name alone is a colleague called by first name, not a surname: a description
    # ("der Journalist") is someone else
    "„Ach, bitte nicht“, seufzt Katharina. „Wer hilft, wird nicht bestraft“, kommentiert der Journalist.",
])
def test_a_description_after_surnames_stays_null(body):
    assert _speakers(SCHOOL + body)[-1] is None


# described_antecedent._NOUN_ENDINGS: plural abstract nouns ("in Sachen Verstärkungen") are
# nouns, no person standing between a description and the one it refers back to.
def test_plural_abstract_nouns_are_no_person_in_the_way():
    body = ("„Wir haben gut gespielt“, sagte Tom Weber. Am Montag gibt es in Sachen Verstärkungen "
            "Gespräche. „Das geht in die richtige Richtung“, sagte der Coach.")
    assert _speakers(body)[-1] == "Tom Weber"


# described_roles._from_article: a mention read with its verb before the description ("zeigte
# sich der Coach", when "betont" after it was taken for the reporting verb) is the description.
def test_a_description_after_a_reflexive_verb():
    body = ("„Wir haben gut gespielt“, sagte Tom Weber. „Das geht in die richtige Richtung“, zeigte "
            "sich der Coach betont zuversichtlich.")
    assert _speakers(body)[-1] == "Tom Weber"


# lexicon_de.TITLES: "LH" (Landeshauptmann, Austrian press) is a title before a name, no part of it.
def test_lh_is_a_title():
    body = ("Für LH Karl Brenner ist die Welle vorbei. „Es gibt einen deutlichen Rückgang“, sagte er. "
            "Er warnte aber davor, „voreilig Schlüsse zu ziehen“.")
    assert _speakers(body) == ["Karl Brenner", "Karl Brenner"]


# pronouns_intl._antecedent: a sentence's subject that opens on a determiner ("Diesen Luxus hat
# sich …") is a noun phrase, no one "er" can stand for.
def test_a_demonstrative_subject_is_no_antecedent():
    body = ("Für die Zeitung macht der Minister eine Ausnahme. Diesen Luxus hat sich der FDP-Mann "
            "nicht gegönnt. „Es kommt auf einmal viel auf mich zu“, begründet er.")
    assert _speakers(body) == [None]  # no name given: null, not "Diesen Luxus"
