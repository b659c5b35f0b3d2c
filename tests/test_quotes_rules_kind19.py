"""Kind rules of stop 33 (kind19), on made-up sentences: ``reported_clause`` after a verb of
believing or a reporting verb's gerund (transforms/quotes/clause_verbs.py), and
``short_sentence`` (transforms/quotes/short_sentence.py)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.clause_verbs import GERUNDS
from newsbeam.transforms.quotes.marks import find_spans
from newsbeam.transforms.quotes.short_sentence import is_short_sentence


def _quote(body: str, words: str, lang: str = "en"):
    quotes = extract_quotes(None, None, body, language=lang)
    found = [q for q in quotes if q.text == words]
    assert found, [q.text for q in quotes]
    return found[0]


# reported_clause: a verb of believing is no cue, but its "that" clause is what someone thinks.
@pytest.mark.parametrize("text,words,lang", [
    ("Many fear that the bridge will become a “white elephant” for the town.", "white elephant", "en"),
    ("Ana Ruiz habló en la radio. Los vecinos creen que el proyecto es un «elefante blanco» para el barrio.",
     "elefante blanco", "es"),
    ("Muitos acreditam que o prefeito é o “fiador” do acordo entre os partidos.", "fiador", "pt"),
    ("Viele glauben, dass die Reform eine „Mogelpackung“ ist und bald scheitert.", "Mogelpackung", "de"),
    # a reporting verb's gerund, and French "qu'" glued to the next word
    ("El partido pidió calma, advirtiendo que habrá un «cuadro de caos» en el país.", "cuadro de caos", "es"),
    ("Le syndicat a rejeté l'offre, affirmant qu'elle était « une provocation » pour les salariés.",
     "une provocation", "fr"),
])
def test_words_in_a_clause_of_believing_are_partial(text, words, lang):
    q = _quote(text, words, lang)
    assert (q.kind, q.speaker) == ("partial", None)


def test_a_named_believer_keeps_the_words():
    # the rule names no one; the subject rules still credit a named believer, not the man before
    q = _quote("Tom Hale spoke first. Ann Lee thinks that his plan is “pure fantasy” for the town.", "pure fantasy")
    assert (q.kind, q.speaker) == ("partial", "Ann Lee")
    q = _quote("La alcaldesa Marta Soto pidió calma, advirtiendo que habrá un «cuadro de caos» en el país.",
               "cuadro de caos", "es")
    assert q.speaker == "Marta Soto"


@pytest.mark.parametrize("text,words", [
    # a title, a stance word: scare whatever the clause
    ("Critics believe that the film “Storm Over the Bay” will win the prize.", "Storm Over the Bay"),
    ("Residents think that the so-called “river toll” is unfair to drivers.", "river toll"),
    # the last verb of believing governs the quote: "believe to be" opens no clause
    ("Facebook believes that its partners are fair enough to flag what they believe to be “false stories” online.",
     "false stories"),
])
def test_a_term_in_a_clause_of_believing_stays_scare(text, words):
    assert _quote(text, words).kind == "scare"


def test_gerunds_are_built_from_the_speech_verbs():
    assert {"advirtiendo", "diciendo", "afirmando", "pidiendo"} <= GERUNDS["es"]
    assert {"afirmando", "dizendo", "alertando"} <= GERUNDS["pt"]
    assert "affirmant" in GERUNDS["fr"]


# short_sentence: three words or fewer ending on their own "!" or "?", set off as a sentence.
@pytest.mark.parametrize("text,words,lang", [
    ("They watched the last act in silence.\n\n“Wow!”\n\nThen the lights came on.", "Wow!", "en"),
    ("A sign at the gate read: “Keep out!” Nobody did.", "Keep out!", "en"),
    ("Not one guard stopped and said, “Enough!” The shooting went on.", "Enough!", "en"),
    ("Die Frage lautet: „Wer zahlt?“ Niemand weiß es.", "Wer zahlt?", "de"),
])
def test_a_short_exclamation_or_question_is_direct(text, words, lang):
    q = _quote(text, words, lang)
    assert (q.kind, q.speaker) == ("direct", None)


def test_a_named_speaker_keeps_a_short_exclamation():
    q = _quote("Tom Hale was asked about the plan. Tom Hale said, “Never!”", "Never!")
    assert (q.kind, q.speaker) == ("direct", "Tom Hale")


@pytest.mark.parametrize("text,words", [
    ("She hosts “Jeopardy!” on weekdays and tours in the summer.", "Jeopardy!"),  # a show after a verb
    ("The musical “Oklahoma!” returns to the city theatre in May.", "Oklahoma!"),  # a title after its noun
    ("His catchphrase, “Holy cow!”, was known to every fan of the team.", "Holy cow!"),  # a catchphrase
    ("The town has a new motto for that: “Onward!” It hangs above the door.", "Onward!"),  # a motto
])
def test_a_title_or_motto_ending_on_a_mark_stays_scare(text, words):
    assert _quote(text, words).kind == "scare"


def test_is_short_sentence_reads_the_quotes_own_mark():
    text = "He said, “Stop.” Then “Stop!” and “the end” came."
    spans = find_spans(text)
    quoted = [text[s.start:s.end] for s in spans]
    assert [is_short_sentence(text, s, q) for s, q in zip(spans, quoted)] == [False, True, False]


# mend-pol (read19): a title of a work ending on "!" is no cry: after a work's noun, as the
# subject of the writer's sentence, or in title case; cries next to them stay direct.
@pytest.mark.parametrize("text,words", [
    ("The band played for two hours. Their latest song, “Run!”, climbed the charts in May.", "Run!"),
    ("The harbor stage reopened on Friday. “Hamilton!” drew the longest line of the season.", "Hamilton!"),
    ("Her first movie, “Hello, Harbor!”, opens again on Friday.", "Hello, Harbor!"),
    ("The old theater was packed again.\n\n“Dance Along!”, returns on Friday for a week.", "Dance Along!"),
])
def test_a_title_of_a_work_ending_on_a_mark_is_no_cry(text, words):
    assert _quote(text, words).kind == "scare"


@pytest.mark.parametrize("text,words", [
    ("The boat tipped over in the storm. “Help!” a fisherman shouted from the water.", "Help!"),
    ("The dog ran off with the bread.\n\n“Hey!”\n\nNobody moved.", "Hey!"),
    ("The teacher asked the class one thing: “Why?” No one knew.", "Why?"),
])
def test_cries_beside_titles_stay_direct(text, words):
    assert _quote(text, words).kind == "direct"


@pytest.mark.parametrize("text,words", [
    ("The crowd rose as the band came on.\n\n“What a night!” grinned Tom Hale of Dover, who had waited since noon.",
     "What a night!"),
    ("The clerk turned to the witness. “Ms. Ortiz?” She stood up and walked to the front.", "Ms. Ortiz?"),
])
def test_a_cry_before_an_inverted_verb_or_a_vocative_stays_direct(text, words):
    assert _quote(text, words).kind == "direct"


@pytest.mark.parametrize("text,words,lang", [
    ("Ihr erstes Lied, „Los!“, läuft jetzt im Radio.", "Los!", "de"),
    ("Son premier tube, « Vas-y ! », passe partout cet été.", "Vas-y !", "fr"),
    ("Su nueva canción, «¡Vamos!», suena en todas las radios.", "¡Vamos!", "es"),
])
def test_a_title_after_a_work_noun_in_other_languages_is_no_cry(text, words, lang):
    assert _quote(text, words, lang).kind == "scare"
