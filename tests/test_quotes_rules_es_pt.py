"""Spanish and Portuguese attribution shapes (issue 16), on made-up sentences, grouped by rule:
"De acuerdo con X," / "De acordo com X," opening a sentence; a subject that is a description
("el equipo legal que defiende a X", "A deputada do partido pondera que ... X") never passes
its speech to a name inside its clause or complement (rather null than wrong); the holder's
own name in apposition still does."""
from __future__ import annotations

import pytest

from tests.records import quote_with_words

# Some text in the language first, so the name index sees the people as people.
ES = "Ramón Quiroga Vidal es alcalde de Cuenca desde 2019. Quiroga Vidal visitó la obra el lunes.\n\n"
PT = "Rodrigo Almeida Prado é senador desde 2019. Almeida Prado votou contra a proposta na terça.\n\n"


@pytest.mark.parametrize("lang,text,words,speaker", [
    # according_opener
    ("es", ES + "De acuerdo con Ramón Quiroga Vidal, «la obra estará lista en marzo».",
     "la obra estará lista en marzo", "Ramón Quiroga Vidal"),
    ("es", ES + "De acuerdo a Ramón Quiroga Vidal, «nadie pagará más».", "nadie pagará más", "Ramón Quiroga Vidal"),
    # a document or "lo que ..." after the opener names no one
    ("es", ES + "De acuerdo a lo que supo este diario, «la obra está parada».", "la obra está parada", None),
    ("es", ES + "De acuerdo con el informe, «la obra está parada».", "la obra está parada", None),
])
def test_according_opener(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words,speaker", [
    # a name after the personal "a" is the object of the description's verb
    ("es", ES + "Ante esto, el equipo legal que defiende a Ramón Quiroga Vidal aseguró que «no hay pruebas».",
     "no hay pruebas", None),
    # a name in the complement of a described subject, in the sentence before a dropped subject
    ("es", ES + "El abogado de Ramón Quiroga Vidal habló con la prensa el martes. «No hay pruebas», dijo.",
     "No hay pruebas", None),
    ("pt", PT + "A deputada do partido pondera que não há acordo entre Rodrigo Almeida Prado e o governo. "
     "\"É um erro grave\", afirmou.", "É um erro grave", None),
])
def test_described_subject_is_nobody_named(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words,speaker", [
    # the holder's name in apposition to the description still speaks through the dropped subject
    ("pt", PT + "O senador Rodrigo Almeida Prado criticou a proposta. \"É um absurdo\", disse.",
     "É um absurdo", "Rodrigo Almeida Prado"),
])
def test_described_subject_with_its_name(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words,speaker", [
    ("pt", PT + "\"Vamos votar contra a proposta\", assegurou Rodrigo Almeida Prado.",
     "Vamos votar contra a proposta", "Rodrigo Almeida Prado"),
    ("es", ES + "«La obra sigue en marcha», reveló Ramón Quiroga Vidal.",
     "La obra sigue en marcha", "Ramón Quiroga Vidal"),
])
def test_new_reporting_verbs(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


# Fullest name: a person first named with a given name and two surnames ("Lucía Fernández
# Ortega") and then by the two surnames is credited by the full name.
ES_TWO = ("La ministra de Trabajo, Lucía Fernández Ortega, se reunió con los sindicatos. Fernández Ortega "
          "llegó temprano.\n\n")


@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", ES_TWO + "«No habrá despidos en el sector», dijo Fernández Ortega.", "No habrá despidos en el sector",
     "Lucía Fernández Ortega"),
    ("es", ES_TWO + "Para Fernández Ortega, «el diálogo sigue abierto con todos».", "el diálogo sigue abierto con todos",
     "Lucía Fernández Ortega"),
])
def test_two_surnames_take_the_given_name(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


PT_TITLE = "A ministra da Saúde, Ana Beatriz Souto, reuniu-se com os prefeitos. Souto chegou cedo.\n\n"


@pytest.mark.parametrize("lang,text,words,speaker", [
    # Portuguese "a" before a title is the article, not "to": the role's holder speaks
    ("pt", PT_TITLE + "Segundo a ministra, \"todos serão vacinados até março\".", "todos serão vacinados até março",
     "Ana Beatriz Souto"),
    ("pt", PT_TITLE + "\"Vamos vacinar todos até março\", disse a ministra.", "Vamos vacinar todos até março",
     "Ana Beatriz Souto"),
])
def test_portuguese_article_before_a_title(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", ES + "«La obra estará lista —aseguró Ramón Quiroga Vidal— antes de las lluvias de marzo».",
     "La obra estará lista —aseguró Ramón Quiroga Vidal— antes de las lluvias de marzo", "Ramón Quiroga Vidal"),
    ("pt", PT + "\"A votação fica para março — disse Rodrigo Almeida Prado — e não antes\".",
     "A votação fica para março — disse Rodrigo Almeida Prado — e não antes", "Rodrigo Almeida Prado"),
    # a dash aside that is no attribution names no one
    ("es", ES + "«La obra estará lista —y lo digo en serio— antes de las lluvias de marzo».",
     "La obra estará lista —y lo digo en serio— antes de las lluvias de marzo", None),
])
def test_inner_dash_incise(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


# Reporting verbs from the table of common speech verbs (lexicon_es/pt.SPEECH_VERBS): any tense
# of the table (preterite, present, imperfect; singular or plural), not only the forms met in
# the dev errors.
@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", ES + "«Eso nunca pasó», desmintió Ramón Quiroga Vidal.", "Eso nunca pasó", "Ramón Quiroga Vidal"),
    ("es", ES + "«Faltan camiones», replicaba Ramón Quiroga Vidal.", "Faltan camiones", "Ramón Quiroga Vidal"),
    ("es", ES + "«Seguiremos», remachó Ramón Quiroga Vidal.", "Seguiremos", "Ramón Quiroga Vidal"),
    ("pt", PT + "\"Ninguém nos ouviu\", desabafou Rodrigo Almeida Prado.", "Ninguém nos ouviu", "Rodrigo Almeida Prado"),
    ("pt", PT + "\"O prazo acabou\", esclarece Rodrigo Almeida Prado.", "O prazo acabou", "Rodrigo Almeida Prado"),
    ("pt", PT + "\"Vamos recorrer\", retrucou Rodrigo Almeida Prado.", "Vamos recorrer", "Rodrigo Almeida Prado"),
])
def test_speech_verb_table(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


def test_speech_verb_table_leaves_out_nouns():
    from newsbeam.transforms.quotes.lexicon_es import AFTER_QUOTE_CUES as ES_AFTER, CUES as ES_CUES
    from newsbeam.transforms.quotes.lexicon_pt import AFTER_QUOTE_CUES as PT_AFTER, CUES as PT_CUES
    # (es45: the nouns are cues only in an incise, right after a quote and its comma:
    # lexicon_*.AFTER_QUOTE_VERBS, never anywhere else)
    assert {"replicó", "desmentía", "sostienen"} <= ES_CUES and not {"cuenta", "pregunta", "cita"} & (ES_CUES - ES_AFTER)
    assert {"desabafou", "esclarece", "diziam"} <= PT_CUES and not {"conta", "pergunta", "cita"} & (PT_CUES - PT_AFTER)


# departments.without_department: a title's department between the title and the name, with no
# comma, is no part of the name, before or after the quote.
@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", "La jueza de Instrucción Marta Ibáñez Soler sostuvo que «no hay pruebas nuevas».",
     "no hay pruebas nuevas", "Marta Ibáñez Soler"),
    ("es", "«No hay pruebas nuevas», afirmó la jueza de Instrucción Marta Ibáñez Soler.",
     "No hay pruebas nuevas", "Marta Ibáñez Soler"),
    ("es", "Así lo explicó el ministro de Vivienda Tomás Arce: «Faltan casas».", "Faltan casas", "Tomás Arce"),
    ("pt", "\"O prazo acabou\", disse o ministro da Fazenda Otávio Lins.", "O prazo acabou", "Otávio Lins"),
    ("pt", "A juíza da Infância Carla Mendes Rocha afirmou que \"a guarda fica com a mãe\".",
     "a guarda fica com a mãe", "Carla Mendes Rocha"),
    # a place after "de" that is no department of a title is left alone
    ("es", "«Vamos a ganar», dijo el presidente de Chile Tomás Arce Rivas.", "Vamos a ganar", "Tomás Arce Rivas"),
])
def test_department_between_title_and_name(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


# adjunct_subject.subject_after_adjunct: after the verb that follows a quote, an adjunct (to
# whom, where, when) and then the subject.
@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", "«No hay pruebas», contestó vía Twitter el exgobernador Luis Ortega Vial.", "No hay pruebas",
     "Luis Ortega Vial"),
    ("es", "«No habrá recortes», aseguró este lunes a Radio Sur la diputada Inés Carvallo.", "No habrá recortes",
     "Inés Carvallo"),
    ("es", "«No habrá recortes», señaló en rueda de prensa el alcalde Inés Carvallo.", "No habrá recortes",
     "Inés Carvallo"),
    ("es", "«No habrá recortes», dijo este martes Inés Carvallo en Quito.", "No habrá recortes", "Inés Carvallo"),
    ("pt", "\"Não há vacinas\", afirmou ao jornal o ministro Otávio Lins Prado.", "Não há vacinas", "Otávio Lins Prado"),
    ("pt", "\"Não há vacinas\", disse nesta terça a deputada Carla Mendes.", "Não há vacinas", "Carla Mendes"),
    # an adjunct and no subject after it: no one named (never a word of the adjunct)
    ("es", "«Vamos a ganar», dijo en la radio la mañana del lunes.", "Vamos a ganar", None),
    # an agency told (an acronym: told_outlets, stop 40 rom40b): the name after it speaks, and
    # the name index no longer reads "EFE Inés Carvallo"
    ("es", "«No habrá recortes», explicó a EFE Inés Carvallo.", "No habrá recortes", "Inés Carvallo"),
    # a person told, not an outlet: no one named as the speaker (never "Pérez Gil")
    ("es", "«No habrá recortes», explicó a Juan Pérez Gil.", "No habrá recortes", None),
])
def test_subject_after_an_adjunct(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


# for_person with a title: "Para el economista X, ...", "Para la ministra, ..." (the holder of the
# title the article named before, else null); never a body ("Para el gobierno").
@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", "Para la diputada Inés Carvallo Ríos, la reforma es «un retroceso».", "un retroceso", "Inés Carvallo Ríos"),
    ("pt", "Para o senador Otávio Lins Prado, a reforma é \"um retrocesso\".", "um retrocesso", "Otávio Lins Prado"),
    ("es", "La ministra de Trabajo, Inés Carvallo Ríos, habló el lunes.\n\nPara la ministra, la reforma es "
     "«un retroceso».", "un retroceso", "Inés Carvallo Ríos"),
    ("es", "Para el gobierno, la reforma es «un retroceso».", "un retroceso", None),
])
def test_for_person_with_a_title(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


def test_two_word_department_before_a_lead_in_names_no_one():
    # "Vara Criminal": never "Criminal Carla ..."; since stop 46 the run's one given name sets
    # where the name starts (place_then_name), and the holder is read; with no given name, or
    # two, it stays null.
    text = "A juíza da Vara Criminal Carla Mendes Rocha afirmou que \"a guarda fica com a mãe\"."
    assert quote_with_words(text, "pt", "a guarda fica com a mãe").speaker == "Carla Mendes Rocha"
    text = "A juíza da Vara Criminal Mendes Rocha afirmou que \"a guarda fica com a mãe\"."
    assert quote_with_words(text, "pt", "a guarda fica com a mãe").speaker is None


# appositives.complement_before: a body named with its acronym at the end of a longer appositive
# ("..., integrante de la Asociación Vecinal (AVU), dijo") is no subject: the person before is.
@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", "Marta Ibáñez Soler, vecina del barrio e integrante de la Junta Vecinal de Lomas (JVL), dijo que "
     "«no hay agua desde marzo».", "no hay agua desde marzo", "Marta Ibáñez Soler"),
    ("pt", "Otávio Lins Prado, coordenador da Associação de Moradores do Centro (AMC), disse que \"a obra parou\".",
     "a obra parou", "Otávio Lins Prado"),
    # a name and its party in parentheses: the comma after it still sets nothing off
    ("es", "Marta Ibáñez Soler (PS), dijo que «la ley es un error».", "la ley es un error", "Marta Ibáñez Soler"),
])
def test_body_with_acronym_in_an_appositive(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


# according_after: ", de acuerdo con X" / ", de acordo com X" right after a quote, closing its
# sentence (or followed by X's apposition); a document after it names no one.
@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", "«El puente abrirá en mayo», de acuerdo con el alcalde Inés Carvallo Ríos.", "El puente abrirá en mayo",
     "Inés Carvallo Ríos"),
    ("es", "El puente costará «el doble», de acuerdo con Inés Carvallo Ríos, ingeniera municipal.", "el doble",
     "Inés Carvallo Ríos"),
    ("pt", "A ponte vai custar \"o dobro\", de acordo com o prefeito Otávio Lins Prado.", "o dobro",
     "Otávio Lins Prado"),
    ("es", "El puente costará «el doble», de acuerdo con el informe.", "el doble", None),
])
def test_according_after_the_quote(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


# "miembro", "integrante": roles written before a name like titles; after "según" + verb + an
# adjunct, the long description set off by a comma gives way to the name.
def test_member_is_a_title_after_an_adjunct():
    text = ("El plan es «urgente y necesario», según valoró al cierre de la sesión el miembro del Consejo "
            "Directivo y secretario de Finanzas de la Federación, Tomás Arce Rivas.")
    assert quote_with_words(text, "es", "urgente y necesario").speaker == "Tomás Arce Rivas"


# as_said: "como el mismo dijo" is "como él mismo dijo" without its accent; "el" before any
# other word is the article, no pronoun.
@pytest.mark.parametrize("text,words,speaker", [
    ("El alcalde Julián Ortega Paz viajó a Cuenca. La gestión del joven alcalde, que ha tenido, como el "
     "mismo dijo, un arranque \"accidentado\", sigue en duda.", "accidentado", "Julián Ortega Paz"),
    ("La jueza Marta Ibáñez Soto cerró el caso. Su fallo, como la misma dijo, fue \"inapelable\" para todos.",
     "inapelable", None),
    ("El alcalde Julián Ortega Paz viajó a Cuenca. El puente, como el informe dijo, es \"un desastre\" total.",
     "un desastre", None),
])
def test_as_said_without_accent(text, words, speaker):
    q = quote_with_words(ES + text, "es", words)
    assert q.speaker == speaker
    if speaker:
        assert q.rule == "as_said"


# named_after_complement: a subject that opens on an article and a noun that is no known title,
# its complement, then a full name between commas ("La convencional de la Coordinadora, Ana
# Ruiz, cree ..."): the name. One capitalized word, or a capital after the second comma, is no
# such subject.
@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", "La vocal de la Junta Vecinal de Cuenca, Marta Ibáñez Soto, cree que la norma acabará siendo "
     "«papel mojado» en manos del pleno.", "papel mojado", "Marta Ibáñez Soto"),
    ("pt", "A moradora do bairro da Lapa, Carla Mendes Lima, acredita que a regra será "
     "\"letra morta\" nas mãos do prefeito.", "letra morta", "Carla Mendes Lima"),
    ("es", "La ciudad de Cuenca, Quito y Lima, creen que la norma acabará siendo «papel mojado» en manos del "
     "pleno.", "papel mojado", None),
])
def test_named_after_complement(lang, text, words, speaker):
    assert quote_with_words((ES if lang == "es" else PT) + text, lang, words).speaker == speaker


