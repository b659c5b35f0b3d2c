"""Speakers, stop 45 (es45, issue 16): made-up sentences and names in the style of Spanish and
Portuguese agency copy, features and regional papers, grouped by shape.

- thus_said: a quote that stands as its own sentence (or the lead paragraph) and a next sentence
  that points back at it, "Así lo afirmó …", "Eso dijo …", "Es lo que sostuvo …", "Así de
  tajante se mostró …", Portuguese "Foi o que afirmou …", "Assim avaliou …": the subject after
  the verb is the speaker.
- incise verbs: the present of verbs that are nouns elsewhere ("cuenta", "denuncia", "pregunta",
  Portuguese "conta", "pergunta") and "reaccionó", "describe", "reagiu" report speech right after a
  quote and its comma; "cuenta con" / "conta com" does not.
- a title set off by commas from its name with no complement ("El entrenador, Luis de la Fuente,
  fue tajante: «…»"), and a surname of a particle and an article ("de la Fuente") after a title.

Every sentence and name here is our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _quotes(body: str, lang: str):
    return extract_quotes("Un titular", [], body, lang)


def _speakers(body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in _quotes(body, lang)]


# --- thus_said: "«…». Así lo afirmó X." ---

@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "«No vamos a tolerar más retrasos en las obras». Así lo afirmó este jueves el consejero de "
           "Fomento, Damián Ortega Ruiz, durante una visita a Teruel.", "Damián Ortega Ruiz"),
    ("es", "«Los hospitales de la comarca trabajan al límite».\n\nAsí lo ha asegurado este lunes el "
           "presidente del Colegio de Enfermería, Julián Prats, quien ha pedido más plazas.", "Julián Prats"),
    ("es", "«No habrá subida del billete». Eso dijo ayer la alcaldesa Marisa Quintero en el pleno.",
     "Marisa Quintero"),
    ("es", "«Hemos cumplido lo prometido». Es lo que sostuvo el gobernador de Salta, Andrés Villalba, "
           "ante la prensa.", "Andrés Villalba"),
    ("es", "«Faltan médicos en los pueblos». Así de contundente se mostró la consejera de Salud, "
           "Begoña Lizarraga.", "Begoña Lizarraga"),
    ("pt", "“Não vamos aumentar as tarifas.” Foi o que afirmou nesta terça-feira o secretário de "
           "Transportes, Rogério Bastos.", "Rogério Bastos"),
    ("pt", "“A cidade precisa de mais creches”. Assim avaliou a vereadora Luana Teixeira, durante a "
           "sessão.", "Luana Teixeira"),
])
def test_a_sentence_pointing_back_at_the_quote_names_its_speaker(lang: str, body: str, speaker: str) -> None:
    found = _quotes(body, lang)
    assert [q.speaker for q in found] == [speaker]
    assert found[0].rule == "thus_said"


@pytest.mark.parametrize("lang, body", [
    # the pointing sentence names no one, or a document, or the verb is no reporting verb
    ("es", "«No me voy a ir». Así lo dijo."),
    ("es", "«Es un día histórico». Así lo recoge el acta de la sesión."),
    ("es", "«Se acabó». Así terminó la reunión del consejo de barrio."),
    # the quote is part of the writer's sentence: "así lo" points at the whole sentence
    ("es", "El público gritaba «fuera» sin parar. Así lo contó el alcalde, Tomás Llorente."),
    # the quote is one sentence of a longer paragraph: the next paragraph is news of its own
    ("es", "Los vecinos colgaron pancartas. «Queremos agua».\n\nAsí lo explicó el alcalde, Tomás "
           "Llorente, en otra ocasión."),
    ("pt", "“O país cresceu”. É o que diz o relatório do instituto."),
])
def test_no_one_named_by_a_pointing_sentence_stays_null(lang: str, body: str) -> None:
    found = _quotes(body, lang)
    assert all(q.rule != "thus_said" for q in found)
    assert "Tomás Llorente" not in [q.speaker for q in found]


# --- incise verbs whose form is a noun elsewhere ---

@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "«Pasamos tres días sin luz», cuenta Remedios Oliva, vecina de la calle Mayor.", "Remedios Oliva"),
    ("es", "«Nadie nos escucha», denuncia la activista Carla Berrocal.", "Carla Berrocal"),
    ("es", "«¿Quién paga esta fiesta?», pregunta el concejal Ismael Urquiza.", "Ismael Urquiza"),
    ("es", "«Es una falta de respeto», reaccionó el portavoz de la oposición, Eloy Carranza.", "Eloy Carranza"),
    ("es", "«Un barrio olvidado», describe Inés Montalvo, que vive allí desde 1990.", "Inés Montalvo"),
    ("pt", "“Ficamos dois dias sem água”, conta Marlene Tavares, moradora do bairro.", "Marlene Tavares"),
    ("pt", "“É uma provocação”, reagiu o líder do governo, Osmar Queiroz.", "Osmar Queiroz"),
    ("pt", "“Quem vai pagar a conta?”, pergunta o vereador Caio Fontes.", "Caio Fontes"),
])
def test_incise_verbs_of_features_report_speech(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]


@pytest.mark.parametrize("lang, body", [
    ("es", "El programa «Casa Digna», cuenta con fondos del Estado y de la Junta."),
    ("es", "El plan «Sol Naciente», suma ya doscientas viviendas entregadas."),
    ("pt", "O projeto “Casa Verde”, conta com verba federal desde março."),
])
def test_the_same_words_after_a_name_of_a_thing_are_no_incise(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]


@pytest.mark.parametrize("lang, body", [
    # a title of a work, then the noun of the same form in apposition (reviews, culture pages)
    ("es", "El disco abre con «Calle nueva», denuncia social de Rubén Olmedo contra la pobreza."),
    ("es", "La muestra incluye «El jardín», cita obligada del Museo de la Ribera, y otras obras."),
    ("es", "La película «Tierra», alerta temprana de Alfonso Prado sobre la sequía, vuelve a los cines."),
    ("pt", "O filme “Sertão”, alerta sobre a seca de Walter Sales Lima, volta às telas."),
])
def test_a_noun_of_the_same_form_after_a_title_is_no_incise(lang: str, body: str) -> None:
    found = _quotes(body, lang)
    assert [q.speaker for q in found] == [None]
    assert found[0].kind == "scare"


# --- a title, a comma, the name; a surname with "de la" ---

@pytest.mark.parametrize("body, speaker", [
    ("El entrenador, Luis de la Fuente, fue tajante: «No hay nada que celebrar todavía».", "Luis de la Fuente"),
    ("El alcalde, Joaquín Berzosa Pardo, fue claro: «La obra empieza en marzo».", "Joaquín Berzosa Pardo"),
    ("El consejero de Cultura, Ramiro de los Santos, fue tajante: «No cerraremos el museo».", "Ramiro de los Santos"),
])
def test_a_title_set_off_from_its_name_by_commas(body: str, speaker: str) -> None:
    assert _speakers(body, "es") == [speaker]


@pytest.mark.parametrize("body", [
    # two people after the title: no one
    "El alcalde, Joaquín Berzosa y Ana Ruiz, fueron tajantes: «La obra empieza en marzo».",
    # one word after the comma is no full name of an apposition
    "El alcalde, Madrid, fue tajante: «La obra empieza en marzo».",
])
def test_no_apposition_no_name(body: str) -> None:
    assert _speakers(body, "es") == [None]


# --- capital_titles: "enfatizó el Mandatario" ---

@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "El Presidente de la República, Aurelio Bastidas, habló tras la sesión.\n\n«Nadie está por encima "
           "de la ley», enfatizó el Mandatario al salir del salón.", "Aurelio Bastidas"),
    ("es", "La Ministra de Salud, Carla Villegas, recorrió el hospital.\n\n«Faltan camas», dijo la Ministra.",
     "Carla Villegas"),
    ("pt", "O Prefeito de Itu, Caio Lemos, visitou a obra.\n\n“Vamos entregar em maio”, disse o Prefeito.",
     "Caio Lemos"),
])
def test_a_capitalized_title_is_a_description(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]


@pytest.mark.parametrize("body", [
    # no one was given the office: the description stays no one's
    "«Es un gran día», dijo el Presidente.",
    # a capitalized word that is no title is no description of the person named before
    "El alcalde, Joaquín Berzosa Pardo, visitó el barrio.\n\n«Es un gran día», dijo el Negro, vecino de la zona.",
])
def test_a_capitalized_title_names_no_one_unless_the_article_does(body: str) -> None:
    assert "Joaquín Berzosa Pardo" not in _speakers(body, "es")
    assert _speakers(body, "es")[0] is None


# --- thus_said.pointing_subject: a writer's paragraph pointing back, between two quotes ---

def test_a_pointing_paragraph_between_two_quotes_names_the_speaker_of_the_next() -> None:
    body = ("La consejera de Salud, Rocío Hernández, ha visitado el hospital comarcal. «Faltan médicos», "
            "ha indicado.\n\nAsí se ha pronunciado la consejera sobre la falta de personal en una entrevista "
            "en la radio.\n\n«Vamos a contratar a cien más», ha asegurado.")
    assert _speakers(body, "es") == ["Rocío Hernández", "Rocío Hernández"]
