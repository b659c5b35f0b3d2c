"""Stop 42, kind42, on made-up sentences (issue 16, partial or scare): a quoted judgement that a
Spanish, Portuguese or French verb of judging gives ("calificó el plan de “…”", "classificou
como “…”", "a qualifié le projet de « … »") is someone's words, partial, whether or not a rule
reads who judged; a quote listed right after a judged one is judged with it. Names given by
naming verbs, nouns of the same stems and a verb whose "de" belongs to its object stay as they
were: rule ``judged_term``, transforms/quotes/judged_romance.py."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.judged_romance import romance_judgement


def _quote(body: str, words: str, lang: str):
    found = [q for q in extract_quotes("", None, body, language=lang) if q.text.startswith(words)]
    assert found, [q.text for q in extract_quotes("", None, body, language=lang)]
    return found[0]


def _judged(body: str, words: str) -> bool:
    at = body.index(words)
    return romance_judgement(body, max(body.rfind(m, 0, at) for m in "«“\""))


# -- a verb of judging and its preposition before the quote: someone's judgement, partial -----

@pytest.mark.parametrize("body,words,lang", [
    ("Los vecinos del barrio calificaron la nueva ordenanza de ruidos de “castigo injusto” durante "
     "la asamblea del martes en el centro cívico.", "castigo injusto", "es"),
    ("La asociación de comerciantes tildó el cierre del mercado —anunciado sin aviso previo— de "
     "“golpe mortal” para el barrio y pidió una reunión urgente.", "golpe mortal", "es"),
    ("Los pescadores de la costa califican la veda de «disparate» y «ocurrencia» de despacho, y "
     "piden que se revise antes del verano.", "ocurrencia", "es"),
    ("Os moradores da vila classificaram como “vergonhosa” a demora nas obras da ponte, que "
     "deveriam ter terminado no ano passado.", "vergonhosa", "pt"),
    ("A associação de ciclistas qualificou o novo plano de trânsito de “um retrocesso” para a "
     "cidade e prometeu recorrer à justiça.", "um retrocesso", "pt"),
    ("Les habitants du quartier ont qualifié le projet de parking de « gâchis » lors de la réunion "
     "publique organisée jeudi soir à la mairie.", "gâchis", "fr"),
    ("Plusieurs élus ont taxé la municipalité d'« amateurisme » après la fermeture soudaine de la "
     "piscine pendant tout l'été.", "amateurisme", "fr"),
])
def test_romance_judgement_is_partial(body, words, lang):
    q = _quote(body, words, lang)
    assert q.kind == "partial"


@pytest.mark.parametrize("body,words", [
    ("Los vecinos calificaron la ordenanza de “castigo injusto”.", "castigo injusto"),
    ("Os moradores classificaram como “vergonhosa” a demora.", "vergonhosa"),
    ("Les élus ont taxé le maire d'« amateurisme ».", "amateurisme"),
    ("Les riverains dénoncent ce chantier comme « une aberration ».", "une aberration"),
    ("Los técnicos califican la obra de «chapuza» y «despilfarro».", "despilfarro"),
])
def test_judging_shape_is_read(body, words):
    assert _judged(body, words)


# -- left as they were: nouns of the stems, naming verbs, a "de" of the object ----------------

@pytest.mark.parametrize("body,words", [
    ("El ayuntamiento cobra la tasa de “basuras” desde enero.", "basuras"),
    ("La calificación de “notable” llegó tarde.", "notable"),
    ("Le traité de « libre-échange » entre en vigueur.", "libre-échange"),
    ("A taxa de “juros” subiu outra vez.", "juros"),
    ("Le syndicat dénonce l'absence de « dialogue » dans l'entreprise.", "dialogue"),
    ("El llamado “plan B” se presentó ayer.", "plan B"),
    ("O chamado “centrão” voltou a crescer.", "centrão"),
    ("Los vecinos calificaron la ordenanza. Luego citaron el “reglamento”.", "reglamento"),
    ("Ce sont des métiers que je qualifierais de « discrets » et qui comptent.", "discrets"),
    ("Es una obra que yo calificaría de “menor” dentro de su carrera.", "menor"),
])
def test_other_shapes_are_no_judgement(body, words):
    assert not _judged(body, words)


# -- a plain term after an unnamed partial quote of the same sentence: partial, no one named ---

@pytest.mark.parametrize("body,words,lang", [
    ("Los analistas apuntan a que el plan es un acto de “improvisación” para calmar a los mercados, "
     "además de una muestra de “torpeza política” ante las elecciones.", "torpeza política", "es"),
    ("O vereador considera que a prefeitura “perdeu o rumo” no caso da ponte e escolheu uma saída "
     "“apressada” para a obra.", "apressada", "pt"),
])
def test_term_after_unnamed_partial_is_partial(body, words, lang):
    q = _quote(body, words, lang)
    assert (q.kind, q.speaker) == ("partial", None)


def test_term_in_a_new_sentence_stays_scare():
    body = ("Os moradores dizem que a obra “nunca termina”. A prefeitura lançou o programa "
            "“bairro limpo” na semana passada.")
    assert _quote(body, "bairro limpo", "pt").kind == "scare"


# -- German "sprechen von": the subject's word for the thing, partial --------------------------

@pytest.mark.parametrize("body,words", [
    ("Nach der Sitzung am Dienstag sprach die Bürgermeisterin von einem „Neuanfang“ für den "
     "Marktplatz und die Händler.", "Neuanfang"),
    ("Der Vorsitzende des Vereins spricht von „Wortbruch“, weil die Halle nun doch nicht saniert "
     "werden soll.", "Wortbruch"),
])
def test_german_speaks_of_is_partial(body, words):
    assert _quote(body, words, "de").kind == "partial"


def test_german_term_without_speaking_stays_scare():
    body = ("Die Gemeinde hat das Programm „Sauberer Bach“ im Frühjahr gestartet, die ersten "
            "Ergebnisse kommen im Herbst.")
    assert _quote(body, "Sauberer Bach", "de").kind == "scare"
