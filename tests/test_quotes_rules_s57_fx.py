"""Speakers, stop 57, French: the final adversarial read's traps (our own words).

- A run of names right after an article and a lower-case common noun names a thing ("la rue
  Victor Hugo", "le collège Jean Moulin", "la fondation Abbé Pierre"): no speaker
  (quote_opens._thing_named); a word for a person or an agent's noun keeps its name ("le
  sénateur Gaël Rivière", "l'attaquant Karim Ziani").
- A body in sentence case names one body only with a complement on a definite article ("des",
  "du", "de la", "de l’") or its (ACRONYM): "le Tribunal de commerce", "la Cour d'appel", "le
  Comité de soutien" are kinds of body (bodies_fr.has_complement).
- After "l’", only an acronym or a few institutions' one-word names are read as a body
  (subjects_fr.elided_name): "l’Ogre", "l’Élu" are nicknames and epithets.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _all(body: str, lang: str = "fr") -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in extract_quotes("", [], body, lang)]


@pytest.mark.parametrize("body", [
    "La rue Émile Zola évoque « un siècle de luttes ouvrières ».",
    "Le collège Jean Moulin réclame « deux postes de plus » pour la rentrée.",
    "L'hôpital Louis Pasteur réclame « du personnel » avant l'hiver.",
    "Le film Jeanne Dielman évoque « l'ennui d'une vie domestique ».",
    "Le roman Madame Bovary évoque « les rêves d'une provinciale ».",
    "La fondation Abbé Pierre réclame « un toit pour tous ».",
    "Le stade Geoffroy Guichard évoquait « un chaudron » les soirs de match.",
])
def test_names_after_an_article_and_a_common_noun_name_a_thing(body: str) -> None:
    assert all(spk is None for _, spk, _ in _all(body))


@pytest.mark.parametrize("body, speaker", [
    ("Le sénateur Gaël Rivière réclame « des moyens » pour les hôpitaux.", "Gaël Rivière"),
    ("L'attaquant Karim Ziani réclame un « vrai projet » pour le club.", "Karim Ziani"),
    ("Le groupe Renault réclame « des aides » à l'État.", "Renault"),
    ("Emmanuel Macron veut croire à « un sursaut » européen.", "Emmanuel Macron"),
])
def test_a_person_or_a_company_before_the_verb_still_speaks(body: str, speaker: str) -> None:
    assert _all(body)[-1][1] == speaker


@pytest.mark.parametrize("body", [
    "Le Tribunal de commerce a jugé l'offre de reprise « sérieuse ».",
    "« L'offre est sérieuse », a estimé le Tribunal de commerce.",
    "La Cour d'appel a jugé la sanction « excessive ».",
    "« La sanction est excessive », a jugé la Cour d'appel.",
    "Le Comité de soutien a dénoncé « une procédure bâclée ».",
    "Le Collectif de parents dénonce « une fermeture de classe injuste ».",
    "L'Association de parents d'élèves réclame « plus de surveillants ».",
    "La Chambre d'agriculture a dénoncé « des normes absurdes ».",
    "Le Conseil de discipline a jugé le comportement « inacceptable ».",
    "« Les enfants sont ravis », a confié le Centre de loisirs.",
])
def test_a_body_whose_complement_has_no_article_names_no_one(body: str) -> None:
    assert all(spk is None for _, spk, _ in _all(body))


@pytest.mark.parametrize("body, speaker", [
    ("Le Syndicat libre des cheminots dénonce « une trahison ».", "Syndicat libre des cheminots"),
    ("La Fédération des producteurs laitiers a dénoncé « un prix indigne ».", "Fédération des producteurs laitiers"),
    ("« Le site doit rester ouvert », a affirmé l’Union des industries chimiques.", "Union des industries chimiques"),
    ("La Fédération de la plasturgie a dénoncé « un coup dur ».", "Fédération de la plasturgie"),
    ("Le Parti pour le renouveau démocratique (PRD) a dénoncé « une mascarade ».",
     "Parti pour le renouveau démocratique"),
])
def test_a_body_with_a_definite_complement_or_its_acronym_is_named(body: str, speaker: str) -> None:
    assert _all(body)[-1][1] == speaker


@pytest.mark.parametrize("body, speaker", [
    ("Riner a répondu aux critiques. « Je n'ai pas fini », a prévenu l'Ogre.", None),
    ("« L'affaire est close », a tranché l'Élu.", None),
    ("« Le dossier est clos », a déclaré l’OMS lundi.", "OMS"),
    ("« Rien n'est décidé », a indiqué l’Élysée dans un communiqué.", "Élysée"),
    ("« La croissance ralentit », selon l'Insee.", "Insee"),
])
def test_after_an_elided_article_only_an_acronym_or_a_listed_body(body: str, speaker: str | None) -> None:
    assert _all(body)[-1][1] == speaker
