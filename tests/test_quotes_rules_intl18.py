"""Spanish, Portuguese and French shapes of stop 32 (issue 16), on made-up sentences, grouped by
rule. ``embedded_speaker``: a reporting verb inside the "que" clause of another, with a subject
of its own, leads into the quote for that subject (named, or described: null), never for the
outer subject; a quote in a later sentence does not go on with that inner speaker."""
from __future__ import annotations

import pytest

from tests.records import quote_with_words

# Some text in the language first, so the name index sees the people as people.
ES = "Lucía Ferrer Gil es actriz desde 2009. Ferrer Gil vive en Arequipa.\n\n"
PT = "Lucía Ferrer Gil é atriz desde 2009. Ferrer Gil mora em Braga.\n\n"
FR = "Lucie Ferrand est actrice depuis 2009. Lucie Ferrand vit à Nantes.\n\n"


@pytest.mark.parametrize("lang,text,words,speaker", [
    # the clause's subject named in apposition, or after its title
    ("es", ES + "Lucía Ferrer Gil, actriz de ‘Las tres hermanas’, recordó que su abuela, Rosa Quintero, siempre "
     "decía: ‘Aquí no se tira la comida’.", "Aquí no se tira la comida", "Rosa Quintero"),
    ("es", ES + "Lucía Ferrer Gil explicó que el alcalde Tomás Ibarra le dijo: «El teatro abre en abril».",
     "El teatro abre en abril", "Tomás Ibarra"),
    ("pt", PT + "Lucía Ferrer Gil lembrou que a avó, Rosa Quintero, sempre dizia: \"Aqui não se desperdiça comida\".",
     "Aqui não se desperdiça comida", "Rosa Quintero"),
    ("fr", FR + "Lucie Ferrand raconte que sa grand-mère, Rose Quintin, disait toujours : « On ne jette rien ici ».",
     "On ne jette rien ici", "Rose Quintin"),
    # described, not named: the one described speaks (null), not the teller
    ("es", ES + "Lucía Ferrer Gil contó que su abuelo siempre le decía: «Estudia mucho, hija».",
     "Estudia mucho, hija", None),
    ("pt", PT + "Lucía Ferrer Gil contou que o avô sempre lhe dizia: \"Estuda muito, filha\".",
     "Estuda muito, filha", None),
    ("fr", FR + "Lucie Ferrand raconte que son grand-père lui disait : « Travaille bien à l'école ».",
     "Travaille bien à l'école", None),
])
def test_embedded_speaker(lang, text, words, speaker):
    quote = quote_with_words(text, lang, words)
    assert quote.speaker == speaker
    assert quote.rule == "embedded_speaker"


@pytest.mark.parametrize("lang,text,words,speaker", [
    # no subject of its own in the clause: the outer subject goes on speaking
    ("es", ES + "Lucía Ferrer Gil afirmó que está feliz y dijo: «Vuelvo al teatro en mayo».",
     "Vuelvo al teatro en mayo", "Lucía Ferrer Gil"),
    ("es", ES + "Lucía Ferrer Gil aseguró que ayer le dijo: «Vuelvo al teatro en junio».",
     "Vuelvo al teatro en junio", "Lucía Ferrer Gil"),
    # an aside of the outer subject's inside the clause ("como ella misma dijo"): not read here
    ("es", ES + "Lucía Ferrer Gil afirmó que la obra, como ella misma dijo: «es un regalo».",
     "es un regalo", "Lucía Ferrer Gil"),
    # the inner verb does not lead into the quote: the outer subject's
    ("es", ES + "Lucía Ferrer Gil explicó que su abuelo dijo muchas cosas: «Todas eran sabias».",
     "Todas eran sabias", "Lucía Ferrer Gil"),
])
def test_embedded_speaker_not_read(lang, text, words, speaker):
    quote = quote_with_words(text, lang, words)
    assert quote.speaker == speaker
    assert quote.rule != "embedded_speaker"


@pytest.mark.parametrize("lang,text,words", [
    # a later sentence after an inner speaker's words: not that speaker's (null), nor the teller's
    ("es", ES + "Lucía Ferrer Gil recordó que su abuela, Rosa Quintero, siempre decía: ‘Aquí no se tira nada’, "
     "‘Cada plato se termina’. Mi abuela era maestra y se ‘partía en dos’ por sus nietos.", "partía en dos"),
    ("pt", PT + "Lucía Ferrer Gil lembrou que a avó, Rosa Quintero, sempre dizia: \"Aqui não se joga nada fora\". "
     "Ela era professora e se \"desdobrava\" pelos netos.", "desdobrava"),
])
def test_embedded_speaker_stays_in_its_sentence(lang, text, words):
    assert quote_with_words(text, lang, words).speaker is None


