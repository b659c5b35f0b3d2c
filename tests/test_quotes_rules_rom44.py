"""Speakers, stop 44 (rom44, issue 16): made-up sentences and names, grouped by shape.

described_given: a Spanish or Portuguese sentence that opens on an article and a description of
the name after it ("La bióloga Marta Quiroga", "El exdirector del museo y militante cultural,
Luis Ferreira,") makes the name a person's though the article writes it once and the noun is in
no word list; the quote after, whose verb drops its subject, is that person's. A name that is a
complement ("El abogado de Ana Ruiz") or names a thing ("la calle Marta Quiroga") stays no one's.
The shapes were found on Latin American regional news (docs/quality.md, "Stop 44, rom44"); the
sentences and names here are our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

_ES_QUOTE = "“Hay que cuidar el agua y los bosques del valle”, dijo."
_PT_QUOTE = "“Não vamos ceder em nada, de maneira nenhuma”, disse."


def _speakers(body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("Un titre", [], body, lang)]


# --- described_given: a description before a name met once ---

@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "La bióloga Marta Quiroga recorrió el parque el lunes. " + _ES_QUOTE, "Marta Quiroga"),
    ("es", "El productor rural Luis Ferreira habló el lunes. " + _ES_QUOTE, "Luis Ferreira"),
    ("es", "El exdirector del museo y militante cultural, Luis Ferreira, habló el lunes con los "
           "vecinos.\n\n" + _ES_QUOTE, "Luis Ferreira"),
    ("pt", "O pescador João Lima voltou ao porto na segunda. " + _PT_QUOTE, "João Lima"),
    ("pt", "A moradora do bairro e líder comunitária, Ana Souza, falou com a reportagem.\n\n" + _PT_QUOTE,
     "Ana Souza"),
])
def test_a_description_before_a_name_makes_it_a_person(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]


@pytest.mark.parametrize("lang, body", [
    # a complement of the description, a thing named after someone
    ("es", "El abogado de Luis Ferreira habló el lunes. " + _ES_QUOTE),
    ("es", "La calle Marta Quiroga quedó cortada el lunes. " + _ES_QUOTE),
    ("es", "El premio Marta Quiroga fue entregado el lunes. " + _ES_QUOTE),
    ("pt", "A rua João Lima ficou fechada na segunda. " + _PT_QUOTE),
])
def test_a_name_that_is_no_description_s_holder_stays_no_one_s(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]


# --- trade_subject: "El especialista señaló ..." stands for the person last credited ---

_ES_OPEN = "La bióloga Marta Quiroga visitó el parque el lunes. “Hay que cuidar el agua del valle”, dijo.\n\n"
_ES_LAST = "\n\n“Lo que falta es control. Está todo muy laxo, muy en veremos”, señaló."


@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "La especialista Marta Quiroga visitó el parque el lunes. “Hay que cuidar el agua del valle”, "
           "dijo.\n\nLa especialista lamentó que el área no tenga guardaparques." + _ES_LAST, "Marta Quiroga"),
    ("es", _ES_OPEN + "La bióloga lamentó que el área no tenga guardaparques." + _ES_LAST, "Marta Quiroga"),
    ("pt", "O economista Paulo Mendes falou na segunda. “A inflação vai ceder até o fim do ano”, disse.\n\n"
           "O economista lembrou que os juros seguem altos.\n\n“Não há pressa nenhuma para cortar agora”, afirmou.",
     "Paulo Mendes"),
])
def test_a_trade_noun_subject_stands_for_the_one_last_credited(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang)[-1] == speaker


@pytest.mark.parametrize("lang, body", [
    # the article's gender is not the person's; someone else named since; a thing ending like a trade
    ("es", _ES_OPEN + "El especialista lamentó que el área no tenga guardaparques." + _ES_LAST),
    ("es", _ES_OPEN + "La periodista Ana Ruiz recorrió también la zona. La especialista lamentó que el área "
           "no tenga guardaparques." + _ES_LAST),
    ("es", _ES_OPEN + "La revista publicó que el área no tiene guardaparques." + _ES_LAST),
])
def test_a_trade_noun_subject_that_cannot_be_told_gives_null(lang: str, body: str) -> None:
    assert _speakers(body, lang)[-1] is None


# --- title_adjectives: "el secretario general del PSOE, X," is X, not the body's acronym ---

@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "Ayer, el secretario general del SUT, Pedro Ruiz, explicó que “toda la ciudadanía saldrá perdiendo”.",
     "Pedro Ruiz"),
    ("es", "El lunes, la secretaria general adjunta de FETRA, Ana Ruiz, dijo que “la huelga seguirá”.",
     "Ana Ruiz"),
    ("fr", "Hier, le secrétaire général de la CFTX, Paul Martin, a expliqué que « la grève continuera ».",
     "Paul Martin"),
    ("fr", "Lundi, la secrétaire générale adjointe du SNX, Marie Dupont, a affirmé que « la grève continuera ».",
     "Marie Dupont"),
    ("pt", "Ontem, o diretor executivo da CUX, Paulo Lima, disse que “a greve vai continuar”.", "Paulo Lima"),
    ("pt", "Ontem, o secretário geral do SINX, Paulo Lima, disse que “a greve vai continuar”.", "Paulo Lima"),
])
def test_a_title_with_its_adjective_then_a_body_then_the_name(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]


@pytest.mark.parametrize("lang, body", [
    # the adjective is read only after a title: a body's own adjective names no one
    ("es", "Ayer, el comité nacional del SUT, en Lima, explicó que “toda la ciudadanía saldrá perdiendo”."),
])
def test_an_adjective_after_no_title_gives_no_name(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]


# --- acronym_bodies: French and Portuguese bodies named by their acronym after an article ---

@pytest.mark.parametrize("lang, body, speaker", [
    ("fr", "La CFTX témoigne : « La direction doit revenir à la table des négociations. »", "CFTX"),
    ("fr", "Dans un tract, la CFTX dénonce le plan : « La direction doit revenir à la table. »", "CFTX"),
    ("pt", "A CUTX denunciou: “A direção deve voltar à mesa de negociação”.", "CUTX"),
])
def test_a_body_s_acronym_after_its_article_is_the_speaker(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]


@pytest.mark.parametrize("lang, body", [
    # an acronym of a post, and an acronym that qualifies the noun of an unnamed member
    ("fr", "Le PDG a déclaré : « La direction doit revenir à la table des négociations. »"),
    ("fr", "La DRH a déclaré : « La direction doit revenir à la table des négociations. »"),
    ("fr", "Cité par la presse, un délégué CFTX explique : « On attendait des emplois pour la région. »"),
    ("pt", "Um dirigente CUTX disse: “A direção deve voltar à mesa de negociação”."),
])
def test_an_acronym_that_names_no_body_gives_null(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]


@pytest.mark.parametrize("lang, body, speaker", [
    # the view of a body named by its acronym: "Pour la CGT, « … »" as "Pour Marie Dupont, « … »"
    ("fr", "Le militant est visé. Pour la CFTX, « cette sanction est le résultat de son engagement ».", "CFTX"),
    ("es", "El militante fue despedido. Para la CGTX, «este despido es el resultado de su militancia».", "CGTX"),
    ("pt", "O militante foi demitido. Para a CUTX, “a demissão é resultado da sua militância”.", "CUTX"),
    ("fr", "Le militant est visé. Pour le PDG, « cette sanction est le résultat de son engagement ».", None),
    # the acronym also qualifies a member's noun before: the one the view opens on is read
    ("fr", "Le délégué CFTX est visé. Pour la CFTX, « cette sanction est le résultat de son engagement ».",
     "CFTX"),
])
def test_the_view_of_a_body_named_by_its_acronym(lang: str, body: str, speaker: str | None) -> None:
    assert _speakers(body, lang) == [speaker]