# quoted_nickname: a quoted acronym spelled out as a person's name in the article, before a
# reporting verb whose clause opens the quote; an acronym the article does not spell out, or a
# verb followed by its own subject, credits no one through it.
@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", "El exgobernador Martín Ruiz Osorio fue citado. Osorio no fue. Luego, “MRO” (como lo llaman en su pueblo) "
     "respondió vía Twitter que “todo es mentira”, y añadió que “el juez lo sabe”.", "el juez lo sabe",
     "Martín Ruiz Osorio"),
    ("pt", "O ex-governador Martim Ruas Osório foi citado. Osório não foi. Depois, “MRO” afirmou que “tudo é mentira”.",
     "tudo é mentira", "Martim Ruas Osório"),
    ("es", "El exgobernador fue citado. Luego, “MRO” respondió que “todo es mentira” ante la prensa.",
     "todo es mentira", None),
    ("es", "La Mesa de Revisión Obrera fue citada. Luego, “MRO” respondió que “todo es mentira”.",
     "todo es mentira", None),
])
def test_quoted_nickname(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words,speaker", [
    # inverted_description: an unnamed subject after the verb is a new speaker, not the one before
    ("es", ES + "El alcalde Ramón Quiroga Vidal visitó el barrio. «Aquí nadie limpia nada», dijo un vecino.",
     "Aquí nadie limpia nada", None),
    ("es", ES + "El alcalde Ramón Quiroga Vidal recorrió la plaza. «No firmará ningún acuerdo», dijo su abogada.",
     "No firmará ningún acuerdo", None),
    ("es", ES + "El alcalde Ramón Quiroga Vidal perdió el recurso. «No consta ningún pago», señala la resolución del juzgado.",
     "No consta ningún pago", None),
    ("es", ES + "El alcalde Ramón Quiroga Vidal perdió el recurso. «No consta ningún pago», sostiene parte del informe.",
     "No consta ningún pago", None),
    ("pt", PT + "O senador Rodrigo Almeida Prado visitou o bairro. \"Aqui ninguém limpa nada\", disse um morador.",
     "Aqui ninguém limpa nada", None),
    ("pt", PT + "O senador Rodrigo Almeida Prado perdeu o recurso. \"Não consta pagamento\", diz o relatório da polícia.",
     "Não consta pagamento", None),
    # a definite description of one person, a title, a time phrase or a listener: read by the other rules
    ("es", ES + "El alcalde Ramón Quiroga Vidal visitó el barrio. «Volveremos pronto», dijo el funcionario.",
     "Volveremos pronto", "Ramón Quiroga Vidal"),
    ("es", ES + "El alcalde Ramón Quiroga Vidal visitó el barrio. «Volveremos pronto», dijo el lunes.",
     "Volveremos pronto", "Ramón Quiroga Vidal"),
    ("es", ES + "El alcalde Ramón Quiroga Vidal visitó el barrio. «Volveremos pronto», dijo a la prensa.",
     "Volveremos pronto", "Ramón Quiroga Vidal"),
    ("pt", PT + "O senador Rodrigo Almeida Prado visitou o bairro. \"Voltaremos logo\", disse o senador.",
     "Voltaremos logo", "Rodrigo Almeida Prado"),
])
def test_inverted_description(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


# Some text where the person is credited once, so the name index knows them as a person.
ES_SAID = "El alcalde Ramón Quiroga Vidal visitó la obra el lunes. «Vamos bien», dijo Quiroga Vidal.\n\n"
PT_SAID = "O senador Rodrigo Almeida Prado votou contra a proposta. \"Foi um erro\", disse Almeida Prado.\n\n"


@pytest.mark.parametrize("lang,text,words,speaker", [
    # a paragraph that opens on a reporting verb with no subject goes on about the one before
    ("es", ES_SAID + "Quiroga Vidal habló con la prensa.\n\nRelató que el puente sigue cerrado. «No llegó el dinero», explicó.",
     "No llegó el dinero", "Ramón Quiroga Vidal"),
    ("es", ES_SAID + "Además, contó que el puente sigue cerrado. «No llegó el dinero», explicó.",
     "No llegó el dinero", "Ramón Quiroga Vidal"),
    ("pt", PT_SAID + "Contou que a ponte segue fechada. \"O dinheiro não chegou\", afirmou.",
     "O dinheiro não chegou", "Rodrigo Almeida Prado"),
    # a paragraph that opens on its own subject, or a plural verb: not the one before
    ("es", ES_SAID + "Los vecinos protestaron el martes. «No llegó el dinero», explicó.", "No llegó el dinero", None),
    ("es", ES_SAID + "Relataron que el puente sigue cerrado. «No llegó el dinero», explicó.", "No llegó el dinero", None),
])
def test_paragraph_opening_on_its_verb(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words,speaker", [
    # a name after a preposition and an article, inside the subject, is not the subject
    ("es", ES_SAID + "Una fuente al interior de la Comisión de Hacienda señala que «no hay dinero para el puente».",
     "no hay dinero para el puente", None),
    ("pt", PT_SAID + "Uma fonte de dentro da Comissão de Finanças afirmou que \"não há dinheiro para a ponte\".",
     "não há dinheiro para a ponte", None),
    # a spokesperson of the body still speaks for it; a name that is the subject still speaks
    ("es", ES_SAID + "Un portavoz del Ministerio de Obras Públicas dijo que «no hay dinero para el puente».",
     "no hay dinero para el puente", "Ministerio de Obras Públicas"),
    ("es", ES_SAID + "La jueza de Ejecución Ana Ruiz Soto dijo que «no hay dinero para el puente».",
     "no hay dinero para el puente", "Ana Ruiz Soto"),
])
def test_name_inside_the_subject(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words,speaker", [
    # a sentence that tells what its subject did, with no verb of saying: the writer's phrase
    ("es", ES_SAID + "Quiroga Vidal viaja este jueves a su «tierra querida», donde ganó en 2019.", "tierra querida", None),
    ("pt", PT_SAID + "Almeida Prado viaja nesta quinta para sua \"terra querida\", onde venceu em 2019.",
     "terra querida", None),
    # a verb of saying, believing or labelling (or a saying verb's infinitive): the subject's words
    ("es", ES_SAID + "Quiroga Vidal dijo a la radio que se ven «calles enteras sin luz».", "calles enteras sin luz",
     "Ramón Quiroga Vidal"),
    ("pt", PT_SAID + "Almeida Prado classificou os cortes como \"um desastre anunciado\".", "um desastre anunciado",
     "Rodrigo Almeida Prado"),
    ("pt", PT_SAID + "Almeida Prado voltou a comentar que os cortes são \"um desastre anunciado\".",
     "um desastre anunciado", "Rodrigo Almeida Prado"),
])
def test_subject_of_a_sentence_that_reports(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


FR_SAID = "Le maire Jean-Luc Morel a visité le chantier lundi. « Nous avançons », a dit Morel.\n\n"


@pytest.mark.parametrize("text,words", [
    # French verbs of promising, demanding, revealing, suggesting, as in es/pt: the subject's words
    (FR_SAID + "Morel a promis « une nouvelle loi » en mars.", "une nouvelle loi"),
    (FR_SAID + "Morel a exigé « des comptes clairs » du préfet.", "des comptes clairs"),
    (FR_SAID + "Morel a suggéré « une pause » dans les travaux.", "une pause"),
])
def test_fr_promising_verbs_report_speech(text, words):
    assert quote_with_words(text, "fr", words).speaker == "Jean-Luc Morel"
