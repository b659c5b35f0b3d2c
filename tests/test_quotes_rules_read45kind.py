"""Stop 45, read45kind: the second read of kind45's ``work_voice`` and ``review_titles``. Every
sentence and headline here is made up (ours), in the shape of agency copy, sport, culture and
science pages: where the branch gave a wrong name or a wrong kind, and what is right instead."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _quote(title: str, body: str, lang: str, words: str, zone: str = "body"):
    quotes = [q for q in extract_quotes(title, [], body, lang) if q.text.rstrip(",.") == words and q.zone == zone]
    assert quotes, [q.text for q in extract_quotes(title, [], body, lang)]
    return quotes[0]


# What befell the book (praise, prizes, lists) is someone else's words or a name, not its
# author's; nor a phrase the book does not use; nor a rugby try, a clinical trial, a rehearsal.
NOT_THE_AUTHORS = [
    ("en", "The new book by Nora Calloway is out. The book earned “rave reviews” in Britain.", "rave reviews"),
    ("en", "The new book by Nora Calloway is out. The book drew “mixed reviews” in the trade press.",
     "mixed reviews"),
    ("en", "Deputies found a novel by Nora Calloway in the van. The book carried a handwritten “warning” "
           "to the judge.", "warning"),
    ("fr", "Le roman de Lise Marchetti paraît en mars. Le livre a reçu « un accueil glacial » de la critique.",
     "un accueil glacial"),
    ("fr", "Le XV de France a battu l’Irlande samedi. L’essai d’Hugo Verlaque a offert « un nouveau souffle » "
           "aux Bleus.", "un nouveau souffle"),
    ("es", "La novela de Irene Sotomayor sale en abril. El libro recibió «críticas feroces» en la prensa.",
     "críticas feroces"),
    ("pt", "O romance de Clara Vasconcelos sai em maio. O livro recebeu “elogios rasgados” da crítica.",
     "elogios rasgados"),
    ("de", "Der neue Roman von Wiebke Sander erscheint im März. Das Buch erhielt „vernichtende Kritiken“ im "
           "Feuilleton.", "vernichtende Kritiken"),
    ("de", "Der neue Roman von Wiebke Sander erscheint im März. Der Roman landete auf der „Abendpost“-Liste.",
     "Abendpost"),
    ("en", "The new book by Nora Calloway is out. The book offers no “easy answers” for the town.", "easy answers"),
]


@pytest.mark.parametrize("lang, body, words", NOT_THE_AUTHORS)
def test_what_befell_the_work_is_not_its_authors(lang, body, words):
    q = _quote("", body, lang, words)
    assert q.speaker is None and q.rule != "work_voice"


# Two authors named with the book before: neither alone (partial, null).
@pytest.mark.parametrize("lang, body, words", [
    ("en", "The new book by Nora Calloway and Piet Verhoef maps the port. The book follows a “city of empty "
           "cranes” to its end.", "city of empty cranes"),
    ("fr", "Le roman de Lise Marchetti et de Paul Ravier paraît en mars. Le livre décrit une « ville sans "
           "ombre ».", "ville sans ombre"),
])
def test_two_authors_none_alone(lang, body, words):
    q = _quote("", body, lang, words)
    assert (q.kind, q.speaker) == ("partial", None)


def test_work_phrase_still_the_authors():
    q = _quote("", "The novel by Nora Calloway follows a “reluctant ferry pilot” through one winter.", "en",
               "reluctant ferry pilot")
    assert (q.kind, q.speaker, q.rule) == ("partial", "Nora Calloway", "work_voice")


# A headline label that is news ("Spending review:", "Scharfe Kritik:"), or a headline that names
# its speaker, holds speech, not titles.
@pytest.mark.parametrize("lang, title, body, words", [
    ("en", "Spending review: ‘No return to austerity,’ Okafor says", "Okafor spoke in Leeds.",
     "No return to austerity"),
    ("en", "Annual review: ‘Our best year yet,’ says chief executive", "The firm met in Leeds.",
     "Our best year yet"),
    ("de", "Scharfe Kritik: „Die Regierung versagt“", "Die Opposition übte Kritik. „Die Regierung versagt“, "
           "sagte Wiebke Sander.", "Die Regierung versagt"),
    ("fr", "Vives critiques : « Le gouvernement a échoué »", "L’opposition a protesté. « Le gouvernement a "
           "échoué », a déclaré Lise Marchetti.", "Le gouvernement a échoué"),
])
def test_news_label_is_no_review(lang, title, body, words):
    q = _quote(title, body, lang, words, zone="title")
    assert q.kind == "direct"


@pytest.mark.parametrize("lang, title, words", [
    ("en", "Theatre reviews: ‘The Salt Roads’ and ‘Night Ferry’", "Night Ferry"),
    ("de", "Kritik: „Die Salzstraße“ und „Nachtfähre“", "Nachtfähre"),
    ("en", "Review: ‘The Salt Roads’ is a slow drift", "The Salt Roads"),
])
def test_review_labels_still_read(lang, title, words):
    q = _quote(title, "The run opens in Leeds.", lang, words, zone="title")
    assert (q.kind, q.speaker) == ("scare", None)


# Someone else named between the verb and the quote: his phrase, not the author's (null).
@pytest.mark.parametrize("lang, body, words", [
    ("en", "The new book by Nora Calloway is out. The book borrows Lincoln’s “better angels” for its last "
           "chapter.", "better angels"),
    ("en", "The new book by Nora Calloway is out. The book revisits Churchill’s “iron curtain” speech.",
     "iron curtain"),
])
def test_someone_named_between(lang, body, words):
    q = _quote("", body, lang, words)
    assert q.speaker is None
