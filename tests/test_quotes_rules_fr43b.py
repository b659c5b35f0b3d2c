"""Speakers, stop 43 (fr43b, issue 16): made-up sentences and names, grouped by shape.

opening_adjunct: a preposition is never part of a name ("Devant Michel Darras", "Beside Ann Lee",
"Diante de Pedro Costa"), and a name a preposition governs in the phrase that opens a sentence is
no apposition of the description after its comma ("Face à Marie Dupont, le ministre a lancé":
the minister is someone else). "Selon X, « … »" still credits X.
The shapes were found on French culture and essay pages (docs/quality.md, "Stop 43, fr43" and
"Stop 43, fr43b"); the sentences and names here are our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.language import use
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.names import NameIndex


def _speakers(body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("Un titre", [], body, lang)]


# --- a name governed by a preposition in an opening adjunct is not the description after it ---

@pytest.mark.parametrize("lang, body", [
    ("fr", "Devant Michel Darras, le philosophe dénonce « une dérive lente des institutions »."),
    ("fr", "Face à Marie Dupont, le ministre a lancé : « Nous ne céderons sur rien du tout. »"),
    ("fr", "Avec Paul Martin, le maire a déclaré : « Nous ne céderons sur rien du tout. »"),
    ("fr", "Selon Jean Morel, le philosophe dénonce « une dérive lente des institutions »."),
    ("es", "Ante Pedro Ruiz, el ministro dijo: «No vamos a ceder en nada, de ninguna manera»."),
    ("es", "Junto a Pedro Ruiz, el ministro dijo: «No vamos a ceder en nada, de ninguna manera»."),
    ("es", "Frente a Pedro Ruiz, el ministro dijo: «No vamos a ceder en nada, de ninguna manera»."),
    ("pt", "Diante de Pedro Costa, o ministro disse: «Não vamos ceder em nada, de maneira nenhuma»."),
    ("pt", "Ao lado de Pedro Costa, o ministro disse: «Não vamos ceder em nada, de maneira nenhuma»."),
    ("pt", "Perante Pedro Costa, o ministro disse: «Não vamos ceder em nada, de maneira nenhuma»."),
    ("en", "Beside Ann Lee, the mayor said: “We will not give way on anything at all.”"),
    ("de", "Neben Anna Keller sagte der Bürgermeister: „Wir werden in nichts nachgeben, gar nicht.“"),
])
def test_a_name_in_an_opening_adjunct_is_not_the_subject(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]


@pytest.mark.parametrize("lang, body, speaker", [
    # the according words still credit the one they name
    ("fr", "Selon Jean Morel, « la dérive des institutions est lente et sûre ».", "Jean Morel"),
    ("es", "Según Pedro Ruiz, «no vamos a ceder en nada, de ninguna manera».", "Pedro Ruiz"),
    ("pt", "Segundo Pedro Costa, «não vamos ceder em nada, de maneira nenhuma».", "Pedro Costa"),
    ("de", "Laut Anna Keller ist „die Lage für alle Beteiligten sehr ernst“.", "Anna Keller"),
    ("en", "According to Ann Lee, “the city will not give way on anything at all.”", "Ann Lee"),
    # an apposition that is one: the name opens the sentence, or follows a comma
    ("fr", "Paul Martin, le maire, a déclaré : « Nous ne céderons sur rien du tout. »", "Paul Martin"),
    ("fr", "Avec Paul Martin, Marie Dupont a déclaré : « Nous ne céderons sur rien du tout. »", "Marie Dupont"),
])
def test_according_words_and_true_appositions_still_credit(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]


def test_the_role_of_a_true_apposition_still_stands_for_its_holder() -> None:
    body = ("Le ministre de la Culture, Paul Martin, a visité le musée lundi. Devant les élus, le ministre "
            "a promis « une aide rapide aux petites salles ».")
    assert _speakers(body, "fr") == ["Paul Martin"]


# --- a preposition is never part of a name --------------------------------------------------

@pytest.mark.parametrize("lang, text, run", [
    ("fr", "Devant Michel Darras, le public se tait.", "Michel Darras"),
    ("fr", "Selon Jean Morel, rien ne change.", "Jean Morel"),
    ("es", "Ante Pedro Ruiz, nadie habló.", "Pedro Ruiz"),
    ("pt", "Perante Pedro Costa, ninguém falou.", "Pedro Costa"),
    ("en", "Beside Ann Lee, nobody spoke.", "Ann Lee"),
    ("de", "Gegenüber Anna Keller schwieg man.", "Anna Keller"),
    # articles, particles and pronouns that open a name stay in it
    ("fr", "Le Pen a répondu lundi.", "Le Pen"),
    ("es", "Del Bosque habló lundi.", "Del Bosque"),
])
def test_a_preposition_opens_no_name(lang: str, text: str, run: str) -> None:
    with use(lang):
        assert names_in(text, 0, len(text))[0][0] == run


@pytest.mark.parametrize("lang, text, surname, full", [
    ("pt", "Diante de Pedro Costa, o ministro calou. Costa saiu depois.", "Costa", "Pedro Costa"),
    ("pt", "Perante Pedro Costa, o ministro calou. Costa saiu depois.", "Costa", "Pedro Costa"),
    ("en", "Beside Ann Lee, the mayor was silent. Lee left later.", "Lee", "Ann Lee"),
    ("es", "Delante de Pedro Ruiz, el ministro calló. Ruiz salió después.", "Ruiz", "Pedro Ruiz"),
    # a particle that is part of the name stays ("Jean de La Rive")
    ("fr", "Jean de Rive est arrivé. De Rive a parlé ensuite.", "Rive", "Jean de Rive"),
])
def test_the_fullest_form_holds_no_preposition(lang: str, text: str, surname: str, full: str) -> None:
    with use(lang):
        assert NameIndex([text]).fullest(surname) == full

