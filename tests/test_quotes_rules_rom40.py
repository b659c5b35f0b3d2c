"""Spanish, French and Portuguese attribution (issue 16, stop 40, rom40), on made-up sentences,
grouped by mechanism and language."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from tests.quote_probes import romance_speaker as _speaker


# lexicon_es.PERFECT_CUES: the perfect of news from Spain ("ha subrayado", "había pedido"), every
# verb of the list's participle, a cue right after an auxiliary of the perfect.
@pytest.mark.parametrize("body, words, speaker", [
    ("«No vamos a subir los impuestos», ha subrayado Luis Prado Gil este martes.",
     "No vamos a subir los impuestos", "Luis Prado Gil"),
    ("«No vamos a subir los impuestos», ha añadido el ministro de Hacienda, Luis Prado Gil.",
     "No vamos a subir los impuestos", "Luis Prado Gil"),
    ("«El acuerdo está cerca», han insistido los negociadores.", "El acuerdo está cerca", None),
    ("La consejera Marta Ibarra Soler ha advertido de que el plan «no llega a tiempo».",
     "no llega a tiempo", "Marta Ibarra Soler"),
    ("El consejero de Salud, Jesús Arregui, ha reconocido este lunes que la situación «es grave».",
     "es grave", "Jesús Arregui"),
    ("Marta Ibarra Soler ha pedido «sensatez» a los demás grupos.", "sensatez", "Marta Ibarra Soler"),
    ("«Es una chapuza», había lamentado Marta Ibarra Soler.", "Es una chapuza", "Marta Ibarra Soler"),
    ("«Es una chapuza», se ha quejado Marta Ibarra Soler.", "Es una chapuza", "Marta Ibarra Soler"),
    # a participle alone is an adjective: no cue, no speaker
    ("El destacado economista Tomás Vidal publicó un libro sobre la «crisis eterna».", "crisis eterna", None),
])
def test_spanish_perfect(body, words, speaker):
    assert _speaker("es", body, words) == speaker


# lexicon_es.SPEECH_VERBS: verbs of the systematic list that were missing (espetar, reivindicar,
# incidir, quejarse, ...).
@pytest.mark.parametrize("body, words, speaker", [
    ("«Es una vergüenza», espetó la alcaldesa Rosa Llorente.", "Es una vergüenza", "Rosa Llorente"),
    ("«Es una vergüenza», reivindicó la alcaldesa Rosa Llorente.", "Es una vergüenza", "Rosa Llorente"),
    ("«El agua es de todos», incidió la alcaldesa Rosa Llorente.", "El agua es de todos", "Rosa Llorente"),
    ("«Nadie nos escucha», se quejó la alcaldesa Rosa Llorente.", "Nadie nos escucha", "Rosa Llorente"),
])
def test_spanish_verbs(body, words, speaker):
    assert _speaker("es", body, words) == speaker


# own_description: a sentence that opens on a description and its own verb of speech is not the
# previous speaker's (previous_quote, dropped_subject): rather null.
SOURCE = ("Según informó la ANMA a la prensa, se comprobó “la venta de carne sin control sanitario "
          "en el mercado”. ")


@pytest.mark.parametrize("body, words, speaker", [
    ("El carnicero tampoco pidió la “autorización” prevista en el reglamento.", "autorización", None),
    ("El carnicero tampoco había pedido que “se hiciera una excepción”.", "se hiciera una excepción", None),
    # a person's name, or a title, keeps its reading
    ("Ana Ruiz pidió la “autorización” prevista en el reglamento.", "autorización", "Ana Ruiz"),
])
def test_own_description_es(body, words, speaker):
    assert _speaker("es", SOURCE + body, words) == speaker


# ...but a description is as often the person quoted before, described again: the inheritance is
# refused only when it names someone else (review of round one).
@pytest.mark.parametrize("body, words, speaker", [
    ("«Es mi mejor disco», dijo Lucía Prado. La cantante también explicó que «la gira empezará en mayo».",
     "la gira empezará en mayo", "Lucía Prado"),
    ("«Merecimos ganar», afirmó Ferraro. El técnico añadió que «el árbitro se equivocó».",
     "el árbitro se equivocó", "Ferraro"),
    # the article gave the role to someone else before
    ("El entrenador Marco Vidal no habló tras el partido. «Merecimos ganar», afirmó Ferraro. "
     "El entrenador añadió que «el árbitro se equivocó».", "el árbitro se equivocó", None),
], ids=["singer-again", "coach-again", "role-of-another"])
def test_own_description_of_the_speaker_before(body, words, speaker):
    assert _speaker("es", body, words) == speaker


def test_own_description_keeps_continuation():
    # no verb of speech of its own: the sentence goes on with the source before
    body = SOURCE + "La venta se hizo un domingo en que “no había inspectores en el mercado”."
    assert _speaker("es", body, "no había inspectores en el mercado") == "ANMA"


# perfect_incise.verb_lead: an adverb inside the perfect of an incise ("a également déclaré").
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("fr", "« La situation est grave », a également déclaré Olivier Morand.", "La situation est grave",
     "Olivier Morand"),
    ("fr", "« La situation est grave », a encore dit Olivier Morand.", "La situation est grave", "Olivier Morand"),
    ("fr", "« Nous tiendrons », a aussi assuré la ministre Claire Dubreuil.", "Nous tiendrons", "Claire Dubreuil"),
    # an adverb with no auxiliary before it opens no incise of the quote's
    ("fr", "« La situation est grave », encore dit-on à Lyon.", "La situation est grave", None),
])
def test_adverb_in_perfect_incise(lang, body, words, speaker):
    assert _speaker(lang, body, words) == speaker


# lexicon_fr.PERFECT_CUES: verbs that report speech in the passé composé ("a jugé") and mostly do
# something else alone ("jugé coupable").
@pytest.mark.parametrize("body, words, speaker", [
    ("« La situation est grave », a jugé Olivier Morand.", "La situation est grave", "Olivier Morand"),
    ("Olivier Morand a jugé la mesure « inacceptable ».", "inacceptable", "Olivier Morand"),
    ("Olivier Morand a appelé à « la responsabilité de chacun ».", "la responsabilité de chacun", "Olivier Morand"),
    ("« Le texte est flou », a critiqué la députée Claire Dubreuil.", "Le texte est flou", "Claire Dubreuil"),
])
def test_french_perfect_cues(body, words, speaker):
    assert _speaker("fr", body, words) == speaker


# lexicon_pt.PERFECT_CUES and the verbs of judging ("classificou como"): Portuguese.
@pytest.mark.parametrize("body, words, speaker", [
    ("“A situação é grave”, tem afirmado Marcelo Quintela.", "A situação é grave", "Marcelo Quintela"),
    ("Marcelo Quintela tem afirmado que “a situação é grave”.", "a situação é grave", "Marcelo Quintela"),
    ("Marcelo Quintela classificou a medida como “inaceitável”.", "inaceitável", "Marcelo Quintela"),
    ("Marcelo Quintela qualificou a medida de “inaceitável”.", "inaceitável", "Marcelo Quintela"),
])
def test_portuguese_perfect_and_verbs(body, words, speaker):
    assert _speaker("pt", body, words) == speaker


# name_particles, lexicon.LOWER_PARTICLES: a Spanish name with a particle and its article ("de la",
# "de los") is one name, after its verb and before it; "Los Angeles" stays a place.
@pytest.mark.parametrize("body, words, speaker", [
    ("«Es una chapuza», dijo Íñigo de la Serna.", "Es una chapuza", "Íñigo de la Serna"),
    ("«Es una chapuza», dijo Jaime de los Santos.", "Es una chapuza", "Jaime de los Santos"),
    ("Jaime de los Santos afirmó que «es una chapuza».", "es una chapuza", "Jaime de los Santos"),
    ("«Es una chapuza», afirmó José de la Cruz Díaz.", "Es una chapuza", "José de la Cruz Díaz"),
    # a body after "de la" is no part of the name
    ("«Es una chapuza», dijo Juan Pérez de la Universidad de Chile.", "Es una chapuza", "Juan Pérez"),
    ("«Es una chapuza», dijo Juan Pérez del Instituto Nacional de Salud.", "Es una chapuza", "Juan Pérez"),
])
def test_spanish_name_particles(body, words, speaker):
    assert _speaker("es", body, words) == speaker


# After a given name and a surname, "de la X" is mostly where the person works; a surname only in
# the plural with one word ending the name ("de los Ríos"). Both ways: after the verb and before it.
@pytest.mark.parametrize("body, words, speaker", [
    ("«Cumpliremos», dijo Pablo Moreno de la Zarzuela.", "Cumpliremos", "Pablo Moreno"),
    ("«Faltan manos», afirmó Elena Vidal de la Cruz Roja.", "Faltan manos", "Elena Vidal"),
    ("Jorge Sanz de la Comisión Europea ha advertido: «No habrá prórroga».", "No habrá prórroga", "Jorge Sanz"),
    ("«No habrá agua», señaló Raúl Mena de los Ríos.", "No habrá agua", "Raúl Mena de los Ríos"),
    ("Rosa Blanco de las Heras ha explicado que «subirán los precios».", "subirán los precios",
     "Rosa Blanco de las Heras"),
], ids=["singular-after-surname", "body-after-surname", "body-before-verb", "plural-after-verb",
        "plural-before-verb"])
def test_spanish_particle_after_a_surname(body, words, speaker):
    assert _speaker("es", body, words) == speaker


def test_english_place_with_article_is_no_particle():
    body = ("Mayor Ann Lee spoke in Los Angeles on Monday about the budget of the city. "
            "“We will not cut the buses,” said Lee.")
    quotes = [q for q in extract_quotes("", [], body, "en") if q.text == "We will not cut the buses,"]
    assert [q.speaker for q in quotes] == ["Ann Lee"]


# lexicon_es / lexicon_pt FUNCTION_WORDS: an adverb that opens a sentence ("Allí dijo", "Finalmente,
# aseguró") is no subject; the dropped subject is read as for "Luego dijo".
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", "El ministro Óscar Ugalde viajó a Cusco. Allí dijo que «vamos a vacunar a todos».",
     "vamos a vacunar a todos", "Óscar Ugalde"),
    ("es", "El ministro Óscar Ugalde viajó a Cusco. Finalmente, aseguró que «vamos a vacunar a todos».",
     "vamos a vacunar a todos", "Óscar Ugalde"),
    ("pt", "O ministro Paulo Teixeira visitou Belém. Lá disse que “vamos vacinar todos”.",
     "vamos vacinar todos", "Paulo Teixeira"),
    ("pt", "O ministro Paulo Teixeira visitou Belém. Finalmente, afirmou que “vamos vacinar todos”.",
     "vamos vacinar todos", "Paulo Teixeira"),
])
def test_opening_adverb_is_no_subject(lang, body, words, speaker):
    assert _speaker(lang, body, words) == speaker


def test_portuguese_name_before_body():
    # "da Universidade": a body after the name ends it (name_particles)
    body = "“É uma vergonha”, disse João Lemos da Universidade de Lisboa."
    assert _speaker("pt", body, "É uma vergonha") == "João Lemos"


# lexicon_fr.PERFECT_CUES: more verbs of the passé composé, and "a salué" (an incise verb
# elsewhere) after its auxiliary.
@pytest.mark.parametrize("body, words, speaker", [
    ("Claire Dubreuil a évoqué « une rentrée difficile ».", "une rentrée difficile", "Claire Dubreuil"),
    ("Claire Dubreuil a réclamé « des moyens urgents ».", "des moyens urgents", "Claire Dubreuil"),
    ("Claire Dubreuil a salué « une victoire collective ».", "une victoire collective", "Claire Dubreuil"),
    ("Claire Dubreuil s'est dite « très inquiète ».", "très inquiète", "Claire Dubreuil"),
    ("« C'est indigne », a tancé Claire Dubreuil.", "C'est indigne", "Claire Dubreuil"),
    # alone, the participle is no cue
    ("Le projet évoqué par la presse reste une « piste sérieuse » pour la ville.", "piste sérieuse", None),
])
def test_french_more_perfect_cues(body, words, speaker):
    assert _speaker("fr", body, words) == speaker
