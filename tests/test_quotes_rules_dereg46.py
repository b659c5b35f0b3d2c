"""German speakers' titles of church, regional and sport copy (stop 46, dereg46): the office is
split off the name ("Weihbischof Franz Lindner" -> "Franz Lindner"), the abbreviations of church
and Austrian copy do not end the sentence before the name ("sagte Bgm. Josef Huber"), "P." and
"Sr." are titles only before a given name and a surname, a club's epithet joined by a hyphen is
no part of the name ("ÖSV-Adler"), and a body's acronym after "Der" at a sentence's start is the
subject when no other subject follows the verb ("Der ADAC sagte: „…“"). All sentences are made
up for these tests (new names, new wording), in the style of diocesan, regional and sport pages.
"""
from __future__ import annotations

import pytest

from tests.quote_probes import quote_after

INTRO = ("Die Pfarrgemeinde feierte am Sonntag das Erntedankfest mit einer Messe und einem Fest "
         "auf dem Kirchplatz, zu dem viele Familien aus dem Ort gekommen waren.\n\n")
_quote = quote_after(INTRO, "de")


@pytest.mark.parametrize("body, words, speaker", [
    # Church offices, compounds of "-bischof", "-pfarrer", "-vikar", "-assistentin", "-schwester".
    ("„Wir müssen die Türen weit öffnen“, sagte Weihbischof Anton Kreindl in seiner Predigt.",
     "Wir müssen die Türen weit öffnen", "Anton Kreindl"),
    ("„Die Kirche lebt vom Ehrenamt“, betonte Superintendentin Marlene Obholzer.",
     "Die Kirche lebt vom Ehrenamt", "Marlene Obholzer"),
    ("Generalvikar Clemens Hirschbichler sagte: „Wir werden beim Bauen sparen müssen.“",
     "Wir werden beim Bauen sparen müssen.", "Clemens Hirschbichler"),
    ("Pastoralassistentin Veronika Strobl erklärt: „Bei uns ist jeder willkommen.“",
     "Bei uns ist jeder willkommen.", "Veronika Strobl"),
    ("„Wir beten für alle Opfer“, sagte Ordensschwester Agnes Pichlmayr.",
     "Wir beten für alle Opfer", "Agnes Pichlmayr"),
    ("„Gott ist den Menschen nahe“, sagte Erzbischof Leopold Wasserbauer.",
     "Gott ist den Menschen nahe", "Leopold Wasserbauer"),
    ("„Der Friede beginnt im Kleinen“, sagte Papst Gregor XVII. beim Angelusgebet.",
     "Der Friede beginnt im Kleinen", "Gregor XVII"),
    ("„Das Kloster bleibt offen“, sagte Abt Ambros Leitgeb.", "Das Kloster bleibt offen", "Ambros Leitgeb"),
    ("„Das ist ein Zeichen der Hoffnung“, so Dompfarrer Bernhard Auinger.",
     "Das ist ein Zeichen der Hoffnung", "Bernhard Auinger"),
    # Abbreviations of church copy: "Msgr.", "P." (Pater), "Sr." (Schwester), "Br." (Bruder).
    ("„Ich bin sehr dankbar“, sagte Msgr. Florian Haselsteiner am Ende der Feier.",
     "Ich bin sehr dankbar", "Florian Haselsteiner"),
    ("„Das Gebet trägt uns“, so P. Korbinian Moosbrugger.", "Das Gebet trägt uns", "Korbinian Moosbrugger"),
    ("„Wir helfen, wo wir können“, sagte Sr. Hildegard Aschauer, die das Haus leitet.",
     "Wir helfen, wo wir können", "Hildegard Aschauer"),
    ("„Der Garten ist unser Stolz“, sagte Br. Lukas Fellner.", "Der Garten ist unser Stolz", "Lukas Fellner"),
], ids=["weihbischof", "superintendentin", "generalvikar", "pastoralassistentin", "ordensschwester",
        "erzbischof", "papst", "abt", "dompfarrer", "msgr", "pater", "schwester", "bruder"])
def test_church_titles_are_split_off(body, words, speaker):
    assert _quote(body, words).speaker == speaker


