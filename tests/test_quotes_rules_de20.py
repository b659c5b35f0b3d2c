"""Stop 34's German rules (helper de20, issue 16): ``fronted_phrase`` (a sentence that opens on a
phrase on a preposition has its subject after the verb: "Zur Lage sagt Anna Keller: „…“"),
``mood_over_subject`` (a partial quote in Konjunktiv I whose sentence's subject is a thing is the
person credited just before), and the guard ``mood_subject.newer_subject`` (a sentence in between
that opens on another person stops the speaker before from carrying over). Made-up sentences,
grouped by rule; the probes that found an edge are kept here."""
from __future__ import annotations

import pytest

from tests.quote_probes import probes

INTRO = ("Der Gemeinderat von Halden hat am Montag lange über die neue Sporthalle gestritten, und die "
         "Opposition ist mit dem Ergebnis der Abstimmung gar nicht zufrieden.\n\n")

_quotes, _found = probes(INTRO, "de")


# fronted_phrase: the name after the verb, whatever noun the opening phrase ends on.
@pytest.mark.parametrize("lead, speaker", [
    ("Zur Bedeutung der neuen Halle für die Gemeinde sagt Bürgermeisterin Dr. Anna Keller:", "Anna Keller"),
    ("Mit Blick auf die Anwohner meint die Stadträtin Anna Keller:", "Anna Keller"),
    ("Auf der Pressekonferenz ergänzte Staatssekretärin Dr. Eva Roth:", "Eva Roth"),
    ("Im Interview mit Petra Lang sagte Ministerpräsident Tom Weber:", "Tom Weber"),
    ("Im Gespräch mit unserer Zeitung erklärte die Sprecherin der Initiative, Petra Lang:", "Petra Lang"),
])
def test_fronted_phrase_takes_the_name_after_the_verb(lead, speaker):
    words, found, rule = _found(f"{lead} „Wir haben lange auf diesen Tag gewartet.“", "Wir haben lange auf diesen Tag gewartet.")
    assert (found, rule) == (speaker, "fronted_phrase")


def test_fronted_phrase_reads_past_a_time_after_the_name():
    body = ("Bürgermeister Tom Weber hat die Halle eröffnet. „Ein guter Tag“, sagte Weber. "
            "Zur Frage der Kosten sagte Weber am Montag: „Das Land bezahlt den größten Teil.“")
    assert _found(body, "Das Land bezahlt den größten Teil.")[1:] == ("Tom Weber", "fronted_phrase")


@pytest.mark.parametrize("lead", [
    "Bei der Versammlung sagte ein Anwohner:",  # someone unnamed
    "Zu den Kosten sagte der Kämmerer:",  # a role no one named holds
    "Über den Film sagt Regisseur Jonas Krause der Berliner Zeitung, und zwar sehr deutlich:",  # a clause on
])
def test_fronted_phrase_names_no_one_where_the_words_after_the_verb_name_no_one(lead):
    assert _found(f"{lead} „Ich will hier nur in Ruhe leben.“", "Ich will hier nur in Ruhe leben.")[1] is None


def test_fronted_phrase_leaves_a_subject_after_an_auxiliary():
    # "hatte" is the verb in second place: the name after it is the subject, before the participle
    body = "Vor einigen Jahren hatte Bürgermeister Tom Weber noch behauptet, die Halle sei „dringend nötig“."
    assert _found(body, "dringend nötig")[1] == "Tom Weber"


def test_fronted_phrase_does_not_fire_without_an_opening_preposition():
    body = "Die Halle sei zu teuer, sagt die Opposition. Dazu erklärte Vereinschef Markus Brandt: „Sie ist ihr Geld wert.“"
    assert _found(body, "Sie ist ihr Geld wert.")[1:] == ("Markus Brandt", "lead_in")


# mood_over_subject: the thing a sentence of reported speech is about is no speaker.
def test_mood_over_subject_gives_the_quote_to_the_person_reported():
    body = ("Viele Wohnungen gehören Nordbau. „Wir zahlen zu viel“, sagt Karla Obermaier. Während Nordbau die Preise "
            "erhöhe, sagt Obermaier, werde nichts repariert. Nordbau sei „schlicht zu gierig“.")
    assert _found(body, "schlicht zu gierig")[1:] == ("Karla Obermaier", "mood_over_subject")


def test_mood_over_subject_needs_the_mood_of_reported_speech():
    body = ("Viele Wohnungen gehören Nordbau. „Wir zahlen zu viel“, sagt Karla Obermaier. Während Nordbau die Preise "
            "erhöht, sagt Obermaier, wird nichts repariert. Nordbau ist „schlicht zu gierig“.")
    assert _found(body, "schlicht zu gierig")[1] is None


# newer_subject: a sentence in between that opens on another person.
def test_reported_mood_does_not_carry_over_past_another_person():
    body = ("„Die Leute wollen bequeme Schuhe“, sagt die Händlerin Petra Lang.\n\n"
            "Der Schuhmacher Tom Weber sieht das anders. Die Kundschaft sei „sehr preisbewusst“ geworden.")
    assert _found(body, "sehr preisbewusst")[1] is None  # not Petra Lang (Tom Weber is named once)


def test_reported_mood_goes_to_the_person_the_sentence_before_opens_on():
    body = ("„Die Leute wollen bequeme Schuhe“, sagt die Händlerin Petra Lang. „Wir verkaufen gut“, sagt "
            "Tom Weber.\n\nLang sieht das anders. Die Kundschaft sei „sehr preisbewusst“ geworden.")
    assert _found(body, "sehr preisbewusst")[1] == "Petra Lang"


def test_reported_mood_still_carries_over_a_sentence_about_no_one():
    body = ("„Die Leute wollen bequeme Schuhe“, sagt die Händlerin Petra Lang. Der Markt wächst seit Jahren. "
            "Die Kundschaft sei aber „sehr preisbewusst“ geworden.")
    assert _found(body, "sehr preisbewusst")[1] == "Petra Lang"


# Probes at the edges (stop 34): a woman after a man, a place, a critic named once.
def test_fronted_phrase_leaves_sie_unread():
    body = ("Mit dem Regisseur Jonas Krause sprach die Kritikerin Lisa Brandt. Zur Inszenierung sagte sie: "
            "„Das war mutig und neu.“")
    # (stop 53: "die Kritikerin Lisa Brandt" introduces her as a person, the one "sie" can be)
    assert _found(body, "Das war mutig und neu.")[1] == "Lisa Brandt"  # never Jonas Krause


def test_fronted_phrase_credits_no_place():
    assert _found("In Berlin sagte Hamburg dazu: „Das ist eine Sache der Länder.“",
                  "Das ist eine Sache der Länder.")[1] is None


def test_reported_mood_stops_at_a_critic_named_in_between():
    body = ("Krause hatte vorher gesagt, das Stück sei „ein Experiment“, sagt Regisseur Jonas Krause.\n\n"
            "Der Kritiker Paul Roth war anderer Meinung. Das Stück sei „zu lang“.")
    # (stop 53: "Der Kritiker Paul Roth war anderer Meinung." reports him: the words are his)
    assert _found(body, "zu lang")[1] == "Paul Roth"  # not Jonas Krause (main's wrong name)
