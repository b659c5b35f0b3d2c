"""German quotes told with no reporting verb next to them (none46, after_sentence_de.py).

Every sentence here is made up for these tests (new names, new wording), in the shape of
regional, church, sport and trade press: the sentence after a quote that opens with "So" or "Mit
diesen Worten", a quote closed by a conviction ("ist X überzeugt"), and "Mit dem Satz „…“
sorgte X für …"; with their near misses, which credit no one.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _only(body: str):
    quotes = extract_quotes("Titel", [], body, "de")
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


@pytest.mark.parametrize("body, speaker", [
    ("Die Kirche wurde im Frühjahr saniert. „Die Orgel klingt wie neu, fast wie am ersten Tag.“ "
     "So beschreibt Kantorin Ruth Albers den Klang nach der Sanierung.", "Ruth Albers"),
    ("„Wir feiern heute ein Stück Heimat.“ Mit diesen Worten eröffnete Ortsvorsteher Bernd Kuhl "
     "das Dorffest am Samstag.", "Bernd Kuhl"),
    ("„Die Nachfrage nach Dämmstoffen wird weiter steigen“, ist Geschäftsführer Timo Rasch überzeugt.",
     "Timo Rasch"),
    ("„Die Ernte wird trotz der Trockenheit gut“, ist sich Landwirtin Eva Stolz sicher.", "Eva Stolz"),
    ("Mit dem Satz „Wer nicht fragt, bleibt dumm“ sorgte Bischof Georg Leitner beim Empfang für "
     "Heiterkeit.", "Georg Leitner"),
    ("Mit den Worten „Gott segne euch alle“ verabschiedete Pfarrerin Lea Horn die Gemeinde.", "Lea Horn"),
])
def test_the_subject_after_the_verb_speaks(body: str, speaker: str) -> None:
    quote = _only(body)
    assert quote.speaker == speaker
    # "Mit dem Satz / den Worten „…“ VERB X" is with_words (with_words_de.py) since stop 46's merge
    assert quote.rule == ("with_words" if body.startswith("Mit ") else "so_after_de")


def test_a_description_goes_to_the_one_it_describes() -> None:
    body = ("Die Trainerin Anke Frey kam 2019 zum Verein. „Wir sind in dieser Saison gewachsen.“ "
            "So bilanziert die Trainerin das Jahr.")
    quote = _only(body)
    assert quote.speaker == "Anke Frey"
    assert quote.rule == "so_after_de"


@pytest.mark.parametrize("body", [
    # the subject agrees with someone else's words
    "„Das Ergebnis ist enttäuschend.“ So sieht es auch Kapitän Jonas Reiter.",
    # "So" opens no attribution
    "„Wir bauen bis 2030.“ So weit die Theorie. Die Praxis sieht anders aus.",
    "„Jeder Mieter hat ein Recht auf Auskunft.“ So steht es im Vertrag.",
    # a thing, not a person, after the verb
    "„Wir schaffen das schon.“ So beschreibt der Bericht die Stimmung im Dorf.",
    "Mit dem Satz „Am Anfang war das Wort“ beginnt das Buch.",
    "Mit dem Satz „Ich bin ein Berliner“ wurde die Rede berühmt.",
    "„Die Ernte wird gut“, ist die Stadt überzeugt.",
    # the subject quotes another
    "„Liebt eure Feinde.“ Mit diesen Worten zitiert Pfarrer Ralf Beck den Apostel Paulus.",
    # negated
    "„Das Team hat Charakter gezeigt“, ist Trainer Udo Lenz nicht überzeugt.",
])
def test_near_misses_credit_no_one(body: str) -> None:
    quote = _only(body)
    assert quote.speaker is None
    assert quote.rule != "so_after_de"


# possessed_label_de.py: "Sein Fazit: „…“" (made-up sentences, as above)

@pytest.mark.parametrize("body, speaker", [
    ("Pfarrer Anton Kessler leitet die Gemeinde seit zehn Jahren. Sein Fazit: „Die Kirche bleibt "
     "ein Ort der Begegnung.“", "Anton Kessler"),
    ("Landrätin Maren Vogt besuchte die Schule am Montag. Ihr dringender Appell an die Eltern: "
     "„Lasst die Kinder nicht allein mit ihren Sorgen.“", "Maren Vogt"),
    ("Trainer Kurt Wessel sprach nach dem Spiel lange mit den Fans. Wessels Fazit: „Wir haben den "
     "Sieg verdient.“", "Kurt Wessel"),
])
def test_the_possessor_of_a_speech_noun_speaks(body: str, speaker: str) -> None:
    quote = _only(body)
    assert quote.speaker == speaker
    assert quote.rule == "possessed_label_de"


@pytest.mark.parametrize("body", [
    # a noun that names no words ("Haus"; "Ziel" is read since s63: "Ihr Ziel: „…“" quotes her aim as she puts it)
    "Pfarrer Anton Kessler leitet die Gemeinde seit zehn Jahren. Sein Haus: „Eine offene Kirche für alle.“",
    # a place, not a person, in the genitive
    "Bayern hat gewählt. Bayerns Antwort: „Weiter so.“",
    # "Ihr" of a group no one in it named
    "Landrätin Maren Vogt eröffnete die Woche. Die Schüler der Klasse 9 sammelten Spenden für das "
    "Tierheim. Ihr Appell: „Helft den Tieren.“",
])
def test_possessed_label_near_misses(body: str) -> None:
    quote = _only(body)
    assert quote.speaker is None


# after_sentence_de.py: a noun of speech and its owner after the quote (made-up sentences)

@pytest.mark.parametrize("body, speaker", [
    ("„Wir haben in diesem Jahr alles gegeben“, so das Fazit von Trainerin Anna Keller.", "Anna Keller"),
    ("„Bleibt zusammen, auch in schweren Zeiten“, lautete die Botschaft von Bischof Karl Zorn an die "
     "Gemeinde.", "Karl Zorn"),
    ("„Wir bleiben selbstständig.“ Das ist die Antwort von Bürgermeister Olaf Rehm auf die Pläne des "
     "Landes.", "Olaf Rehm"),
    ("Die Trainerin Anna Keller war nach dem Spiel zufrieden. „Wir haben alles gegeben“, so das Fazit "
     "der Trainerin.", "Anna Keller"),
])
def test_the_owner_of_the_speech_noun_after_the_quote_speaks(body: str, speaker: str) -> None:
    quote = _only(body)
    assert quote.speaker == speaker
    assert quote.rule == "so_after_de"


@pytest.mark.parametrize("body", [
    "„Es war ein langer Weg“, so der Titel von Jonas Webers neuem Buch.",  # no noun of speech
    "„Wir bleiben hier“, so die Antwort der Stadt.",  # a body named by no name
    "„Wir bleiben hier“, so das Fazit von vielen Besuchern.",  # no one named
])
def test_noun_of_near_misses(body: str) -> None:
    quote = _only(body)
    assert quote.speaker is None
