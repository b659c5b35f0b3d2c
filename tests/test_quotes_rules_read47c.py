"""Speakers, second reader of stop 47 (read47c, issue 16): pronouns in Spanish, French and
Portuguese after a paragraph that names people introduced by a lowercase title.

- "dijo él" that reaches past the last sentence of the paragraph before (its one person of the
  other sex) to the sentence before it (``earlier_sentence_person``) gives no one when the
  paragraph names another person besides those two ("El concejal Luis Vera lo apoyó." earlier,
  "ante Luis Vera", "igual que Luis Vera"), or when the last sentence brings in someone unnamed
  whose article or possessive gives the pronoun's sex or none ("igual que el portavoz", "con el
  apoyo de un vecino", "comme son collègue", "assim como o líder da bancada").
- French: the article and role noun before a name tell its sex to the pronouns ("le conseiller
  Camille Roux" is no "elle"), as in Spanish and Portuguese.
- Kept: "El alcalde Tomás Gil abrió la sesión. La concejala Ana Ruiz se opuso. / «…», dijo él."
  is Tomás Gil, and the same in French and Portuguese.

Every sentence and name here is our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _last_speaker(body: str, lang: str) -> str | None:
    qs = extract_quotes("Un titular", [], body, lang)
    assert qs
    return qs[-1].speaker


@pytest.mark.parametrize("lang, body", [
    # three people: another man named in the paragraph before
    ("es", "El alcalde Tomás Gil abrió la sesión. El concejal Luis Vera lo apoyó. La concejala Ana Ruiz se opuso "
           "al plan.\n\n«Seguiremos adelante», dijo él."),
    ("fr", "Le maire Paul Girard a ouvert la séance. Le conseiller Marc Roux l'a soutenu. La conseillère Anne "
           "Morel s'est opposée au projet.\n\n« Nous continuerons », a-t-il répondu."),
    ("pt", "O prefeito Tomás Reis abriu a sessão. O vereador Paulo Lima o apoiou. A vereadora Ana Souza se opôs "
           "ao plano.\n\n\"Vamos seguir em frente\", disse ele."),
    # another man named after a preposition, in either sentence
    ("es", "El alcalde Tomás Gil abrió la sesión ante Luis Vera. La concejala Ana Ruiz se opuso.\n\n"
           "«Seguiremos adelante», dijo él."),
    ("es", "El alcalde Tomás Gil abrió la sesión. La concejala Ana Ruiz se opuso, igual que Luis Vera.\n\n"
           "«Seguiremos adelante», dijo él."),
    # someone unnamed of the pronoun's sex in the last sentence
    ("es", "El alcalde Tomás Gil abrió la sesión. La concejala Ana Ruiz se opuso, igual que el portavoz.\n\n"
           "«Seguiremos adelante», dijo él."),
    ("es", "El alcalde Tomás Gil abrió la sesión. La concejala Ana Ruiz se opuso, con el apoyo de un vecino.\n\n"
           "«Seguiremos adelante», dijo él."),
    ("fr", "Le maire Paul Girard a ouvert la séance. La conseillère Anne Morel s'y est opposée, comme son "
           "collègue.\n\n« Nous continuerons », a-t-il répondu."),
    ("pt", "O prefeito Tomás Reis abriu a sessão. A vereadora Ana Souza se opôs, assim como o líder da bancada.\n\n"
           "\"Vamos seguir em frente\", disse ele."),
])
def test_no_one_past_the_last_sentence(lang, body):
    assert _last_speaker(body, lang) is None


@pytest.mark.parametrize("lang, body, speaker", [
    # French: "le conseiller" tells the sex of a name of either sex
    ("fr", "La maire Anne Girard a ouvert la séance. Le conseiller Camille Roux s'est opposé au projet.\n\n"
           "« C'est du gaspillage », a-t-elle dit.", "Anne Girard"),
    # kept (stop 47)
    ("es", "El alcalde Tomás Gil abrió la sesión. La concejala Ana Ruiz se opuso al plan.\n\n"
           "«Seguiremos adelante», dijo él.", "Tomás Gil"),
    ("fr", "Le maire Paul Girard a ouvert la séance. La conseillère Anne Morel s'est opposée au projet.\n\n"
           "« Nous continuerons », a-t-il répondu.", "Paul Girard"),
    ("pt", "O presidente Tomás Reis abriu a sessão. A deputada Ana Souza se opôs.\n\n"
           "\"Vamos em frente\", disse ele.", "Tomás Reis"),
    ("es", "El presidente Tomás Gil habló primero. La juez Ana Ruiz lo interrumpió.\n\n"
           "«No es el momento», dijo ella.", "Ana Ruiz"),
])
def test_pronoun_speaker(lang, body, speaker):
    assert _last_speaker(body, lang) == speaker
