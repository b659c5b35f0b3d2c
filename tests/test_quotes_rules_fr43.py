"""French speakers, stop 43 (issue 16): made-up sentences and names, grouped by shape.

described_fr.named_before_description: "le philosophe", "l'historienne" as the subject of a
quote's attribution stands for the one person named before it in its paragraph, when the
paragraph credited no one (the sex shown and the description's article agreeing).
comme_clause: "Comme le souligne X, … « … »", "…, comme l'a rappelé X.": the clause's subject said
the quoted words, wherever the quote stands in the sentence.
The shapes were counted on essays, radio and culture pages (docs/quality.md, "Stop 43, fr43");
the sentences and names here are our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _quote(body: str, words: str, lang: str = "fr"):
    quotes = [q for q in extract_quotes("Un essai", [], body, lang) if q.text == words]
    assert len(quotes) == 1
    return quotes[0]


# --- described_fr: a description standing for the one person named before it ------------------

@pytest.mark.parametrize("body, words, speaker", [
    ("Serions-nous entrés dans l'ère de ce que Paul Lorrain appelle dans un ouvrage récent le temps "
     "des comités ? Manœuvre ou prudence, le philosophe dénonce le recours aux « commissions d'experts » "
     "comme un recul.", "commissions d'experts", "Paul Lorrain"),
    ("Dans son dernier ouvrage, Claire Montaubert revient sur les villes moyennes. L'historienne dénonce "
     "la « mémoire courte » des élus.", "mémoire courte", "Claire Montaubert"),
    ("Le dernier livre de Sophie Varenne paraît ce mois-ci chez un petit éditeur. La sociologue y "
     "décrit des « quartiers sans voix ».", "quartiers sans voix", None),  # "y décrit": no cue read here
])
def test_a_description_stands_for_the_one_person_named_before_it(body: str, words: str,
                                                                 speaker: str | None) -> None:
    assert _quote(body, words).speaker == speaker


@pytest.mark.parametrize("body, words", [
    # two people named before: no telling which
    ("Paul Lorrain et Michel Darras ont publié un livre. Le philosophe dénonce les « comités ».", "comités"),
    # the person named is a woman, the description a man's
    ("Anne Lorrain a publié un livre. Le philosophe dénonce les « comités ».", "comités"),
    # named in another paragraph only
    ("Paul Lorrain a publié un livre.\nLe philosophe dénonce les « comités ».", "comités"),
])
def test_a_description_with_no_single_person_before_it_names_no_one(body: str, words: str) -> None:
    assert _quote(body, words).speaker is None


def test_a_description_after_a_quote_credited_in_the_paragraph_is_left_to_that_reading() -> None:
    body = ("« Nous partons », a dit Jean Morvan. Paul Lorrain a publié un livre. "
            "Le philosophe dénonce les « comités ».")
    assert _quote(body, "comités").speaker is None


def test_the_description_is_read_in_french_only() -> None:
    body = "Paul Lorrain wrote a book. The philosopher denounces the use of “expert panels”."
    assert _quote(body, "expert panels", "en").speaker is None


# --- comme_clause: "Comme le souligne X, …" ------------------------------------------------------

@pytest.mark.parametrize("body, words, speaker", [
    ("Comme le souligne la sociologue Anne Verrier, la ville « oublie ses marges ».",
     "oublie ses marges", "Anne Verrier"),
    ("Ainsi que l'écrit Paul Morvan, la mémoire est « une ruse du présent ».",
     "une ruse du présent", "Paul Morvan"),
    ("Comme l'explique Anne Verrier dans son livre, les quartiers sont « des archipels ».",
     "des archipels", "Anne Verrier"),
    ("La ville « oublie ses marges », comme l'a rappelé Paul Morvan lors d'un colloque.",
     "oublie ses marges", "Paul Morvan"),
    ("Ainsi que le note l'urbaniste Paul Morvan, un quartier « vit de ses seuils ».",
     "vit de ses seuils", "Paul Morvan"),
])
def test_a_comme_clause_gives_the_sentence_to_its_subject(body: str, words: str, speaker: str) -> None:
    quote = _quote(body, words)
    assert (quote.speaker, quote.kind, quote.rule) == (speaker, "partial", "comme_clause")


@pytest.mark.parametrize("body, words", [
    ("Comme le montre l'étude, la ville « oublie ses marges ».", "oublie ses marges"),    # no verb of saying
    ("Comme le dit si bien le proverbe, la ville « oublie ses marges ».", "oublie ses marges"),  # no subject read
    ("Comme l'a fait Paul Morvan, la ville « oublie ses marges ».", "oublie ses marges"),  # "faire": no saying
])
def test_a_comme_clause_without_a_speaking_subject_credits_no_one(body: str, words: str) -> None:
    assert _quote(body, words).speaker is None


def test_an_unnamed_subject_makes_the_words_someone_s() -> None:
    quote = _quote("Ces choix révèlent, comme l'avancent les auteurs, l'arbitraire d'un « pilotage "
                   "autoritaire ».", "pilotage autoritaire")
    assert (quote.speaker, quote.kind) == (None, "partial")


# --- words_of: "selon l'expression de X", "selon la formule de X" ---------------------------------

@pytest.mark.parametrize("body, words, speaker", [
    ("À ces « divisions du temps », selon l'expression de Paul Morvan, les historiens ont consacré des "
     "travaux.", "divisions du temps", "Paul Morvan"),
    ("La ville est une « mosaïque de seuils », selon la formule de la géographe Anne Verrier.",
     "mosaïque de seuils", "Anne Verrier"),
    ("Le quartier est « un archipel », pour reprendre l'expression du sociologue Paul Morvan.",
     "un archipel", "Paul Morvan"),
])
def test_the_expression_of_someone_is_that_person_s(body: str, words: str, speaker: str) -> None:
    quote = _quote(body, words)
    assert (quote.speaker, quote.kind) == (speaker, "partial")


# --- own_words: "selon ses mots", "pour reprendre ses termes" ------------------------------------

@pytest.mark.parametrize("body, words, speaker", [
    # the sentence's subject pronoun
    ("Anne Verrier publie un essai. Elle y voit, pour reprendre ses termes, une « ville sans seuil ».",
     "ville sans seuil", "Anne Verrier"),
    # the sentence's subject named
    ("Anne Verrier y voit, selon ses propres mots, une « ville sans seuil ».", "ville sans seuil", "Anne Verrier"),
    # the person credited just before in the paragraph
    ("« Nous partons », a dit Jean Morvan. Le départ est, selon ses mots, une « délivrance ».",
     "délivrance", "Jean Morvan"),
    # the one person named before, no quote credited in the paragraph
    ("Paul Morvan a publié un essai. Il s'agit, selon ses mots, d'une « trahison douce ».",
     "trahison douce", "Paul Morvan"),
])
def test_own_words_are_the_owner_s(body: str, words: str, speaker: str) -> None:
    quote = _quote(body, words)
    assert (quote.speaker, quote.kind, quote.rule) == (speaker, "partial", "own_words")


@pytest.mark.parametrize("body, words", [
    ("Il s'agit, selon ses mots, d'une « trahison douce ».", "trahison douce"),  # no one before
    # two people named before: whose words, no telling
    ("Paul Morvan et Anne Verrier ont publié un essai. Il s'agit, selon ses mots, d'une « trahison douce ».",
     "trahison douce"),
])
def test_own_words_of_no_one_read_are_someone_s(body: str, words: str) -> None:
    quote = _quote(body, words)
    assert (quote.speaker, quote.kind) == (None, "partial")


def test_own_words_carry_no_speaker_on() -> None:
    body = ("Anne Verrier publie un essai. Elle y voit, pour reprendre ses termes, une « ville sans seuil ».\n"
            "« La mémoire est une ruse », c'est ce qu'écrit Paul Morvan.")
    assert _quote(body, "La mémoire est une ruse").speaker is None


# --- cest_ainsi: "C'est ainsi que" opening the sentence after the quote ---------------------------

def test_cest_ainsi_opening_a_sentence_after_the_quote() -> None:
    body = "« Un foisonnement de créateurs. » C’est ainsi que Paul Morvan, directeur du festival, résume l’esprit."
    quote = _quote(body, "Un foisonnement de créateurs.")
    assert (quote.speaker, quote.rule) == ("Paul Morvan", "cest_ainsi")


# --- these_words: "« … » : cette phrase de X" --------------------------------------------------

@pytest.mark.parametrize("body, words, speaker", [
    ("« Comprendre, c'est déjà pardonner » : cette petite phrase de Paul Morvan a fait scandale.",
     "Comprendre, c'est déjà pardonner", "Paul Morvan"),
    ("« Sa plume est franche et sans détour. »\nCes mots d'Anne Verrier me touchent beaucoup.",
     "Sa plume est franche et sans détour.", "Anne Verrier"),
    ("« La ville est une ruse. » Ces propos du maire Paul Morvan ont surpris.", "La ville est une ruse.", "Paul Morvan"),
])
def test_a_demonstrative_after_the_quote_names_its_author(body: str, words: str, speaker: str) -> None:
    quote = _quote(body, words)
    assert (quote.speaker, quote.rule) == (speaker, "these_words")


@pytest.mark.parametrize("body, words", [
    ("Le site demande « un code secret ». Ces mots de passe sont trop courts.", "un code secret"),
    ("« La ville est une ruse. » Cette phrase de trop a tout gâché.", "La ville est une ruse."),
])
def test_a_demonstrative_naming_no_one_credits_no_one(body: str, words: str) -> None:
    assert _quote(body, words).rule != "these_words"
