"""The second read of fr46 (stop 46, read46f): made-up sentences (ours, in the style of French
regional and agency copy, not an outlet's) where fr46's rules named the wrong person.

- An honorific gives the person's sex (honorific_sex, French "M."/"Mme"/"Mlle" in French articles
  only): "M. Sautel" where the article names Hélène Sautel and then her husband Marc Sautel is
  Marc Sautel, not the one named first; "Selon M. Sautel" reads no name "Selon M. Sautel".
- "lance"/"assure" are incises only after a quote that opens its sentence (cues, the mark-only
  cues): after a quote inside a sentence (a title) they are as often a verb with an object
  ("lance Hugo Perrin en attaque": fielded, not speaking).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

LEAD = ("La commune de Valmoret a présenté mardi son budget pour l'année prochaine devant le conseil "
        "municipal réuni au complet.\n\n")


def _speaker(body: str, words: str, lang: str = "fr") -> str | None:
    quotes = [q for q in extract_quotes("Titre", [], LEAD + body, lang) if q.text == words]
    assert len(quotes) == 1
    return quotes[0].speaker


@pytest.mark.parametrize("body, words, speaker", [
    # The honorific's sex chooses between two people with one surname (fr46 gave the one named first).
    ("Hélène Sautel et son mari, Marc Sautel, tiennent la ferme depuis 1998. « Nous ferons appel », "
     "a indiqué M. Sautel.", "Nous ferons appel", "Marc Sautel"),
    ("Hélène Sautel et son mari, Marc Sautel, tiennent la ferme depuis 1998. Selon M. Sautel, "
     "« rien n'est perdu ».", "rien n'est perdu", "Marc Sautel"),
    ("Marc Sautel et sa femme, Hélène Sautel, tiennent la ferme depuis 1998. « Nous ferons appel », "
     "a indiqué Mme Sautel.", "Nous ferons appel", "Hélène Sautel"),
    # Near miss kept: the same with the honorific of the one named first.
    ("Marc Sautel et sa femme, Hélène Sautel, tiennent la ferme depuis 1998. « Nous ferons appel », "
     "a indiqué M. Sautel.", "Nous ferons appel", "Marc Sautel"),
])
def test_french_honorific_sex(body: str, words: str, speaker: str) -> None:
    assert _speaker(body, words) == speaker


def test_lance_after_a_title_inside_a_sentence_is_no_incise() -> None:
    body = "Le club de Grenoble, qui vient de sortir « Rouge et bleu », lance Hugo Perrin en attaque samedi."
    assert _speaker(body, "Rouge et bleu") is None


def test_lance_after_a_sentence_opening_quote_stays_an_incise() -> None:
    body = ("L'entraîneur du FC Sion, Didier Tholot, était satisfait. « On a montré du caractère », "
            "lance Tholot.")
    assert _speaker(body, "On a montré du caractère") == "Didier Tholot"


def test_english_initial_m_is_untouched() -> None:
    body = ("The city council met on Tuesday to discuss the budget for the coming year.\n\n"
            "“I always liked twists,” said M. Night Shyamalan.")
    quotes = extract_quotes("Title", [], body, "en")
    assert [q.speaker for q in quotes] == ["M. Night Shyamalan"]


@pytest.mark.parametrize("body, speaker", [
    # A person noun, its employer after "du"/"de" and the name: the employer is no word of the name
    # (fr46's new nouns carried "Figaro Ivan Rioufol" to more sentences; main had it for "journaliste").
    ("« Ce texte est dangereux », a fustigé l'éditorialiste du Figaro Ivan Rioufol.", "Ivan Rioufol"),
    ("« Ce texte est dangereux », a fustigé l'ingénieure de Renault Anna Dubois.", "Anna Dubois"),
    ("« Ce texte est dangereux », a fustigé la militante de Greenpeace Anna Dubois.", "Anna Dubois"),
])
def test_employer_before_the_name(body: str, speaker: str) -> None:
    assert _speaker(body, "Ce texte est dangereux") == speaker
