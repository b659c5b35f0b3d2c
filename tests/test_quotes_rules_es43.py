"""Spanish and Portuguese speakers of regional and state news (issue 16, stop 43, es43), on
made-up sentences grouped by shape: a long complement between a title and the name set off by
commas, a name with a particle after it, a person called by first name alone, a person who
spoke when named and is meant by the title later, and a speaker whose subject stays dropped over
several paragraphs. The shapes were counted in real Spanish and Portuguese news (docs/quality.md,
"Stop 43, es43"); the sentences here are our own."""
from __future__ import annotations

import pytest

from tests.quote_probes import romance_speaker as _speaker


# role_complements.LONG_COMPLEMENT (roles_intl._role_pattern): a complement of over 40
# characters that opens on a preposition of belonging keeps its title's holder; a clause before
# the comma does not.
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", "El secretario de Finanzas del Consejo Provincial de la Región Austral, Mario Quintana, "
           "anunció ayer el presupuesto.\n«Las cuentas están en orden este año», escribió el secretario.",
     "Las cuentas están en orden este año", "Mario Quintana"),
    ("es", "La directora de la Oficina Regional de Cultura (ORC) de la provincia, Alba Serrano, abrió "
           "la feria.\n«Vinieron más lectores que nunca», afirmó la directora.",
     "Vinieron más lectores que nunca", "Alba Serrano"),
    ("pt", "A secretária especial de Obras (SEOB) da cidade de Lagoa Funda, Rita Nogueira, visitou "
           "o bairro.\n“A ponte fica pronta em março”, disse a secretária.", "A ponte fica pronta em março",
     "Rita Nogueira"),
    # a clause, not a complement, before the comma: the title names no one
    ("es", "El secretario llegó tarde a la reunión de la tarde con los vecinos, Mario Quintana no.\n"
           "«Las cuentas están en orden este año», escribió el secretario.",
     "Las cuentas están en orden este año", None),
])
def test_long_complement(lang: str, body: str, words: str, speaker: str | None) -> None:
    assert _speaker(lang, body, words) == speaker


# role_complements.NAME_PARTICLE: the name after the complement may hold "de", "da", "de la".
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("pt", "O secretário municipal de Obras, Paulo de Albuquerque, negou o atraso. \"Não houve "
           "atraso nenhum\", afirma.", "Não houve atraso nenhum", "Paulo de Albuquerque"),
    ("es", "La consejera regional de Salud, Marta de la Fuente, visitó el hospital. «Faltan médicos "
           "en verano», dijo.", "Faltan médicos en verano", "Marta de la Fuente"),
])
def test_particle_name(lang: str, body: str, words: str, speaker: str | None) -> None:
    assert _speaker(lang, body, words) == speaker


# given_alone: a first name alone stands for the one full name it opens; two people with that
# first name, or a word the first-name lists do not know: no one.
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("pt", "A diretora da escola, Helena Prado Vieira, recebeu os pais.\nSegundo Helena, a reforma "
           "atrasou. “O telhado ficou para o ano que vem”, destacou.", "O telhado ficou para o ano que vem",
     "Helena Prado Vieira"),
    ("es", "El alcalde Tomás Ibarra inauguró el puente.\nTomás dijo que la obra costó menos. «Ahorramos "
           "un diez por ciento», aseguró.", "Ahorramos un diez por ciento", "Tomás Ibarra"),
    ("es", "El alcalde Tomás Ibarra y el concejal Tomás Lira inauguraron el puente.\nTomás dijo que "
           "la obra costó menos. «Ahorramos un diez por ciento», aseguró.", "Ahorramos un diez por ciento",
     None),
])
def test_first_name_alone(lang: str, body: str, words: str, speaker: str | None) -> None:
    assert _speaker(lang, body, words) == speaker


# introduced_speaker.spoke_when_named (roles_intl.earlier_role): a title's holder introduced as
# the subject of a reporting verb is meant by the title later, though other capitalized words
# or people come between; named once in passing, the title still names no one.
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("pt", "O secretário de Saúde, Caio Fontes, disse que a decisão do juiz Otávio Lemos não muda "
           "nada. “Os postos seguem abertos”, disse o secretário.", "Os postos seguem abertos", "Caio Fontes"),
    ("es", "El ministro de Cultura, Andrés Peralta, anunció la reforma del Museo Nacional del Sur. "
           "«Abriremos también los lunes», explicó el ministro.", "Abriremos también los lunes",
     "Andrés Peralta"),
    # named in passing, as the object of someone else's verb: null
    ("pt", "A reunião com o secretário de Saúde, Caio Fontes, terminou sem acordo, e o juiz Otávio "
           "Lemos marcou outra. “Os postos seguem abertos”, disse o secretário.", "Os postos seguem abertos",
     None),
])
def test_spoke_when_named(lang: str, body: str, words: str, speaker: str | None) -> None:
    assert _speaker(lang, body, words) == speaker


