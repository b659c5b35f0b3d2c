"""Spanish and Portuguese speakers named beside a title (issue 16, stop 42, es42), on made-up
sentences grouped by shape: a name with a particle set off by commas after a title's complement,
a complement that lists a department's areas ("de Cultura, Turismo y Deporte,"), and a
listener after a description that follows the verb ("afirmó la ministra a la prensa"). The
shapes were counted in real Spanish and Portuguese news (docs/quality.md, "Stop 42, es42");
the sentences here are our own."""
from __future__ import annotations

import pytest

from tests.quote_probes import speaker_after

_ES = ("El Gobierno regional presentó este lunes en la capital el nuevo plan de inversiones para "
       "los próximos años ante los periodistas y los alcaldes de la provincia.\n")
_PT = ("O governo estadual apresentou nesta segunda-feira na capital o novo plano de investimentos "
       "para os próximos anos aos jornalistas e aos prefeitos da região.\n")
_LEADS = {"es": _ES, "pt": _PT}


_speaker = speaker_after(_LEADS)


# phrases.np_before / with_name: the name set off by commas after a title's complement may hold
# a particle ("Pedro de Larrañaga"); the capitalized words of the complement before it are no
# one ("Comercio", "Desarrollo Productivo").
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", "El delegado de Industria y Comercio, Pedro de Larrañaga, aseguró que la reforma laboral "
           "«es necesaria para todos».", "es necesaria para todos", "Pedro de Larrañaga"),
    ("es", "El secretario de Energía y Desarrollo Rural, José Luis del Valle, afirmó que la red "
           "«estará lista en junio».", "estará lista en junio", "José Luis del Valle"),
    ("pt", "O secretário de Obras e Habitação, Carlos da Cunha, afirmou que a ponte «fica pronta "
           "em março».", "fica pronta em março", "Carlos da Cunha"),
    ("es", "El delegado de Industria y Comercio, Pedro Larrañaga, aseguró que la reforma laboral "
           "«es necesaria para todos».", "es necesaria para todos", "Pedro Larrañaga"),
])
def test_particle_name_after_complement(lang: str, body: str, words: str, speaker: str | None) -> None:
    assert _speaker(lang, body, words) == speaker


# department_lists: a complement that lists a department's areas, its last two joined by "y"/"e",
# keeps its title's holder: the description after ("la ministra", "o secretário") is that name.
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", "La ministra de Cultura, Turismo y Deporte, Lucía Ferrer, inauguró la sala. La ministra "
           "aseguró que el museo «abrirá también los domingos».", "abrirá también los domingos",
     "Lucía Ferrer"),
    ("es", "El consejero de Agricultura, Pesca y Alimentación, Tomás Rey, visitó la lonja del puerto. "
           "«La flota está preparada para la campaña», dijo el consejero.",
     "La flota está preparada para la campaña", "Tomás Rey"),
    ("pt", "A ministra da Mulher, da Família e dos Direitos Humanos, Ana Lima, negou a saída do "
           "governo. “Não vou sair deste governo tão cedo, temos muito trabalho”, afirmou a ministra.",
     "Não vou sair deste governo tão cedo, temos muito trabalho", "Ana Lima"),
    ("pt", "O secretário de Cultura, Turismo e Esporte, Paulo Neves, abriu o festival na praça. "
           "“O público voltou em peso este ano”, disse o secretário.", "O público voltou em peso este ano",
     "Paulo Neves"),
    # two people listed after the complement: no one of them is the title's holder
    ("es", "La ministra de Salud, Ana López y Pedro Ruiz, entre otros, visitaron el hospital. La "
           "ministra aseguró que «habrá más camas este invierno».", "habrá más camas este invierno", None),
])
def test_department_list(lang: str, body: str, words: str, speaker: str | None) -> None:
    assert _speaker(lang, body, words) == speaker


# lexicon_es.NP_STOP "a": a listener after the description that follows the verb ends it ("afirmó
# la ministra a la prensa", "dijo el portavoz a los periodistas"), as "al" did.
@pytest.mark.parametrize("body, words, speaker", [
    ("La ministra de Salud, Elena Ortiz, visitó el hospital. «Los médicos han hecho un trabajo enorme», "
     "afirmó la ministra a la prensa.", "Los médicos han hecho un trabajo enorme", "Elena Ortiz"),
    ("El portavoz del Ejecutivo, Luis Marín, compareció tras el consejo. «No habrá subida de "
     "impuestos este año», dijo el portavoz a los periodistas.", "No habrá subida de impuestos este año",
     "Luis Marín"),
    # a description the article gave no one: still no one
    ("«No habrá subida de impuestos este año», dijo el portavoz a los periodistas.",
     "No habrá subida de impuestos este año", None),
])
def test_listener_after_description(body: str, words: str, speaker: str | None) -> None:
    assert _speaker("es", body, words) == speaker