def test_embedded_speaker_list_in_one_sentence():
    text = ES + ("Lucía Ferrer Gil recordó que su abuela, Rosa Quintero, siempre decía: ‘Aquí no se tira nada’, "
                 "‘Cada plato se termina’.")
    assert quote_with_words(text, "es", "Cada plato se termina").speaker == "Rosa Quintero"


def test_english_not_read():
    text = "Ann Roe is an actress. Roe lives in Leeds.\n\nAnn Roe said that the mayor, Tom Ibbs, told her: \"We open in April.\""
    assert quote_with_words(text, "en", "We open in April.").rule != "embedded_speaker"


@pytest.mark.parametrize("lang,text,words,speaker", [
    # outlet_after: the outlet's name opens on its capitalized article, or follows a press noun
    ("es", ES + "«La temporada fue un fracaso», publicó El Observador.", "La temporada fue un fracaso", "El Observador"),
    ("es", ES + "«La temporada fue un fracaso», escribió el diario La Voz del Sur.", "La temporada fue un fracaso",
     "La Voz del Sur"),
    ("fr", FR + "« La saison est ratée », écrit Le Courrier picard.", "La saison est ratée", "Le Courrier picard"),
    ("fr", FR + "« La saison est ratée », peut-on lire dans Le Journal du Centre.", "La saison est ratée",
     "Le Journal du Centre"),
    ("pt", PT + "\"A temporada foi um fracasso\", publicou o jornal O Vigilante.", "A temporada foi um fracasso",
     "O Vigilante"),
    # a sentence that closes on the outlet after a list of quotes, no one else's verb between
    ("fr", FR + "Lucie Ferrand jouait « sans contrat », ni « assurance », écrit Le Courrier picard.", "sans contrat",
     "Le Courrier picard"),
    # the name stops at the sentence's stop
    ("fr", FR + "« La saison est ratée », peut-on lire dans Les Nouvelles. Par prudence, le théâtre se tait.",
     "La saison est ratée", "Les Nouvelles"),
    # a person whose name opens on such a word: the fullest name
    ("fr", "Ronan Le Guern est maire de Quimper depuis 2019. Ronan Le Guern vit à Quimper.\n\n"
     "« La saison est ratée », estime Le Guern.", "La saison est ratée", "Ronan Le Guern"),
    # outlet_opener
    ("es", ES + "Según El Observador, «la temporada fue un fracaso».", "la temporada fue un fracaso", "El Observador"),
    ("fr", FR + "Selon Le Courrier picard, « la saison est ratée ».", "la saison est ratée", "Le Courrier picard"),
])
def test_outlet_source(lang, text, words, speaker):
    quote = quote_with_words(text, lang, words)
    assert quote.speaker == speaker
    assert quote.rule in ("outlet_after", "outlet_opener")


@pytest.mark.parametrize("lang,text,words,speaker", [
    # another speaker's verb before the outlet's: the first quote is that speaker's
    ("fr", FR + "« Un échec », a dit Lucie Ferrand, et « une honte », écrit Le Courrier picard.", "Un échec",
     "Lucie Ferrand"),
    # a lower-case article and a capital is no outlet read here ("a Maria": to Maria)
    ("pt", PT + "\"A temporada foi um fracasso\", disse a ministra.", "A temporada foi um fracasso", None),
    # a press noun with no name: the outlet described, no one named
    ("fr", FR + "« La saison est ratée », peut-on lire dans le quotidien régional.", "La saison est ratée", None),
    # a title written with a capital after its article is someone described, no outlet
    ("fr", FR + "« La saison est ratée », déclare Le Maire de Quimper.", "La saison est ratée", None),
    ("es", ES + "«La temporada fue un fracaso», afirmó La Ministra de Cultura.", "La temporada fue un fracaso", None),
    ("es", ES + "Según El Presidente, «la temporada fue un fracaso».", "la temporada fue un fracaso", None),
])
def test_outlet_source_not_read(lang, text, words, speaker):
    quote = quote_with_words(text, lang, words)
    assert quote.speaker == speaker
    assert quote.rule not in ("outlet_after", "outlet_opener")