@pytest.mark.parametrize("body, words, speaker", [
    # Austrian offices written out and abbreviated; the abbreviation's stop ends no sentence.
    ("„Wir investieren in die Schule“, so Bgm. Alois Pfandlbauer.", "Wir investieren in die Schule",
     "Alois Pfandlbauer"),
    ("„Das Land steht zusammen“, sagte LH-Stv. Hermine Gruber-Kaltseis am Montag.",
     "Das Land steht zusammen", "Hermine Gruber-Kaltseis"),
    ("„Die Straße wird im Mai fertig“, sagte Vzbgm. Ernst Riedlsperger.", "Die Straße wird im Mai fertig",
     "Ernst Riedlsperger"),
    ("„Wir brauchen mehr Ärzte am Land“, sagte LAbg. Theresia Wimmleitner.",
     "Wir brauchen mehr Ärzte am Land", "Theresia Wimmleitner"),
    ("NR Konrad Eibensteiner sagte: „Der Antrag kommt im Herbst.“", "Der Antrag kommt im Herbst.",
     "Konrad Eibensteiner"),
    ("„Die Region braucht die Bahn“, betonte Landeshauptfrau Ingrid Schachner.",
     "Die Region braucht die Bahn", "Ingrid Schachner"),
    ("„Die Zufahrt bleibt gesperrt“, sagte Bezirkshauptmann Rupert Zehetner.",
     "Die Zufahrt bleibt gesperrt", "Rupert Zehetner"),
    ("„Wir waren in zehn Minuten vor Ort“, sagte Feuerwehrkommandant Gerold Stadlmayr.",
     "Wir waren in zehn Minuten vor Ort", "Gerold Stadlmayr"),
    ("„Die Mittel sind knapp“, sagte Univ.-Prof. Elfriede Haider-Moosbrugger.",
     "Die Mittel sind knapp", "Elfriede Haider-Moosbrugger"),
    # Sport: a club's or a federation's epithet joined by a hyphen, a role compound.
    ("„Ich habe mich gut gefühlt“, sagte ÖSV-Adler Matthias Lindtner nach dem Springen.",
     "Ich habe mich gut gefühlt", "Matthias Lindtner"),
    ("„Wir wollen den Titel“, sagte Rapid-Urgestein Helmut Kernbichler.", "Wir wollen den Titel",
     "Helmut Kernbichler"),
    ("„Der Ball war einfach drin“, sagte Torschütze Dominik Brandstätter.", "Der Ball war einfach drin",
     "Dominik Brandstätter"),
], ids=["bgm", "lh-stv", "vzbgm", "labg", "nr", "landeshauptfrau", "bezirkshauptmann",
        "feuerwehrkommandant", "univ-prof", "oesv-adler", "club-urgestein", "torschuetze"])
def test_regional_and_sport_titles_are_split_off(body, words, speaker):
    assert _quote(body, words).speaker == speaker


@pytest.mark.parametrize("body, words, speaker", [
    ("Der VKÖ sagte: „Die Preise für Heizöl steigen weiter.“", "Die Preise für Heizöl steigen weiter.", "VKÖ"),
    ("Der ÖAMTC teilte mit: „Die Pässe bleiben bis Mittwoch gesperrt.“",
     "Die Pässe bleiben bis Mittwoch gesperrt.", "ÖAMTC"),
    ("Der BFV erklärte dazu: „Das Spiel wird wiederholt.“", "Das Spiel wird wiederholt.", "BFV"),
    # After a phrase that is no subject, "der" + acronym closing the lead-in is the subject.
    ("Dazu sagte der VKÖ: „Die Preise für Heizöl steigen weiter.“", "Die Preise für Heizöl steigen weiter.",
     "VKÖ"),
    ("Am Dienstag teilte der ÖAMTC mit: „Die Pässe bleiben gesperrt.“", "Die Pässe bleiben gesperrt.",
     "ÖAMTC"),
], ids=["sagte", "separable", "adverb", "after-adverb", "after-time-phrase"])
def test_acronym_opening_the_sentence_is_its_subject(body, words, speaker):
    assert _quote(body, words).speaker == speaker


@pytest.mark.parametrize("body, words, speaker", [
    # A fronted dative: the subject follows the verb.
    ("Der NÖN sagte Johanna Rieglhofer: „Wir machen weiter.“", "Wir machen weiter.", "Johanna Rieglhofer"),
    # ... and a pronoun after the verb: the acronym is the one spoken to, not the speaker.
    ("Der NÖN sagte sie: „Wir machen weiter.“", "Wir machen weiter.", None),
    ("Der NÖN sagte ein Sprecher: „Wir machen weiter.“", "Wir machen weiter.", None),
    # A subject before the verb: "der" + acronym after it is the one spoken to.
    ("Sie sagte der NÖN: „Wir machen weiter.“", "Wir machen weiter.", None),
    ("Die Obfrau sagte der NÖN: „Wir machen weiter.“", "Wir machen weiter.", None),
    ("Am Abend sagte sie der NÖN: „Wir machen weiter.“", "Wir machen weiter.", None),
], ids=["dative-name", "dative-pronoun", "dative-unnamed", "subject-pronoun-before", "subject-description-before",
        "pronoun-after-verb"])
