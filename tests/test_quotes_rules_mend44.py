"""Stop 44's second read of rom44's and names44's rules (read44b): the shapes that had them credit
the wrong one, in made-up sentences. Rather null than wrong."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speaker(body: str, lang: str, words: str) -> str | None:
    found = [q for q in extract_quotes("Un titre", [], body, lang) if words in q.text]
    assert found, body
    return found[0].speaker


# described_given: a thing named after a person, or an article of the other sex, is no holder.
@pytest.mark.parametrize("lang, body", [
    ("es", "El aeropuerto Tomás Ribera cerró el año con cifras récord. «Fue un año histórico», afirmó."),
    ("es", "El huracán Lucía Fernanda tocó tierra el martes. «No quedó nada en pie», dijo."),
    ("es", "El buque Andrés Molina zarpó al amanecer. «Vamos con el tanque lleno», dijo."),
    ("pt", "O aeroporto Paulo Lemos bateu o recorde de passageiros. «Foi um ano histórico», disse."),
])
def test_a_thing_named_after_someone_holds_no_quote(lang: str, body: str) -> None:
    assert _speaker(body, lang, "histórico" if "histórico" in body else body.split("«")[1][:8]) is None


# trade_subject: a noun with a complement or a clause, or one the article gave no one, is someone new.
_OPEN = "«La economía crece», dijo el ministro Tomás Ribera.\n\n"


@pytest.mark.parametrize("sentence", [
    "El economista de la oposición rechazó la idea. «Es imposible», afirmó.",
    "El periodista que cubrió el caso lo negó. «Es imposible», afirmó.",
    "El árbitro del partido lo negó. «Es imposible», afirmó.",
    "El economista rechazó la idea. «Es imposible», afirmó.",
])
def test_a_trade_noun_for_someone_new_is_no_one(sentence: str) -> None:
    assert _speaker(_OPEN + sentence, "es", "Es imposible") is None


def test_the_same_trade_noun_again_is_the_one_it_described() -> None:
    body = ("«El parque se seca», dijo la ambientalista Lucía Ferrer.\n\n"
            "La ambientalista lamentó la falta de lluvia. «Es grave», ironizó.")
    assert _speaker(body, "es", "Es grave") == "Lucía Ferrer"


# acronym_bodies: posts and exams are no bodies.
@pytest.mark.parametrize("lang, body, words", [
    ("fr", "« Nous ne signerons pas », rappelle le SG.", "Nous ne signerons pas"),
    ("fr", "« La direction recule », explique le DS.", "La direction recule"),
    ("fr", "Pour le BAC, « rien ne change cette année ».", "rien ne change cette année"),
    ("pt", "« Vamos governar para todos », disse o PM.", "Vamos governar para todos"),
])
def test_a_post_or_an_exam_is_no_body(lang: str, body: str, words: str) -> None:
    assert _speaker(body, lang, words) is None


def test_a_union_acronym_still_speaks() -> None:
    assert _speaker("« Nous ne signerons pas », témoigne la CGT.", "fr", "Nous ne signerons pas") == "CGT"


# name_heads: "And"/"Und" inside a firm's name does not cut it.
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("en", "“Sales will grow,” said Harper And Harper in a statement.", "Sales will grow,", "Harper And Harper"),
    ("de", "„Der Umsatz wächst“, sagte Keller Und Brandt am Montag.", "Der Umsatz wächst", "Keller Und Brandt"),
])
def test_a_firm_joined_by_and_stays_whole(lang: str, body: str, words: str, speaker: str) -> None:
    assert _speaker(body, lang, words) == speaker
