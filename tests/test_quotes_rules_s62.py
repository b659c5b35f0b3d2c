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
    "Arsenal boss Mikel Arteta was delighted. The Arsenal boss insisted his side had been “magnificent”.",
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
    # a boss of another body, a former boss, a leader of another party
    "Newcastle boss Tom Hale was furious. Referees’ chief Ann Lee admitted the error.\n“It was a mistake,” the refs boss said.",
    "Former Arsenal boss Tom Hale watched from the stands.\n“We deserved to win,” the Arsenal boss said.",
    "Reform UK leader Tom Hale addressed the rally.\n“We will win,” the Labour leader said in response.",
    # a bare "the boss": of which body, the article does not say
    "Arsenal boss Mikel Arteta was delighted. The boss insisted his side had been “magnificent”.",
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


@pytest.mark.parametrize("body", [
    "Prime Minister Ravi Kumar released funds under PM Kisan Samman Nidhi.\n“Farmers come first,” the PM said.",
    "Shares in MP Materials Corp. jumped.\n“We are ready,” the MP said.",
    "TD Asset Management will close two funds.\n“We are disappointed,” the TD said.",
    "Ann Lee won Young CEO Of The Year in Leeds.\n“I am proud,” the CEO said.",
    "Acme CEO Tom Hale spoke on Tuesday. Beta CEO Ann Lee was also there.\n“Tariffs are a tax,” the CEO said.",
])
def test_a_title_in_capitals_before_no_person_or_two_people_names_no_one(body: str) -> None:
    assert [s for s, _ in _body(body)][-1] is None


@pytest.mark.parametrize("body, speaker", [
    ("Madhya Pradesh’s exam was postponed. MP Chief Minister Mohan Yadav ordered an inquiry.\n"
     "“The guilty will not be spared,” the chief minister said.", "Mohan Yadav"),
    ("Ann Lee won Young CEO Of The Year in Leeds. Acme CEO Tom Hale was there.\n“I am proud,” the CEO said.", "Tom Hale"),
])
def test_a_title_in_capitals_leaves_the_title_after_it_alone(body: str, speaker: str) -> None:
    assert [s for s, _ in _body(body)][-1] == speaker


@pytest.mark.parametrize("body", [
    "Ann Lee, Labour’s deputy leader, said the party was united.\n“We are one team,” the leader said.",
    "Ann Lee, Hale’s former lawyer, sat in the gallery.\n“There is no evidence,” the lawyer said.",
    "King Carl and Queen Ana hosted the president.\nThe king and queen thanked the guests for their “warm friendship”.",
    "Coach Tom Hale led the Bears.\nThe coach, the players and the fans thanked the city for its “incredible support”.",
])
def test_another_rank_or_several_subjects_name_no_one(body: str) -> None:
    assert [s for s, _ in _body(body)][-1] is None


@pytest.mark.parametrize("body, speaker", [
    ("Singer Ann Lee has dismissed the image as “fake”, saying it was generated by AI.", "Ann Lee"),
    ("Coach Tom Hale brushed off the description as “lazy journalism”.", "Tom Hale"),
    ("Ann Lee dismissed her critics’ suggestion as “laughable”.", "Ann Lee"),
])
def test_a_portrayal_word_without_of_is_the_thing_the_subject_judged(body: str, speaker: str) -> None:
    assert _body(body) == [(speaker, "partial")]


def test_a_chief_is_another_rank_than_the_plain_title() -> None:
    body = ("Police Constable Tom Hale was stabbed. Chief Constable Ann Lee visited him.\n"
            "The constable later thanked the public for their “kind messages”.")
    assert [s for s, _ in _body(body)] == ["Tom Hale"]


def test_a_name_set_off_after_a_description_with_a_relative_clause_is_the_speaker() -> None:
    body = "The agent who brokered the deal, Ray Cruz, called it “fair for both sides”."
    assert _body(body) == [("Ray Cruz", "partial")]


@pytest.mark.parametrize("body, speaker", [
    ("Stacey Lane beamed: “I am the luckiest girl in the world.”", "Stacey Lane"),
    ("Ann Lee raged: “How dare they?”", "Ann Lee"),
    ("“I am not going anywhere,” Gary Lund hit back.", "Gary Lund"),
    ("“I was heartbroken,” Ann Lee opened up.", "Ann Lee"),
    ("“My whole world,” Michelle Kerr captioned the snap.", "Michelle Kerr"),
])
def test_tabloid_verbs_of_speech_name_the_speaker(body: str, speaker: str) -> None:
    assert _body(body) == [(speaker, "direct")]


