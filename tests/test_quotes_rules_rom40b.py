"""Spanish, French and Portuguese attribution (issue 16, stop 40, rom40b): verbs of speech in
several words, and an outlet told between the verb and the speaker's name. Made-up sentences,
grouped by mechanism and language."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from tests.quote_probes import romance_speaker as _speaker
from newsbeam.transforms.quotes.told_outlets import outlet_words



# lexicon_es.PHRASE_VERBS: "dio a conocer", "hizo hincapié en", "puso de relieve", "dejó claro",
# in the preterite, the present and the perfect; the participle alone is no cue.
@pytest.mark.parametrize("body, words, speaker", [
    ("«Habrá más médicos en verano», dio a conocer Rosa Medina Ortiz este martes.",
     "Habrá más médicos en verano", "Rosa Medina Ortiz"),
    ("La consejera Rosa Medina Ortiz dio a conocer que la obra «estará lista en mayo».",
     "estará lista en mayo", "Rosa Medina Ortiz"),
    ("Tomás Ferrer Sanz hizo hincapié en que el convenio «no se toca».", "no se toca", "Tomás Ferrer Sanz"),
    ("Tomás Ferrer Sanz ha hecho hincapié en que el convenio «no se toca».", "no se toca", "Tomás Ferrer Sanz"),
    ("«El convenio no se toca», hace hincapié Tomás Ferrer Sanz.", "El convenio no se toca", "Tomás Ferrer Sanz"),
    ("Tomás Ferrer Sanz puso de relieve que el puerto «pierde tráfico».", "pierde tráfico", "Tomás Ferrer Sanz"),
    ("Tomás Ferrer Sanz ha puesto de manifiesto que el puerto «pierde tráfico».",
     "pierde tráfico", "Tomás Ferrer Sanz"),
    ("Tomás Ferrer Sanz dejó claro que no piensa «tirar la toalla».", "tirar la toalla", "Tomás Ferrer Sanz"),
    # "dado a conocer" without an auxiliary is an adjective: no cue
    ("El estudio dado a conocer ayer habla de una «década perdida».", "década perdida", None),
])
def test_spanish_phrase_verbs(body, words, speaker):
    assert _speaker("es", body, words) == speaker


# lexicon_fr.PHRASE_VERBS: "a fait valoir", "a mis en garde", "a tenu à rappeler".
@pytest.mark.parametrize("body, words, speaker", [
    ("« Le dossier n'est pas clos », a fait valoir Hélène Garnier mercredi.",
     "Le dossier n'est pas clos", "Hélène Garnier"),
    ("Hélène Garnier a fait valoir que la mesure était « provisoire ».", "provisoire", "Hélène Garnier"),
    ("Hélène Garnier fait valoir que la mesure est « provisoire ».", "provisoire", "Hélène Garnier"),
    ("Hélène Garnier a mis en garde contre un « recul sans précédent ».", "recul sans précédent", "Hélène Garnier"),
    ("« Le dossier n'est pas clos », a tenu à rappeler Hélène Garnier.", "Le dossier n'est pas clos",
     "Hélène Garnier"),
    ("Hélène Garnier a tenu à préciser que le texte serait « réécrit ».", "réécrit", "Hélène Garnier"),
    # "mis en garde par" without an auxiliary is a passive participle: no cue
    ("Le projet mis en garde par la commission évoque une « impasse ».", "impasse", None),
])
def test_french_phrase_verbs(body, words, speaker):
    assert _speaker("fr", body, words) == speaker


# lexicon_pt.PHRASE_VERBS: "fez questão de frisar", "chamou a atenção para", "deixou claro".
@pytest.mark.parametrize("body, words, speaker", [
    ("«A greve não nos assusta», fez questão de frisar Sérgio Antunes Lima.",
     "A greve não nos assusta", "Sérgio Antunes Lima"),
    ("Sérgio Antunes Lima fez questão de lembrar que o contrato «ainda vale».", "ainda vale", "Sérgio Antunes Lima"),
    ("Sérgio Antunes Lima chamou a atenção para o «custo escondido» da obra.", "custo escondido",
     "Sérgio Antunes Lima"),
    ("Sérgio Antunes Lima deixou claro que não vai «ceder um milímetro».", "ceder um milímetro",
     "Sérgio Antunes Lima"),
    ("«A greve não nos assusta», deixou claro Sérgio Antunes Lima.", "A greve não nos assusta",
     "Sérgio Antunes Lima"),
])
def test_portuguese_phrase_verbs(body, words, speaker):
    assert _speaker("pt", body, words) == speaker


# told_outlets, adjunct_subject._told_body, name_bounds.words_before_name: an agency or outlet
# told between the verb and the name; the name after it speaks, and the outlet is no part of it.
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", "«Los precios bajarán», declaró a EFE Rosa Medina Ortiz este martes.", "Los precios bajarán",
     "Rosa Medina Ortiz"),
    ("es", "«Los precios bajarán», ha explicado a Europa Press Rosa Medina Ortiz.", "Los precios bajarán",
     "Rosa Medina Ortiz"),
    ("fr", "« Les prix vont baisser », a déclaré à l'AFP Hélène Garnier mardi.", "Les prix vont baisser",
     "Hélène Garnier"),
    ("fr", "« Les prix vont baisser », explique au Monde Hélène Garnier.", "Les prix vont baisser",
     "Hélène Garnier"),
    ("fr", "« Les prix vont baisser », a confié à Libération Hélène Garnier.", "Les prix vont baisser",
     "Hélène Garnier"),
    ("pt", "«Os preços vão baixar», disse à Folha Sérgio Antunes Lima.", "Os preços vão baixar",
     "Sérgio Antunes Lima"),
    ("pt", "«Os preços vão baixar», afirmou à Lusa Sérgio Antunes Lima.", "Os preços vão baixar",
     "Sérgio Antunes Lima"),
    ("pt", "«Os preços vão baixar», disse à reportagem Sérgio Antunes Lima.", "Os preços vão baixar",
     "Sérgio Antunes Lima"),
    ("es", "«Los precios bajarán», declaró a El País Rosa Medina Ortiz.", "Los precios bajarán",
     "Rosa Medina Ortiz"),
    ("fr", "« Les prix vont baisser », a confié au Figaro Hélène Garnier.", "Les prix vont baisser",
     "Hélène Garnier"),
    ("pt", "«Os preços vão baixar», disse à CNN Brasil Sérgio Antunes Lima.", "Os preços vão baixar",
     "Sérgio Antunes Lima"),
    # the name after the preposition is the listener's: no speaker
    ("es", "«Los precios bajarán», dijo a Andrés Vidal.", "Los precios bajarán", None),
    ("es", "«Los precios bajarán», dijo a Andrés Vidal Rosa Medina Ortiz.", "Los precios bajarán", None),
    ("fr", "« Les prix vont baisser », a dit à Paul Mercier.", "Les prix vont baisser", None),
    ("pt", "«Os preços vão baixar», disse a Pedro Alves.", "Os preços vão baixar", None),
])
def test_outlet_told(lang, body, words, speaker):
    assert _speaker(lang, body, words) == speaker


@pytest.mark.parametrize("words, n", [
    (["EFE", "Ana", "Ruiz"], 1), (["l'AFP", "Ana"], 1), (["Europa", "Press", "Ana"], 2),
    (["Monde", "Jean"], 1), (["CNN", "Brasil", "Ana"], 2), (["CNN", "Ana"], 1), (["Journal", "du", "Dimanche", "Jean"], 3), (["Juan", "Pérez"], 0),
    (["efe"], 0), ([], 0),
])
def test_outlet_words(words, n):
    assert outlet_words(words) == n


# implied._given_named: in Spanish and Portuguese a person named once with no title who opens a
# sentence speaks through the verb without a subject after it; not a place further in.
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", "Teresa Gallardo Ruiz llegó al pleno pasadas las once.\n«No pienso dimitir», dijo.",
     "No pienso dimitir", "Teresa Gallardo Ruiz"),
    ("es", "Teresa Gallardo Ruiz llegó al pleno pasadas las once. «No pienso dimitir», afirmó.",
     "No pienso dimitir", "Teresa Gallardo Ruiz"),
    ("pt", "Rodrigo Santos Pereira chegou ao plenário depois das onze.\n«Não vou renunciar», afirmou.",
     "Não vou renunciar", "Rodrigo Santos Pereira"),
    # a name inside the sentence, after a place noun and a conjunction: no one
    ("es", "El proyecto prohíbe plantar pinos en la zona de Tacuarí y Sierra de Olmos. «Es una buena noticia», "
           "afirmó.", "Es una buena noticia", None),
])
def test_named_once_then_dropped_subject(lang, body, words, speaker):
    assert _speaker(lang, body, words) == speaker


# implied._singular_verb: a verb in several words with no subject after a quote ("«…», dio a
# conocer."), in the singular ("dieron a conocer" is someone else's plural).
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", "La consejera Teresa Gallardo Ruiz llegó al pleno pasadas las once. «No pienso dimitir», "
           "dio a conocer.", "No pienso dimitir", "Teresa Gallardo Ruiz"),
    ("pt", "A ministra Ana Paula Reis chegou ao plenário depois das onze. «Não vou renunciar», "
           "fez questão de frisar.", "Não vou renunciar", "Ana Paula Reis"),
    ("es", "La consejera Teresa Gallardo Ruiz llegó al pleno pasadas las once. «No pienso dimitir», "
           "dieron a conocer.", "No pienso dimitir", None),
])
def test_phrase_verb_dropped_subject(lang, body, words, speaker):
    assert _speaker(lang, body, words) == speaker


# names._forms_of: a lowercase particle inside a Spanish name is no title ("Del." abbreviates
# Delegate before a name, "del" is a particle): "Rosario del Pilar Méndez" stays whole.
@pytest.mark.parametrize("lang, body, words, speaker", [
    ("es", "«No vamos a firmar nada», dijo Rosario del Pilar Méndez.", "No vamos a firmar nada",
     "Rosario del Pilar Méndez"),
    ("es", "«No vamos a firmar nada», afirmó la jueza María del Carmen Olivares.", "No vamos a firmar nada",
     "María del Carmen Olivares"),
])
def test_particle_inside_name(lang, body, words, speaker):
    assert _speaker(lang, body, words) == speaker


def test_delegate_title_still_cut():
    body = "“We will not sign anything,” said Del. Robert Kline of Fairfax, who chairs the panel."
    quotes = extract_quotes("", [], body, "en")
    assert [q.speaker for q in quotes] == ["Robert Kline"]


def test_outlet_told_after_another_speaker():
    """The quote's own subject after the outlet told, not the speaker of the quote before."""
    body = ("« C'est injuste », explique Paul Garnier.\n\n« Rien ne change », a déclaré au Parisien "
            "Jean Dumont.")
    assert _speaker("fr", body, "Rien ne change") == "Jean Dumont"
