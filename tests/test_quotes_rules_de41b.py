"""German speakers in news shapes (helper de41b, stop 41, issue 16). Made-up sentences, grouped
by shape; the shapes were counted on real German news read outside the corpus."""
from __future__ import annotations

import pytest

from tests.quote_probes import last_credit

LEAD = ("Der Verein hat am Samstag sein drittes Heimspiel der Saison bestritten, und die Stimmung im "
        "Stadion war nach dem Abpfiff gemischt.\n")
QUOTE = "„Wir haben heute eine ordentliche Leistung gezeigt und uns den Punkt verdient.“"


# topic_label_de.topic_label: a label of a name and the topic of the words, then a colon, with
# no verb ("Uwe Brandt on the first home win:" in English).
@pytest.mark.parametrize("label, speaker", [
    ("Trainer Jonas Brenner über den ersten Heimsieg: ", "Jonas Brenner"),
    ("Die Kapitänin Lena Hofmann zu ihrem dritten Tor: ", "Lena Hofmann"),
    ("Jonas Brenner (Trainer SV Musterstadt) über die zweite Halbzeit: ", "Jonas Brenner"),
    ("Markus Feld, Vorsitzender des Vereins, zur neuen Satzung: ", "Markus Feld"),
    ("Der Ökonom Markus Feld über die Einigung im Ausschuss am 14. März: ", "Markus Feld"),
    ("Lena Hofmann zum Abstieg: ", "Lena Hofmann"),
])
def test_a_label_of_name_and_topic_names_the_speaker(label, speaker):
    assert last_credit(LEAD + label + QUOTE, "de") == (speaker, "topic_label")


@pytest.mark.parametrize("label", [
    "Lena Hofmann zu Gast in Wien: ",  # no phrase on an article: a heading, not a topic
    "Neue Studie über den Klimawandel: ",  # no given name: two capitalized nouns
    "Ein Buch von Lena Hofmann über den Krieg: ",  # the name inside a phrase, not opening the label
    "Jonas Brenner sprach mit Lena Hofmann über den Sieg, und sie sagte: ",  # a clause, not a label
])
def test_no_topic_label(label):
    assert last_credit(LEAD + label + QUOTE, "de")[1] != "topic_label"


# lexicon_de.SEPARABLE_CUES: "gibt ... zu" (admits), "gibt ... zu Protokoll", "wirft ... ein".
@pytest.mark.parametrize("tail", [", gibt sie zu.", ", gab sie zu.", ", gibt sie zu Protokoll.", ", wirft sie ein."])
def test_separable_verbs_of_admitting_and_interjecting(tail):
    body = LEAD + "Lena Hofmann schoss zwei Tore. " + QUOTE[:-2] + "“" + tail
    assert last_credit(body, "de") == ("Lena Hofmann", "separable_verb")


def test_zu_with_another_object_is_no_admission():
    body = LEAD + "Lena Hofmann schoss zwei Tore. " + QUOTE[:-2] + "“, gibt sie zu Hause an."
    assert last_credit(body, "de")[1] != "separable_verb"


# tokens.name_after_verb / adjunct_subject.past_verb: a surname that is also a German conjunction
# or verb ("Weil", "Weiß", "Wenn"), capitalized right after the reporting verb, is the name.
@pytest.mark.parametrize("first, tail, speaker", [
    ("Der Landrat Stefan Weil kritisierte den Plan scharf. ", ", sagte Weil der Lokalzeitung.", "Stefan Weil"),
    ("Der Landrat Stefan Weil kritisierte den Plan scharf. ", ", so Weil.", "Stefan Weil"),
    ("Die Anwohnerin Petra Weiß wohnt nahe der Baustelle. ", ", sagt Weiß.", "Petra Weiß"),
])
def test_a_surname_that_is_a_word_of_the_language(first, tail, speaker):
    body = LEAD + first + QUOTE[:-2] + "“" + tail
    assert last_credit(body, "de")[0] == speaker


@pytest.mark.parametrize("tail", [", sagte sie.", ", sagte Sie."])
def test_pronouns_after_the_verb_stay_pronouns(tail):
    # "Sie" is never taken for a surname: the credit is null
    body = LEAD + "Der Landrat Stefan Weil kritisierte den Plan. " + QUOTE[:-2] + "“" + tail
    assert last_credit(body, "de")[0] is None


def test_a_clause_after_a_dash_opens_on_no_surname():
    # after a dash a new clause may open on a capitalized preposition or conjunction
    body = LEAD + QUOTE + " – Mit sich wandelnden Fronten hat das wenig mit Positionen zu tun."
    assert last_credit(body, "de")[0] is None


# labels_intl.labelled_paragraph: a paragraph that opens on a full name, the club, party or role
# in parentheses, then a colon ("Anna Kehl (SPD): „...“"), as voices after a match or a vote are
# listed; English credits "Anna Kehl (SPD): "..."" already.
@pytest.mark.parametrize("label, speaker", [
    ("Jonas Brenner (SV Musterstadt): ", "Jonas Brenner"),
    ("Lena Hofmann (Trainerin TSV Beispielhausen): ", "Lena Hofmann"),
    ("Petra Lang (SPD): ", "Petra Lang"),
])
def test_a_name_with_its_club_or_party_in_parentheses_labels_the_quote(label, speaker):
    assert last_credit(LEAD + label + QUOTE, "de")[0] == speaker


@pytest.mark.parametrize("label", [
    "Neue Studie (PDF): ",  # no given name: a heading
    "Jonas Brenner (SV Musterstadt) und Lena Hofmann (TSV Beispielhausen): ",  # two people
])
def test_no_parenthesis_label(label):
    assert last_credit(LEAD + label + QUOTE, "de")[0] is None


# described_antecedent: a surname that is a German word after a given name ("Stefan Weil") is a
# person who stands in the way, so a description after two men named is neither's (null).
def test_a_description_after_two_men_one_with_a_homograph_surname_is_null():
    body = (LEAD + "Der Landrat Stefan Weil hat den Kandidaten Markus Feld scharf kritisiert. "
            + QUOTE[:-2] + "“, sagte der niedersächsische SPD-Politiker.")
    assert last_credit(body, "de")[0] is None
