"""Role words that stand for another role the article wrote before a name (issue 16): "el
mandatario" is the "presidente Julián Ortega" of the paragraph before, "o parlamentar" the
"senador Paulo Lima", "der Regierungschef" the "Kanzler Otto Brandner". Data for ``earlier_role``:
the description's word -> the role words it may stand for (its own word always counts). A
description still names someone only when the article gave those words to one person."""
from __future__ import annotations

from typing import Final

SYNONYMS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "es": {
        "mandatario": ("presidente",), "mandataria": ("presidenta",),
        "legislador": ("senador", "diputado"), "legisladora": ("senadora", "diputada"),
        "parlamentario": ("senador", "diputado"), "parlamentaria": ("senadora", "diputada"),
        "edil": ("alcalde", "alcaldesa", "concejal"), "galeno": ("médico",),
    },
    "pt": {
        "mandatário": ("presidente",), "mandatária": ("presidenta", "presidente"),
        "parlamentar": ("senador", "senadora", "deputado", "deputada"),
        "congressista": ("senador", "senadora", "deputado", "deputada"),
        "edil": ("vereador", "vereadora", "prefeito", "prefeita"),
    },
    "fr": {
        "parlementaire": ("député", "députée", "sénateur", "sénatrice"),
        "élu": ("député", "sénateur", "maire"), "élue": ("députée", "sénatrice", "maire"),
        "édile": ("maire",),
    },
    "de": {
        "Regierungschef": ("Kanzler", "Bundeskanzler", "Ministerpräsident", "Premierminister"),
        "Regierungschefin": ("Kanzlerin", "Bundeskanzlerin", "Ministerpräsidentin", "Premierministerin"),
        "Parlamentarier": ("Abgeordnete", "Abgeordneter"),
        "Parlamentarierin": ("Abgeordnete",),
    },
}


def role_words(code: str, head: str) -> tuple[str, ...]:
    """The role words a description's ``head`` may stand for in language ``code``, itself first."""
    return (head,) + SYNONYMS.get(code, {}).get(head if code == "de" else head.lower(), ())
