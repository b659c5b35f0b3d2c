"""Role synonyms for ``earlier_role`` (issue 16): "el mandatario" after "el presidente X", "o
parlamentar" after "o senador X", "der Regierungschef" after "Kanzler X"; two people the words
fit, or none, leave the speaker null."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes.role_synonyms import role_words
from newsbeam.transforms.quotes.recency import most_recent
from tests.quote_probes import only_direct


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "El presidente Julián Ortega Vidal visitó la provincia el lunes. Hubo protestas en la plaza.\n\n"
     "“No daremos marcha atrás”, dijo el mandatario.", "Julián Ortega Vidal"),
    ("pt", "O senador Paulo Teixeira Lima criticou o governo nesta terça. A votação foi adiada.\n\n"
     "“Não há espaço para isso”, disse o parlamentar.", "Paulo Teixeira Lima"),
    ("de", "Bundeskanzler Otto Brandner sprach am Morgen lange und laut. Es wurde spät.\n\n"
     "„Wir bleiben dabei“, sagte der Regierungschef.", "Otto Brandner"),
])
def test_synonym_names_the_one_holder(lang: str, body: str, expected: str) -> None:
    assert only_direct(body, lang)[0] == expected


@pytest.mark.parametrize("lang, body", [
    # a senator and a deputy: "o parlamentar" may be either
    ("pt", "O senador Paulo Teixeira Lima e o deputado Carlos Menezes Rocha criticaram o governo. A votação "
     "foi adiada.\n\n“Não há espaço para isso”, disse o parlamentar."),
    # no president named: "el mandatario" is no one the article named
    ("es", "La ministra Rosa Benítez Soto visitó la provincia el lunes. Hubo protestas en la plaza.\n\n"
     "“No daremos marcha atrás”, dijo el mandatario."),
])
def test_synonym_stays_null_when_unsure(lang: str, body: str) -> None:
    speaker, mention = only_direct(body, lang)
    assert speaker is None
    assert mention


def test_role_words() -> None:
    assert role_words("es", "mandatario") == ("mandatario", "presidente")
    assert role_words("es", "portavoz", "La") == ("portavoz", "vocera") and role_words("es", "portavoz") == ("portavoz",)
    assert role_words("de", "Regierungschef")[0] == "Regierungschef" and "Kanzler" in role_words("de", "Regierungschef")
    assert role_words("fr", "ministre") == ("ministre",)
    assert role_words("en", "mandatario") == ("mandatario",)


# One list, one resolver: a generic word ("o parlamentar", "la legisladora", "el congresista")
# stands for the one holder of a title it covers; of several holders, the one named last in the
# quote's paragraph and the one before; a tie there (one sentence) or none there: null.
@pytest.mark.parametrize("lang, body, expected", [
    ("pt", "O senador Otávio Lins Prado (PSD-MG) foi convidado.\n\n\"É um alarde\", disse o parlamentar.",
     "Otávio Lins Prado"),
    ("pt", "A deputada Carla Mendes Dias e o senador Otávio Lins Prado votaram contra.\n\n"
     "\"É um alarde\", disse o parlamentar.", None),
    ("es", "El ministro Tomás Arce Rivas habló del plan. La senadora Inés Carvallo Ríos votó en contra.\n\n"
     "«Es un error», sostuvo la legisladora.", "Inés Carvallo Ríos"),
    # two senators in the article; the second is the one the paragraph before is about
    ("pt", "O senador Rui Barros Neto pediu vista do projeto na comissão.\n\nA sessão durou quatro horas e "
     "terminou sem acordo.\n\nO senador Davi Moura Leal também falou. Moura Leal quer votar logo.\n\n"
     "\"Não podemos esperar mais\", disse o parlamentar.", "Davi Moura Leal"),
    # two senators, neither named in the paragraph or the one before: no one
    ("pt", "O senador Rui Barros Neto e o senador Davi Moura Leal pediram vista.\n\nA sessão durou quatro "
     "horas.\n\nO relatório foi lido à tarde.\n\nA votação ficou para março.\n\n"
     "\"Não podemos esperar mais\", disse o parlamentar.", None),
    # "la legisladora" covers "concejala" (once generic_roles' list), not the man's "diputado"
    ("es", "El diputado Mario Soler Paz presentó la ley.\n\nLa concejala Lucía Bernal Ortiz la defendió en "
     "el pleno. Bernal Ortiz pidió calma.\n\n«Hay que votarla ya», dijo la legisladora.", "Lucía Bernal Ortiz"),
])
def test_generic_word_recency(lang: str, body: str, expected: str | None) -> None:
    assert only_direct(body, lang)[0] == expected


def test_most_recent() -> None:
    text = "Ana Reis falou.\n\nO dia foi longo.\n\nBia Luz respondeu. Depois Ana Reis voltou.\n\n"
    assert most_recent(text, ["Reis", "Luz"], len(text)) == "Reis"
    tie = "Ana Reis e Bia Luz falaram.\n\n"
    assert most_recent(tie, ["Reis", "Luz"], len(tie)) is None
    far = "Ana Reis falou.\n\nUm.\n\nDois.\n\nTrês.\n\n"
    assert most_recent(far, ["Reis", "Luz"], len(far)) is None
    assert most_recent("Reisinger falou.\n\n", ["Reis"], 18) is None