def test_acronym_in_the_dative_is_not_the_speaker(body, words, speaker):
    assert _quote(body, words).speaker == speaker


@pytest.mark.parametrize("body, words, speaker", [
    # "P." before an initial or a surname alone may be an initial: the mention is kept whole.
    ("„Die Musik bleibt laut“, sagte P. J. Hartinger, der Sänger der Band.", "Die Musik bleibt laut",
     "P. J. Hartinger"),
    # An epithet without a hyphen is a word of the name ("Star" is no title alone).
    ("„Wir sind bereit“, sagte Anna Star am Rande des Turniers.", "Wir sind bereit", "Anna Star"),
    # Only a description, no name: null.
    ("„Das war knapp“, sagte der Weihbischof nach der Messe.", "Das war knapp", None),
    ("„Das war knapp“, sagte ein ÖSV-Adler nach dem Springen.", "Das war knapp", None),
], ids=["initial", "epithet-word", "description-only", "epithet-only"])
def test_near_misses(body, words, speaker):
    assert _quote(body, words).speaker == speaker


@pytest.mark.parametrize("body, words, speaker", [
    # "Mit den Worten „…“" opening the sentence: the subject after the verb.
    ("Mit den Worten „Heute beginnt für unseren Markt ein neues Kapitel“ eröffnete Bürgermeisterin "
     "Roswitha Kaltenegger den Bauernmarkt.", "Heute beginnt für unseren Markt ein neues Kapitel",
     "Roswitha Kaltenegger"),
    ("Mit dem Satz „Wir lassen kein Dorf zurück“ erntete Landesrat Gottfried Pirchner viel Applaus.",
     "Wir lassen kein Dorf zurück", "Gottfried Pirchner"),
    ("Mit den Worten „Jetzt erst recht“ hat Viktoria Plankensteiner die Saison eröffnet.",
     "Jetzt erst recht", "Viktoria Plankensteiner"),
    # ... and closing a sentence whose subject opens it.
    ("Pfarrer Norbert Wiesinger begrüßte die Firmlinge mit den Worten „Schön, dass ihr da seid“.",
     "Schön, dass ihr da seid", "Norbert Wiesinger"),
    ("Obfrau Hedwig Brandstetter schloss die Versammlung mit den Worten: „Wir sehen uns im Frühling.“",
     "Wir sehen uns im Frühling.", "Hedwig Brandstetter"),
    ("Mit den Worten „Wir sind wieder da“ meldete sich Skirennläuferin Magdalena Egger zurück.",
     "Wir sind wieder da", "Magdalena Egger"),
], ids=["opening-title-name", "opening-satz", "opening-auxiliary", "closing", "closing-colon", "reflexive"])
def test_with_words_credits_the_subject(body, words, speaker):
    quote = _quote(body, words)
    assert (quote.speaker, quote.rule) == (speaker, "with_words")


@pytest.mark.parametrize("body, words", [
    # Words said to the subject, or quoted by it: no one named says them.
    ("Mit den Worten „Danke für drei Jahrzehnte“ wurde Ernestine Hofbauer in den Ruhestand verabschiedet.",
     "Danke für drei Jahrzehnte"),
    ("Ernestine Hofbauer wurde mit den Worten „Danke für alles“ verabschiedet.", "Danke für alles"),
    ("Ernestine Hofbauer zitierte ihren Vorgänger mit den Worten „Wer rastet, der rostet“.",
     "Wer rastet, der rostet"),
], ids=["passive-opening", "passive-closing", "quoting-verb"])
def test_with_words_said_to_or_quoted_by_the_subject_is_null(body, words):
    assert _quote(body, words).speaker is None


@pytest.mark.parametrize("body, words", [
    # No name after the verb: a description or a body, left to the other rules (no one here).
    ("Mit den Worten „Auf ein gutes Fest“ eröffnete die Marktgemeinde den Kirtag.", "Auf ein gutes Fest"),
    # A phrase of time opens the sentence: its subject is not read here.
    ("Am Montag eröffnete Roswitha Kaltenegger den Markt mit den Worten „Auf ein gutes Jahr“.",
     "Auf ein gutes Jahr"),
], ids=["body-after-verb", "time-opener"])
def test_with_words_near_misses_credit_no_one_by_it(body, words):
    assert _quote(body, words).rule != "with_words"
