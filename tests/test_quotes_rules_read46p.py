"""Stop 46, read46p (issue 16): the second read of part46's two rules on sentences they were not
written from. ``passive_agent`` gave the name that ends the agent phrase even when the agent was
someone else ("by lawyers for Ann Lee", "by the wife of Tom Hale", "by Ann Lee and Tom Hale"),
read verbs of making a work as verbs of judging ("painted by", "portrayed by"), and ignored a
negation ("was not described by"). ``inverted_incise_en`` gave the incise's person words that
belong to another voice in the reported clause: a sign's text ("read “…”"), a nickname ("is known
as “…”"), a passive's named agent ("was rejected by Tom Hale as “…”"). All sentences are made up
(agency, court, business, sport, culture and local copy)."""
from __future__ import annotations

import pytest

from tests.quote_probes import quote_after

INTRO = "The harbor council met on Thursday to settle the budget for the coming year.\n\n"
_quote = quote_after(INTRO, "en")


@pytest.mark.parametrize("body, words", [
    # court: the lawyers speak, not their client
    ("The ruling was described by lawyers for Corin Vasquez as “a travesty of justice”.",
     "a travesty of justice"),
    # politics: a spokesman for a named governor
    ("The move was described by a spokesman for Governor Lidia Brandt as “premature”.", "premature"),
    # local: a relative of the named person
    ("The verdict was condemned by the widow of Aldo Ferrante as “cruel”.", "cruel"),
    # business: a body that represents the named person
    ("The pay deal was condemned by the union representing Mara Quist as “an insult”.", "an insult"),
    # sport: fans of a named player
    ("The transfer was dismissed by fans of Kofi Adjei as “a betrayal”.", "a betrayal"),
    # politics: opponents of a named mayor, a title before the name
    ("The budget was slammed by opponents of Mayor Ivo Randall as “reckless”.", "reckless"),
    # culture: two critics, the last name is not the one who spoke
    ("The revival was criticised by Nora Blyth and Peter Sande as “tedious”.", "tedious"),
], ids=["lawyers-for", "spokesman-for", "widow-of", "union-representing", "fans-of", "opponents-of",
        "two-agents"])
def test_the_name_at_the_end_of_an_agent_phrase_is_not_the_agent(body, words):
    quote = _quote(body, words)
    assert quote.speaker is None, (quote.speaker, quote.rule)


@pytest.mark.parametrize("body, words", [
    # culture: a work made by the person, the phrase is the writer's description
    ("The mural was painted by Ilse Moreau as “a tribute to the miners”.", "a tribute to the miners"),
    # film: an actor playing a role
    ("The king is portrayed by Tobias Wren as “a frightened child” in the new staging.", "a frightened child"),
    # culture: a sculptor's figure
    ("The queen was depicted by the sculptor Hanne Solberg as “a warrior”.", "a warrior"),
], ids=["painted-by", "portrayed-by", "depicted-by"])
def test_a_verb_of_making_a_work_gives_no_speaker(body, words):
    assert _quote(body, words).speaker is None


def test_a_negated_passive_gives_no_speaker():
    body = "The reform was never described by Osric Tamm as “finished” in any of his speeches."
    assert _quote(body, "finished").speaker != "Osric Tamm"


@pytest.mark.parametrize("body, words, speaker", [
    # agency: a description with a place, then the name after a comma
    ("The plan was branded by the mayor of Eastwick, Hollis Grange, as “a stunt”.", "a stunt", "Hollis Grange"),
    # sport: a club and a job before the name
    ("The goal was described by Rovers manager Tadeo Lund as “the best I have seen”.",
     "the best I have seen", "Tadeo Lund"),
], ids=["mayor-of-place-then-name", "club-manager"])
def test_a_named_agent_after_its_description_still_speaks(body, words, speaker):
    assert _quote(body, words).speaker == speaker


@pytest.mark.parametrize("body, words", [
    # local: the text of a sign
    ("The shop, said Wilma Okafor, now carries a sign that read “closed for good”.", "closed for good"),
    ("The gate, said Wilma Okafor, read “closed for good”.", "closed for good"),
    # sport: a nickname
    ("The club, said Benedek Ora, is known locally as “the Gulls”.", "the Gulls"),
    # court: a passive's named agent between the incise and the quote, a verb no rule lists
    ("The appeal, said Ruth Ambrose, was rejected by Judge Colm Avery as “without merit”.", "without merit"),
], ids=["sign-that-read", "sign-read", "known-as", "rejected-by-agent"])
def test_an_incise_does_not_take_words_of_another_voice(body, words):
    quote = _quote(body, words)
    assert quote.speaker is None, (quote.speaker, quote.rule)


def test_a_listed_passive_inside_an_incise_clause_is_the_agents():
    body = "The merger, said Ruth Ambrose, was dismissed by Colm Avery as “a disgrace”."
    assert _quote(body, "a disgrace").speaker == "Colm Avery"


def test_an_incise_still_speaks_its_own_clause():
    body = "The harvest, said Wilma Okafor, was “the worst in forty years” across the valley."
    assert _quote(body, "the worst in forty years").speaker == "Wilma Okafor"


@pytest.mark.parametrize("body, words", [
    # sport: the coach's own verb of saying after the incise
    ("The coach, said Petra Halvorsen, had warned players of “a long season”.", "a long season"),
    # court: the defence argued
    ("The defence, said Petra Halvorsen, argued the evidence was “thin”.", "thin"),
    # business: what a body calls it
    ("The figures, said Petra Halvorsen, are what the bank calls “a blip”.", "a blip"),
    # local: letters demanding
    ("The landlord, said Petra Halvorsen, had sent letters demanding “immediate payment”.", "immediate payment"),
], ids=["coach-warned", "defence-argued", "bank-calls", "letters-demanding"])
def test_an_incise_does_not_take_words_that_another_verb_of_saying_reports(body, words):
    quote = _quote(body, words)
    assert quote.speaker != "Petra Halvorsen", quote.rule
