"""Stop 46, part46 (issue 16): who a quoted phrase belongs to when its speaker stands where the
sentence-subject rules do not look. Rule ``passive_agent`` (passive_agent.py): the named agent of a
passive verb of judging or naming ("was described by Ann Lee as “…”", "was called “…” by Ann
Lee"), null for an unnamed one. Rule ``inverted_incise_en`` (incise_en.py): the subject of an
English reporting verb set off by commas inside the sentence ("The plan, said Ann Lee, was “…”").
All sentences are made up (in the style of agency, business, sport, court and culture copy)."""
from __future__ import annotations

import pytest

from tests.quote_probes import quote_after

INTRO = "The harbor council met on Thursday to settle the budget for the coming year.\n\n"
_quote = quote_after(INTRO, "en")


@pytest.mark.parametrize("body, words, speaker", [
    # business: the agent between the verb and "as"
    ("The takeover was described by Harriet Lomax as “a gift to rival bidders” in a note to staff.",
     "a gift to rival bidders", "Harriet Lomax"),
    # court: the agent with a description before the name
    ("The sentence was criticised by the defence lawyer, Oskar Vennholt, as “far too harsh”.",
     "far too harsh", "Oskar Vennholt"),
    # sport: the naming verb before the quote, the agent after it
    ("The penalty was called “a scandal” by Dario Pellworm after the match.",
     "a scandal", "Dario Pellworm"),
    # culture: an organisation as the agent
    ("The exhibition was hailed by the Brenner Foundation as “a landmark for the region”.",
     "a landmark for the region", "Brenner Foundation"),
], ids=["business-described-by", "court-description-then-name", "sport-called-by-after", "culture-organisation"])
def test_a_named_passive_agent_speaks_the_phrase(body, words, speaker):
    quote = _quote(body, words)
    assert (quote.speaker, quote.kind, quote.rule) == (speaker, "partial", "passive_agent")


@pytest.mark.parametrize("body, words", [
    ("The levy was described by critics as “a tax on the poor”.", "a tax on the poor"),
    ("The merger was dismissed by a senior official as “hot air”.", "hot air"),
], ids=["critics", "unnamed-official"])
def test_an_unnamed_passive_agent_makes_someones_words_with_no_name(body, words):
    quote = _quote(body, words)
    assert (quote.speaker, quote.kind) == (None, "partial")  # someone's words, not the writer's term


@pytest.mark.parametrize("body, words", [
    # not a verb of judging or naming: the writer's term stays a scare quote
    ("The song was written by Harriet Lomax as “a love letter” to the coast.", "a love letter"),
    # a long phrase that only ends on a name is no named agent
    ("The plan was described by members of the rowing club led by Harriet Lomax as “unfair”.", "unfair"),
], ids=["written-by", "long-agent-phrase"])
def test_no_name_is_given_where_the_agent_is_no_named_judge(body, words):
    assert _quote(body, words).speaker is None


@pytest.mark.parametrize("body, words, speaker", [
    # agency copy: the topic first, then the incise
    ("The rescue plan, said Harriet Lomax, was “dead on arrival” in its present form.",
     "dead on arrival", "Harriet Lomax"),
    # review: a present-tense verb and a description before the name
    ("Her second novel, writes the critic Helen Marsh, is “a quiet triumph”.",
     "a quiet triumph", "Helen Marsh"),
    # roundup: the incise with an outlet after the name, the quote after "and"
    ("Shipping rates have doubled since March, said Fenna Vosloo in the Ledger, and “nobody is counting”.",
     "nobody is counting", "Fenna Vosloo"),
], ids=["agency", "review-writes", "roundup-outlet"])
def test_an_inverted_incise_gives_the_rest_of_the_sentence_to_its_subject(body, words, speaker):
    quote = _quote(body, words)
    assert (quote.speaker, quote.kind, quote.rule) == (speaker, "partial", "inverted_incise_en")


@pytest.mark.parametrize("body, words", [
    # a description names no one
    ("The rescue plan, said officials, was “dead on arrival”.", "dead on arrival"),
    # a relative clause after the name: the quote is the relative clause's, a term
    ("Demand may do the work, noted Yoshua Mbeki, who is known as one of the “fathers of the format”.",
     "fathers of the format"),
], ids=["said-officials", "relative-clause"])
def test_no_incise_speaker_without_a_name_or_after_a_relative_clause(body, words):
    quote = _quote(body, words)
    assert quote.speaker is None and quote.rule != "inverted_incise_en"


def test_a_split_quote_keeps_its_own_attribution():
    body = "“The plan is dead,” said Harriet Lomax, “and buried.”"
    assert _quote(body, "and buried.").rule == "lead_in"


@pytest.mark.parametrize("body, words", [
    # a sentence adverb before the verb, its object clause after it
    ("The Gazette, however, says that Mr. Ostrander is no longer solvent, his debts now “beyond repair.”",
     "beyond repair."),
    # the quote inside the name's apposition, a nickname
    ("We can do better for the coast, writes Ada Quarrel, a niece of the ‘lighthouse mayor’.",
     "lighthouse mayor"),
], ids=["however-says-that", "apposition-runs-to-quote"])
def test_no_incise_speaker_after_an_adverb_or_inside_an_apposition(body, words):
    quote = _quote(body, words)
    assert quote.rule != "inverted_incise_en"
    assert quote.speaker != "Ostrander" and quote.speaker != "Ada Quarrel"


def test_an_apposition_closed_before_the_quote_keeps_the_incise():
    body = "The paradox of the town, says Mira Oduya, a historian at the museum, is that it was “never really rich.”"
    assert _quote(body, "never really rich.").speaker == "Mira Oduya"
