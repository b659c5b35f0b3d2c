"""A person's sex from their first name (``first_names``, stop 39, issue 16): the last resort of
pronoun agreement, after everything the article says. Made-up names and sentences."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.first_names_data import FEMALE, MALE
from newsbeam.transforms.quotes.names import NameIndex


@pytest.mark.parametrize("name, sex", [
    ("Maria Lopez", "f"),
    ("Tom Hale", "m"),
    ("José Ruiz", "m"),  # accents as the counts write them: "jose"
    ("Anne-Marie Roy", "f"),  # a hyphenated first name whose parts agree
    ("Hans-Peter Weber", "m"),
    # no sex: one word (a surname alone), an initial, a name of both sexes, one that changed sex
    # over the decades, one that is the other sex abroad (Italian "Andrea"), no first name at all
    ("Lopez", None),
    ("J. Hale", None),
    ("Jordan Price", None),
    ("Taylor Hale", None),
    ("Lindsey Hale", None),
    ("Andrea Rossi", None),
    ("the council", None),
])
def test_a_first_name_that_names_one_sex(name, sex):
    assert first_name_sex(name) == sex


def test_the_lists_are_apart_and_bounded():
    female, male = set(FEMALE.split()), set(MALE.split())
    assert not female & male
    assert 5_000 < len(female) + len(male) < 20_000


def test_the_article_wins_over_the_first_name():
    """An honorific before the surname decides; the first name only where the article says nothing,
    and a first name alone makes no one a person (``is_person`` reads the article only)."""
    assert NameIndex(["Maria Lopez came late."]).gender("Maria Lopez") == "f"
    assert NameIndex(["Maria Lopez came late. Mr. Lopez said so."]).gender("Maria Lopez") == "m"
    # a surname takes the first name of its fullest form
    assert NameIndex(["Maria Lopez came late. Lopez said so."]).gender("Lopez") == "f"
    assert not NameIndex(["Maria Lopez came late."]).is_person("Maria Lopez")


BAKERY = ("{a} has run the bakery for ten years. On Monday {b} met {c}.{extra}\n\n"
          "“We will not give up,” {p} said.")
HEAD = ", who heads the council"  # makes the one met a person the pronoun can name


@pytest.mark.parametrize("a, b, c, extra, pronoun, speaker", [
    # the pronoun finds the one whose first name agrees (Tom Hale was taken for "she")
    ("Tom Hale", "Hale", "Maria Lopez" + HEAD, "", "she", "Maria Lopez"),
    ("Tom Hale", "Hale", "Maria Lopez" + HEAD, "", "he", "Tom Hale"),
    ("Sarah Bell", "Bell", "Ryan Cole" + HEAD, "", "he", "Ryan Cole"),
    # the subject's first name disagrees and the one met is no person yet: rather no one
    ("Ryan Cole", "Cole", "Sarah Bell at city hall", "", "she", None),
    ("Sarah Bell", "Bell", "Ryan Cole at city hall", "", "he", None),
    # a name of both sexes gives no sex to refuse by
    ("Jordan Cole", "Cole", "Sarah Bell at city hall", "", "she", "Jordan Cole"),
    # the article's "Ms. Cole" wins over the first name Ryan
    ("Ryan Cole", "Cole", "Sarah Bell at city hall", " Ms. Cole said the talks went well.", "she", "Ryan Cole"),
])
def test_a_pronoun_agrees_with_a_first_name(a, b, c, extra, pronoun, speaker):
    body = BAKERY.format(a=a, b=b, c=c, extra=extra, p=pronoun)
    [quote] = extract_quotes("", [], body, language="en")
    assert quote.speaker == speaker


@pytest.mark.parametrize("language, body", [
    ("de", "Jonas Reimer leitet die Schule seit zehn Jahren. Am Montag traf Reimer Anna Keller zu einem "
           "Gespräch.\n\n„Wir geben nicht auf“, sagte sie."),
    ("es", "Pedro Ruiz dirige la escuela desde hace diez años. El lunes Ruiz se reunió con Ana Torres en el "
           "ayuntamiento.\n\n“No vamos a rendirnos”, dijo ella."),
    ("fr", "Pierre Martin dirige l'école depuis dix ans. Lundi, Martin a rencontré Marie Dupont à la "
           "mairie.\n\n« Nous n'abandonnerons pas », a-t-elle dit."),
    ("pt", "Pedro Souza dirige a escola há dez anos. Na segunda, Souza se reuniu com Ana Costa na "
           "prefeitura.\n\n“Não vamos desistir”, disse ela."),
])
def test_sie_ella_elle_is_not_a_man_named_by_first_name(language, body):
    """"sie", "ella", "elle" after a paragraph whose subject is a man by his first name: not him."""
    [quote] = extract_quotes("", [], body, language=language)
    assert quote.speaker is None
