"""A speaker named only in the headline, stop 42 (issue 16): made-up headlines, names and
sentences, grouped by mechanism.

headline_antecedent.headline_person: the person a headline names as its label ("Ann Lee: …",
"Interview: Ann Lee on …") or its subject ("Ann Lee returns …", "Ann Lee über …"); never a
place, a body or a topic ("Mali :", "Covid:"); a one-word label only when the body names it again.
headline_antecedent.credit_headline_person: that person for a body's "she"/"er"/"elle", a
description ("the 34-year-old", "el regidor") and the quotes inheriting from them, when the
body names no one else before. The shapes were counted in real news (docs/quality.md, "Stop 42,
head42"); the sentences and names here are our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.headline_antecedent import HEADLINE_ANTECEDENT, headline_person
from newsbeam.transforms.quotes.language import use
from newsbeam.transforms.quotes.names import NameIndex


def _speakers(title: str, body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(title, [], body, lang) if q.zone == "body"]


# --- headline_person: who the headline names ---------------------------------------------------

@pytest.mark.parametrize("title, lang, person", [
    ("Interview: Marta Kowalski on the future of rail", "en", "Marta Kowalski"),
    ("Thomas Weber returns to the pitch after injury", "en", "Thomas Weber"),
    ("Claudia Brenner über ihre neue Rolle", "de", "Claudia Brenner"),
    ("Sandrine Morel : « Je reste »", "fr", "Sandrine Morel"),
    ("Carlos Ruiz: \"No voy a dimitir\"", "es", "Carlos Ruiz"),
])
def test_the_headline_names_its_subject_or_label(title: str, lang: str, person: str) -> None:
    with use(lang):
        assert headline_person(title, "", NameIndex([title])) == person


@pytest.mark.parametrize("title, lang", [
    ("Mali : les élections reportées", "fr"),
    ("Covid: new rules from Monday", "en"),
    ("Port Harbor Authority cuts fees", "en"),
    ("Neue Regeln für Radfahrer in der Stadt", "de"),
    ("Interview: what the new budget means", "en"),
])
def test_places_bodies_and_topics_are_no_one(title: str, lang: str) -> None:
    with use(lang):
        assert headline_person(title, "", NameIndex([title])) is None


def test_a_one_word_label_only_when_the_body_names_it_again() -> None:
    with use("fr"):
        body = "Mme Vasseur a répondu lundi aux critiques de l'opposition."
        assert headline_person("Vasseur : « Je ne lâcherai rien »", body, NameIndex([body])) == "Mme Vasseur"
        assert headline_person("Vasseur : « Je ne lâcherai rien »", "Rien de neuf.", NameIndex([""])) is None


# --- credit_headline_person: pronouns, descriptions, inherited quotes ---------------------------

def test_a_pronoun_after_a_headline_interview_label() -> None:
    body = ("The new transport minister wants more night trains.\n\n"
            "\"We have waited far too long for this,\" she said on Monday.\n\n"
            "\"The money is there now,\" she added.")
    quotes = [q for q in extract_quotes("Interview: Marta Kowalski on the future of rail", [], body, "en")
              if q.zone == "body"]
    assert [q.speaker for q in quotes] == ["Marta Kowalski", "Marta Kowalski"]
    assert {q.rule for q in quotes} == {HEADLINE_ANTECEDENT}


def test_a_description_and_a_pronoun_after_a_headline_subject() -> None:
    body = ("The striker trained with the squad on Tuesday for the first time since March.\n\n"
            "\"It feels great to be back,\" the 34-year-old said.\n\n"
            "\"I never doubted it,\" he told reporters.")
    assert _speakers("Thomas Weber returns to the pitch after injury", body, "en") == ["Thomas Weber"] * 2


def test_spanish_descriptions_after_a_headline_label() -> None:
    body = ("El alcalde respondió este lunes a las críticas de la oposición.\n\n"
            "\"No voy a dimitir antes del final del mandato\", dijo.\n\n"
            "\"Sería un error\", añadió el regidor.")
    assert _speakers("Carlos Ruiz: \"No voy a dimitir\"", body, "es") == ["Carlos Ruiz"] * 2


def test_a_pronoun_of_the_other_sex_stays_no_ones() -> None:
    body = "\"We have waited far too long for this,\" he said on Monday."
    assert _speakers("Interview: Marta Kowalski on the future of rail", body, "en") == [None]


def test_another_person_named_before_keeps_the_pronoun_from_the_headline() -> None:
    body = ("Her deputy, Laura Fenwick, spoke first at the meeting.\n\n"
            "\"We have waited far too long for this,\" she said.")
    assert _speakers("Interview: Marta Kowalski on the future of rail", body, "en") != ["Marta Kowalski"]


def test_a_description_the_headline_names_beside_its_subject_is_another() -> None:
    body = ("Senator Paul Hendry spoke in Denver on Sunday.\n\n"
            "\"Go home!\" the protester shouted from the back.")
    assert _speakers("Paul Hendry says protester should apologise", body, "en") == [None]


def test_a_description_after_the_body_names_the_headline_person_is_left_alone() -> None:
    body = ("\"We will win this,\" Hendry said in Denver.\n\n"
            "\"Not a chance!\" the heckler shouted.")
    assert _speakers("Paul Hendry hits back at critics", body, "en")[1] is None


def test_a_group_or_a_body_is_never_the_headline_person() -> None:
    body = ("The meeting ran late on Monday.\n\n"
            "\"We need answers,\" the residents said.\n\n"
            "\"The plan stands,\" the council said.")
    assert _speakers("Marta Kowalski faces angry residents", body, "en") == [None, None]


def test_german_pronoun_and_description_after_a_headline_subject() -> None:
    body = ("Der Schauspieler hat am Montag sein neues Projekt vorgestellt.\n\n"
            "„Ich habe lange auf diese Rolle gewartet“, sagte er.\n\n"
            "„Das war kein Zufall“, fügte der 41-Jährige hinzu.")
    assert _speakers("Thomas Brenner über seine neue Rolle", body, "de") == ["Thomas Brenner"] * 2


def test_german_sie_is_no_man() -> None:
    body = "„Ich habe lange auf diese Rolle gewartet“, sagte sie am Montag in Berlin."
    assert _speakers("Thomas Brenner über seine neue Rolle", body, "de") == [None]


# --- the subject after the verb, German nouns before a pronoun ----------------------------------

def test_a_description_after_the_verb_that_the_rule_left_unread() -> None:
    body = "« Il faut laisser la place aux jeunes, c'est le moment », a dit l'ancien gardien de Lorient."
    assert _speakers("Hugo Lemaire annonce la fin de sa carrière", body, "fr") == ["Hugo Lemaire"]


def test_german_nouns_after_an_article_or_a_preposition_are_no_one() -> None:
    body = ("Am Montag ist die Sängerin im Radio zu hören.\n\n"
            "„Das neue Album war harte Arbeit“, sagte sie.")
    assert _speakers("Claudia Brenner: Mein Album ist fertig", body, "de") == ["Claudia Brenner"]


def test_a_title_case_headline_runs_its_subject_into_its_verb() -> None:
    title = "Thomas Weber Signs New Three-Year Deal With Harbor City"
    with use("en"):
        assert headline_person(title, "", NameIndex([""])) == "Thomas Weber"


def test_a_man_named_before_leaves_elle_to_the_headlines_woman() -> None:
    body = ("Le président Bruno Mercadier a répondu mardi.\n"
            "« Personne ne m’a appelée après mon départ », explique-t-elle.")
    assert _speakers("Sandrine Morel : « Je reste »", body, "fr") == ["Sandrine Morel"]
