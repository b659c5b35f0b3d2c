"""Speakers, stop 62 (issue 16): descriptions by a title. Each case is our own sentence, traps beside.

- "The admiral stressed that …", "the field marshal reiterated …": a title used as a noun ("the
  coach", "the inspector", "the pope") was no noun phrase before a verb other than "said", so the
  quote had no speaker and no mention; it is now a head of a description (lexicon.NOMINAL_HEADS),
  which resolves to the one person the article titled so ("Admiral Ann Lee"). Titles are still no
  description heads for appositives ("Ann Lee, a coach from Leeds," then "the coach": dropped at
  s60, see described.py).
- "Labour MP Ann Lee … the MP said", "Acme CEO Ann Lee … the CEO said": a title in capitals did not
  title anyone. It does before two words or more that hold no organisation's head ("MP
  Materials", "TD Bank Group", "the CEO Summit" name no one): name_runs.person_after_acronym.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _body(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in extract_quotes("", [], body, "en")]


@pytest.mark.parametrize("title", [
    "admiral", "captain", "colonel", "sergeant", "inspector", "constable", "coach", "supervisor",
    "ombudsman", "alderman", "councilwoman", "archbishop", "pope", "duke",
])
def test_a_title_used_as_a_noun_before_any_verb_is_the_titled_person(title: str) -> None:
    body = (f"{title.capitalize()} Ann Lee visited the site on Monday. The {title} stressed that the plan was "
            "“a bold step”.")
    assert _body(body) == [("Ann Lee", "partial")]


@pytest.mark.parametrize("body", [
    "Field Marshal Asim Munir met the president. During the meeting, the field marshal reiterated the "
    "commitment to “strengthen this partnership in all fields”.",
    "Field Marshal Asim Munir met the president. The field marshal, 57, reiterated that the talks were "
    "“very fruitful”.",
])
def test_a_two_word_title_as_a_noun_is_the_titled_person(body: str) -> None:
    assert _body(body) == [("Asim Munir", "partial")]


@pytest.mark.parametrize("body", [
    # no one titled so: a description, no name
    "The admiral stressed that the plan was “a bold step”.",
    # two people titled so: which one is a guess
    "Captain Ann Lee and Captain Tom Hale met on Monday. The captain insisted that it was “a bold step”.",
    # another title: not this person
    "Coach Ann Lee met the owners on Monday. The inspector stressed that it was “a bold step”.",
])
def test_a_title_as_a_noun_names_no_one_the_article_did_not_title_so(body: str) -> None:
    assert _body(body) == [(None, "partial")]


@pytest.mark.parametrize("body", [
    "Labour MP Ann Lee visited the site. “It is a bold step,” the MP said.",
    "Acme CEO Ann Lee visited the site. “It is a bold step,” the CEO said.",
    "Acme CEO Ann Lee visited the site. The CEO stressed that it was “a bold step”.",
    "Conservative MP Ann Lee visited the site. The Conservative MP said that the plan was “a bold step”.",
    "Fianna Fáil TD Ann Lee spoke in the Dáil. “It is a bold step,” the TD said.",
])
def test_a_title_in_capitals_titles_the_person_after_it(body: str) -> None:
    assert [s for s, _ in _body(body)] == ["Ann Lee"]


@pytest.mark.parametrize("body", [
    "MP Materials reported results on Monday. “It is a bold step,” the MP said.",
    "The CEO Summit opened in Paris. “It is a bold step,” the CEO said.",
    "TD Bank Group reported results on Monday. “It is a bold step,” the CEO said.",
    "Labour MP Ann Lee and Tory MP Tom Hale visited the site. “It is a bold step,” the MP said.",
])
def test_a_title_in_capitals_before_an_organisation_or_two_people_names_no_one(body: str) -> None:
    assert [s for s, _ in _body(body)] == [None]


@pytest.mark.parametrize("body", [
    "Arsenal boss Mikel Arteta was delighted with the win. “It was a great night,” the Arsenal boss said.",
    "Arsenal boss Mikel Arteta was delighted. The boss insisted his side had been “magnificent”.",
    "Ann Lee, Acme’s chief executive, visited the site. “It is a bold step,” the chief executive said.",
    "Acme’s CEO, Ann Lee, visited the site. The CEO insisted it was “a bold step”.",
])
def test_a_role_given_with_an_owner_stands_for_its_holder(body: str) -> None:
    assert [s for s, _ in _body(body)] == ["Mikel Arteta" if "Arteta" in body else "Ann Lee"]


@pytest.mark.parametrize("body", [
    # two bosses: which one is a guess
    "Arsenal boss Mikel Arteta met Chelsea boss Enzo Maresca. “It was a great night,” the boss said.",
    # the UN chief is the one titled after the UN, not any boss
    "Acme boss Ann Lee met the UN on Monday. “It is a bold step,” the UN chief said.",
])
def test_a_role_given_to_two_people_or_another_body_names_no_one(body: str) -> None:
    assert [s for s, _ in _body(body)] == [None]


@pytest.mark.parametrize("body", [
    "The coach dismissed suggestions of him as “a lame duck”.",
    "Ann Lee dismissed suggestions of him as “a lame duck”.",
    "Ann Lee rejected Tom Hale’s depiction of her as “a crook”.",
])
def test_words_of_a_portrayal_in_the_object_are_not_the_subjects(body: str) -> None:
    assert _body(body) == [(None, "partial")]


def test_a_judging_verb_with_a_plain_object_is_still_the_subjects() -> None:
    assert _body("Ann Lee dismissed the report as “fake news”.") == [("Ann Lee", "partial")]


def _de(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in extract_quotes("", [], body, "de")]


@pytest.mark.parametrize("adverb", ["Gleichzeitig", "Zugleich", "Ferner", "Stattdessen", "Mittlerweile", "Offenbar",
                                    "Hingegen", "Vielmehr", "Bislang"])
def test_a_german_sentence_adverb_before_the_verb_is_no_name(adverb: str) -> None:
    body = f"Innenministerin Petra Lindner stellte den Bericht vor. {adverb} betonte sie: „Die Gefahr bleibt.“"
    assert _de(body) == [("Petra Lindner", "direct")]


@pytest.mark.parametrize("body", [
    "Innenminister Jonas Brandt stellte den Bericht vor. Am Abend sagte der Minister, die Lage sei „ernst“.",
    "Innenministerin Petra Lindner stellte den Bericht vor. Dennoch sagte die Ministerin, die Lage sei „ernst“.",
    "Innenminister Jonas Brandt stellte den Bericht vor. Hingegen sagte der Minister, die Lage sei „ernst“.",
])
def test_a_description_after_a_fronted_verb_and_before_a_clause_is_the_titled_person(body: str) -> None:
    assert [s for s, _ in _de(body)] == [body.split(" stellte")[0].split(" ", 1)[1]]


@pytest.mark.parametrize("body", [
    "Am Abend sagte der Minister, die Lage sei „ernst“.",
    "Am Abend sagte der Nachbar, die Lage sei „ernst“.",
])
def test_a_description_no_one_was_titled_with_stays_nameless(body: str) -> None:
    assert _de(body) == [(None, "partial")]


@pytest.mark.parametrize("body, speaker", [
    ("Growth will be “notably lower” this year, Tesla said.", "Tesla"),
    ("Prices will rise “significantly” this winter, the regulator Ofgem said.", "Ofgem"),
    ("Sales will be “weak” this quarter, Ann Lee said.", "Ann Lee"),
    ("Turnout was “disappointing” last week, Ann Lee said.", "Ann Lee"),
])
def test_a_phrase_of_time_on_this_before_the_attribution_is_no_one(body: str, speaker: str | None) -> None:
    assert _body(body) == [(speaker, "partial")]


def test_a_possessive_time_phrase_still_opens_a_description() -> None:
    assert _body("“It was great,” this year’s winner, Ann Lee, said.") == [("Ann Lee", "direct")]
