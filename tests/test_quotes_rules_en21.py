"""Rule ``inverted_reporter`` (transforms/quotes/inverted_reporter.py): a clause quoted inside the
writer's sentence, no rule crediting it, goes to the person named right after the reporting verb
("said Ann Lee in The Ledger", "says Ruiz,") when that name is a person's; the next clause joined
to it by "and" goes with it. Made-up sentences; the probes at the rule's edges stay null."""
from __future__ import annotations

import pytest

from tests.quote_probes import probes

INTRO = "The harbor opera opened on Friday to mixed notices.\n\n"
_quotes, _found = probes(INTRO, "en")


@pytest.mark.parametrize("body, words, speaker", [
    # A writer in a publication, the verb first.
    ("Even at three hours, said Justin Marlow in The Harbor Review, its plot “takes off like a shot "
     "and never lets go.”", "takes off like a shot and never lets go.", "Justin Marlow"),
    # The sentence before names the writer; the clause in the next one goes on with that piece.
    ("We should heed the warning, said Alex Varga in The Evening Ledger. This “hollow” plan is “a grim "
     "preview of what the port could become” if no one acts.", "a grim preview of what the port could become",
     "Alex Varga"),
    # A surname the article gives in full elsewhere.
    ("Pavel Ostrov, a critic at the Ledger, liked it. Still, says Ostrov, the film is “framing every "
     "storm as a punishment from the sea.”", "framing every storm as a punishment from the sea.",
     "Pavel Ostrov"),
    # A given name by which the one person credited before goes.
    ("“It works,” said Arun Sombat, a lecturer.\n\nThe port has lost money for years.\n\nStill, says Arun, the elites are “tying the party to "
     "the old law at every turn.”", "tying the party to the old law at every turn.", "Arun Sombat"),
], ids=["writer-in-publication", "sentence-before", "surname", "given-name"])
def test_the_name_after_the_verb_is_the_speaker(body, words, speaker):
    # (after "said X in Y." the critic's phrase is credited first by roundup_phrase, stop 37)
    assert _found(body, words)[1] == speaker and _found(body, words)[2] in (
        "inverted_reporter", "roundup_phrase", "previous_quote")


def test_a_clause_joined_by_and_goes_with_the_first():
    body = ("Pavel Ostrov, a critic at the Ledger, liked it. Its plot, says Ostrov, is “framing every "
            "storm as a punishment” and “suggesting that any sailor who survives is a saint.”")
    # (since stop 46 the first clause is credited by inverted_incise_en and the second goes on
    # from it as previous_quote: the same speaker)
    assert _found(body, "suggesting that any sailor who survives is a saint.")[1:] in (
        ("Pavel Ostrov", "inverted_reporter"), ("Pavel Ostrov", "previous_quote"))


