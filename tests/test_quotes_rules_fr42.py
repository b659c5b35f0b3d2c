"""French speakers, stop 42 (issue 16): made-up sentences and names, grouped by mechanism.

first_names: faker's French-language lists (Quebec, Switzerland, Belgium; merged by
``bench.first_names``) give a sex to French first names the US counts saw too rarely; the names
the US counts saw and left undecided (Henri, Michel, Jean) are decided by the French lists in a
French article only; a hyphenated first name is looked up whole ("Jean-Pierre").
name_runs.honorific_genders: "M.", "Mme", "Mlle" before a surname give it a sex in French articles.
lexicon_fr.FUNCTION_WORDS: "Cela dit," / "Ceci dit," is no attribution.
headline_person.headline_speaker: "il"/"elle" after a person credited in the headline only.
The shapes were counted in real French news (docs/quality.md, "Stop 42, fr42"); the sentences and
names here are our own.
"""
from __future__ import annotations

import pytest

from bench.first_names import left_open, render, with_german
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.language import use


# --- first_names: French first names ------------------------------------------------------------

@pytest.mark.parametrize("name, sex", [
    ("Corentin Lebrun", "m"), ("Capucine Marchal", "f"), ("Baudouin Lefort", "m"),
    ("Gwenaëlle Pinson", "f"), ("Timothée Roussel", "m"), ("Bérengère Fauvel", "f"),
    ("Jean-Pierre Dufour", "m"), ("Marie-Hélène Carlier", "f"), ("François-Xavier Mallet", "m"),
])
def test_french_first_names_give_a_sex_in_every_language(name: str, sex: str) -> None:
    assert first_name_sex(name) == sex


@pytest.mark.parametrize("name, sex", [
    ("Henri Lorrain", "m"), ("Michel Vasseur", "m"), ("Denis Arnoult", "m"), ("Rémy Chabert", "m"),
    ("Martine Roux", "f"), ("Jean Lagarde", "m"), ("Stéphane Morin", "m"), ("Jean-Henri Vial", "m"),
])
def test_names_the_us_counts_leave_open_are_decided_in_french_only(name: str, sex: str) -> None:
    with use("fr"):
        assert first_name_sex(name) == sex
    assert first_name_sex(name) is None   # English: the US counts stay the judge
    with use("de"):
        assert first_name_sex(name) is None


@pytest.mark.parametrize("name", [
    "Claude Morel",       # a man in Switzerland, a woman in Quebec, both in Belgium
    "Dominique Perrin",   # both sexes in the Belgian lists
    "Camille Fabre",      # of the other sex abroad
    "El Amrani",          # a particle of a surname, not a first name
    "Milan Fontaine",     # as often the city
    "Henri",              # one word: no first name read
])
def test_names_of_both_sexes_or_no_names_give_none(name: str) -> None:
    with use("fr"):
        assert first_name_sex(name) is None


def test_the_lists_decide_in_french_only_what_the_us_counts_left_open() -> None:
    kept = {"anna": "f"}
    seen = {"anna", "henri", "jean", "kai"}
    french = {"henri": "m", "jean": "m", "anna": "f", "kai": "m", "brieuc": "m", "claude": None}
    # "anna": decided by the US counts; "brieuc": unseen, merged for every language by with_german;
    # "kai": of the other sex abroad; "claude": both sexes in the lists
    assert left_open(kept, seen, french) == {"henri": "m", "jean": "m"}
    assert with_german(kept, seen, french) == {"anna": "f", "brieuc": "m"}


def test_rendering_never_splits_a_hyphenated_name() -> None:
    long = {f"jean-{'x' * 20}{i:02d}": "m" for i in range(12)}
    text = render(long, {})
    male = text.split('MALE: Final = """')[2].split('"""')[0].split()
    assert sorted(male) == sorted(long)


# --- name_runs.honorific_genders: "M.", "Mme", "Mlle" before a surname (French articles) ----------

from newsbeam.transforms.quotes import extract_quotes  # noqa: E402
from newsbeam.transforms.quotes.name_runs import honorific_genders  # noqa: E402


def _speaker(body: str, words: str, lang: str = "fr") -> str | None:
    quotes = [q for q in extract_quotes("", [], body, lang) if q.text == words]
    assert len(quotes) == 1
    return quotes[0].speaker


