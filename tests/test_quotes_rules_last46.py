"""Wrong names the last reader of stop 46's merged tree found where two branches meet, mended
before the merge (docs/quality.md, "Stop 46, the merged tree"). Every sentence is made up (new
names, new wording) in the shape the reader wrote; main gave null or the right name for each.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _only(body: str, lang: str):
    quotes = extract_quotes("Titel", [], body, lang)
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


@pytest.mark.parametrize("lang, body", [
    # a place after the speaker's noun is no speaker (fr46's "lance" met the old name search)
    ("fr", "« Allez les Verts ! », lance la foule au Stade Geoffroy-Guichard."),
    ("fr", "« Quel match ! », a crié un spectateur au Parc des Sports de Carnoux."),
    # a group named after a person: not that person's words (kindde46's naming clause)
    ("fr", "Ce que l'entourage de Josiane Mercadier appelle « une cabale » vise la justice."),
    ("fr", "Ce que les opposants à Bernard Lavilliers-Roux appellent « une dérive » inquiète."),
    ("es", 'Lo que la familia de Tomás Ibarra Sosa llama "justicia" llegó tarde.'),
    # a degree is no name (part46's inverted incise met trade46's degrees)
    ("en", 'The plan, said Okafor, PhD, was "overdue."'),
    # "Ihr" after a plural group of people is "their" (none46's possessive label)
    ("de", "Die Forscher um Professorin Jana Wendler untersuchten 300 Proben. Ihr Fazit: „Das Wasser ist sauber.“"),
])
def test_no_person_speaks_here(lang: str, body: str) -> None:
    assert _only(body, lang).speaker is None


@pytest.mark.parametrize("lang, body, speaker", [
    # the employer holds a word of the first-name lists: the person's given name is the last one
    ("fr", "« On a souffert », lance l'entraîneur du Paris Saint-Germain Luis Montero.", "Luis Montero"),
    ("fr", "« On a souffert », a déclaré l'entraîneur du Red Star Grégory Poiret.", "Grégory Poiret"),
    # a Spanish honorific is no part of the name
    ("es", 'Lo que la Dra. Ana Quiroga llama "medicina defensiva" cuesta millones.', "Ana Quiroga"),
    # "Die" before a woman's noun is singular: her conclusion
    ("de", "Die Ärztin Jana Wendler untersuchte 300 Proben. Ihr Fazit: „Das Wasser ist sauber.“", "Jana Wendler"),
    # "Mit den Worten „…“ wird X … zitiert": X's words (with_words, as main read it)
    ("de", "Mit den Worten „Wir sind bereit“ wird Trainer Olaf Brinkmann in der Zeitung zitiert.", "Olaf Brinkmann"),
])
def test_the_person_speaks(lang: str, body: str, speaker: str) -> None:
    assert _only(body, lang).speaker == speaker


@pytest.mark.parametrize("body, speaker", [
    # "Papst" before one name is kept with it, as "Pope Francis" is (name_heads.NOBLE_TITLES): stop 46
    # made "Papst" a German title, and the one word left ("Franziskus") was no name the resolver took
    ("Papst Benedikt sagte am Sonntag auf dem Petersplatz: „Der Frieden ist möglich.“", "Papst Benedikt"),
    ("Mit dem Satz „Niemand ist vergessen“ sorgte Papst Benedikt für Aufsehen.", "Papst Benedikt"),
    # with a regnal number the title goes, as "King Charles III" is "Charles III"
    ("„Der Friede beginnt im Kleinen“, sagte Papst Gregor XVII. beim Angelusgebet.", "Gregor XVII"),
])
def test_the_pope_keeps_his_one_name_whole(body: str, speaker: str) -> None:
    assert _only(body, "de").speaker == speaker