# surname_first_rom: a speaker named by one word right before a singular reporting verb, where
# the article never gives a full name; not a body, a place, a department or a plural.
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", "Al referirse a la inflación, Villegas indicó que «la deuda es sostenible».",
     "la deuda es sostenible", "Villegas"),
    ("es", "En la misma entrevista, Villegas insistió en que «no habrá ajuste este año».",
     "no habrá ajuste este año", "Villegas"),
    ("pt", "Durante a entrevista, Damiana afirmou que «a reforma vai passar».", "a reforma vai passar",
     "Damiana"),
    ("es", "Hacienda indicó que «la deuda es sostenible».", "la deuda es sostenible", None),
    ("es", "La Fiscalía indicó que «la deuda es sostenible».", "la deuda es sostenible", None),
    ("es", "La cumbre se celebró en Bruselas. Bruselas advirtió que «la deuda es sostenible».",
     "la deuda es sostenible", None),
    ("es", "Los técnicos Ibarra y Soto explicaron que «la deuda es sostenible».",
     "la deuda es sostenible", None),
])
def test_one_word_name_before_verb(lang: str, body: str, words: str, speaker: str | None) -> None:
    assert _speaker(lang, body, words) == speaker


# lexicon_es.AFTER_QUOTE_VERBS: verbs that report speech only right after a quote and its comma
# ("«…», lanzó el ministro", "«…», cerró Ibarra"), as Portuguese has; elsewhere not a cue.
@pytest.mark.parametrize("body, words, speaker", [
    ("El ministro de Obras, Julián Ibarra, visitó la obra del puerto. «No vamos a parar hasta "
     "terminarla», lanzó el ministro.", "No vamos a parar hasta terminarla", "Julián Ibarra"),
    ("«Espero haber sido claro con todos ustedes», cerró Julián Ibarra ante los vecinos.",
     "Espero haber sido claro con todos ustedes", "Julián Ibarra"),
    ("«Hay que trabajar mucho más en defensa», analizó Julián Ibarra tras el partido.",
     "Hay que trabajar mucho más en defensa", "Julián Ibarra"),
    # not after a quote: a plan launched, a plant closed (no one says the words)
    ("Julián Ibarra lanzó el plan «Barrios Vivos» para los distritos del sur.", "Barrios Vivos", None),
    ("Julián Ibarra cerró la planta de «reciclaje verde» del municipio.", "reciclaje verde", None),
])
def test_after_quote_verbs(body: str, words: str, speaker: str | None) -> None:
    assert _speaker("es", body, words) == speaker


# datelines.past_dateline: an agency's dateline ("Quito, 3 may (EFE).-") opens no subject; the
# sentence that leads into the quote starts after it.
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", "Quito, 3 may (EFE).- El embajador de Chile en Ecuador, Andrés Pizarro, reconoció hoy que "
           "la situación es una \"grave crisis\" para la región.", "grave crisis", "Andrés Pizarro"),
    ("pt", "Lisboa, 3 mai (Lusa) - O embaixador do Brasil em Portugal, Paulo Freitas, afirmou hoje que "
           "o acordo é uma \"vitória histórica\" para os dois países.", "vitória histórica", "Paulo Freitas"),
    # no dateline: the place opening the sentence is still read as before (no one speaks)
    ("es", "Quito amaneció con una \"calma tensa\" tras la votación.", "calma tensa", None),
])
def test_agency_dateline(lang: str, body: str, words: str, speaker: str | None) -> None:
    assert _speaker(lang, body, words) == speaker


# titled._two_offices: one person's two offices joined by "y"/"e" (the second with no article),
# then the name set off by commas; two people ("el director y el tesorero") stay no one.
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", "La vicepresidenta tercera y ministra para la Igualdad Social, Elena Castro, ha afirmado este lunes que "
           "la reforma «no tiene marcha atrás».", "no tiene marcha atrás", "Elena Castro"),
    ("pt", "O vice-governador e secretário para a Fazenda Estadual, Marcos Lima, afirmou nesta terça que o estado "
           "«não vai atrasar salários».", "não vai atrasar salários", "Marcos Lima"),
    ("es", "El director y el tesorero del club aseguraron que las cuentas «están en orden».",
     "están en orden", None),
])
def test_two_offices(lang: str, body: str, words: str, speaker: str | None) -> None:
    assert _speaker(lang, body, words) == speaker


