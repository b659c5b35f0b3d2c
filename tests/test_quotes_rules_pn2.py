"""Whom "his"/"her" and a later "he"/"she" mean around a quote in a clause (issue 16, stop 38).

``antecedents.own_subject``: "his"/"her" right before a possessed cue noun ("his remarks calling
the plan “…”") means the subject of its own clause, also when that clause is fronted ("When Lee
tried to defend his remarks ..."). ``antecedents.main_after_fronted``: a "he" after a sentence
whose quote sits in a fronted clause ("When Lee called it “…” on Monday, Hale objected.") means
the main clause's subject, not the fronted clause's. Own sentences."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

# Two men named in the paragraph before: the nearest subject outside the quote's clause is
# always the other one, so a pronoun that falls back to the sentences before is caught.
_LEAD = ("Budget fight heats up in the statehouse\n\n"
         "Governor Paul Brandt and Senator Mark Ellison met in Dayton on Monday.\n\n"
         "Mr. Ellison looked for chances to present himself as a careful manager. ")


def _speaker(body: str, words: str) -> str | None:
    title, _, rest = (_LEAD + body).partition("\n\n")
    found = [q for q in extract_quotes(title, [], rest) if q.text.strip("“”\",") == words]
    assert len(found) == 1, [q.text for q in extract_quotes(title, [], rest)]
    return found[0].speaker


POSSESSIVE_OWN_CLAUSE = [
    # the fronted clause's subject owns "his remarks"
    ('When Mr. Brandt tried to defend his remarks calling the tax plan "a gift to the rich" in '
     '2019, Mr. Ellison disagreed.', "a gift to the rich", "Paul Brandt"),
    # the plain clause's subject owns "his comments"
    ('Later, Mr. Brandt defended his comments that the plan was "dead on arrival" in the House.',
     "dead on arrival", "Paul Brandt"),
    # "while" opens the fronted clause as "when" does
    ('While Mr. Brandt stood by his claim that the audit was "a witch hunt" from the start, the '
     'committee moved on.', "a witch hunt", "Paul Brandt"),
]


@pytest.mark.parametrize("body, words, speaker", POSSESSIVE_OWN_CLAUSE)
def test_a_possessive_before_a_cue_noun_is_its_own_clause_subject(body, words, speaker):
    assert _speaker(body, words) == speaker


def test_a_possessive_in_a_main_clause_after_a_comma_is_not_read_from_the_fronted_clause():
    # "his" stands after the fronted clause's comma: the fronted subject is not its owner here
    # (whoever the passage resolves it to, never Brandt by the fronted-clause reading)
    body = ('When Mr. Brandt left the room, Mr. Ellison repeated his claim that the audit was '
            '"a witch hunt" from the start.')
    assert _speaker(body, "a witch hunt") != "Paul Brandt"


MAIN_CLAUSE_PRONOUN = [
    # the quote in the fronted clause is Brandt's; the "he" after the sentence is Ellison's
    ('When Mr. Brandt tried to defend his remarks calling the tax plan "a gift to the rich" in '
     '2019, Mr. Ellison disagreed.\n\n"That plan helps every family in this state," he said.',
     "That plan helps every family in this state", "Mark Ellison"),
    ('After Mr. Brandt called the audit "a witch hunt" at a rally, Senator Mark Ellison walked out.'
     '\n\n"I will not sit through that again," he said.',
     "I will not sit through that again", "Mark Ellison"),
]


@pytest.mark.parametrize("body, words, speaker", MAIN_CLAUSE_PRONOUN)
def test_a_pronoun_after_a_fronted_clause_quote_is_the_main_subject(body, words, speaker):
    assert _speaker(body, words) == speaker


def test_the_fronted_clause_quote_still_credits_its_own_speaker():
    body = ('After Mr. Brandt called the audit "a witch hunt" at a rally, Senator Mark Ellison walked out.'
            '\n\n"I will not sit through that again," he said.')
    assert _speaker(body, "a witch hunt") == "Paul Brandt"


def test_a_pronoun_main_subject_keeps_the_fronted_credit():
    # "he" as the main clause's subject is the fronted clause's Brandt: the credit holds
    body = ('When Mr. Brandt called the audit "a witch hunt" at a rally, he drew loud boos.'
            '\n\n"I meant every word," he said.')
    assert _speaker(body, "I meant every word") == "Paul Brandt"


FRONTED_PREPOSITION = [
    # "Alongside ..." / "Amidst ..." open a phrase before the subject: never a name's first word
    ('Alongside union calls for action, even a senior harbour official said the council must '
     'choose, saying, "We cannot wait another month."', "We cannot wait another month."),
    ('Amidst union calls for action, even a senior harbour official said the council must '
     'choose, saying, "We cannot wait another month."', "We cannot wait another month."),
]


@pytest.mark.parametrize("body, words", FRONTED_PREPOSITION)
def test_a_fronted_preposition_names_no_one(body, words):
    title, _, rest = (_LEAD + "\n\n" + body).partition("\n\n")
    found = [q for q in extract_quotes(title, [], rest) if q.text.strip("“”\"") == words]
    assert len(found) == 1
    assert found[0].speaker is None
    assert "Alongside" not in (found[0].speaker_mention or "") and "Amidst" not in (found[0].speaker_mention or "")


ROLE_BEFORE_NAME = [
    # a race's roles are role words: the name run goes on past them to the person
    ('In line with most islanders, Democratic Gubernatorial hopeful Sen. Tom Hale was also critical '
     'of the council, telling the Courier: "The crews deserve better than this."',
     "The crews deserve better than this.", "Tom Hale"),
    ('Republican front-runner Tom Hale defended the plan, calling it "the best deal the island has '
     'ever had."', "the best deal the island has ever had.", "Tom Hale"),
    ('Independent challenger Ann Lee called the plan "a gift to the rich and nothing more."',
     "a gift to the rich and nothing more.", "Ann Lee"),
]


@pytest.mark.parametrize("body, words, speaker", ROLE_BEFORE_NAME)
def test_a_race_role_before_a_name_is_part_of_the_subject(body, words, speaker):
    title, _, rest = (_LEAD + "\n\n" + body).partition("\n\n")
    found = [q for q in extract_quotes(title, [], rest) if q.text.strip("“”\"") == words]
    assert len(found) == 1, [q.text for q in extract_quotes(title, [], rest)]
    assert found[0].speaker == speaker


def test_the_front_runner_alone_names_no_one():
    # "the front-runner" is a description: no name, never the word before it ("GOP")
    body = 'The GOP front-runner complained that the count was "rigged from the start" again.'
    title, _, rest = (_LEAD + "\n\n" + body).partition("\n\n")
    found = [q for q in extract_quotes(title, [], rest) if q.text.strip("“”\"") == "rigged from the start"]
    assert len(found) == 1 and found[0].speaker != "GOP"


TIME_NOUN_OPENER = [
    # "The next day," / "That evening," open the sentence before its subject, as "Later," does
    ('The next day, her Twitter account posted: "Tickets are on sale again at the pier."',
     "Tickets are on sale again at the pier.", "Ann Lee"),
    ('That evening, Senator Ann Lee wrote: "Tickets are on sale again at the pier."',
     "Tickets are on sale again at the pier.", "Ann Lee"),
]


@pytest.mark.parametrize("body, words, speaker", TIME_NOUN_OPENER)
def test_a_fronted_phrase_of_time_is_skipped_for_the_subject(body, words, speaker):
    lead = "Budget fight heats up in the statehouse\n\nSenator Ann Lee spoke in Dayton on Monday."
    title, _, rest = (lead + "\n\n" + body).partition("\n\n")
    found = [q for q in extract_quotes(title, [], rest) if q.text.strip("“”\"") == words]
    assert len(found) == 1, [q.text for q in extract_quotes(title, [], rest)]
    assert found[0].speaker == speaker
