"""The second read of trade46 (stop 46, read46t): where ``trade_titles`` and ``cited_titles``
named the wrong one on text they were not written from, and the near misses that must keep
their right names. Every sentence here is made up for these tests (local, sport, courts,
business copy in the shape of the attributions they read)."""
from __future__ import annotations

import pytest

from tests.quote_probes import only_quote

LEAD = "The council met on Tuesday to discuss the budget for the coming year. "


@pytest.mark.parametrize("body, words, speaker", [
    # "Head" (or "Lead", "Owner") is a surname after a rank, an initial or a given name the lists
    # lack: the run after "of" is the employer or the place, no name (trade46 gave it as speaker)
    ("“We are hiring,” said Dr. Head of Mercy Hospital.", "We are hiring,", "Head"),
    ("“We are hiring,” said Ms Head of Velmar Capital Partners.", "We are hiring,", "Head"),
    ("“We grew fast,” said J.R. Head of Harbor Living.", "We grew fast,", "J.R. Head"),
    ("“We grew fast,” said Tom O. Head of Harbor Living.", "We grew fast,", "Tom O. Head"),
    ("“We grew fast,” said Oakes Head of Harbor Living.", "We grew fast,", "Oakes Head"),
    ("“We grew fast,” said Councillor Head of Ward Seven.", "We grew fast,", "Head"),
    ("“We grew fast,” said Sen. Lead of New Mexico.", "We grew fast,", "Lead"),
    ("“The deal is off,” said Coach Head of the Harbor Hawks.", "The deal is off,", "Head"),
    ("“It was great,” said Lord Head of Harbor Bay.", "It was great,", "Head"),
    # a run of three after "of" with no given name nor department first is a body or a place
    ("“We lost,” said Oakes Head of Harbor Bay Marina.", "We lost,", "Oakes Head"),
    ("“We lost,” said Oakes Head of North Harbor Ferries.", "We lost,", "Oakes Head"),
])
def test_a_surname_job_word_before_of_keeps_its_name(body, words, speaker):
    assert only_quote(LEAD + body, words).speaker == speaker


@pytest.mark.parametrize("body, words, speaker", [
    # the job titles that do run on to a person stay read so
    ("“It was a tough loss,” said Head of Football Operations Dan Pike.", "It was a tough loss,", "Dan Pike"),
    ("“The show opens Friday,” said Curator of Modern Art Lena Voss.", "The show opens Friday,", "Lena Voss"),
    ("“It hurts,” said Owner of the Harbor Hawks Rita Moss.", "It hurts,", "Rita Moss"),
    ("“We lost the case,” said Manager of Harbor United Sean Doyle.", "We lost the case,", "Sean Doyle"),
    ("“The dome is safe,” said Architect of the Capitol Brett Lowry.", "The dome is safe,", "Brett Lowry"),
    # a given name of both sexes (no first-name list holds it) after a department
    ("“We lost,” said Head of Sales Jordan Whitlock.", "We lost,", "Jordan Whitlock"),
])
def test_a_job_title_with_of_still_runs_on_to_the_name(body, words, speaker):
    assert only_quote(LEAD + body, words).speaker == speaker


def test_a_sentence_in_title_case_in_a_list_is_no_cited_title():
    # a "quotes of the week" line: a sentence said, with its own full stop, no colon after it
    q = only_quote("Quotes of the week.\nDana Whitlock, Phoenix, “We Will Build The Bridge.”\n",
                   "We Will Build The Bridge.")
    assert q.kind == "direct"


def test_a_citation_line_with_a_colon_is_still_a_title():
    q = only_quote("From the wires.\nAnn Lee, Harbor Daily, “Harbor Bank Cuts Rates Again”:\n"
                   "The bank cut its rate by half a point.\n", "Harbor Bank Cuts Rates Again")
    assert (q.kind, q.speaker) == ("scare", None)
