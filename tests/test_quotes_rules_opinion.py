"""Rule ``speech_subject`` with verbs of believing and fearing (lexicon.OPINION_VERBS and each
language's ``OPINION``): a partial quote in their clause is the believer's words, not the
writer's term; the verbs are no reporting cues of their own. Rule ``clause_fragment`` after a
sentence that reports speech: a quoted clause in the next sentence of the paragraph goes on with
that speech."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.language import use, voices_view


def _quote(body: str, words: str, language: str | None = None):
    quotes = [q for q in extract_quotes("", [], body, language=language) if q.text == words]
    assert len(quotes) == 1, [q.text for q in extract_quotes("", [], body, language=language)]
    return quotes[0]


@pytest.mark.parametrize("body, words, speaker", [
    # One or two quoted words before a preposition look like a label on a noun; after a
    # believing subject they are the subject's words.
    ("Councillor Maya Brandt believes that the levy is a “dead end” for small shops.",
     "dead end", "Maya Brandt"),
    ("Coach Idris Pell fears the “slow start” of his side in the league.", "slow start", "Idris Pell"),
    # One quoted word closing the sentence after a believing subject: said, not the writer's term.
    ("Judge Rosa Kell thinks the appeal is “hopeless.”", "hopeless.", "Rosa Kell"),
], ids=["believes-that", "fears", "thinks-one-word"])
def test_a_believing_subject_gets_the_partial_quote(body, words, speaker):
    q = _quote(body, words)
    assert (q.kind, q.speaker) == ("partial", speaker)


@pytest.mark.parametrize("body, words", [
    # The subject is no one: the writer's term.
    ("The old ferry considers the “fast lane” a luxury.", "fast lane"),
    # A name in capitals is no one's words, whatever the verb.
    ("Maya Brandt believes the “Green Mile” plan will pass.", "Green Mile"),
    # A label on the noun after it stays the writer's.
    ("Maya Brandt believes in the “zero waste” movement.", "zero waste"),
], ids=["thing-as-subject", "capitalized-name", "label-on-the-next-noun"])
def test_a_believing_verb_leaves_labels_scare(body, words):
    assert _quote(body, words).kind == "scare"


@pytest.mark.parametrize("language, body, words", [
    ("es", "Ana Ruiz cree que la reforma será «papel mojado» en el Senado.", "papel mojado"),
    ("pt", "Paulo Lima entende que ele faz bem o papel de \"árbitro\" na Câmara.", "árbitro"),
    ("fr", "Paul Roux pense que la taxe est « injuste » pour les artisans.", "injuste"),
], ids=["es-cree", "pt-entende", "fr-pense"])
def test_believing_verbs_of_other_languages_make_the_quote_partial(language, body, words):
    assert _quote(body, words, language).kind == "partial"


def test_the_lists_of_other_languages_apply_only_to_their_articles():
    assert voices_view("believes") and voices_view("dismissed")
    assert not voices_view("cree")
    with use("es"):
        assert voices_view("cree") and not voices_view("pense")


@pytest.mark.parametrize("body, words, kind", [
    # A clause lifted from someone's words right after a sentence of the same paragraph that
    # reports speech goes on with that speech: partial (no one named in its own sentence).
    ("The levy will not fix the roads, the engineer said. It helps only where “the traffic is "
     "lighter than anyone planned.”", "the traffic is lighter than anyone planned.", "partial"),
    # With no reporting sentence before it, a lower-case quoted clause is still someone's
    # words (scare quotes mark terms and names, not clauses): partial, no one named.
    ("The levy came in May. It helps only where “the traffic is lighter than anyone planned.”",
     "the traffic is lighter than anyone planned.", "partial"),
], ids=["after-a-reported-sentence", "after-a-plain-sentence"])
def test_a_clause_after_a_reported_sentence_goes_on_with_the_speech(body, words, kind):
    assert _quote(body, words).kind == kind


def test_the_clause_after_a_reported_sentence_goes_to_that_sentences_named_reporter():
    body = ("“We will see,” said Ann Lee, the port director. The levy will not fix the roads, said Ann "
            "Lee in the Courier. It helps only where “the traffic is lighter than anyone planned.”")
    q = _quote(body, "the traffic is lighter than anyone planned.")
    # (a roundup paragraph since stop 37: roundup_phrase credits it before clause_fragment)
    assert (q.kind, q.speaker) == ("partial", "Ann Lee") and q.rule in ("clause_fragment", "roundup_phrase")


def test_a_clause_after_a_reported_sentence_that_runs_over_sentences_is_not_taken():
    # Marks paired wrongly run over a sentence's end: no clause lifted from anyone.
    body = ("The levy will not fix the roads, the engineer said. It helps only where “the traffic is "
            "light. Then the vans came back and the name “Ring Road” stuck.")
    assert all(q.kind != "partial" for q in extract_quotes("", [], body))
