"""Stop 45, kind45: a reviewed work's phrases in the writer's sentence whose subject is the work
(rule ``work_voice``, transforms/quotes/work_voice.py). Every sentence here is made up (ours), in
the shape found on review and culture pages: the phrase is the author's, ``partial``; its
speaker is the author the article names with the work, else null; the writer's own judgement
("Dieses Buch ist „…“"), a name given by a naming word and a work that is no subject are left
as they were."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.work_voice import work_voice


def _quote(body: str, lang: str, words: str):
    quotes = [q for q in extract_quotes("", [], body, lang) if q.text == words]
    assert quotes, [q.text for q in extract_quotes("", [], body, lang)]
    return quotes[0]


CREDITED = [
    ("en", "Ann Marlowe's new novel is set in a harbour town. The novel follows a “reluctant lighthouse keeper” "
           "through one winter.", "reluctant lighthouse keeper", "Ann Marlowe"),
    ("en", "Readers have waited years for it. The memoir by Tobias Rennick dwells on an “engine-room hush” "
           "and little else.", "engine-room hush",
     "Tobias Rennick"),
    ("fr", "Les éditions Vareuse rééditent l’ouvrage de Paul Garnier intitulé La Mer. D’abord paru en 1998, le livre "
           "dénonçait le caractère « fatigant » de certains débats.", "fatigant", "Paul Garnier"),
    ("es", "El libro de Marta Quiroga Lenz salió en marzo. El libro retrata una «generación perdida» en la capital.",
     "generación perdida", "Marta Quiroga Lenz"),
    ("pt", "O livro de Ana Beatriz Couto saiu em março. O livro retrata uma “geração perdida” na capital.",
     "geração perdida", "Ana Beatriz Couto"),
]


@pytest.mark.parametrize("lang, body, words, author", CREDITED)
def test_work_phrase_is_its_authors(lang, body, words, author):
    q = _quote(body, lang, words)
    assert (q.kind, q.speaker, q.rule) == ("partial", author, "work_voice")


UNNAMED = [
    # no author named with the work: partial, null
    ("fr", "L’ouvrage décrit une « ville sans ombre » et ses habitants.", "ville sans ombre"),
    # a possessive pronoun: the author is not guessed
    ("en", "Ruth Pellew teaches at Dorvan College. Her book “Salt Roads” in 2011 foresaw “hyperlocal trade” "
           "in the region.", "hyperlocal trade"),
    # two authors named with works before: null
    ("es", "El libro de Marta Quiroga Lenz y la novela de Julián Ortega Paz salieron juntos. El libro retrata una "
           "«generación perdida» en la capital.", "generación perdida"),
]


@pytest.mark.parametrize("lang, body, words", UNNAMED)
def test_work_phrase_without_named_author_is_partial_null(lang, body, words):
    q = _quote(body, lang, words)
    assert (q.kind, q.speaker) == ("partial", None)


NOT_A_WORK_VOICE = [
    # a copula: the writer's own judgement
    ("de", "Dieses Buch ist „elternkompatibel“ und eignet sich gut zum Vorlesen."),
    ("en", "The book was “a triumph” of small gestures."),
    # a passive
    ("en", "The book has been translated as “The Salt Roads” in Britain."),
    # the adjective, not the work
    ("en", "The novel coronavirus spread through “wet markets” early on."),
    # a name given by a naming word
    ("en", "The book features a hero called “Bubbles” who never speaks."),
    # the noun is no subject
    ("en", "Ann Marlowe read from the book to “a hushed room” on Friday."),
    # the quote is too far from the verb
    ("fr", "Le livre dénonçait le caractère vague de certains mots comme celui de « crise » sans nuance."),
]


@pytest.mark.parametrize("lang, body", NOT_A_WORK_VOICE)
def test_not_a_work_voice(lang, body):
    at = max(body.find("“"), body.find("„"), body.find("«"))
    assert work_voice(body, 0, at, lang) is None


def test_scare_word_of_writer_stays_scare():
    # ours: a one-word label of the writer's, no work as subject
    q = _quote("Critics praised the “quiet” chapters of the season.", "en", "quiet")
    assert q.rule != "work_voice"


# Rule review_titles (transforms/quotes/review_titles.py): the titles a review headline lists
# after its label are scare. Headlines made up (ours), in the shape of culture pages' heads.
_REVIEW_BODY = "Directed by Ann Lee, the film opens in a desert. “It is a marvel,” said Tom Hale in the Courier."

REVIEW_HEADLINES = [
    ("en", "Film reviews: ‘Harbor Lights,’ ‘Good Luck, Stay Late, Don’t Go,’ and ‘Miro’",
     ["Harbor Lights,", "Good Luck, Stay Late, Don’t Go,", "Miro"]),
    ("en", "Book reviews: ‘The Salt Roads’ and ‘Night Ferry’", ["The Salt Roads", "Night Ferry"]),
    ("de", "Kritik: „Die Salzstraße“ und „Nachtfähre“", ["Die Salzstraße", "Nachtfähre"]),
    ("es", "Reseña: «La ruta de la sal», «Ferry nocturno»", ["La ruta de la sal", "Ferry nocturno"]),
]


@pytest.mark.parametrize("lang, title, titles", REVIEW_HEADLINES)
def test_titles_listed_after_a_review_label_are_scare(lang, title, titles):
    quotes = {q.text: q for q in extract_quotes(title, [], _REVIEW_BODY, lang) if q.zone == "title"}
    for words in titles:
        assert (quotes[words].kind, quotes[words].speaker) == ("scare", None)


NOT_REVIEW_HEADLINES = [
    # a person's name before the colon: the words are theirs
    ("en", "Lee: ‘Huge Mistake,’ ‘Total Disaster’", "Huge Mistake,"),
    # the label is no review: a sentence after a colon
    ("en", "Ann Lee on her film: ‘We Shot It In Nine Days’", "We Shot It In Nine Days"),
    # something else than a list between the quotes
    ("en", "Film reviews: ‘Harbor Lights’ divides critics, ‘Miro’ wins them", "Miro"),
]


@pytest.mark.parametrize("lang, title, words", NOT_REVIEW_HEADLINES)
def test_not_a_reviewed_title(lang, title, words):
    from newsbeam.transforms.quotes.marks import find_spans
    from newsbeam.transforms.quotes.review_titles import reviewed_title
    spans = find_spans(title)
    k = next(i for i, s in enumerate(spans) if title[s.start:s.end] == words)
    assert not reviewed_title(title, spans, k)


def test_one_word_after_by_is_no_author():
    # ours: a book named after one word, no author's full name
    q = _quote("El libro de Job retrata una «paciencia infinita» ante la pérdida.", "es", "paciencia infinita")
    assert (q.kind, q.speaker) == ("partial", None)


def test_one_word_after_by_is_not_replaced_by_an_earlier_author():
    # ours: an author named before, then another work named after one word
    body = ("El libro de Marta Quiroga Lenz salió en marzo. El libro de Job retrata una «paciencia infinita» "
            "ante la pérdida.")
    q = _quote(body, "es", "paciencia infinita")
    assert (q.kind, q.speaker) == ("partial", None)
