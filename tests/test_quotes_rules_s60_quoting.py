"""Speakers, stop 60 (issue 16): words one person quotes from another before a colon are the
quoted person's (rule ``lead_in`` through ``quoted_as.quoted_with_colon``); each case in our own
words.

"Ann Lee quoted Winston Churchill: “We shall never surrender.”" gave Ann Lee, who only repeats
the line; the guide gives a quoted line to its author when the article names them. The verb of
quoting ends the lead-in, its object is a name that opens on a known first name (after up to three
lower-case words of description, none a preposition), and nothing but a colon or comma stands
before the quote; a work ("quoted Proverbs:", "quoted Animal Farm:") is not read; a passive ("Lee was quoted:", "cité par Le Figaro") or a relative clause ("which
quoted …") is read as before; German objects with an article are ``quoted_object``'s, and one that
is no given name and surname names no one. After the adversarial reads: not "cited" ("cited
Brexit:", a cause), not the nouns "cita" and "cité" ("su cita con Pedro Sánchez", "la cité
Gagarine"), not an unnamed person's ("the wife of Tom Hale", "un colaborador de Pedro Sánchez").
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str, language: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, language)]


@pytest.mark.parametrize("language, body, speaker", [
    ("en", "Ann Lee quoted Winston Churchill: “We shall never surrender.”", "Winston Churchill"),
    ("en", "In her speech, Ann Lee quoted Winston Churchill: “We shall never surrender.”", "Winston Churchill"),
    ("en", "Closing the debate, Ann Lee quoted the poet Maya Angelou: “Still I rise.”", "Maya Angelou"),
    ("de", "Tom Weber zitierte Helmut Schmidt: „Wer Visionen hat, sollte zum Arzt gehen.“", "Helmut Schmidt"),
    ("fr", "Ann Lee a cité Victor Hugo : « Rien n'est plus puissant qu'une idée. »", "Victor Hugo"),
    ("fr", "Ann Lee cite Victor Hugo : « Rien n'est plus puissant qu'une idée. »", "Victor Hugo"),
    ("es", "Ana Ruiz citó a Gabriel García Márquez: «La vida no es la que uno vivió».", "Gabriel García Márquez"),
    ("pt", "Ana Ruiz citou Paulo Freire: “Ninguém educa ninguém.”", "Paulo Freire"),
    ("pt", "Haddad citou o economista John Maynard Keynes: “No longo prazo, estaremos todos mortos.”", "John Maynard Keynes"),
])
def test_the_quoted_line_is_its_authors(language: str, body: str, speaker: str) -> None:
    assert _speakers(body, language) == [speaker]


@pytest.mark.parametrize("language, body", [
    ("en", "The paper quoted the wife of Tom Hale: “He never came home.”"),
    ("de", "Die Bild zitiert Insider: „Er ist verärgert.“"),
    ("de", "Tom Weber zitierte Goethe: „Mehr Licht!“"),  # (a German noun is capitalized too: no given name, no one)
])
def test_no_one_named_is_no_speaker(language: str, body: str) -> None:
    assert _speakers(body, language) == [None]


@pytest.mark.parametrize("language, body, speaker", [
    # traps: the quoter's own words, a cause cited, a noun that is no verb, the passive
    ("en", "Ann Lee, who often quotes Churchill, said: “We will win.”", "Ann Lee"),
    ("en", "Ann Lee was quoted by the Times: “We will win.”", "Ann Lee"),
    ("en", "Ann Lee quoted Churchill and then added her own line: “We will win.”", "Ann Lee"),
    ("en", "The Herald quoted Ann Lee as saying: “We will win.”", "Ann Lee"),
    ("en", "Ann Lee cited Covid: “We lost half our customers.”", "Ann Lee"),
    ("en", "Mayor Tom Hale cited Hurricane Ian: “We are still rebuilding.”", "Tom Hale"),
    # a work after "quoted" is no person: read as before (the quoter's; the guide's null is not reached)
    ("en", "The senator Ann Lee quoted Animal Farm: “All animals are equal.”", "Ann Lee"),
    ("en", "Ann Lee spoke to the paper. She said, as quoted in The Guardian: “We will not back down.”", "Ann Lee"),
    ("es", "Ana Ruiz habló de su primera cita con Pedro Sánchez: «Fue muy cordial».", "Ana Ruiz"),
    ("fr", "Le maire Karim Benali a parlé aux habitants de la cité Gagarine : « Nous allons tout rénover. »", "Karim Benali"),
])
def test_the_quoters_own_words_stay_theirs(language: str, body: str, speaker: str) -> None:
    assert _speakers(body, language) == [speaker]