@pytest.mark.parametrize("body", [
    "Film reviews: “A triumph.”",
    "Paris reacted: “A triumph.”",
])
def test_a_heading_label_before_a_colon_names_no_one(body: str) -> None:
    assert [s for s, _ in _body(body)] == [None]


@pytest.mark.parametrize("body", [
    "“Jaws” director Steven Spielberg said the film was his favourite.",
    "Critics loved it. “Orange is the New Black” star Dascha Polanco opened up about her past.",
    "“Succession” actor Brian Cox said he would miss the show.",
])
def test_a_works_title_before_its_noun_is_no_ones(body: str) -> None:
    assert _body(body) == [(None, "scare")]


@pytest.mark.parametrize("body", [
    "“We won,” panel chairwoman Ana Ruiz said.",
    "“We won”, panel chairwoman Ana Ruiz said.",
    "“We won!” panel chairwoman Ana Ruiz said.",
])
def test_a_quote_closed_by_its_punctuation_before_a_description_is_the_described(body: str) -> None:
    assert _body(body) == [("Ana Ruiz", "direct")]


@pytest.mark.parametrize("body", [
    "Der Sprecher der Stadtwerke, Christian Ferner, äußerte sich.\nFerner sagte: „Die Preise steigen.“",
    "Die Bürgermeisterin von Kiel, Maria Freilich, eröffnete das Fest.\nFreilich sagte: „Kiel feiert.“",
])
def test_a_surname_that_is_an_adverb_too_stays_a_name(body: str) -> None:
    assert [s for s, _ in _de(body)] == [body.split(", ")[1]]


def test_a_surname_adverb_before_the_verb_and_sie_opens_the_sentence() -> None:
    body = "Innenministerin Petra Lindner stellte den Bericht vor. Ferner betonte sie: „Die Gefahr bleibt.“"
    assert _de(body) == [("Petra Lindner", "direct")]


@pytest.mark.parametrize("body", [
    "King Carl arrived in Ottawa.\nThe king was greeted by crowds chanting “God save the King.”",
    "Prince Tom watched the final.\nThe prince was mobbed by fans shouting “Tom, Tom!”",
    "Sergeant Tom Bell was stabbed on patrol.\nThe sergeant was described as “a true hero” by colleagues.",
    "In a letter to Ann Lee, Acme’s lawyer, who was not named, said the claims were “baseless.”\n"
    "The lawyer added that the firm would “vigorously defend” itself.",
])
def test_words_said_to_or_of_the_subject_are_not_the_subjects(body: str) -> None:
    assert [s for s, _ in _body(body)][-1] is None


@pytest.mark.parametrize("body", [
    "Fire Chief Ann Lee said crews had battled the blaze.\nThe chief described the damage as “catastrophic.”",
    "Police Chief Ann Lee said officers made two arrests.\nThe chief called the shooting “senseless.”",
    "Ann Lee dismissed any suggestion of wrongdoing as “completely absurd.”",
    "Ann Lee rejected the suggestion of foul play as “fanciful.”",
])
def test_a_chief_and_a_suggestion_of_a_thing_keep_the_subject(body: str) -> None:
    assert [s for s, _ in _body(body)][-1] == "Ann Lee"


def test_a_then_holder_is_a_past_holder() -> None:
    body = ("Tom Bell joined Arsenal under then Arsenal boss Arne Wegner.\n"
            "Twenty years on, the Arsenal boss said the academy was “the best in Europe.”")
    assert [s for s, _ in _body(body)] == [None]


@pytest.mark.parametrize("body, speaker", [
    ("Tory MP Tom Hale clashed with Ann Lee. The Labour MP, 45, said the plan was “a shambles”.", None),
    ("Tory MP Tom Hale clashed with ministers. The Tory MP said the plan was “a shambles”.", "Tom Hale"),
    ("California’s Gov. Gavin Newsom spoke. The Democratic governor said it was “a shambles”.", "Gavin Newsom"),
])
def test_a_party_in_a_description_must_be_the_holders(body: str, speaker: str | None) -> None:
    assert [s for s, _ in _body(body)] == [speaker]