def test_outlet_words_do_not_go_on():
    # charges quoted after an outlet's words are no one's (scare), as after "peut-on lire"
    text = FR + ("Son trésorier – « premier élu entendu par les juges », peut-on lire dans Le Courrier picard – "
                 "est mis en examen pour « complicité de vol ». Plus tard, Paul Roux est mis en examen pour « recel ».")
    assert quote_with_words(text, "fr", "premier élu entendu par les juges").speaker == "Le Courrier picard"
    for words in ("complicité de vol", "recel"):
        quote = quote_with_words(text, "fr", words)
        assert quote.speaker is None and quote.kind == "scare"


@pytest.mark.parametrize("lang,text,words,speaker", [
    # "in the words of X" as "according to X" (ACCORDING_OPENERS): opening the sentence, or after the quote
    ("es", ES + "En palabras de Lucía Ferrer Gil, «el teatro vive su mejor momento».",
     "el teatro vive su mejor momento", "Lucía Ferrer Gil"),
    ("es", ES + "«El teatro vive su mejor momento», en palabras de Lucía Ferrer Gil.",
     "El teatro vive su mejor momento", "Lucía Ferrer Gil"),
    ("pt", PT + "Nas palavras de Lucía Ferrer Gil, \"o teatro vive o seu melhor momento\".",
     "o teatro vive o seu melhor momento", "Lucía Ferrer Gil"),
    ("fr", FR + "Pour reprendre les mots de Lucie Ferrand, « le théâtre vit son meilleur moment ».",
     "le théâtre vit son meilleur moment", "Lucie Ferrand"),
    # a description after the phrase: the one described, unnamed
    ("es", ES + "En palabras de su director, «el teatro vive su mejor momento».", "el teatro vive su mejor momento", None),
])
def test_in_the_words_of(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words", [
    # a place or an owner after a preposition closes the clause's subject: not the speaker's name
    ("es", ES + "Lucía Ferrer Gil contó que el ayuntamiento de Villa Alegre avisó: «Cortaremos el agua el lunes».",
     "Cortaremos el agua el lunes"),
    ("es", ES + "Lucía Ferrer Gil recordó que el embajador de Nueva Zelanda dijo: «Volveremos pronto».",
     "Volveremos pronto"),
    ("es", ES + "Lucía Ferrer Gil contó que su prima Inés en Santa Marta decía: «Aquí llueve siempre».",
     "Aquí llueve siempre"),
    ("pt", PT + "Lucía Ferrer Gil lembrou que a torcida do Porto Alegre dizia: \"Vamos subir de divisão\".",
     "Vamos subir de divisão"),
    ("fr", FR + "Lucie Ferrand raconte que la préfecture de Port Louis a annoncé : « Les routes sont fermées ».",
     "Les routes sont fermées"),
])
def test_embedded_speaker_no_place_as_name(lang, text, words):
    quote = quote_with_words(text, lang, words)
    assert quote.speaker is None
    assert quote.rule == "embedded_speaker"


def test_embedded_speaker_name_with_genitive_kept():
    text = ES + "Lucía Ferrer Gil contó que la jueza Rosa de La Vega le dijo: «El caso está cerrado»."
    assert quote_with_words(text, "es", "El caso está cerrado").speaker == "Rosa de La Vega"


@pytest.mark.parametrize("lang,text,words", [
    # outlet_opener: someone else's reporting verb between the outlet and the quote
    ("es", ES + "Según El Observador, una fuente del teatro dijo a la prensa: «Nadie cobrará este mes».",
     "Nadie cobrará este mes"),
    # outlet_after: the outlet cites someone ("qui cite", "citando")
    ("fr", FR + "« Le budget est vide », affirme Le Courrier picard, qui cite le trésorier.", "Le budget est vide"),
    ("es", ES + "«El presupuesto está vacío», publicó El Observador, citando al tesorero.",
     "El presupuesto está vacío"),
    # outlet_after: a role written with a capital, the same word lower-case before a name elsewhere
    ("pt", PT + "O treinador Caio Mendes falou no domingo. \"Perdemos a cabeça\", disse O Treinador.",
     "Perdemos a cabeça"),
    ("es", ES + "La directiva Marta Ibáñez habló el lunes. «Nos quedamos», dijo La Directiva.", "Nos quedamos"),
])
def test_outlet_source_passes_on(lang, text, words):
    quote = quote_with_words(text, lang, words)
    assert quote.rule not in ("outlet_after", "outlet_opener")
    assert quote.speaker is None
