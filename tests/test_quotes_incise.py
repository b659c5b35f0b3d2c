"""French incises: "« ..., affirme-t-elle. ... »" is two quotes by one speaker, the attribution
inside the marks (transforms/quotes/incise.py). Made-up sentences."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.incise import split_incises
from newsbeam.transforms.quotes.language import LANGUAGES
from newsbeam.transforms.quotes.marks import find_spans

FR = ("Le gouvernement a présenté lundi le nouveau budget et les députés de l'opposition ne sont "
      "pas contents du résultat du vote dans la capitale.\n")
CUES = LANGUAGES["fr"].cues


def _quotes(body: str, language: str | None = "fr") -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in extract_quotes("", [], body, language)]


def _parts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_incises(text, find_spans(text), CUES)]


@pytest.mark.parametrize("text, parts", [
    # The incise ends its sentence: the quotation goes on after it.
    ("« Le pont est fermé, explique-t-elle. Nous passerons par le nord. »",
     ["Le pont est fermé,", "Nous passerons par le nord."]),
    # ... or goes on after a comma, in the same sentence.
    ("« Ce budget, a-t-il ajouté, ne tiendra pas un an. »", ["Ce budget,", "ne tiendra pas un an."]),
    # Without the "t": "dit-il", "poursuit-elle".
    ("« On verra bien, dit-il. Rien ne presse. »", ["On verra bien,", "Rien ne presse."]),
    # Between dashes, and a named subject after the verb.
    ("« Il fallait partir – raconte Louis Marchand – et personne ne voulait. »",
     ["Il fallait partir", "et personne ne voulait."]),
    # The incise closes the quotation: one quote, the incise left out.
    ("« Nous avons gagné, glisse-t-il fièrement. »", ["Nous avons gagné,"]),
    # Two incises in one quotation.
    ("« Non, répond-elle. Jamais, insiste-t-elle. Pas avec eux. »", ["Non,", "Jamais,", "Pas avec eux."]),
])
def test_split_incises(text, parts):
    assert _parts(text) == parts


@pytest.mark.parametrize("text", [
    "« Le pont est fermé, la route aussi. Nous passerons par le nord. »",  # no verb after the comma
    "« Faut-il partir ? Nous verrons demain. »",  # an inverted question, not an attribution
    "« Le pont, Claire Dubois le sait, est fermé. »",  # a name, but no reporting verb
])
def test_no_incise_no_cut(text):
    assert len(_parts(text)) == 1


def test_incise_credits_both_parts_to_the_person_named_before():
    body = FR + ("Devant ses élèves, Nadia Lefort, professeur de chimie, défend la grève. « Cette réforme "
                 "ferme nos laboratoires, soupire-t-elle. Je ne peux plus enseigner. » Nadia ne fait plus "
                 "cours depuis janvier.")
    assert _quotes(body) == [("Cette réforme ferme nos laboratoires,", "Nadia Lefort", "direct"),
                             ("Je ne peux plus enseigner.", "Nadia Lefort", "direct")]


def test_incise_with_a_named_subject():
    body = FR + "« Ce budget, explique Paul Girard, ne tiendra pas un an. »"
    assert [(t, s) for t, s, _ in _quotes(body)] == [("Ce budget,", "Paul Girard"),
                                                     ("ne tiendra pas un an.", "Paul Girard")]


def test_pronoun_after_a_place_is_not_the_place():
    # "à Saint-Martin" is where she studies, not who she is: the pronoun stays unresolved
    # rather than credited to a body whose name ends in the place's.
    body = FR + ("Le collectif Amis de Saint-Martin a publié un communiqué.\nCette jeune femme étudie à "
                 "Saint-Martin. « Je reste, confie-t-elle. Ici, c'est chez moi. »")
    assert {s for _, s, _ in _quotes(body)} == {None}


def test_only_french_is_cut():
    body = ("The minister was in town on Monday and the opposition was not pleased with the vote.\n"
            "« Le pont est fermé, explique-t-elle. Nous passerons par le nord. »")
    assert len(extract_quotes("", [], body, "en")) == 1
