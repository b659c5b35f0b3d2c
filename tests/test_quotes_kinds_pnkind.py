"""Stop 40, pnkind, on made-up sentences (issue 16, partial or scare): quoted words inside a
sentence whose own attribution closes it are the speaker's words, partial, also when news writes
the day after the verb with no preposition (", Ann Lee said Tuesday."); what no one is said to
have used stays the writer's scare quote."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

_LEAD = ("The council met on Monday to vote on the budget for the coming year. The vote was "
         "postponed after a long debate about the cost of the new bridge.\n\n")


def _quote(body: str, words: str):
    found = [q for q in extract_quotes("Council news", None, _LEAD + body) if q.text.startswith(words)]
    assert found, [q.text for q in extract_quotes("Council news", None, _LEAD + body)]
    return found[0]


# -- closing attribution with a bare time word: the sentence's words are its speaker's ----------

@pytest.mark.parametrize("body,words,speaker", [
    ("The mayor's \"blunders\" are costly, Ann Lee said Tuesday.", "blunders", "Ann Lee"),
    ("Few of the \"hundreds of buyers\" were ever charged, Tom Hale said yesterday.", "hundreds of buyers", "Tom Hale"),
    ("The bridge is a \"gift to the builders\" and nothing more, Ann Lee told reporters Friday.",
     "gift to the builders", "Ann Lee"),
])
def test_closing_attribution_with_a_bare_day_credits_the_words(body, words, speaker):
    q = _quote(body, words)
    assert (q.kind, q.speaker) == ("partial", speaker)


@pytest.mark.parametrize("body,words", [
    # no attribution closes the sentence: the writer's term
    ("The so-called \"bridge tax\" was dropped on Tuesday.", "bridge tax"),
    # a title of a work, whatever closes the sentence
    ("The film \"Harbor Lights\" opens downtown Tuesday.", "Harbor Lights"),
])
def test_without_a_closing_speaker_the_term_stays_scare(body, words):
    q = _quote(body, words)
    assert q.kind == "scare" and q.speaker is None


# -- a quoted predicate after a modal or "do": the verb phrase is someone's words ---------------

@pytest.mark.parametrize("body,words", [
    ("The new budget doesn't \"fix the real problem\" of the old bridge.", "fix the real problem"),
    ("Officials hope the fines will \"stop the dumping\" along the river.", "stop the dumping"),
    ("The council would certainly \"look into it\" next year.", "look into it"),
    ("The town cannot \"wait any longer\" for the money.", "wait any longer"),
])
def test_quoted_predicate_after_a_modal_is_partial(body, words):
    q = _quote(body, words)
    assert q.kind == "partial"


@pytest.mark.parametrize("body,words", [
    # one ironic verb: the writer's scare quote
    ("The agency did \"help\" the tenants, in its way.", "help"),
    # a noun phrase after the modal's verb, not after the modal
    ("The council will build \"smart roads\" next year.", "smart roads"),
    # an article after the modal: a noun phrase ("will “the plan” work")
    ("Nobody knows whether the so-called \"the plan\" will work.", "the plan"),
])
def test_not_a_quoted_predicate_stays_scare(body, words):
    q = _quote(body, words)
    assert q.kind == "scare"


# -- the subject after an opening adverb of time or sequence speaks the clause's words ---------

@pytest.mark.parametrize("body,words,speaker", [
    ("First, Ann Lee attacked the mayor for being a \"lost cause.\"", "lost cause", "Ann Lee"),
    ("Finally, Tom Hale mocked the board as a \"club of cronies.\"", "club of cronies", "Tom Hale"),
    ("Then Ann Lee attacked the mayor for being a \"lost cause.\"", "lost cause", "Ann Lee"),
])
def test_subject_after_an_opening_adverb_speaks(body, words, speaker):
    q = _quote(body, words)
    assert (q.kind, q.speaker) == ("partial", speaker)


def test_opening_adverb_then_a_pronoun():
    body = ("Ann Lee spoke at the harbor on Monday. Then she attacked the mayor for being a "
            "\"lost cause.\"")
    q = _quote(body, "lost cause")
    assert (q.kind, q.speaker) == ("partial", "Ann Lee")


def test_capitalized_word_before_the_comma_is_no_adverb():
    # a name and its apposition open the sentence: the name is the subject
    q = _quote("Tom Hale, the union's head, attacked the mayor for being a \"lost cause.\"", "lost cause")
    assert (q.kind, q.speaker) == ("partial", "Tom Hale")


# -- chanted words: speech, however short or capitalized (rule chanted_words) -----------------

@pytest.mark.parametrize("body,words", [
    ("The hall filled with chants of \"Lee, Lee, Lee\" as she walked in.", "Lee, Lee, Lee"),
    ("It was not just the cries of \"Shame!\" that rattled the mayor.", "Shame!"),
    ("There were shouts of \"liar\" from the back of the room.", "liar"),
    ("The crowd joined in a loud chant of \"Fix the Harbor!\" at the end.", "Fix the Harbor!"),
])
def test_chanted_words_are_speech(body, words):
    q = _quote(body, words)
    assert q.kind == "direct"


def test_a_song_is_no_chant():
    q = _quote("The band played \"Harbor Lights\" at the end of the night.", "Harbor Lights")
    assert q.kind == "scare"


# -- an accusing verb after an apposition with "that" is active: the subject speaks -----------

def test_charged_that_after_an_apposition_credits_the_subject():
    q = _quote("Tom Hale, the head of the union, charged that the mayor \"hid\" the letters.", "hid")
    assert (q.kind, q.speaker) == ("partial", "Tom Hale")


def test_charged_after_an_apposition_without_that_is_passive():
    body = ("Tom Hale, charged last year with fraud, sold the \"golden\" shares to a friend. He "
            "left town in May.")
    q = _quote(body, "golden")
    assert q.speaker is None


# -- "in the words of X" against the quote credits X (rule words_of) ---------------------------

@pytest.mark.parametrize("body,words,speaker,mention", [
    ("The bridge was, in the words of Ann Lee, \"a monument to waste\" from the start.",
     "a monument to waste", "Ann Lee", "Ann Lee"),
    ("The mayor does not like \"surprises,\" in the words of one aide, and he hates delays.",
     "surprises", None, "one aide"),
    ("In the words of Tom Hale, the plan is \"dead on arrival.\"", "dead on arrival", "Tom Hale", "Tom Hale"),
])
def test_in_the_words_of_credits_the_quote(body, words, speaker, mention):
    q = _quote(body, words)
    assert (q.kind, q.speaker, q.speaker_mention, q.rule) == ("partial", speaker, mention, "words_of")


@pytest.mark.parametrize("body,words,language", [
    ("La medida es, en palabras de la ministra Ana Ruiz, «un paso histórico» para el país.",
     "un paso histórico", "es"),
    ("A medida é, nas palavras da ministra Ana Costa, “um passo histórico” para o país.",
     "um passo histórico", "pt"),
    ("La mesure est, selon les mots d'Anne Roy, « un pas historique » pour le pays.",
     "un pas historique", "fr"),
])
def test_the_phrase_in_other_languages(body, words, language):
    found = [q for q in extract_quotes("Noticias", None, body, language=language) if q.text.startswith(words)]
    assert found and found[0].kind == "partial" and found[0].rule == "words_of"


def test_the_phrase_away_from_the_quote_credits_nothing_here():
    # another clause stands between: the phrase is the first quote's, not the second's
    body = ("The plan was, in the words of Ann Lee, \"a disaster,\" and the so-called \"bridge tax\" "
            "was dropped.")
    q = _quote(body, "bridge tax")
    assert q.rule != "words_of"
