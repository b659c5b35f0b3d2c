"""Speakers, stop 54 (issue 16): each case in our own words.

- "the 43-year-old lawyer" stands for the one person the article gave that age ("Jorge Morell,
  43,"), as "the 43-year-old" does, unless the article described that person with another noun
  ("Ann Lee, 43, a nurse," is not "the 43-year-old lawyer") (resolve, described.described_otherwise).
- A title-case quote that opens its sentence and is followed only by its attribution ("“Never
  Again,” she said.", „Keine Worte“, schrieb sie.) is speech, not the name of a work; a sentence
  that goes on after the attribution ("“Star Wars,” he said, is his favourite.") keeps it a name
  (said_alone.py).
- A listed job before two name words is no part of the name ("Defender Jamie Cole", a given name
  no sex list holds) (job_titles.after_job_title, bare_names.bare_name); sport and age nouns are
  role words ("Olympic champion Tessa Brandt updated fans:", "the striker", "the pensioner")
  (lexicon.ROLE_WORDS); German trades of sport ("Tennisprofi Anna Wolff", "Skispringerin") are
  titles (lexicon_de.ROLE_SUFFIXES).
- A spokesperson of a named body before the verb in French, Spanish and German ("Un porte-parole
  d’Air France a indiqué :", was "France"; "Un porte-parole de Renault", "Ein Sprecher von
  Volkswagen") speaks for the body (voices_intl.voice_ending_at, rules.lead_in_rule).
- German and Romance: "er"/"il" after someone unnamed of that sex entered since the last credited
  quote ("„…“, sagte er. Ein Zuschauer sah das anders. „…“, meinte er.") is no one
  (pronouns_intl._newcomer_since; more Romance person nouns in pronoun_chains).
- German: a name of two words on a first name of one sex, named once after its verb and before a
  lower-case word ("Nach 40 Jahren schließt Hans Obermaier seine Backstube.") is the one person a
  later "er" or "Sein Fazit:" stands for (implied._given_then_verb).
- French: the article elided onto a title or a trade opens a titled subject ("L’actrice Léa
  Fontaine a annoncé …", "L’humoriste …"), as "La comédienne" does (titled.elided_title); "chef",
  "humoriste", "navigateur", "gardien" are trades (lexicon_fr).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _quotes(body: str, lang: str = "en") -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in extract_quotes("", [], body, lang)]


def _last(body: str, lang: str = "en") -> str | None:
    return _quotes(body, lang)[-1][1]


# --- An age and a noun -------------------------------------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("Nadia Osei, 52, has run the bakery since 1998. “We never close on Sundays,” the 52-year-old baker said.",
     "Nadia Osei"),
    ("Omar Brandt, 29, was fined on Monday. “I accept it,” the 29-year-old driver told the court.", "Omar Brandt"),
    ("Nadia Osei, 52, a baker, opened at dawn. “We never close,” the 52-year-old baker said.", "Nadia Osei"),
])
def test_an_age_and_a_noun_stand_for_the_one_of_that_age(body: str, speaker: str) -> None:
    assert _last(body) == speaker


@pytest.mark.parametrize("body", [
    "Nadia Osei, 52, a nurse, opened at dawn. “We never close,” the 52-year-old baker said.",
    "Nadia Osei, 52, and Li Wen, 52, run the bakery. “We never close,” the 52-year-old baker said.",
    "Omar Brandt, 31, was fined on Monday. “I accept it,” the 29-year-old driver told the court.",
])
def test_but_not_one_described_otherwise_nor_one_of_two(body: str) -> None:
    assert _last(body) is None


# --- A title-case quote that is speech ----------------------------------------------------------------

@pytest.mark.parametrize("body, lang, speaker", [
    ("Ann Vogt lost the final in three sets. “Never Again,” she said.", "en", "Ann Vogt"),
    ("Ann Vogt lost the final. “Pure Relief,” wrote Vogt on Instagram.", "en", "Ann Vogt"),
    ("Lena Maier verlor das Finale. „Keine Worte“, schrieb sie.", "de", "Lena Maier"),
    ("Lena Maier verlor das Finale. „Große Leere“, sagte Maier nach dem Spiel.", "de", "Lena Maier"),
])
def test_a_title_case_quote_with_only_its_attribution_is_speech(body: str, lang: str, speaker: str) -> None:
    text, who, kind = _quotes(body, lang)[-1]
    assert (who, kind) == (speaker, "direct")


@pytest.mark.parametrize("body, lang", [
    ("Ann Vogt likes old films. “Star Wars,” she said, is still her favourite.", "en"),
    ("Tom Weber liest viel. „Krieg und Frieden“, sagte er, sei sein Lieblingsbuch.", "de"),
    ("Ann Vogt likes old films. “Star Wars” is her favourite, she said.", "en"),
])
def test_but_a_name_the_sentence_goes_on_about_stays_scare(body: str, lang: str) -> None:
    assert _quotes(body, lang)[0][1:] == (None, "scare")


# --- Jobs and sport nouns before a name ----------------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("Defender Jamie Cole has signed a new deal. “I love this club,” he said.", "Jamie Cole"),
    ("Winger Alex Moreno, who joined in May, scored twice. “It was a good night,” the 24-year-old said.",
     "Alex Moreno"),
    ("Olympic champion Tessa Brandt wrote to her fans on Sunday: “Surgery went well.”", "Tessa Brandt"),
    ("Marcus Bell, a striker, scored twice. “The lads deserved that,” the striker said.", "Marcus Bell"),
    ("Joan Willis, a pensioner from Hull, knits hats. “It keeps my hands busy,” the pensioner said.", "Joan Willis"),
    ("Former world champion Lena Park lost in the first round. “No excuses,” the former champion said.", "Lena Park"),
])
def test_jobs_and_sport_nouns_are_no_part_of_the_name(body: str, speaker: str) -> None:
    assert _last(body) == speaker


def test_a_striker_never_described_so_is_no_one() -> None:
    assert _last("Marcus Bell scored twice. “The lads deserved that,” the striker said.") is None


@pytest.mark.parametrize("body", [
    "Tennisprofi Anna Wolff (24) spielt wieder. „Ohne sie wäre ich nichts“, sagt die 24-Jährige.",
    "Skispringerin Anna Wolff (24) springt wieder. „Ohne sie wäre ich nichts“, sagt die 24-Jährige.",
])
def test_german_sport_trades_are_titles(body: str) -> None:
    assert _last(body, "de") == "Anna Wolff"


# --- A spokesperson before the verb, abroad ------------------------------------------------------

@pytest.mark.parametrize("body, lang, speaker", [
    ("Un porte-parole d’Air France a indiqué : « Les passagers seront indemnisés. »", "fr", "Air France"),
    ("Un porte-parole d'Air France a indiqué : « Les passagers seront indemnisés. »", "fr", "Air France"),
    ("Une porte-parole de Renault a expliqué : « La production reprendra lundi. »", "fr", "Renault"),
    ("Un portavoz de Iberdrola dijo: «No habrá cortes».", "es", "Iberdrola"),
    ("Ein Sprecher von Volkswagen sagte am Freitag: „Wir prüfen den Vorgang.“", "de", "Volkswagen"),
    ("„Wir prüfen den Vorgang“, sagte ein Sprecher von Volkswagen.", "de", "Volkswagen"),
])
def test_a_spokesperson_of_a_named_body_speaks_for_it(body: str, lang: str, speaker: str) -> None:
    assert _last(body, lang) == speaker


@pytest.mark.parametrize("body, lang", [
    ("„Wir prüfen den Vorgang“, sagte ein Sprecher von Tom Weber.", "de"),
    ("Un porte-parole du ministère a indiqué : « Les passagers seront indemnisés. »", "fr"),
])
def test_but_not_of_a_person_nor_of_an_unnamed_body(body: str, lang: str) -> None:
    assert _last(body, lang) is None


# --- Someone unnamed enters -----------------------------------------------------------------------

@pytest.mark.parametrize("body, lang", [
    ("Kapitän Lukas Färber war stolz. „Wir haben als Team funktioniert“, sagte er. Ein Zuschauer auf der "
     "Tribüne sah das anders. „Das war doch pures Glück“, meinte er.", "de"),
    ("Le capitaine Luc Favre était fier. « Nous avons fonctionné en équipe », a-t-il dit. Un spectateur "
     "voyait les choses autrement. « C’était de la chance », a-t-il dit.", "fr"),
])
def test_a_pronoun_after_someone_unnamed_of_that_sex_is_no_one(body: str, lang: str) -> None:
    quotes = _quotes(body, lang)
    assert [q[1] for q in quotes] == [quotes[0][1], None] and quotes[0][1] is not None


@pytest.mark.parametrize("body", [
    "Kapitän Lukas Färber war stolz. „Wir haben als Team funktioniert“, sagte er. Er lachte. "
    "„Das war doch pures Glück“, meinte er.",
    "Kapitän Lukas Färber war stolz. „Wir haben als Team funktioniert“, sagte er. Eine Zuschauerin jubelte. "
    "„Das war doch pures Glück“, meinte er.",
])
def test_but_not_after_no_one_new_or_someone_of_the_other_sex(body: str) -> None:
    assert _last(body, "de") == "Lukas Färber"


# --- German: a name after its verb ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Nach 40 Jahren schließt Hans Obermaier seine Backstube in Rosenheim. „Es war eine schöne Zeit“, sagt er.",
    "Nach 40 Jahren schließt Bäckermeister Hans Obermaier seine Backstube. Sein Fazit: „Es war eine schöne Zeit.“",
])
def test_a_german_name_after_its_verb_is_the_pronouns_person(body: str) -> None:
    assert _last(body, "de") == "Hans Obermaier"


@pytest.mark.parametrize("body", [
    "Nach Rafael van der Vaarts Abschiedsgala fasste man den Entschluss. „Es war eine schöne Zeit“, sagt er.",
    "Am Montag traf Hans Obermaier seine Schwester. „Es war eine schöne Zeit“, sagt sie.",
])
def test_but_not_a_possessor_nor_of_the_other_sex(body: str) -> None:
    assert _last(body, "de") is None


# --- French: an elided article on a title ---------------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("L'actrice Léa Fontaine a annoncé sa grossesse. « Bientôt trois », a-t-elle écrit sur Instagram.",
     "Léa Fontaine"),
    ("L’humoriste Nadia Belkacem a publié un long message. « Je prends du recul », écrit-elle.", "Nadia Belkacem"),
    ("Le chef étoilé Antoine Mercier a goûté le plat. Son verdict : « C'est juste. »", "Antoine Mercier"),
])
def test_an_elided_title_opens_a_french_subject(body: str, speaker: str) -> None:
    assert _last(body, "fr") == speaker


def test_an_elided_noun_that_is_no_title_opens_none() -> None:
    assert _last("L’année dernière a été difficile. « Je prends du recul », écrit-elle.", "fr") is None
