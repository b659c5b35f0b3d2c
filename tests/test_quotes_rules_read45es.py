"""Speakers, stop 45 (read45es, the second read of es45, issue 16): made-up sentences and names of
our own, in the style of Spanish and Portuguese agency copy, court and sport pages and culture
reviews, where es45's rules gave a wrong name or a wrong kind before this mend.

- a pointing sentence ("Así lo dijo X …") between two quotes names the next quote's speaker only
  when it ends before that quote with a stop and names no one else speaking (no other reporting
  verb, no quote inside it);
- an incise verb whose name is followed by an object of its own ("«Motomami», lanza Rosalía
  su disco") is no incise; Spanish "cita a X" quotes X;
- a noun of an incise verb's form after an article ("la sentencia del juez X", "la denuncia de
  la asociación X") is the noun: the subject runs on to the name (es45 cut it to "la");
- a capitalized title of a work set off by commas after a noun ("Su última novela, «El viaje»,
  cuenta la vida de …") is the sentence's, not a quote of the verb after it.

Every sentence and name here is our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _quotes(body: str, lang: str):
    return extract_quotes("Un titular", [], body, lang)


# --- the pointing sentence: someone else speaks inside it ---

@pytest.mark.parametrize("body, last", [
    # a relative clause with its own reporting verb: the one who answers may be the next speaker
    ("«El plan llega tarde», ha dicho el portavoz. Así lo ha explicado el alcalde, Jacinto Morales, a "
     "la consejera Berta Ocaña, que respondió con dureza. «No hay dinero para esto», ha insistido.", None),
    # the pointing sentence runs on into the quote: the quote is the daughter's answer
    ("«Hemos cumplido», afirmó el técnico. Así lo dijo Ramiro Vela a su hija, Nuria Vela, que le "
     "contestó: «Lo sé».", None),
])
def test_pointing_sentence_with_another_speaker_names_no_one(body, last):
    assert _quotes(body, "es")[-1].speaker == last


@pytest.mark.parametrize("body, speaker", [
    # the mechanism still reads a plain pointing sentence (kept)
    ("«Hemos cumplido», ha afirmado. Así se ha pronunciado el consejero de Sanidad, Rogelio Páez, en "
     "el pleno. La oposición le reprochó los recortes. «Mienten», ha replicado.", "Rogelio Páez"),
    ("«Hay que irse», le dijo su madre. Así lo recuerda Olvido Sanz, que entonces tenía ocho años. "
     "«Salimos de noche», relata.", "Olvido Sanz"),
])
def test_plain_pointing_sentence_still_names_the_next_speaker(body, speaker):
    assert _quotes(body, "es")[-1].speaker == speaker


# --- an incise verb with an object of its own; "cita a" ---

@pytest.mark.parametrize("lang, body", [
    ("es", "«Marea alta», lanza Lucía Bernal este viernes su disco más personal."),
    ("es", "«El forastero», lanza Tomás Rey su tercer álbum."),
    ("es", "«La memoria es un río», cita a Machado la profesora Irene Collado."),
])
def test_incise_verb_with_an_object_or_a_cited_author_names_no_one(lang, body):
    assert [q.speaker for q in _quotes(body, lang)] == [None]


@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "«Lo dejamos todo», cuenta Irene Collado a EFE.", "Irene Collado"),
    ("es", "«Lo dejamos todo», cuenta Irene Collado el lunes en Valladolid.", "Irene Collado"),  # a time, no object
    ("pt", "“Perdemos tudo”, conta Ana Souza no domingo.", "Ana Souza"),
    # a noun of speech as the object is the incise's own ("lanzó X una pregunta"): main's answer kept
    ("es", "«¿Quién paga esto?», lanzó Irene Collado una pregunta al aire.", "Irene Collado"),
    ("es", "«Nos vamos», lanzó Irene Collado un aviso a sus socios.", "Irene Collado"),
    ("pt", "“Chega”, disparou Ana Souza uma crítica ao governo.", "Ana Souza"),
    ("es", "«¿Quién paga esto?», pregunta la vecina Irene Collado.", "Irene Collado"),
])
def test_incise_verb_without_object_still_names(lang, body, speaker):
    assert _quotes(body, lang)[0].speaker == speaker


# --- a title of a work set off by commas after a noun ---

@pytest.mark.parametrize("lang, body", [
    ("es", "Su última novela, «La casa del faro», cuenta la vida de Amparo Gil, una maestra rural."),
    ("es", "La película de Andrés Lobo, «Verano», describe la infancia del director en Almería."),
    ("es", "El documental, «Sin techo», denuncia la situación de los desahuciados del barrio."),
    ("pt", "O filme de Rui Matos, “Cidade do Sul”, conta a história de Dora e Tiago."),
])
def test_title_set_off_by_commas_is_no_quote_of_the_verb(lang, body):
    q = _quotes(body, lang)[0]
    assert q.speaker is None and q.rule is None  # no attribution (es45: the verb after it)


# --- a noun of an incise verb's form after an article ---

@pytest.mark.parametrize("body, speaker", [
    ("«Hubo fraude», señaló la denuncia de la asociación Vecinos del Sur.", "Vecinos del Sur"),
    # a ruling's named author (docs/gold-annotation.md, "Written text"), as main read it
    ("«Hubo negligencia», dijo. Así lo señala la sentencia del juez Marcos Díaz. «No cabe recurso», "
     "añadió.", "Marcos Díaz"),
])
def test_noun_of_a_verb_form_after_an_article_does_not_cut_the_subject(body, speaker):
    assert _quotes(body, "es")[-1].speaker == speaker
