"""Speakers, stop 57, French, mended after an adversarial read (issue 16): trap tests, each in
our own words, for the passages this stop's French edits had made worse.

- Verbs of mentioning and demanding ("évoque", "évoquait", "réclame", "invoque", "pointent")
  credit a subject only when it is a person or a named body: a work's title, a law, a bridge or
  a stadium named after someone, the object of "de"/"du" ("le préfet du Rhône", "le roman
  d'Annie Ernaux"), a painting or an anthem are no one ("quote_opens.named_subject_before").
- A mark-only verb after a quote whose words then reach a comma and a finite verb is no incise:
  "« … », pointe Saint-Gildas, a fermé" (a headland), "« … », peste bubonique de 1348, a tué".
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _all(body: str, lang: str = "fr") -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in extract_quotes("", [], body, lang)]


@pytest.mark.parametrize("body", [
    "Le téléfilm Les Enfants du canal évoque « la misère ouvrière » des années trente.",
    "La saga Fantômette évoque « une héroïne masquée » chère aux lectrices.",
    "Le boulevard Haussmann évoque « le Paris des grands magasins ».",
    "La réforme Blanquer évoque un « baccalauréat modernisé ».",
    "Le stade Bollaert évoque « la ferveur du Nord ».",
    "Le préfet de la Gironde évoque « une situation sous contrôle ».",
    "La Vénus de Milo évoquait pour eux « une beauté intemporelle ».",
    "La loi Veil réclame « un entretien préalable » dans sa première version.",
    "La directive Seveso invoque « le principe de précaution ».",
    "Les chiffres de Santé publique France pointent « une hausse des cas ».",
])
def test_a_work_a_law_or_a_place_named_after_someone_speaks_for_no_one(body: str) -> None:
    assert all(spk is None for _, spk, _ in _all(body))


@pytest.mark.parametrize("body, speaker", [
    ("Le ministre de la Santé, Hugo Mercadier, évoque « un plan blanc ».", "Hugo Mercadier"),
    ("L'attaquant Karim Ziani réclame un « vrai projet » pour le club.", "Karim Ziani"),
    ("Interrogée, la députée Inès Carvalho invoque « le secret des affaires ».", "Inès Carvalho"),
    # a work's author, whole (work_voice), not the surname the verb follows
    ("Le dernier livre d'Amélie Nothomb évoque « la faim ».", "Amélie Nothomb"),
])
def test_a_person_before_the_verb_is_still_credited(body: str, speaker: str) -> None:
    assert _all(body)[-1][1:] == (speaker, "partial")


@pytest.mark.parametrize("body", [
    "« Le Cap Horn », pointe Saint-Quentin, a rouvert ses portes au printemps.",
    "« La grande peur », peste noire de 1720, a vidé Marseille.",
])
def test_a_quoted_name_and_its_apposition_as_a_subject_is_no_incise(body: str) -> None:
    assert all(spk is None for _, spk, _ in _all(body))


# A capitalized word after "l’" (subjects_fr.elided_name): an acronym or a listed body's name, not the
# person the sentence before named, described by a national's noun, a nickname or a role.
@pytest.mark.parametrize("body, speaker", [
    ("Sofiane Feghouli a répondu aux critiques. « Je n'ai rien à cacher », a déclaré l'Algérien.", "Sofiane Feghouli"),
    ("Tadej Pogacar a répondu aux critiques. « Je suis propre », a déclaré l'Européen.", "Tadej Pogacar"),
    ("Pierre Dupuis a répondu aux critiques. « Je reste », a prévenu l’Éternel.", "Pierre Dupuis"),
    ("Clémentine Autain a répondu aux critiques. « Je reste », a lancé l’Écologiste.", "Clémentine Autain"),
    ("Renaud Lavillenie a répondu aux critiques. « Je reviens », a promis l'Ex-champion.", "Renaud Lavillenie"),
])
def test_an_elided_description_is_the_person_named_before(body: str, speaker: str) -> None:
    assert _all(body)[-1][1] == speaker


@pytest.mark.parametrize("body", [
    "« Le chantier est suspendu », a confirmé l'Administration.",
    "« Nous y veillerons », a assuré l'Université.",
    "« C'était écrit », a souri l’Enchanteur.",
    "« Trois buts d'écart », calcule L'Équipe, qui voit Lens européen.",
])
def test_an_elided_common_noun_or_a_title_names_no_one_by_its_word(body: str) -> None:
    assert _all(body)[-1][1] not in ("Administration", "Université", "Enchanteur", "Équipe")


@pytest.mark.parametrize("body, speaker", [
    ("« Les stocks suffiront », a assuré l'Unédic mardi.", "Unédic"),
    ("« Le match est reporté », a annoncé l’UEFA dans la soirée.", "UEFA"),
])
def test_an_elided_body_name_or_acronym_still_speaks(body: str, speaker: str) -> None:
    assert _all(body)[-1][1] == speaker


# Bodies in sentence case (bodies_fr): a head and adjectives alone describe; a name needs a
# complement ("des cheminots") or its acronym, and stops before "pour sa part", "auprès", "et".
@pytest.mark.parametrize("body", [
    "Le Centre pénitentiaire a démenti toute « mutinerie ».",
    "« Le détenu a été transféré », a indiqué le Centre pénitentiaire.",
    "La Cour administrative a jugé le recours « tardif ».",
    "Le Parti gouvernemental a dénoncé « une campagne de dénigrement ».",
    "Le Syndicat minoritaire a dénoncé « un accord au rabais ».",
    "« C'est une faute », a estimé le Comité directeur du club.",
    "Le Conseil de surveillance a jugé le plan « irréaliste ».",
])
def test_a_body_head_and_adjectives_alone_name_no_one(body: str) -> None:
    assert all(spk is None for _, spk, _ in _all(body))


@pytest.mark.parametrize("body, speaker", [
    ("Le Syndicat des boulangers pour sa part a dénoncé « une concurrence déloyale ».", None),
    ("« C'est déloyal », a dénoncé le Syndicat des boulangers auprès de notre journal.", "Syndicat des boulangers"),
    ("« C'est déloyal », a annoncé le Syndicat des boulangers via un communiqué.", "Syndicat des boulangers"),
    ("« C'est déloyal », a jugé le Syndicat des boulangers sans plus de précisions.", "Syndicat des boulangers"),
    ("« C'est déloyal », a jugé le Syndicat des boulangers interrogé par La Voix du Nord.", "Syndicat des boulangers"),
    ("« C'est déloyal », a jugé le Syndicat des boulangers de son côté.", "Syndicat des boulangers"),
    ("Le Syndicat des boulangers et la chambre de commerce dénoncent « une concurrence déloyale ».", None),
])
def test_a_body_name_stops_before_a_phrase_of_manner_or_a_coordination(body: str, speaker: str | None) -> None:
    assert _all(body)[-1][1] == speaker


@pytest.mark.parametrize("body", [
    "« C'est déloyal », a dénoncé le Syndicat des boulangers de Bretagne.",
    "« C'est déloyal », a dénoncé l'Union syndicale Autonomie.",
    "« C'est déloyal », a dénoncé la Ligue des commerçants d'Alsace.",
])
def test_a_body_name_that_goes_on_with_a_capital_is_never_cut(body: str) -> None:
    assert _all(body)[-1][1] not in ("Syndicat des boulangers", "Union syndicale", "Ligue des commerçants")
