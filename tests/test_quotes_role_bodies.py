"""Rule ``earlier_role`` with a body after the role (issue 16): "der Konzernchef von Norvia", "el
alcalde de Lima", "le maire de Nantes" stand for the one person the article named with that role
in a sentence that writes the body; none such, or several, leaves the speaker null."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes.roles_intl import _of_modifier
from tests.quote_probes import only_direct

_DE = " Die Sitzung dauerte lange, und viele Fragen blieben offen, auch nach dem Ende der Pressekonferenz am Abend."
_ES = " La obra lleva meses de retraso según los vecinos del barrio, que protestaron el domingo."
_FR = " La réunion a duré toute la journée au ministère, sans accord sur le calendrier."


@pytest.mark.parametrize("lang, body, expected", [
    ("de", "Beim Zulieferer Norvia sprach Konzernchef Robert Lindner in Wien. Bei Tessa sprach Konzernchef "
     "Paul Gruber." + _DE + "\n\n„Die Ketten ändern sich“, sagte der Konzernchef von Norvia.", "Robert Lindner"),
    ("es", "El alcalde de Lima, Jorge Salas Rivas, visitó la obra. El alcalde de Cusco, Ana Quispe Mamani, no "
     "asistió." + _ES + "\n\n“Terminaremos en marzo”, dijo el alcalde de Lima.", "Jorge Salas Rivas"),
    ("fr", "Le maire de Lyon, Paul Vernet, était à Paris mardi. Le maire de Nantes, Anne Roux, aussi." + _FR
     + "\n\n« Nous tiendrons », a déclaré le maire de Nantes.", "Anne Roux"),
])
def test_role_with_its_body_names_the_one_person(lang: str, body: str, expected: str) -> None:
    assert only_direct(body, lang)[0] == expected


@pytest.mark.parametrize("lang, body", [
    # the body is written for no one with that role
    ("de", "Beim Zulieferer Norvia sprach Konzernchef Robert Lindner in Wien. Bei Tessa sprach Konzernchef "
     "Paul Gruber." + _DE + "\n\n„Die Ketten ändern sich“, sagte der Konzernchef von Ostwerk."),
    # both mayors in the sentence that writes the body
    ("es", "El alcalde de Lima, Jorge Salas Rivas, y el alcalde de Cusco, Ana Quispe Mamani, visitaron Lima."
     + _ES + "\n\n“Terminaremos en marzo”, dijo el alcalde de Lima."),
    # the body only in another sentence
    ("de", "Beim Zulieferer Norvia gab es Streit. Konzernchef Robert Lindner sprach in Wien." + _DE
     + "\n\n„Die Ketten ändern sich“, sagte der Konzernchef von Norvia."),
])
def test_role_with_its_body_stays_null_when_unsure(lang: str, body: str) -> None:
    speaker, mention = only_direct(body, lang)
    assert speaker is None
    assert mention


@pytest.mark.parametrize("words, expected", [
    (["der", "Konzernchef", "von", "FACC"], (["der", "Konzernchef"], ["FACC"])),
    (["o", "senador", "do", "Podemos"], (["o", "senador"], ["Podemos"])),
    (["el", "alcalde", "de", "la", "ciudad"], (["el", "alcalde", "de", "la", "ciudad"], [])),  # no name
    (["der", "junge", "Polizist"], (["der", "junge", "Polizist"], [])),
])
def test_of_modifier(words: list[str], expected: tuple) -> None:
    assert _of_modifier(words) == expected
