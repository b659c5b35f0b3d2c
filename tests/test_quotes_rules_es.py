"""Spanish attribution shapes (issue 16, stop 39), on made-up sentences, grouped by mechanism."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.acronym_bodies import is_acronym
from newsbeam.transforms.quotes.clitic_subject import after_of

# Some Spanish first, so the language is read as Spanish and the name index has text to read.
ES = ("El gobierno presentó el lunes el nuevo presupuesto y los diputados de la oposición no están "
      "contentos con el resultado de la votación en la capital.\n")


def _speaker(body: str, words: str) -> str | None:
    quotes = [q for q in extract_quotes("", [], ES + body, "es") if q.text == words]
    assert len(quotes) == 1
    return quotes[0].speaker


# acronym_bodies: Spanish writes an article before a body's acronym ("la ONU"); the acronym is the
# body's name, not a description like "la Rectora".
@pytest.mark.parametrize("body, words, speaker", [
    ("Según la ONU, el país vive «una crisis sin precedentes».", "una crisis sin precedentes", "ONU"),
    ("«No hubo irregularidades», afirmó la JEP en un comunicado.", "No hubo irregularidades", "JEP"),
    ("La CNDH informó que los detenidos sufrieron «tratos crueles».", "tratos crueles", "CNDH"),
    ("De acuerdo con el INE, los precios «seguirán subiendo».", "seguirán subiendo", "INE"),
    # spelled out before, with two small words in a row: the name it gives
    ("La Organización Mundial de la Salud (OMS) publicó un informe. Según la OMS, la situación es "
     "«preocupante».", "preocupante", "Organización Mundial de la Salud"),
    # a Roman numeral after an article is no body
    ("El plan se aprobó en el IV Pleno. Según el IV, «todo está bien».", "todo está bien", None),
    # a body's head noun alone still names no one ("la Policía": the guide's null)
    ("Según la Policía, el acusado «no tenía permiso para salir».", "no tenía permiso para salir", None),
    # one capitalized word after an article is still a description, no name
    ("«El plan es un error», dijo la Rectora.", "El plan es un error", None),
])
def test_acronym_after_article(body, words, speaker):
    assert _speaker(body, words) == speaker


@pytest.mark.parametrize("word, expected", [
    ("ONU", True), ("DGSA", True), ("IV", False), ("XXI", False), ("A", False), ("Fiscalía", False),
    ("ABCDEFGHI", False),
    # Only a valid Roman numeral is left out: "CDC", "LCD", "CCM" use its letters out of order.
    ("CDC", True), ("LCD", True), ("CCM", True), ("XIV", False), ("MCMXC", False),
])
def test_is_acronym(word, expected):
    assert is_acronym(word) is expected


# role_synonyms.PHRASES: a role in several words ("el jefe de Estado", "el titular de la cartera")
# stands for the one person the article gave the role word ("presidente", "ministro") before; it
# is the subject written before the verb, so the verb drops no subject (rather null than the
# person of the sentence before).
@pytest.mark.parametrize("body, words, speaker", [
    ("El presidente Luis Arce viajó a Cochabamba. «Vamos a industrializar el país», afirmó el jefe de Estado.",
     "Vamos a industrializar el país", "Luis Arce"),
    ("El presidente Luis Arce viajó a Cochabamba. El jefe de Estado aseguró que «vamos a crecer».",
     "vamos a crecer", "Luis Arce"),
    ("La presidenta Marta Gil llegó a Lima. «No habrá más cortes», dijo la jefa de Estado.",
     "No habrá más cortes", "Marta Gil"),
    # another person named since the role was given: no one, not the one named last
    ("El presidente Luis Arce viajó a Cochabamba con la ministra Ana Ruiz. Ruiz visitó una escuela. "
     "El jefe de Estado aseguró que «vamos a crecer».", "vamos a crecer", None),
    ("El ministro de Economía, Sergio Massa, se reunió con los gremios. La senadora Ana Ruiz criticó "
     "la reunión. El titular de la cartera aseguró que «no habrá devaluación».", "no habrá devaluación", None),
    # the role given to no one: no one
    ("El senador Luis Arce viajó a Cochabamba. «Vamos a crecer», afirmó el jefe de Estado.", "Vamos a crecer", None),
])
def test_role_in_several_words(body, words, speaker):
    assert _speaker(body, words) == speaker


# clitic_subject: an object pronoun before the verb ("Lo dijo", "Le dijo", "Se lo dijo") is never
# its subject; the subject is dropped, and the speaker is the person the text is about.
@pytest.mark.parametrize("body, words, speaker", [
    ("Pasar por la administración es una ventaja, comentó el diputado Esteban Lazo. Lo dijo porque "
     "«el cuadro tiene que chocar con la vida».", "el cuadro tiene que chocar con la vida", "Esteban Lazo"),
    ("Esteban Lazo, diputado del partido, defendió la reforma. Le dijo a la prensa que «nadie pierde "
     "con este cambio».", "nadie pierde con este cambio", "Esteban Lazo"),
    ("Esteban Lazo, diputado del partido, defendió la reforma. Se lo dijo a los periodistas: «Nadie "
     "pierde con este cambio».", "Nadie pierde con este cambio", "Esteban Lazo"),
    # a post and its body before it ("el Miembro del Buró Político"): no one's name, no one
    ("Pasar por la administración es una ventaja, comentó el Miembro del Buró Político. Lo dijo porque "
     "«el cuadro tiene que chocar con la vida».", "el cuadro tiene que chocar con la vida", None),
])
def test_clitic_is_no_subject(body, words, speaker):
    assert _speaker(body, words) == speaker


# clitic_subject.after_of: a name right after "de" and its article is a body a post belongs to
@pytest.mark.parametrize("text, name, expected", [
    ("el portavoz del Consejo Vecinal", "Consejo Vecinal", True),
    ("la jefa de la Junta Vecinal", "Junta Vecinal", True),
    ("el delegado de los Comités Populares", "Comités Populares", True),
    ("la vocal de las Fuerzas Unidas", "Fuerzas Unidas", True),
    ("el diputado Esteban Lazo", "Esteban Lazo", False),
    ("dijo desde las Fuerzas Unidas", "Fuerzas Unidas", False),
])
def test_name_after_of(text, name, expected):
    assert after_of(text, text.index(name)) is expected


# clitic_subject: a sentence that opens on a participle of being asked drops its subject too
# ("Consultado sobre el tema, respondió:"): the one asked is the person the text is about.
@pytest.mark.parametrize("body, words, speaker", [
    ("El alcalde Juan Soto recorrió el barrio. Consultado sobre el tema, respondió: «Esto es para ustedes».",
     "Esto es para ustedes", "Juan Soto"),
    ("La ministra Ana Ruiz visitó el hospital. Consultada por la prensa, Ruiz dijo que «no habrá recortes».",
     "no habrá recortes", "Ana Ruiz"),
])
def test_asked_participle_is_no_subject(body, words, speaker):
    assert _speaker(body, words) == speaker


# adjunct_subject: a listener that is an audience or a medium ("a este diario", "a la prensa", "a
# los periodistas") takes no name beside it, so the name after it is the subject.
@pytest.mark.parametrize("body, words, speaker", [
    ("«No vamos a permitir más abusos», dijo a este diario Carlos Pérez. Pérez se fue.",
     "No vamos a permitir más abusos", "Carlos Pérez"),
    ("«No vamos a permitir más abusos», explicó a la prensa Carlos Pérez. Pérez se fue.",
     "No vamos a permitir más abusos", "Carlos Pérez"),
    ("«No vamos a permitir más abusos», señaló a los periodistas Carlos Pérez, secretario del sindicato.",
     "No vamos a permitir más abusos", "Carlos Pérez"),
    ("«No vamos a permitir más abusos», dijo a la prensa el ministro Carlos Pérez.",
     "No vamos a permitir más abusos", "Carlos Pérez"),
])
def test_audience_before_the_subject(body, words, speaker):
    assert _speaker(body, words) == speaker


# lexicon_es.TITLES: "candidato", "candidata" introduce a person as an office does ("El candidato
# Luis Mora presentó ... «…»": the subject of the sentence before a bare quote speaks).
@pytest.mark.parametrize("body, words, speaker", [
    ("El candidato Luis Mora presentó un planteamiento similar. «Las calles no son seguras para nadie». "
     "Mora habló después.", "Las calles no son seguras para nadie", "Luis Mora"),
    ("La candidata Ana Ruiz visitó el mercado. «Vamos a ganar en primera vuelta», dijo la candidata.",
     "Vamos a ganar en primera vuelta", "Ana Ruiz"),
])
def test_candidate_is_a_title(body, words, speaker):
    assert _speaker(body, words) == speaker


# inverted_before: a bare quote after a sentence whose titled subject follows its verb ("presentó
# el candidato X"); a person after "a" is the object ("acusó al senador X"), two joined are no one.
@pytest.mark.parametrize("body, words, speaker", [
    ("Un planteamiento similar presentó el candidato Luis Mora del partido Verde. «Las calles no son "
     "seguras para nadie». Mora habló después.", "Las calles no son seguras para nadie", "Luis Mora"),
    ("Lo anunció el presidente Luis Arce en La Paz. «Vamos a crecer este año». Arce habló después.",
     "Vamos a crecer este año", "Luis Arce"),
    ("El fiscal acusó al senador Luis Mora de fraude. «Las calles no son seguras para nadie». Mora "
     "habló después.", "Las calles no son seguras para nadie", None),
    ("Se reunieron el presidente Luis Arce y la ministra Ana Ruiz. «Vamos a crecer este año». Arce "
     "habló después.", "Vamos a crecer este año", None),
])
def test_subject_after_its_verb_before_a_bare_quote(body, words, speaker):
    assert _speaker(body, words) == speaker