# postposed.head_description: an adjective after the role word ("el alcalde mazatleco", "la
# ministra española") leaves the role's holder; an adjective of rank names another office.
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", "El alcalde de Mazatlán, Guillermo Benítez, recibió a los vecinos en el ayuntamiento. «Vamos a "
           "arreglar todas las calles del centro este año», señaló el alcalde mazatleco.",
     "Vamos a arreglar todas las calles del centro este año", "Guillermo Benítez"),
    ("pt", "O técnico do Coritiba, Marcelo Oliveira, falou depois do jogo no estádio. “Nós merecemos a "
           "classificação pelo que fizemos em casa”, afirmou o técnico alviverde.",
     "Nós merecemos a classificação pelo que fizemos em casa", "Marcelo Oliveira"),
    ("es", "El presidente del club, Guillermo Benítez, recibió a los socios en la sede. «Vamos a ganar "
           "la liga este año con este plantel», señaló el presidente electo.",
     "Vamos a ganar la liga este año con este plantel", None),
])
def test_postposed_adjective(lang: str, body: str, words: str, speaker: str | None) -> None:
    assert _speaker(lang, body, words) == speaker


# for_profession: sport's trades ("o técnico", "o zagueiro", "el portero") describe a person as
# the other trades do: after the verb, the one the article gave the trade to, never the name in
# the sentence before (a referee, an opponent).
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("pt", "O técnico do Coritiba, Marcelo Oliveira, falou depois do jogo. “Merecemos a classificação pelo "
           "que fizemos em casa”, disse o técnico.", "Merecemos a classificação pelo que fizemos em casa",
     "Marcelo Oliveira"),
    ("pt", "O árbitro Nielson Nogueira Dias expulsou dois jogadores. O zagueiro Emerson Silva criticou a "
           "arbitragem. “A arbitragem foi minando nossa equipe o jogo inteiro”, reclamou o zagueiro.",
     "A arbitragem foi minando nossa equipe o jogo inteiro", "Emerson Silva"),
    ("pt", "O árbitro Nielson Nogueira Dias expulsou dois jogadores no segundo tempo. “A arbitragem foi "
           "minando nossa equipe o jogo inteiro”, reclamou o meia.",
     "A arbitragem foi minando nossa equipe o jogo inteiro", None),
])
def test_sport_trades(lang: str, body: str, words: str, speaker: str | None) -> None:
    assert _speaker(lang, body, words) == speaker


# verb_openers.opener_only / verb_first_clause._THAT: a sentence with a dropped subject may open on
# a prepositional phrase set off by a comma ("En este sentido, ha remarcado que", "Por último,
# señaló que"), and its verb may reach "que" over "en" or an adverb between commas; a subject
# after the phrase ("Por su parte, Pedro Ruiz dijo") is that subject's.
_LEAD_ES = "La ministra de Vivienda, Marta Ibarra Soler, presentó el lunes el nuevo plan de alquiler.\n"


@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", _LEAD_ES + "En este sentido, ha remarcado que el plan es «irrenunciable».", "irrenunciable",
     "Marta Ibarra Soler"),
    ("es", _LEAD_ES + "Por último, señaló que el plan es «irrenunciable».", "irrenunciable", "Marta Ibarra Soler"),
    ("es", _LEAD_ES + "Aclaró, además, que el plan es «irrenunciable».", "irrenunciable", "Marta Ibarra Soler"),
    ("es", _LEAD_ES + "En su intervención, insistió en que el plan es «irrenunciable».", "irrenunciable",
     "Marta Ibarra Soler"),
    ("pt", "O ministro da Educação, Luiz Carlos Prado, apresentou o novo plano de ensino.\nNesse sentido, "
           "afirmou que o plano é «irrenunciável».", "irrenunciável", "Luiz Carlos Prado"),
    ("es", _LEAD_ES + "Por su parte, Pedro Ruiz dijo que el plan es «irrenunciable».", "irrenunciable",
     "Pedro Ruiz"),
    ("es", _LEAD_ES + "En declaraciones a la radio, el alcalde dijo que el plan es «irrenunciable».",
     "irrenunciable", None),
])
def test_opening_phrase_before_dropped_subject(lang: str, body: str, words: str, speaker: str | None) -> None:
    assert _speaker(lang, body, words) == speaker