_QUOTE = "\n« Le budget de la piscine sera voté en mars », a-t-{p} indiqué aux journalistes.\n"
_WORDS = "Le budget de la piscine sera voté en mars"


@pytest.mark.parametrize("lead, pronoun, surname", [
    ("M. Garnier répondait mardi aux questions des élus sur les travaux du centre aquatique.", "il", "Garnier"),
    ("Mme Garnier répondait mardi aux questions des élus sur les travaux du centre aquatique.", "elle",
     "Garnier"),
    ("Mlle Garnier, qui préside l’association, répondait aux questions des parents.", "elle", "Garnier"),
])
def test_pronoun_after_a_surname_with_a_french_honorific(lead: str, pronoun: str, surname: str) -> None:
    speaker = _speaker(lead + _QUOTE.format(p=pronoun), _WORDS)
    assert speaker is not None and speaker.endswith(surname)


@pytest.mark.parametrize("lead, pronoun", [
    ("Mme Garnier répondait mardi aux questions des élus sur les travaux du centre aquatique.", "il"),
    ("M. Garnier répondait mardi aux questions des élus sur les travaux du centre aquatique.", "elle"),
])
def test_the_honorific_sex_must_agree_with_the_pronoun(lead: str, pronoun: str) -> None:
    assert _speaker(lead + _QUOTE.format(p=pronoun), _WORDS) is None


def test_french_honorifics_are_read_in_french_only() -> None:
    texts = ["M. Garnier et Mme Roussel ont signé. M Dupuis aussi."]
    with use("fr"):
        assert honorific_genders(texts) == {"Garnier": "m", "Roussel": "f"}   # "M" alone: an initial
    assert honorific_genders(texts) == {}
    assert honorific_genders(["M. Night Shyamalan spoke."]) == {}


# --- lexicon_fr.FUNCTION_WORDS: "Cela dit," / "Ceci dit," (that said) is no one's attribution -----

@pytest.mark.parametrize("word", ["Cela", "Ceci"])
def test_cela_dit_names_no_speaker(word: str) -> None:
    title = "Marc Dufresne : « Ma tâche, je la sens plus lourde »"
    body = ("Le bourgmestre Marc Dufresne nous reçoit dans son bureau à la maison communale. « Il est superbe, "
            "c’est un des plus beaux de la province. C’est Louis Marnier (bourgmestre jusqu’en 1921) qui l’a "
            f"rénové comme il est. » {word} dit, surprise… « Je n’y travaille pas ! »")
    speakers = {q.speaker for q in extract_quotes(title, [], body, "fr")}
    assert "Cela" not in speakers and "Ceci" not in speakers


# --- headline_person.headline_speaker: a pronoun after a person named in the headline only --------

_BODY = ("« Nous avons tout donné pour ce club, nos soirées, nos week-ends », dit-{p}.\n"
         "« Quand je suis partie, personne ne m’a appelée », explique-t-{p}.")


@pytest.mark.parametrize("title", [
    "Claire Vasseur : « Les humiliations que j’ai subies »",
    "Claire Vasseur quitte le club : « Les humiliations que j’ai subies »",
])
def test_pronoun_after_the_headline_speaker(title: str) -> None:
    quotes = extract_quotes(title, [], _BODY.format(p="elle"), "fr")
    assert [q.speaker for q in quotes] == ["Claire Vasseur"] * 3


@pytest.mark.parametrize("title, body", [
    # the pronoun's sex does not agree
    ("Claire Vasseur : « Les humiliations que j’ai subies »", _BODY.format(p="il")),
    # another person of the pronoun's sex named in the body before it: theirs, or no one's (a man
    # named there leaves "elle" to the headline's woman: headline_antecedent, head42)
    ("Claire Vasseur : « Les humiliations que j’ai subies »",
     "La présidente Anne Mercadier a répondu mardi.\n" + _BODY.format(p="elle")),
    # no one credited in the headline
    ("Le club dans la tourmente", _BODY.format(p="elle")),
])
def test_no_headline_speaker_no_pronoun(title: str, body: str) -> None:
    quotes = extract_quotes(title, [], body, "fr")
    assert "Claire Vasseur" not in [q.speaker for q in quotes if q.text.startswith(("Nous avons", "Quand je"))]

