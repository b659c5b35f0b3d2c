"""Speakers, read 47 (a second reading of stop 47): the edges of the described subject in Spanish
and Portuguese, of people joined by "and" before their verb, and of Spanish second surnames.

- A relative of a titled person ("La madre del ministro Pedro Gil dijo:") speaks, not the person.
- "«…», dijo el club en un comunicado." / "disse o clube em nota": the means after the subject is
  no part of it; the body speaks unnamed, not the speaker before.
- An object pronoun before the verb is no part of the subject ("Una niña le preguntó").
- "X and Partners" is one firm; "New York and New Jersey officials" names no one; a title with
  its article before each name ("El presidente Ana Ruiz y el ministro Pedro Gil") still gives the
  first named; a second name with particles ("Pedro de la Vega") is a person's.
- A capitalized word after a Spanish name that the article writes as a place ("en Madrid") or
  before a date ("Sevilla 12 may") is no second surname.

Every sentence and name here is our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

_MAYOR_ES = "«Es un día triste», dijo el alcalde Jorge Muñoz Paredes. "
_MAYOR_PT = "\"É um dia triste\", disse o prefeito João Batista Lima. "


def _last(body: str, lang: str) -> tuple[str | None, str, str | None]:
    q = extract_quotes("Un titular", [], body, lang)[-1]
    return q.speaker, q.kind, q.speaker_mention


@pytest.mark.parametrize("lang, body, mention", [
    ("es", _MAYOR_ES + "La madre del ministro Pedro Gil dijo: «Mi hijo es inocente».",
     "La madre"),  # (stop 47's merge: the phrase ends before the genitive of a name)
    ("pt", _MAYOR_PT + "A mãe do ministro Paulo Rocha disse: \"Meu filho é inocente\".",
     "A mãe"),
    ("es", _MAYOR_ES + "«Agradecemos su trabajo», dijo el club en un comunicado.", "el club"),
    ("pt", "O Grêmio demitiu o técnico. " + _MAYOR_PT + "\"Agradecemos o trabalho\", disse o clube em nota.",
     "o clube"),
    ("es", _MAYOR_ES + "Una niña le preguntó: «¿Y mi casa?».", "Una niña"),
])
def test_described_subject_edges_speak_unnamed(lang: str, body: str, mention: str) -> None:
    assert _last(body, lang) == (None, "direct", mention)


@pytest.mark.parametrize("lang, body, speaker", [
    ("en", "The merger was announced Monday. Baker McKenzie and Partners said: \"We are delighted.\"", None),
    ("en", "The merger was announced Monday. Tom Hale and Sons said: \"We are delighted.\"", None),
    ("en", "The teams met Monday. New York and New Jersey officials said: \"We are delighted.\"", None),
    ("es", "El estudio salió el lunes. El presidente Ana Ruiz y el ministro Pedro Gil dijeron: «Estamos felices».",
     "Ana Ruiz"),
    ("pt", "O estudo saiu na segunda. A ministra Ana Souza e o ministro Pedro Lima disseram: \"Estamos felizes\".",
     "Ana Souza"),
    ("es", "El estudio salió el lunes. Ana Ruiz y Pedro de la Vega dijeron: «Estamos felices».", "Ana Ruiz"),
    ("es", "El estudio salió el lunes. Tras reunirse con Ana Ruiz y Pedro Gil dijo: «Estamos felices».", "Pedro Gil"),
])
def test_coordinated_before_edges(lang: str, body: str, speaker: str | None) -> None:
    got = _last(body, lang)[0]
    if speaker is None:  # the firm's last word, or no one: never the first "name"
        assert got not in ("Baker McKenzie", "Tom Hale", "New York")
    else:
        assert got == speaker


@pytest.mark.parametrize("body, speaker", [
    ("La alcaldesa Ana Ruiz Madrid visitó el barrio. En Madrid hubo protestas. «Hay que reconstruir», dijo Ruiz.",
     "Ana Ruiz"),
    ("Por Ana Ruiz Sevilla 12 may. La alcaldesa habló. «Hay que reconstruir», dijo Ruiz.", "Ana Ruiz"),
    ("La alcaldesa Ana Ruiz Soto visitó el barrio. «Hay que reconstruir», dijo Ruiz.", "Ana Ruiz Soto"),
])
def test_second_surname_is_no_place(body: str, speaker: str) -> None:
    assert _last(body, "es")[0] == speaker
