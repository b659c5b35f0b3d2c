"""Stop 45, read45names: the second read of names45 (issue 16).

Every sentence here is made up for the test (new names, new wording): the near misses found
where names45's name shapes gave a wrong name, and the right answers those shapes must keep.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str, lang: str = "en") -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, lang)]


# --- job_titles: a given name the lists lack, with an agent's ending, opens a three-word name ---

@pytest.mark.parametrize("body, speaker", [
    ("“It is a fair price,” said Innocent Paul Obiora, a trader in Onitsha.", "Innocent Paul Obiora"),
    ("“We start on Monday,” said Jesper Lars Nygaard, a Danish engineer.", "Jesper Lars Nygaard"),
    ("“Prices fell,” said Chandler Mary Voss, a spokesperson.", "Chandler Mary Voss"),
    ("“We are ready,” said Pastor Innocent Paul Obiora.", "Innocent Paul Obiora"),
])
def test_a_given_name_with_an_agent_ending_is_not_a_job(body, speaker):
    assert _speakers(body) == [speaker]


@pytest.mark.parametrize("body, speaker", [
    ("“We are ready,” said Chief Winemaker Tom Pellow.", "Tom Pellow"),
    ("“We are ready,” said Senior Developer Ann Rusk.", "Ann Rusk"),
    ("“We are ready,” Assemblywoman Ann Rusk said.", "Ann Rusk"),
    ("“The count is slow,” said Dade County Recorder Ellen Strom.", "Ellen Strom"),
])
def test_a_job_title_before_a_name_is_still_cut(body, speaker):
    assert _speakers(body) == [speaker]


# --- Arabic articles: "at-Large" is an English office ----------------------------------------

def test_at_large_is_no_arabic_article():
    assert _speakers("“The budget is short,” said Councilwoman at-Large Jane Tovey.") == ["Jane Tovey"]


def test_an_arabic_article_still_names():
    assert _speakers("“The court was fair,” said Ahmed al-Tayyar, a lawyer.") == ["Ahmed al-Tayyar"]


# --- suffixes: "Sr."/"Jr." before a job title is the job's seniority --------------------------

@pytest.mark.parametrize("body", [
    "“We are open,” said Jane Hollis, Sr. Vice President of Sales at Brightwell Corp.",
    "“We are open,” said Jane Hollis, Sr. Director of Marketing at Brightwell. Hollis joined in 2019.",
    "“Ship it,” said Tom Garrow, Jr. Developer at Brightline.",
    "Tom Garrow, Sr. Manager at Brightwell, spoke first. “We are open,” Garrow said.",
])
def test_a_seniority_before_a_job_is_no_suffix(body):
    assert _speakers(body)[0] in ("Jane Hollis", "Tom Garrow")


def test_a_generational_suffix_is_still_kept():
    assert _speakers("Robert T. Vance Jr. spoke first. “We are ready,” Vance said.") == ["Robert T. Vance Jr."]


# --- kin_named: a relative dead or away, or the one the quote speaks of ----------------------

@pytest.mark.parametrize("body, speaker", [
    ("Tom Hale spoke at the funeral. His late father, Mark Hale, was a miner for 40 years. "
     "“He taught me everything,” he said.", "Tom Hale"),
    ("Tom Hale spoke at the funeral. His father Mark Hale died in 2010. "
     "“It still hurts,” he said.", None),
    ("Tom Hale spoke at the funeral. His brother Mark Hale's death shocked the town. "
     "“It was sudden,” he said.", None),
    ("Tom Hale runs the farm. His son, Mark Hale, never wanted it. “He chose the city,” he said.", None),
    ("Anna Berg runs the bakery. Her daughter, Lisa Berg, joined in 2015. “She has ideas,” she said.", None),
])
def test_a_relative_spoken_of_is_not_the_speaker(body, speaker):
    assert _speakers(body) == [speaker]


def test_a_named_relative_still_takes_the_pronoun():
    body = ("Prince Harry spoke first. Harry's older brother Prince William arrived at noon. "
            "“It is a sad day for the family,” he said.")
    assert _speakers(body) == ["Prince William"]


# --- German "von der" after a lone given name: a body without a noun's ending ----------------

@pytest.mark.parametrize("body, speaker", [
    ("„Wir sind bereit“, sagte Tom von der Bahn.", "Tom"),
    ("„Wir sind bereit“, sagte Lisa von der AOK.", "Lisa"),
    ("„Wir sind bereit“, sagte Anna von der Kita.", "Anna"),
    ("„Wir sind bereit“, sagte Ben von der Kripo.", "Ben"),
    ("„Wir sind bereit“, sagte Paul von der Uni.", "Paul"),
    ("„Wir sind bereit“, sagte Ursula von der Leyen.", "Ursula von der Leyen"),
    ("„Wir sind bereit“, sagte Katrin von der Osten.", "Katrin von der Osten"),
])
def test_von_der_after_a_given_name_in_german(body, speaker):
    assert _speakers(body, "de") == [speaker]


# --- rank_names: a place or building named after a royal is no fuller name ------------------

@pytest.mark.parametrize("body, speaker", [
    ("Queen Matilda Hospital staff met on Tuesday. “We are full,” Queen Matilda said in a video.",
     "Queen Matilda"),
    ("Crown Prince Haldor Magnus opened the hall. “Welcome to all,” Prince Haldor said.", "Haldor Magnus"),
])
def test_rank_full_name_not_a_building(body, speaker):
    assert _speakers(body) == [speaker]


def test_a_relative_after_a_possessive_pronoun_credits_no_one():
    body = ("Coach Tom Brant praised the team. His son, Luke Brant, scored twice. "
            "“It was a great game,” he said.")
    assert _speakers(body) == [None]


@pytest.mark.parametrize("body", [
    "“Good result,” said Striker Tom Brant.",
    "“Good result,” said Defender Tom Brant.",
])
def test_a_listed_job_noun_opening_the_run_is_cut(body):
    assert _speakers(body) == ["Tom Brant"]