# paragraph_chain.through_paragraphs: a paragraph that opens on a reporting verb with its subject
# dropped passes the reading on to the paragraph before it; one with a subject of its own stops it.
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", "La gobernadora Elena Paredes dijo este martes que el puerto abrirá en mayo.\n\n"
           "En la rueda de prensa, explicó que las obras van adelantadas.\n\n"
           "«Hemos ganado dos meses al invierno», explicó.", "Hemos ganado dos meses al invierno", "Elena Paredes"),
    ("pt", "O prefeito Jorge Almeida disse nesta terça que a feira volta em maio.\n\n"
           "Explicou que os feirantes pediram a mudança.\n\n"
           "“A praça estava pequena para todos”, afirmou.", "A praça estava pequena para todos", "Jorge Almeida"),
    # the paragraph between has its own, plural subject: no one
    ("es", "La gobernadora Elena Paredes dijo este martes que el puerto abrirá en mayo.\n\n"
           "Los vecinos explicaron que las obras van adelantadas.\n\n"
           "«Hemos ganado dos meses al invierno», explicó.", "Hemos ganado dos meses al invierno", None),
])
def test_dropped_subject_over_paragraphs(lang: str, body: str, words: str, speaker: str | None) -> None:
    assert _speaker(lang, body, words) == speaker


# role_synonyms (with lexicon_es/pt.TITLES): "la funcionaria", "el funcionario", "o gestor", "a
# gestora" after a quote stand for the one person the article gave an office to; an unnamed
# official or two office-holders: no one.
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", "La directora de Vivienda, Irene Solís, compareció ante la comisión.\n«Hemos entregado "
           "cuatrocientas casas», indicó la funcionaria.", "Hemos entregado cuatrocientas casas", "Irene Solís"),
    ("es", "El gerente de Aguas Municipales, Rodrigo Pinto, explicó el corte.\n«El servicio vuelve el "
           "jueves», agregó el funcionario.", "El servicio vuelve el jueves", "Rodrigo Pinto"),
    ("pt", "O prefeito Caio Nunes participou da cerimônia na praça.\nO gestor também agradeceu aos "
           "servidores. “Seguimos juntos pela cidade”, afirmou.", "Seguimos juntos pela cidade", "Caio Nunes"),
    ("pt", "A secretária de Educação, Lívia Prado, visitou a escola. “A reforma termina em maio”, "
           "disse a gestora.", "A reforma termina em maio", "Lívia Prado"),
    # two office-holders of that sex, neither named just before: no one
    ("es", "La directora de Vivienda, Irene Solís, y la ministra de Obras, Clara Ruiz, se reunieron "
           "con los vecinos durante toda la tarde de ayer en el barrio.\nLos vecinos pidieron más plazos.\n"
           "«Hemos entregado cuatrocientas casas», indicó la funcionaria.", "Hemos entregado cuatrocientas casas",
     None),
])
def test_generic_official(lang: str, body: str, words: str, speaker: str | None) -> None:
    assert _speaker(lang, body, words) == speaker


# opening_verb.opening_verb_subject: a partial quote deep in the clause of a sentence that opens
# on a reporting verb with its subject dropped is the dropped subject's; with_object: a name
# after "con"/"com" is no subject to read it from.
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", "La alcaldesa Marta Quiroga inauguró el mercado.\nAdemás, explicó que los puestos nuevos "
           "abrirán antes del verano y que los precios serán “los mismos que el año pasado”.",
     "los mismos que el año pasado", "Marta Quiroga"),
    ("pt", "O prefeito Caio Nunes visitou a obra.\nAlém disso, afirmou que a ponte será entregue em março "
           "e que o atraso foi “culpa da chuva”.", "culpa da chuva", "Caio Nunes"),
    # the only name before is whom the speaker talked with: no one
    ("es", "En entrevista con Radio Costa Norte, la concejala habló del mercado.\nAdemás, explicó que "
           "los puestos nuevos abrirán antes del verano y que los precios serán “los mismos que el año "
           "pasado”.", "los mismos que el año pasado", None),
])
def test_opening_verb(lang: str, body: str, words: str, speaker: str | None) -> None:
    assert _speaker(lang, body, words) == speaker
