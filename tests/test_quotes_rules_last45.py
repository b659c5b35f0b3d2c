"""Stop 45's last read of the merged tree (read45last): wrong names the merged rules gave on
made-up sentences where the stop-44 build gave null or the right one, mended. Rather null than
wrong. Our own sentences."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, lang)]


# thus_said: "what X denies / doubts" and "as X quoted it" give the words to someone else.
@pytest.mark.parametrize("lang, body", [
    ("es", "«El contrato era legal». Es lo que niega el fiscal Joaquín Arellano."),
    ("es", "«Hubo sobornos». Eso es lo que desmiente el alcalde, Ramiro Solís."),
    ("es", "«El plan es viable». Es lo que cuestiona la economista Inés Barrantes."),
    ("pt", "«Houve subornos». Foi o que negou o ministro Otávio Brandão."),
    ("es", "«Hubo sobornos». Así lo citó el fiscal Joaquín Arellano en su escrito, en palabras del testigo."),
])
def test_a_pointing_sentence_that_denies_or_quotes_names_no_speaker(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]


@pytest.mark.parametrize("lang, body, who", [
    ("es", "«No habrá recortes». Así lo negó el ministro Joaquín Arellano.", "Joaquín Arellano"),
    ("es", "«No habrá recortes». Es lo que sostuvo el ministro Joaquín Arellano.", "Joaquín Arellano"),
    ("pt", "«Não haverá cortes». Foi o que afirmou o ministro Otávio Brandão.", "Otávio Brandão"),
])
def test_a_pointing_sentence_that_says_it_still_names_the_speaker(lang: str, body: str, who: str) -> None:
    assert _speakers(body, lang) == [who]


# job_titles: right after a title, a given name the lists lack stays in the name.
@pytest.mark.parametrize("body, who", [
    ("“The ruling stands,” said Judge Christian Michael Dorsey.", "Christian Michael Dorsey"),
    ("“We are on track,” said Chief Financial Officer Kristian Paul Meyer.", "Kristian Paul Meyer"),
    ("“We are on track,” said Mayor Tudor Mark Evans.", "Tudor Mark Evans"),
    ("“We are on track,” said Chief Winemaker Tom Hale.", "Tom Hale"),
    ("“We are on track,” said Sales Manager Tom Hale.", "Tom Hale"),
])
def test_a_given_name_after_a_title_is_no_job(body: str, who: str) -> None:
    assert _speakers(body, "en") == [who]


# rank_names: a place or a body named after a royal is not the royal's full name.
@pytest.mark.parametrize("body, who", [
    ("Crowds gathered at Prince Faisal Air Base. “We welcome them,” Prince Faisal said.", "Prince Faisal"),
    ("Queen Amira met pupils of Queen Amira Teacher Academy. “Learning matters,” Queen Amira said.",
     "Queen Amira"),
    ("The King Edmund Spaniel Club held its show. “It was delightful,” King Edmund said.", "King Edmund"),
    ("First Lady Dorota Kalman opened the fair. “Children first,” Dorota said.", "Dorota Kalman"),
])
def test_a_thing_named_after_a_royal_is_no_full_name(body: str, who: str) -> None:
    assert _speakers(body, "en") == [who]


# work_voice: "X's biography" is a work about X, not by X.
def test_a_biography_speaks_not_for_its_subject() -> None:
    assert _speakers("Tom Hale's biography portrays him as “ruthless” in business.", "en") == [None]
    assert _speakers("Ann Lee's novel foresaw “a world without work” decades ago.", "en") == ["Ann Lee"]
