"""Speakers, a second reading of stop 48 (issue 16): the edges of the paragraph's subject outside
English, possessive labels and the writer quoting, where the first reading gave a wrong name.

- French "il" that stands for no one, beyond "Il faut" and "Il est clair que": the weather ("Il
  neige"), a negation before the verb ("Il ne faut pas", "Il n'y a plus"), "Il était une fois",
  the hour ("Il est midi"), an adverb or a comma before the frame ("Il est donc urgent d'agir",
  "Il est évident, pour tous, que"), "Il vaudrait mieux", "Il s'est passé", "Il en va de":
  null, not the person named before (pronoun_before._impersonal).
- Spanish and Portuguese verbs whose dropped subject is as often a thing: "Compró una casa. Tiene
  tres pisos." is no one's; a reflexive with "que" ("Mostra-se que …") is impersonal.
- Two people joined as the subject before ("Anna Keller und Maria Roth leiten …", "Tom Hale y su
  esposa …"): a singular pronoun, a dropped subject or a possessive after them is unsure: null.
- English "His lawyer's advice:" is the lawyer's, not his; Portuguese "O conselho dela:" is a
  woman's, not the man the sentence before names as its subject.
- "Tom Hale habló citando a Ana Ruiz: «…»" was Tom Hale's here; since stop 60 Ana Ruiz's (the
  guide's quoted author, quoted_as.quoted_with_colon).
- "Vía Ana Ruiz, …", "Citando Ana Ruiz: …": the opening word is no part of the name.

Every sentence and name here is our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

_DE = "„Das wird so nicht reichen, das wissen alle hier.“"
_FR = "« Cela ne suffira pas, tout le monde ici le sait. »"
_ES = "«Esto no alcanzará y todos aquí lo saben»."
_PT = "\"Isso não vai bastar e todos aqui sabem disso.\""


def _speakers(body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("Ein Titel", [], body, lang)]


@pytest.mark.parametrize("opening", [
    "Il neige depuis trois jours.",
    "Il était une fois un refuge.",
    "Il était une heure du matin.",
    "Il est midi.",
    "Il était temps.",
    "Il est donc urgent d'agir.",
    "Il est urgent, selon les bénévoles, d'agir.",
    "Il est évident, pour tous, que rien ne changera.",
    "Il est à craindre que rien ne change.",
    "Il n'y a plus d'argent.",
    "Il ne faut pas rêver.",
    "Il ne reste rien.",
    "Il s’est passé beaucoup de choses.",
    "Il vaudrait mieux attendre.",
    "Il devient urgent d'agir.",
    "Il apparaît que la mairie hésite.",
    "Il en va de la survie des animaux.",
])
def test_french_impersonal_il_names_no_one(opening: str) -> None:
    assert _speakers(f"Marc Delorme dirige le refuge. {opening} {_FR}", "fr") == [None]


@pytest.mark.parametrize("opening", [
    "Il est sceptique.",
    "Il est président du club depuis 2010.",
    "Il n'a pas tort.",
    "Il demeure optimiste.",
])
def test_french_personal_il_still_names_the_subject(opening: str) -> None:
    assert _speakers(f"Marc Delorme dirige le refuge. {opening} {_FR}", "fr") == ["Marc Delorme"]


@pytest.mark.parametrize("lang, body", [
    ("es", f"Lucía Prado compró una casa. Tiene tres pisos. {_ES}"),
    ("es", f"Lucía Prado dirige el refugio. Tiene capacidad para cien perros. {_ES}"),
    ("es", f"El alcalde Iván Soto cerró el refugio. Lleva diez años sin ayudas. {_ES}"),
    ("pt", f"Lúcia Prado comprou uma casa. Tem três andares. {_PT}"),
    ("pt", f"Lúcia Prado dirige o abrigo. Mostra-se que o plano falha. {_PT}"),
])
def test_dropped_subject_that_is_a_thing(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]


@pytest.mark.parametrize("lang, body", [
    ("de", f"Greta Brand und Maria Roth leiten das Tierheim. Sie ist skeptisch. {_DE}"),
    ("de", f"Jonas Brand und seine Frau leiten das Tierheim. Sie ist skeptisch. {_DE}"),
    ("fr", f"Léa Vidal et Julie Blanc dirigent le refuge. Elle est sceptique. {_FR}"),
    ("es", f"Lucía Prado y Marta Gil dirigen el refugio. Ella es escéptica. {_ES}"),
    ("es", f"Iván Soto y su esposa dirigen el refugio. Cree que no habrá dinero. {_ES}"),
    ("pt", f"Iván Soto e Lúcia Prado dirigem o abrigo. Ela está cética. {_PT}"),
    ("es", "Iván Soto y Lucía Prado entrenan atletas. Su consejo: «Dormir más y entrenar menos»."),
    ("pt", "Iván Soto e Lúcia Prado treinam atletas. Seu conselho: \"Dormir mais e treinar menos.\""),
])
def test_two_people_joined_before_a_singular_reference(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]


@pytest.mark.parametrize("lang, body", [
    ("en", "Ned Fowler sued the firm. His lawyer's advice: \"Settle now and move on.\""),
    ("pt", "Iván Soto treina Lúcia Prado. O conselho dela: \"Dormir mais e treinar menos.\""),
    ("pt", "Iván Soto vendeu a fazenda para Lúcia Prado. O veredicto dela: \"Uma pechincha.\""),
])
def test_possessive_label_of_someone_else(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]


def test_possessive_label_of_the_subject_still_named() -> None:
    body = "Iván Soto treina Lúcia Prado. O conselho dele: \"Dormir mais e treinar menos.\""
    assert _speakers(body, "pt") == ["Iván Soto"]


def test_citing_inside_a_sentence_is_the_quoted_persons() -> None:
    # (s60: was the subject's, Iván Soto; the guide gives a quoted line to the author the article
    # names, as "Ann Lee quoted Winston Churchill:" and "Reilly said, quoting Ann Lee:" now read)
    body = "Iván Soto habló citando a Lucía Prado: «Nunca te rindas»."
    assert _speakers(body, "es") == ["Lucía Prado"]


@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "Vía Lucía Prado, el club comunicó: «Sin palabras, solo tristeza».", None),
    ("pt", "Citando Lúcia Prado: \"Nunca desista de nada.\"", "Lúcia Prado"),
])
def test_opening_word_is_no_part_of_the_name(lang: str, body: str, speaker: str | None) -> None:
    assert _speakers(body, lang) == [speaker]


@pytest.mark.xfail(reason="a pronoun that stands for a thing the sentence before names as its object "
                          "('einen Hund' / 'un chien' / 'um carro') is read as the person; not mended "
                          "(telling a thing from a person needs the noun's gender and sense)", strict=True)
@pytest.mark.parametrize("lang, body", [
    ("de", f"Jonas Brand kaufte einen Hund. Er bellt jede Nacht. {_DE}"),
    ("fr", f"Marc Delorme a acheté un chien. Il aboie toute la nuit. {_FR}"),
    ("fr", f"Léa Vidal habite la ville. Elle est sale et bruyante. {_FR}"),
    ("pt", f"Iván Soto comprou um carro. Ele tem três portas. {_PT}"),
])
def test_pronoun_for_a_thing(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]
