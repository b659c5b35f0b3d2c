"""Kind rules of transforms/quotes/term_kinds.py, on made-up sentences: ``stance_term``,
``list_name`` (scare), ``headline_fragment``, ``qualifying_label``, ``insult_word`` (partial)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes.marks import find_spans
from newsbeam.transforms.quotes.term_kinds import (
    after_stance_word, is_headline_fragment, is_qualifying_label, is_word_as_word)
from tests.quote_probes import first_quote


# stance_term: the writer keeps the term at a distance, whoever speaks around it.
@pytest.mark.parametrize("text,words,lang", [
    ("“We will fix it,” said Mayor Dana Kerr. The app can draft the infamous “fine print” in a minute.",
     "fine print", "en"),
    ("The council will end the notorious “river toll” that drivers pay, the report says.", "river toll", "en"),
    ("„Wir bleiben“, sagte Jan Roth. Die Stadt prüft die sogenannte „Brückensteuer“ erneut.",
     "Brückensteuer", "de"),
    ("«Seguiremos», dijo Ana Ruiz. El llamado «impuesto verde» vuelve al Congreso.", "impuesto verde", "es"),
    ("« Nous restons », a dit Paul Roy. Le fameux « effet rebond » n'a pas eu lieu.", "effet rebond", "fr"),
    ("“Vamos ficar”, disse Ana Souza. A chamada “taxa verde” volta ao plenário.", "taxa verde", "pt"),
])
def test_a_stance_word_makes_a_scare_quote(text, words, lang):
    q = first_quote(text, words, lang)
    assert (q.kind, q.speaker) == ("scare", None)


def test_an_article_is_needed_before_a_call():
    # "hizo un llamado «…»": a call, not "the so-called"
    text = "Ana Ruiz hizo un llamado «a la calma» ante la prensa."
    span = find_spans(text)[0]
    assert not after_stance_word(text, span, text[span.start:span.end], 0)
    text = "El llamado «impuesto verde» vuelve."
    span = find_spans(text)[0]
    assert after_stance_word(text, span, text[span.start:span.end], 0)


def test_a_named_speaker_using_the_word_keeps_it():
    q = first_quote("Senator Amos Vell said the so-called “reform” would fail, and he said it twice.", "reform")
    assert q.kind in ("scare", "partial")
    q = first_quote("Senator Amos Vell called the plan a “disaster” on Monday.", "disaster")
    assert (q.kind, q.speaker) == ("partial", "Amos Vell")


# list_name: a list's or a category's entry is named, no one speaks it.
@pytest.mark.parametrize("text,words,lang", [
    ("The company added the drones to its list of “restricted goods” on Tuesday.", "restricted goods", "en"),
    ("The soup went straight onto my list of “best things I ate this winter.”", "best things I ate this winter.", "en"),
    ("Das Amt setzte den Beruf auf die Liste der „Mangelberufe“ im Land.", "Mangelberufe", "de"),
    ("El ministerio incluyó el oficio en la lista de «profesiones en riesgo» este año.", "profesiones en riesgo", "es"),
    ("Le métier entre dans la liste des « métiers en tension » cette année.", "métiers en tension", "fr"),
])
def test_a_list_entry_is_scare(text, words, lang):
    q = first_quote(text, words, lang)
    assert (q.kind, q.speaker) == ("scare", None)


def test_a_list_of_a_named_persons_words_stays_theirs():
    q = first_quote("Mayor Dana Kerr said her list of “demands” was ready.", "demands")
    assert (q.kind, q.speaker) == ("partial", "Dana Kerr")


# headline_fragment: a headline opening on a quote that is no sentence, then a colon.
@pytest.mark.parametrize("title,words,lang", [
    ("‘Huge mistake’: Mayor quits after vote", "Huge mistake", "en"),
    ("‘A Long Night:’ Storm Cuts Power to the Coast", "A Long Night:", "en"),
    ("„Ein schwarzer Tag“: Werk schließt nach 80 Jahren", "Ein schwarzer Tag", "de"),
    ("«Un día histórico»: el puerto abre de nuevo", "Un día histórico", "es"),
])
def test_a_headline_fragment_is_partial(title, words, lang):
    q = first_quote("Body text with nothing quoted in it. It goes on.", words, lang, title=title)
    assert q.kind == "partial"


@pytest.mark.parametrize("title,words", [
    ("‘We will win’: Mayor starts her campaign", "We will win"),
    ("‘That’s our river’: Farmers block the dam", "That’s our river"),
    ("‘The port must stay open’: Unions march", "The port must stay open"),
    ("‘Her loss haunts me’: A father speaks", "Her loss haunts me"),
])
def test_a_headline_sentence_is_no_fragment(title, words):
    span = find_spans(title)[0]
    assert title[span.start:span.end] == words
    assert not is_headline_fragment(title, span, words)
    q = first_quote("Body text with nothing quoted in it. It goes on.", words, title=title)
    assert q.kind != "partial"


def test_a_quote_later_in_the_headline_is_no_fragment():
    title = "Mayor says ‘Huge mistake’: council reacts"
    span = find_spans(title)[0]
    assert not is_headline_fragment(title, span, title[span.start:span.end])


# qualifying_label: a short quote followed by a verb of judging or naming is the label given.
@pytest.mark.parametrize("text,words,lang", [
    ("El alcalde Juan Pérez habló ayer. «Un error» calificó el plan de la oposición.", "Un error", "es"),
    ("Le Premier ministre Paul Roy a parlé mardi. « Un désastre », c'est ainsi qu'il a qualifié le vote.",
     "Un désastre", "fr"),
])
def test_a_qualifying_label_is_partial(text, words, lang):
    q = first_quote(text, words, lang)
    assert q.kind == "partial"


def test_an_answer_is_no_label():
    text = "« Jamais », c'est ainsi qu'il a répondu."
    span = find_spans(text)[0]
    assert not is_qualifying_label(text, span, text[span.start:span.end])
    text = "“We won.” called the mayor from the stage."
    span = find_spans(text)[0]
    assert not is_qualifying_label(text, span, text[span.start:span.end])


# insult_word: a word shouted at someone is someone's words (partial), the insulted no speaker.
@pytest.mark.parametrize("text,words,lang", [
    ("Jan Roth wurde bei seiner Rede als „Lügenbaron“ beschimpft und musste gehen.", "Lügenbaron", "de"),
    ("Dana Kerr was insulted as a “traitor” outside the court on Friday.", "traitor", "en"),
    ("Ana Ruiz fue tildada de «traidora» en la asamblea del martes.", "traidora", "es"),
    ("Paul Roy a été traité de « menteur » pendant la réunion.", "menteur", "fr"),
])
def test_an_insult_is_partial_with_no_speaker(text, words, lang):
    q = first_quote(text, words, lang)
    assert (q.kind, q.speaker) == ("partial", None)


def test_injuries_are_no_insult():
    # "life-changing” injuries": not a verb of insulting; the speaker credited before stays
    q = first_quote("Amos Vell spoke of the soldiers. He paid respect to those who were hurt, "
               "“some with lasting” injuries.", "some with lasting")
    assert q.speaker == "Amos Vell"


# reported_clause: quoted words in the clause a reporting verb opens with "that" are someone's.
@pytest.mark.parametrize("text,words,lang", [
    ("Varios concejales dijeron que el plan es una «trampa fiscal» para el barrio.", "trampa fiscal", "es"),
    ("Vários vereadores disseram que o plano é uma “armadilha fiscal” para o bairro.", "armadilha fiscal", "pt"),
    ("Plusieurs élus ont déclaré que le projet était un « piège fiscal » pour le quartier.", "piège fiscal", "fr"),
])
def test_words_in_a_reported_clause_are_partial(text, words, lang):
    q = first_quote(text, words, lang)
    assert (q.kind, q.speaker) == ("partial", None)


def test_a_quote_outside_the_clause_stays_scare():
    # no reporting verb before the quote: the writer's term
    q = first_quote("El barrio vive desde marzo una «trampa fiscal» que nadie explica.", "trampa fiscal", "es")
    assert (q.kind, q.speaker) == ("scare", None)


# reported mood (kinds.in_reported_mood): "ich habe", "habe ich" are the first person's
# indicative, the writer's own sentence, not reported speech; "er habe" stays reported.
def test_the_first_persons_indicative_is_no_reported_speech():
    q = first_quote("Beim zweiten Lesen habe ich mich weniger dem „Lesevergnügen“ gewidmet als der Frage.",
               "Lesevergnügen", "de")
    assert (q.kind, q.speaker) == ("scare", None)
    q = first_quote("Jan Roth sprach am Montag. Er habe die „Wende“ immer gewollt, hieß es.", "Wende", "de")
    assert q.kind == "partial"


# word_as_word: a function word after an article, a scandal's nickname in -gate.
@pytest.mark.parametrize("text,words,lang", [
    ("The board backed the plan, but since then there has been a “but” in every memo.", "but", "en"),
    ("Le conseil a voté le plan, mais depuis il y a eu un « mais » dans chaque note.", "mais", "fr"),
    ("Der Rat stimmte zu, doch seitdem steht ein „aber“ in jedem Vermerk.", "aber", "de"),
    ("The minister resigned over the “Lunchgate” affair last spring.", "Lunchgate", "en"),
    ("Depuis le « cafégate », le ministère se tait.", "cafégate", "fr"),
])
def test_a_word_as_a_word_is_scare(text, words, lang):
    q = first_quote(text, words, lang)
    assert (q.kind, q.speaker) == ("scare", None)


@pytest.mark.parametrize("text,quoted", [
    ("He said they would “segregate” the pupils.", "segregate"),
    ("She said they will “investigate” it.", "investigate"),
    ("He answered with “but” and left.", "but"),  # no article: not this rule
])
def test_verbs_in_gate_and_bare_words_are_not_words_as_words(text, quoted):
    span = find_spans(text)[0]
    assert text[span.start:span.end] == quoted
    assert not is_word_as_word(text, span, quoted)


def test_a_works_title_opening_a_sentence_case_headline_is_no_fragment():
    title = "‘Silent Harbor Nights’: season two is slower and better"
    span = find_spans(title)[0]
    assert not is_headline_fragment(title, span, title[span.start:span.end])
    title = "‘Silent Harbor Nights’: Season Two Is Slower and Better"  # all in title case: can't tell
    span = find_spans(title)[0]
    assert is_headline_fragment(title, span, title[span.start:span.end])