@pytest.mark.parametrize("body, words", [
    # A body, not a person.
    ("The script was rushed, said Harbor Trust in The Harbor Review, and the sets “look cheaper than "
     "a school play.”", "look cheaper than a school play."),
    ("The vote was close, said Harbor City in The Ledger, and the result “surprised almost everyone "
     "on the council.”", "surprised almost everyone on the council."),
    # A day, not a name.
    ("The crew worked for weeks, said Monday in The Ledger, and the harbor “never looked so grey on "
     "screen.”", "never looked so grey on screen."),
    # A surname the article never widens.
    ("The cast is strong, says Lee, and the lead is “better than anything he has done in years.”",
     "better than anything he has done in years."),
    # Several writers: none of them alone.
    ("The singers were strong, said Rosa Lind and Paul Serra in The Review, while the chorus "
     "“sounded lost in the fog of the harbor.”", "sounded lost in the fog of the harbor."),
    ("The case is sound, said Boyle, Hodge and Serra in The Review, so the plan would “balance the "
     "needs of every family in the district.”", "balance the needs of every family in the district."),
    # Two people of that surname spoke before: either.
    ("“We will rebuild,” said Ana Ruiz, the mayor. “The port is ours,” said Tom Ruiz, her brother.\n\n"
     "The port has lost money for years.\n\nEven so, says Ruiz, the council is “treating every dock worker as a cost to be cut.”",
     "treating every dock worker as a cost to be cut."),
    # A given name several people credited before have.
    ("“We need the jobs,” said Ana Pell, a steward. “Every week counts,” said Ana Soto, a nurse.\n\n"
     "The port has lost money for years.\n\nStill, says Ana, the union is “ready to sit down with anyone who wants a deal.”",
     "ready to sit down with anyone who wants a deal."),
    # (read21) bodies whose last word is no head word
    ("Critics were divided. Even at three hours, said Harbor Bakers in The Ledger, the plot “takes off "
     "like a shot.”", "takes off like a shot."),
    ("Even so, said Warner Bros in The Ledger, the film is “the studio's best in a decade.”",
     "the studio's best in a decade."),
    # two writers, each in a publication
    ("The novel sold well. Yet, said Rosa Lind in The Review and Paul Serra in The Ledger, its ending "
     "is “a letdown that nobody asked for.”", "a letdown that nobody asked for."),
    # two people the article names (not quoted) share the word
    ("Ann Lee and Lee Marvin reviewed the film. Even so, says Lee, the plot is “too long by an hour.”",
     "too long by an hour."),
    ("Ana Ruiz, the director, spoke at the premiere. Her husband Tom Ruiz produced the film. Still, says "
     "Ruiz, the plot is “too long by an hour.”", "too long by an hour."),
], ids=["trust", "city", "weekday", "bare-surname", "two-writers", "three-writers", "two-ruizes", "two-anas",
        "bakers", "bros", "writer-and-writer", "named-lees", "named-ruizes"])
def test_no_person_or_no_one_person_stays_null(body, words):
    assert _found(body, words)[1] is None


# Rule ``clause_after_adjuncts`` (transforms/quotes/clause_after_adjuncts.py): after two or more
# phrases set off by commas, the main clause's name is the subject of a participle or a second verb.
@pytest.mark.parametrize("body, words", [
    ("After the meeting, held in the capital on Monday, Mayor Tom Hale left early, saying “the deal "
     "is done.”", "the deal is done."),
    ("After the meeting, a session held in the capital, Mayor Tom Hale paused before answering, “The "
     "deal is done.”", "The deal is done."),
    ("After the meeting, a session held in the capital, Mayor Tom Hale smiled and said, “The deal is "
     "done.”", "The deal is done."),
    ("Asked how long the lease would last, an outcome he has often framed as vital, Mayor Tom Hale "
     "paused before replying, “Well, it is a long-term deal.”", "Well, it is a long-term deal."),
], ids=["saying", "before-answering", "and-said", "he-in-between"])
def test_the_main_clause_after_fronted_phrases_names_the_speaker(body, words):
    assert _found(body, words)[1:] == ("Tom Hale", "clause_after_adjuncts")


@pytest.mark.parametrize("body, words", [
    # The main clause opens on a description: no one named.
    ("After the meeting, which Ann Lee chaired, the mayor left early, saying “the deal is done.”",
     "the deal is done."),
    # A possessive: the aide speaks, unnamed.
    ("After the meeting, a session held in Harbor City, Tom Hale’s aide left early, saying “the deal is "
     "done.”", "the deal is done."),
    # A body.
    ("After the meeting, a session held in the capital, Harbor Trust Bank left early, saying “the deal "
     "is done.”", "the deal is done."),
    # A second person in the clause, or two subjects: not guessed.
    ("After the meeting, a session held in the capital, Ann Lee met Tom Hale and said, “The deal is "
     "done.”", "The deal is done."),
    ("After the meeting, a session held in the capital, Ann Lee and Tom Hale left, saying, “The deal is "
     "done.”", "The deal is done."),
], ids=["description", "possessive", "body", "second-person", "two-subjects"])
def test_no_named_main_subject_stays_null(body, words):
    assert _found(body, words)[1] is None
