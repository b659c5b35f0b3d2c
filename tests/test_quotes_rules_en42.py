"""Stop 42, en42: English speakers on real news from outside the corpus (issue 16). Grouped by
shape; made-up sentences only."""
from __future__ import annotations

import pytest

from tests.quote_probes import speaker_rule_after
from newsbeam.transforms.quotes.open_appositive import open_appositive
from newsbeam.transforms.quotes.voice_owner import written_whole_before

INTRO = "The river town voted on its budget on Tuesday.\n\n"


_found = speaker_rule_after(INTRO, "en")


# Shape: "a/the BODY spokesperson" speaks for the body as the mention names it. A longer name
# that ends on the body's word ("Millbrook Garda" of "Millbrook Garda Station", a shop's branch)
# is another thing, and is often written only inside the quote, after the mention
# (voice_owner.voice_owner).
@pytest.mark.parametrize("body, words, speaker", [
    ("A man was hurt in a crash near Millbrook. A Garda spokesperson said: “Anyone with information "
     "is asked to contact Millbrook Garda Station.”",
     "Anyone with information is asked to contact Millbrook Garda Station.", "Garda"),
    ("Two staff were hurt in a robbery. A Corvane spokesperson said: “Our Dunmore Corvane store "
     "will open again on Monday.”", "Our Dunmore Corvane store will open again on Monday.", "Corvane"),
    ("A fire closed the depot for a day. “Nobody was hurt in the blaze,” a Harbor Rail spokesman "
     "said, adding that trains at Lisk Harbor Rail Yard were late.", "Nobody was hurt in the blaze,",
     "Harbor Rail"),
])
def test_voice_owner_as_named(body: str, words: str, speaker: str) -> None:
    assert _found(body, words)[0] == speaker


# The longer form still stands when the article wrote it whole before the mention: "Dorvan
# Water" introduced, then "a Water spokesman".
@pytest.mark.parametrize("text, form, before, whole", [
    ("Bills from Dorvan Water rose. A Water spokesman said", "Dorvan Water", 40, True),
    ("Call Millbrook Garda Station now. A Garda spokesperson", "Millbrook Garda", 40, False),
    ("A Garda spokesperson said call Millbrook Garda", "Millbrook Garda", 10, False),
    ("Bills from Dorvan Waterways rose. A Water spokesman", "Dorvan Water", 40, False),
])
def test_written_whole_before(text: str, form: str, before: int, whole: bool) -> None:
    assert written_whole_before(text, form, before) is whole


# Shape: a name, a comma and the person's job, then the verb with no closing comma (press
# releases and the news that reprints them): the name is the subject (open_appositive).
@pytest.mark.parametrize("body, words, speaker", [
    ("Brask Tools opened a plant in Dorvan. Mara Quint, Chief Financial Officer of Brask Tools said: "
     "“We are delighted to open our doors here.”", "We are delighted to open our doors here.", "Mara Quint"),
    ("Brask Tools opened a plant in Dorvan. Tom Hale, Plant Manager and a Dorvan native said, “This "
     "town has the people we need.”", "This town has the people we need.", "Tom Hale"),
    ("The co-op bought a second mill. Ruth Bell, Senior Vice President at Lisk Grain commented: “Our "
     "farmers asked for this for years.”", "Our farmers asked for this for years.", "Ruth Bell"),
])
def test_open_appositive(body: str, words: str, speaker: str) -> None:
    assert _found(body, words) == (speaker, "lead_in")


# Not this shape: an opening phrase of time or place before the subject ("On Monday, Mr. Hale
# said"); a title and a name after the comma (the subject itself); a job in lower case after the
# comma (perhaps two subjects); a body that opens the sentence.
@pytest.mark.parametrize("body, words, speaker", [
    ("The vote was close. On Monday, Mr. Hale said: “We will win the next one.”",
     "We will win the next one.", "Hale"),
    ("The vote was close. In Dorvan, Mayor Ann Lee said: “We will win the next one.”",
     "We will win the next one.", "Ann Lee"),
])
def test_open_appositive_not(body: str, words: str, speaker: str) -> None:
    assert _found(body, words)[0] == speaker


@pytest.mark.parametrize("body, words", [
    ("Ann Lee, the mayor and the police chief said: “We will meet the families.”",
     "We will meet the families."),
])
def test_open_appositive_null(body: str, words: str) -> None:
    # the rule reads no one in a list of subjects; the quote goes to no one either
    assert open_appositive(body, 0, body.index(" said") + 1) is None
    assert _found(body, words)[0] is None


@pytest.mark.parametrize("text", [
    "Brask Tools, Chief Supplier Officer said: “…”",  # a body: no first name
    "Ann Lee, Tom Hale and Ed Marsh said: “…”",  # three subjects, no job
    "Ann Lee, CEO and Tom Hale said: “…”",  # another person in it
    "In the end, Mayor Ann Lee said: “…”",  # no name opens it
    "Ann Lee, Mayor, said: “…”",  # the comma is there: the ordinary reading
])
def test_open_appositive_none(text: str) -> None:
    assert open_appositive(text, 0, text.index(" said") + 1) is None


# Shape: after the verb, a description that closes its sentence on a comma and a full name
# ("“…,” said the city's mayor, Ruth Berg."): the name, as the other languages read it
# (titled.closing_apposition, now English too): a role word heads the description, and it goes on
# only with "of", "for" or "at"; a period after an initial ends no sentence.
@pytest.mark.parametrize("body, words, speaker", [
    ("“The plant is a big step for the valley,” said the mayor, Ruth Berg.",
     "The plant is a big step for the valley,", "Ruth Berg"),
    ("“We will watch the river,” said the council's planning chief, Ed Marsh.",
     "We will watch the river,", "Ed Marsh"),
    ("“We are proud of the crews,” said a spokeswoman for the fire service, Dana Holt.",
     "We are proud of the crews,", "Dana Holt"),
    ("“The pier stays open,” said the Council's Member for Water and Parks, Councillor Anna de Vries.",
     "The pier stays open,", "Anna de Vries"),
    ("The port was “a place for smugglers, not ships,” wrote the ambassador at the time, Carl E. Quint.",
     "a place for smugglers, not ships,", "Carl E. Quint"),
])
def test_closing_apposition_en(body: str, words: str, speaker: str) -> None:
    assert _found(body, words) == (speaker, "after_quote")


# Not a person's role before the comma, or not sure whose name follows: null as before.
@pytest.mark.parametrize("body, words", [
    ("“The plant is a big step,” said the mayor in the capital, Port Dorvan.", "The plant is a big step,"),
    ("“Traffic will be managed,” said a man from the north of the county, Lisk Valley.",
     "Traffic will be managed,"),
    ("“We will watch the river,” said the report by the agency, Water Watch.", "We will watch the river,"),
    ("“We are proud,” said the lawyer for the family of the victim, Ann Lee.", "We are proud,"),
    ("“It is over,” said the spokesman on Tuesday, Tom Hale.", "It is over,"),
    ("“We are ready,” said the mayor and the police chief, Ann Lee.", "We are ready,"),
])
def test_closing_apposition_en_null(body: str, words: str) -> None:
    assert _found(body, words)[0] is None
