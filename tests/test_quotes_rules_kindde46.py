"""Stop 46, kindde46 (issue 16): partial against scare in German, French, Spanish, Portuguese.

- rule ``naming_clause`` (naming_clause.py): "was X „…“ nennt", "die von X so genannte „…“",
  « ce que X appelle « … » », "lo que X llamó «…»", "X a parlé de « … »", "X habló de «…»";
- rule ``with_words_de`` (with_words_de.py): „mit den Worten „…"", „mit dem Satz „…"" credit the
  sentence's subject;
- phrase_not_title_de.py: a German noun phrase after an indefinite article, in a sentence of
  reported speech or judged by an agent is no title of a work because its nouns are capitalized.

All sentences are made up for these tests (names, places and wording are ours), in the style of
regional papers, church and trade press.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _quote(body: str, words: str, lang: str):
    found = [q for q in extract_quotes("", [], body, lang) if q.text == words]
    assert len(found) == 1, [q.text for q in extract_quotes("", [], body, lang)]
    return found[0]


# Someone's term: partial, theirs.
NAMED = [
    ("de", "Die Gemeinde baut nun, was Ortsvorsteher Rainer Pohl „das neue Herz des Dorfes“ nennt.",
     "das neue Herz des Dorfes", "Rainer Pohl"),
    ("de", "Die von Kämmerin Ute Sander so genannte „Schuldenbremse light“ soll den Haushalt retten.",
     "Schuldenbremse light", "Ute Sander"),
    ("fr", "Ce que la préfète Anne Roussel appelle « la méthode douce » a échoué.", "la méthode douce",
     "Anne Roussel"),
    ("fr", "Le maire Paul Vernet a parlé de « gâchis » lors du conseil municipal.", "gâchis", "Paul Vernet"),
    ("es", "Es lo que el diputado Raúl Ortega llamó «la trampa fiscal».", "la trampa fiscal", "Raúl Ortega"),
    ("es", "El alcalde Tomás Ruiz habló de «un día histórico» para el pueblo.", "un día histórico", "Tomás Ruiz"),
    ("pt", "O prefeito João Prates falou em «desastre» após a enchente.", "desastre", "João Prates"),
    ("pt", "É o que o deputado Rui Matos chamou de «farsa».", "farsa", "Rui Matos"),
    # the agent of a judgement in the passive
    ("de", "Der Plan wurde von Landrat Ewald Korff als „Luftnummer“ bezeichnet.", "Luftnummer", "Ewald Korff"),
    ("fr", "La décision a été qualifiée de « scandaleuse » par la ministre Claire Dumas.", "scandaleuse",
     "Claire Dumas"),
    ("es", "La propuesta fue calificada de «inaceptable» por el alcalde Tomás Ruiz.", "inaceptable", "Tomás Ruiz"),
    # a German noun phrase, capitalized as German writes nouns, read as speech
    ("de", "Die Sanierung sei ein „Zeichen der Hoffnung“, sagte Bischof Anton Reiser.", "Zeichen der Hoffnung",
     "Anton Reiser"),
    ("de", "Für Bürgermeisterin Karla Wendt ist der Neubau ein „Meilenstein der Ortsgeschichte“.",
     "Meilenstein der Ortsgeschichte", "Karla Wendt"),
]


@pytest.mark.parametrize("lang, body, words, speaker", NAMED)
def test_a_term_someone_is_said_to_use_is_their_partial(lang, body, words, speaker):
    q = _quote(body, words, lang)
    assert (q.kind, q.speaker) == ("partial", speaker)


# Someone's words, no one named: partial, null.
UNNAMED = [
    ("de", "Das ist, was Experten „Schwarmstadt“ nennen.", "Schwarmstadt"),
    ("de", "Schnee wird von manchen Hundehaltern als „Hunde-Koks“ bezeichnet.", "Hunde-Koks"),
    ("es", "Los vecinos hablaron de «abandono».", "abandono"),
    ("fr", "La réforme a été qualifiée de « recul » par les syndicats.", "recul"),
    # an agent phrase that runs on past six words is not read for a name
    ("es", "La propuesta fue calificada de «inaceptable» por la oposición en el pleno del lunes.", "inaceptable"),
]


@pytest.mark.parametrize("lang, body, words", UNNAMED)
def test_words_of_someone_unnamed_are_partial_and_null(lang, body, words):
    q = _quote(body, words, lang)
    assert (q.kind, q.speaker) == ("partial", None)


# Near misses: common talk, the writer's own word, names of works, campaigns and prizes.
SCARE = [
    ("de", "Das Dorf ist für viele, was man „Heimat“ nennt.", "Heimat"),
    ("de", "Ich habe, was ich „Heimweh“ nenne, lange gespürt.", "Heimweh"),
    ("de", "Die sogenannte „Brückenlösung“ soll bis Mai gelten.", "Brückenlösung"),
    ("de", "Die Aktion „Saubere Stadt“ startet am Samstag am Marktplatz.", "Saubere Stadt"),
    ("de", "Die Ausstellung „Licht und Schatten“ sei bis Mai zu sehen, teilte das Museum mit.", "Licht und Schatten"),
    ("de", "Das Fest steht unter dem Motto „Gemeinsam stark“.", "Gemeinsam stark"),
    ("de", "Die Gärtnerei Lindner hat einen „Grünen Daumen“-Preis gewonnen.", "Grünen Daumen"),
    ("fr", "C'est ce qu'on appelle « la méthode douce ».", "la méthode douce"),
    ("fr", "On parle de « crise » dans le quartier.", "crise"),
    ("fr", "Je parle de « courage » ici.", "courage"),
    ("fr", "Le professeur Luc Abel a parlé de « Germinal » devant la classe.", "Germinal"),
    ("fr", "L'opération « Ville propre » commence lundi.", "Ville propre"),
    ("es", "Es lo que se llama «la trampa fiscal».", "la trampa fiscal"),
    ("es", "Se habla de «crisis» en el barrio.", "crisis"),
    ("es", "La campaña «Barrio limpio» arranca el lunes.", "Barrio limpio"),
]


@pytest.mark.parametrize("lang, body, words", SCARE)
def test_names_and_common_talk_stay_scare(lang, body, words):
    q = _quote(body, words, lang)
    assert (q.kind, q.speaker) == ("scare", None)


def test_a_german_title_after_a_colon_stays_a_title():
    # a quote after a colon is a name or a sentence of its own, not a phrase of the sentence
    q = _quote("Der Pfarrer sagte, das Motto des Jahres sei: „Neue Wege Gehen“", "Neue Wege Gehen", "de")
    assert q.kind != "partial"


# „mit den Worten „…“": the words of the sentence's subject, in either order of a German clause.
WITH_WORDS = [
    ("Mit den Worten „Gott segne euch“ verabschiedete sich Pfarrer Jonas Albrecht von der Gemeinde.",
     "Gott segne euch", "Jonas Albrecht"),
    ("Landrat Ewald Korff sorgte mit dem Satz „Das Geld ist weg“ für Unruhe im Kreistag.", "Das Geld ist weg",
     "Ewald Korff"),
    ("Bürgermeisterin Karla Wendt eröffnete die Sitzung mit den Worten „Wir lassen niemanden zurück“.",
     "Wir lassen niemanden zurück", "Karla Wendt"),
    ("Pfarrerin Eva Brandt dankte den Helfern. Mit den Worten „Bleibt behütet“ verabschiedete sie sich.",
     "Bleibt behütet", "Eva Brandt"),
]


@pytest.mark.parametrize("body, words, speaker", WITH_WORDS)
def test_with_the_words_credits_the_subject(body, words, speaker):
    q = _quote(body, words, "de")
    assert q.speaker == speaker and q.kind != "scare"


@pytest.mark.parametrize("body, words", [
    # a song's title, not words; a subject after an opening time phrase is not read
    ("Mit dem Song „Wir sind jung“ gewann die Band Nordlicht den Preis.", "Wir sind jung"),
    ("Am Montag eröffnete Karla Wendt die Sitzung mit den Worten „Wir lassen niemanden zurück“.",
     "Wir lassen niemanden zurück"),
])
def test_with_the_words_near_misses_credit_no_one(body, words):
    assert _quote(body, words, "de").speaker is None


def test_a_so_called_term_after_an_article_has_no_agent():
    # „von einer sogenannten „…“": "von" governs the article, no one names the term
    q = _quote("Die Kämmerin warnt von Beginn an vor einer sogenannten „Zinsfalle“ im Haushalt.", "Zinsfalle", "de")
    assert q.speaker is None
