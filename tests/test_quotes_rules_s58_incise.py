"""Speakers, stop 58 (issue 16): the Spanish and Portuguese dash incise inside the quotation whose
subject is a description set beside a full name, each case in our own words.

``inner_incise`` read the words after the verb up to the incise's closing dash but cut off before
it, so a description in apposition to a name ("—explicó la consejera de Sanidad, Marta Ribas—")
ended at the comma and gave the body or no one; after the quote the same apposition was already
read (titled.closing_apposition closes it on the dash). The incise now reaches its closing dash.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, lang)]


@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "«Las listas de espera bajarán —explicó la consejera de Sanidad, Marta Ribas Peña—, pero no en un mes».",
     "Marta Ribas Peña"),
    ("es", "«No hubo aviso previo —lamentó el portavoz de la cofradía, Tomás Ugarte—. Nos enteramos por la radio».",
     "Tomás Ugarte"),
    ("es", "El pleno se alargó hasta la noche.\n\n«Seguiremos negociando —aseguró la presidenta del comité de empresa, "
           "Nerea Olabide— aunque la dirección no quiera».", "Nerea Olabide"),
    ("pt", "«O hospital não fecha —garantiu o diretor clínico da unidade, Rui Tavares Mota—, apenas muda de piso».",
     "Rui Tavares Mota"),
    # The name first, then its description: read as before.
    ("es", "«Faltan camas —dijo Marta Ribas, consejera de Sanidad—, y lo sabemos».", "Marta Ribas"),
])
def test_a_dash_incise_gives_the_name_set_beside_its_description(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]


@pytest.mark.parametrize("lang, body", [
    # A place after the description, not a name (a preposition governs the description's tail).
    ("es", "«Aquí no llueve desde abril —dijo el alcalde en la capital, Villa Serena—, y el río baja seco»."),
    # Two people after the comma: no one of them is the description.
    ("es", "«Nadie nos consultó —protestó un vecino del barrio, junto a Luis y Ana—, ni una vez»."),
    # An unnamed description stays unnamed.
    ("es", "«Nadie nos consultó —protestó un vecino del barrio—, ni una vez»."),
])
def test_a_dash_incise_without_a_name_beside_it_names_no_one(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]
