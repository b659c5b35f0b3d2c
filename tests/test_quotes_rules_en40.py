"""Stop 40, en40: resolution of English mentions that a rule found but that came out null.
Grouped by rule; made-up sentences only."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

INTRO = "The harbor festival opened on Friday after two years of delays.\n\n"


def _speaker(body: str, words: str) -> str | None:
    hits = [q for q in extract_quotes("", [], INTRO + body, "en") if q.text == words]
    assert len(hits) == 1, [(q.text, q.speaker, q.rule) for q in extract_quotes("", [], INTRO + body, "en")]
    return hits[0].speaker


# Rule ``written_author`` (written_issuers.py): "the report", "the letter", "the ruling" is the
# named author of the one text of that kind the article brought in before it.
@pytest.mark.parametrize("body, words, speaker", [
    ("A new survey by the Lowland Policy Institute asked 9,000 people about rail fares.\n\n"
     "“Most riders would pay more for a reliable train,” the report said.",
     "Most riders would pay more for a reliable train,", "Lowland Policy Institute"),
    ("The mayor shared a letter from Governor Hanna Veldt about the harbor budget.\n\n"
     "“We cannot fund a second pier this year,” the letter read.",
     "We cannot fund a second pier this year,", "Hanna Veldt"),
    ("A ruling issued on Tuesday by the Coastal Appeals Court sided with the fishermen.\n\n"
     "“The permit was granted without a hearing,” the ruling said.",
     "The permit was granted without a hearing,", "Coastal Appeals Court"),
    ("A poll published Monday by Tarrow Research found support for the pier at 41%.\n\n"
     "“Support is lowest among young renters,” the poll said.",
     "Support is lowest among young renters,", "Tarrow Research"),
    # An acronym of the same author is the same author.
    ("A study of ports by the Baltic Trade Council was published in May.\n\n"
     "A new survey by the Baltic Trade Council covered 40 harbors. It was conducted by BTC staff.\n\n"
     "“Small harbors lose traffic every winter,” the report said.",
     "Small harbors lose traffic every winter,", "Baltic Trade Council"),
    # A statement no "by" names: the first of those it is "from" (a joint text takes the first named).
    ("A joint statement from Norland, Vessia and Carvel condemned the blockade.\n\n"
     "“The harbor must stay open to all ships,” the statement said.",
     "The harbor must stay open to all ships,", "Norland"),
], ids=["survey-report", "letter-from-titled", "ruling-issued-by", "poll-published-by", "acronym",
        "joint-statement-from"])
def test_written_text_is_its_named_authors(body, words, speaker):
    assert _speaker(body, words) == speaker


@pytest.mark.parametrize("body, words", [
    # Two texts of the kind by different authors: which one "the report" is, is a guess.
    ("A survey by the Lowland Policy Institute found fares too high. Last year, a survey by "
     "Tarrow Research had found the opposite.\n\n“Riders want cheaper trains,” the report said.",
     "Riders want cheaper trains,"),
    # A text of the kind whose author is not named.
    ("A report by the Lowland Policy Institute came out in May. A new report released on Tuesday "
     "looked at ferries.\n\n“Ferries run half empty,” the report said.",
     "Ferries run half empty,"),
    # No name ends the phrase: "Democratic" qualifies "senators", it wrote nothing.
    ("The mayor received a letter from Democratic senators on Monday.\n\n"
     "“The pier must wait,” the letter read.", "The pier must wait,"),
    # A possessor is not the author: "the Port Authority’s inspector" wrote the report.
    ("A report by the Port Authority’s inspector general came out in May.\n\n"
     "“Repairs were billed twice,” the report said.", "Repairs were billed twice,"),
    # Only a text of the mention's own kind: "the letter" is not the report's author's.
    ("A survey by the Lowland Policy Institute found fares too high.\n\n"
     "“We will not raise fares,” the letter said.", "We will not raise fares,"),
    # A statement from someone's office: the possessor did not write it.
    ("The mayor read out a statement from Lee’s office on Monday.\n\n"
     "“The pier will reopen in June,” the statement said.", "The pier will reopen in June,"),
    # A topic after the text is no author ("a report on cuts by Congress").
    ("The mayor read a report on cuts by Congress to harbor grants.\n\n"
     "“Grants fell by a third,” the report said.", "Grants fell by a third,"),
    # Another text of the kind with a possessor between the authored one and the quote: its
    # author is not named (review of round one).
    ("A survey by the Lowland Policy Institute found fares too high. The rail operator published "
     "its own report in June.\n\n“Fares have not risen in real terms,” the report said.",
     "Fares have not risen in real terms,"),
    ("A report by the Lowland Policy Institute found fares too high. The regulator’s report came "
     "out a week later.\n\n“Fares are fair,” the report said.", "Fares are fair,"),
    ("The mayor read a letter from Governor Hanna Veldt. The fishermen answered on Friday. "
     "Their letter was longer.\n\n“The pier is ours,” the letter read.", "The pier is ours,"),
    # Who paid for a text did not write it.
    ("A survey commissioned by the Lowland Policy Institute asked 9,000 people about rail fares.\n\n"
     "“Most riders would pay more,” the report said.", "Most riders would pay more,"),
], ids=["two-authors", "unnamed-text", "adjective", "possessor", "other-kind", "office", "topic",
        "its-own-text", "possessor-text", "their-text", "commissioned-by"])
def test_written_text_without_one_named_author_is_null(body, words):
    assert _speaker(body, words) is None


# ``sole_person`` (the last step of resolve.antecedent): "he" or "she" far from any name is the
# one person of that sex the article has named, when no one quoted before fits.
@pytest.mark.parametrize("body, words, speaker", [
    ("Marek Olsen, the harbor master, was charged on Monday with fraud over the pier contracts.\n\n"
     "The court heard that the contracts were signed in 2019. Prosecutors asked for a trial in May.\n\n"
     "The hearing was adjourned until June.\n\n"
     "He spoke only to confirm his address and called the charges “a misunderstanding.”",
     "a misunderstanding.", "Marek Olsen"),
    ("Ilse Varga, 61, opened the first bakery on the pier in 1998.\n\n"
     "The building burned down twice. The insurers refused to pay. The town rebuilt it in 2004.\n\n"
     "Customers still queue before dawn.\n\n"
     "“Bread is the only thing that never goes out of fashion,” she said.",
     "Bread is the only thing that never goes out of fashion,", "Ilse Varga"),
    # The name's own apposition is no one else ("Rolf Hansen, the ferry captain,").
    ("Rolf Hansen, the ferry director, was arrested on Tuesday over the harbor fees.\n\n"
     "Prosecutors said the fees were never paid. The hearing was adjourned until June.\n\n"
     "“The charges are baseless,” he said.", "The charges are baseless,", "Rolf Hansen"),
    # A relative of the other sex is no rival ("her husband" for "she").
    ("Greta Moll, 58, founded the shoe shop in 1987.\n\n"
     "Her husband kept the books. The roof leaked every winter.\n\n"
     "“Customers like what they know,” she said.", "Customers like what they know,", "Greta Moll"),
], ids=["he-after-a-report", "she-after-a-portrait", "own-apposition", "other-sex-relative"])
def test_a_pronoun_far_from_the_one_person_of_its_sex(body, words, speaker):
    assert _speaker(body, words) == speaker


@pytest.mark.parametrize("body, words", [
    # Two men named: which one "he" is, is a guess.
    ("Marek Olsen, the harbor master, and Tomas Brandt, his deputy, were charged on Monday.\n\n"
     "The court heard that the contracts were signed in 2019. Prosecutors asked for a trial in May.\n\n"
     "The judge agreed to a delay.\n\n"
     "“It is a misunderstanding,” he said.", "It is a misunderstanding,"),
    # Someone unnamed of that sex came after the name.
    ("Marek Olsen, the harbor master, built the pier in 1998.\n\n"
     "The building burned down twice. The insurers refused to pay. The town rebuilt it in 2004.\n\n"
     "My father worked there for twenty years.\n\n"
     "“Nobody ever thanked the builders,” he said.", "Nobody ever thanked the builders,"),
    # A run with a possessive inside is no person.
    ("The Port Authority’s Olsen Pier opened in 1998.\n\n"
     "The building burned down twice. The insurers refused to pay. The town rebuilt it in 2004.\n\n"
     "The night guard remembers both fires.\n\n"
     "“Nobody ever thanked the builders,” he said.", "Nobody ever thanked the builders,"),
    # A name said once, with a first name, that the article does not show to be a person's.
    ("Analysts at Brody Kemp raised their targets on Monday.\n\n"
     "The building burned down twice. The insurers refused to pay. The town rebuilt it in 2004.\n\n"
     "The night guard remembers both fires.\n\n"
     "“Nobody ever thanked the builders,” he said.", "Nobody ever thanked the builders,"),
    # Someone unnamed of a role (either sex) came between the name and the pronoun: a
    # possessive and a role, a determiner and a role, a role after adjectives, "a ... woman".
    ("Rolf Hansen, the ferry captain, was arrested on Tuesday.\n\n"
     "His attorney requested bail.\n\n"
     "“The charges are baseless,” he said.", "The charges are baseless,"),
    ("Pia Lund, the choir's conductor, resigned in March.\n\n"
     "The director thanked the singers.\n\n"
     "“It was time for a change,” she said.", "It was time for a change,"),
    ("Greta Moll, 58, founded the shoe shop in 1987.\n\n"
     "The new manager, a former banker from Oslo, kept the old name.\n\n"
     "“Customers like what they know,” she said.", "Customers like what they know,"),
    ("Greta Moll, 58, founded the shoe shop in 1987.\n\n"
     "A 29-year-old woman who works next door called the police.\n\n"
     "“The smoke was everywhere,” she said.", "The smoke was everywhere,"),
], ids=["two-men", "unnamed-after", "possessive-run", "firm-with-a-first-name",
        "possessive-role-between", "determiner-role-between", "adjective-role-between", "aged-woman-between"])
def test_a_pronoun_far_from_any_name_stays_null_when_unsure(body, words):
    assert _speaker(body, words) is None


# name_runs.names_before reads the runs back a piece at a time: the same runs, in the same order,
# as one scan of the window (runs that cross a piece's start, a hyphen or an initial inside them).
def test_runs_read_back_in_pieces_are_the_whole_scans():
    import random

    from newsbeam.transforms.quotes.name_runs import PERSON_RUN, _runs_before
    rng = random.Random(5)
    words = ["Marta", "Olsen", "Jean-Pierre", "B.", "harbor", "the", "McAdam", "\n", "Lund’s"]
    for _ in range(200):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(50, 3000)))
        hi = rng.randint(0, len(text))
        lo = rng.randint(0, hi)
        whole = [m.span() for m in reversed(list(PERSON_RUN.finditer(text, lo, hi)))]
        assert [m.span() for m in _runs_before(text, lo, hi)] == whole
